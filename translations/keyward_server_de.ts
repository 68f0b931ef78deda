<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>WebPages</name>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>Die E-Mail-Adresse oder das Passwort stimmt nicht.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>Zu viele Versuche. Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The form expired. Please sign in again.</source>
        <translation>Das Formular ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>to continue to %1</source>
        <translation>um mit %1 fortzufahren</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Know who you are on Keyward</source>
        <translation>Erfahren, wer Sie bei Keyward sind</translation>
    </message>
    <message>
        <source>See your name</source>
        <translation>Ihren Namen sehen</translation>
    </message>
    <message>
        <source>See your e-mail address</source>
        <translation>Ihre E-Mail-Adresse sehen</translation>
    </message>
    <message>
        <source>See your roles</source>
        <translation>Ihre Rollen sehen</translation>
    </message>
    <message>
        <source>Stay signed in when you are away</source>
        <translation>Angemeldet bleiben, während Sie nicht da sind</translation>
    </message>
    <message>
        <source>Use the permission “%1”</source>
        <translation>Die Berechtigung „%1“ nutzen</translation>
    </message>
    <message>
        <source>Allow access</source>
        <translation>Zugriff erlauben</translation>
    </message>
    <message>
        <source>%1 asks to:</source>
        <translation>%1 möchte:</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Sign-in is not possible</source>
        <translation>Anmeldung nicht möglich</translation>
    </message>
    <message>
        <source>The application sent a request Keyward cannot accept. Tell its developers:</source>
        <translation>Die Anwendung hat eine Anfrage gesendet, die Keyward nicht annehmen kann. Teilen Sie ihren Entwicklern mit:</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>You are signed out of Keyward.</source>
        <translation>Sie sind von Keyward abgemeldet.</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>Abmelden?</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of Keyward and of the applications you signed in to with it?</source>
        <translation>Von Keyward und den Anwendungen abmelden, bei denen Sie sich damit angemeldet haben?</translation>
    </message>
    <message>
        <source>You are signed in to Keyward as %1. Sign out of Keyward and of the applications you signed in to with it?</source>
        <translation>Sie sind bei Keyward als %1 angemeldet. Von Keyward und den Anwendungen abmelden, bei denen Sie sich damit angemeldet haben?</translation>
    </message>
    <message>
        <source>That code is not right, or it was used already.</source>
        <translation>Dieser Code stimmt nicht oder wurde schon verwendet.</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Bestätigung in zwei Schritten</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Code aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Use a recovery code</source>
        <translation>Einen Wiederherstellungscode verwenden</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>Confirm it is you to continue to %1</source>
        <translation>Bestätigen Sie, dass Sie es sind, um zu %1 weiterzugehen</translation>
    </message>
    <message>
        <source>Set up two-step verification</source>
        <translation>Bestätigung in zwei Schritten einrichten</translation>
    </message>
    <message>
        <source>Your account needs a second step to continue to %1: an authenticator app.</source>
        <translation>Ihr Konto braucht einen zweiten Schritt, um zu %1 weiterzugehen: eine Authenticator-App.</translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app, then type the code it shows.</source>
        <translation>Scannen Sie diesen Code mit einer Authenticator-App und geben Sie dann den angezeigten Code ein.</translation>
    </message>
    <message>
        <source>Or enter this key:</source>
        <translation>Oder geben Sie diesen Schlüssel ein:</translation>
    </message>
    <message>
        <source>Sign in with a passkey</source>
        <translation>Mit einem Passkey anmelden</translation>
    </message>
    <message>
        <source>Use a passkey</source>
        <translation>Einen Passkey verwenden</translation>
    </message>
    <message>
        <source>The passkey did not work. Try again, or use another way.</source>
        <translation>Der Passkey hat nicht funktioniert. Versuchen Sie es noch einmal oder auf anderem Weg.</translation>
    </message>
</context>
</TS>
