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
    <message>
        <source>To change how you sign in, confirm it is you first.</source>
        <translation>Um zu ändern, wie Sie sich anmelden, bestätigen Sie zuerst, dass Sie es sind.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Your name is saved.</source>
        <translation>Ihr Name ist gespeichert.</translation>
    </message>
    <message>
        <source>Your password is changed. Your other sessions have ended.</source>
        <translation>Ihr Passwort ist geändert. Ihre anderen Sitzungen wurden beendet.</translation>
    </message>
    <message>
        <source>The passkey is added.</source>
        <translation>Der Passkey ist hinzugefügt.</translation>
    </message>
    <message>
        <source>The passkey is renamed.</source>
        <translation>Der Passkey ist umbenannt.</translation>
    </message>
    <message>
        <source>The passkey is removed.</source>
        <translation>Der Passkey ist entfernt.</translation>
    </message>
    <message>
        <source>The authenticator app is set up.</source>
        <translation>Die Authenticator-App ist eingerichtet.</translation>
    </message>
    <message>
        <source>The authenticator app is removed.</source>
        <translation>Die Authenticator-App ist entfernt.</translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>Die Sitzung wurde beendet.</translation>
    </message>
    <message>
        <source>The application&apos;s access is revoked: it asks again next time.</source>
        <translation>Der Zugriff der Anwendung ist widerrufen: Sie fragt beim nächsten Mal erneut.</translation>
    </message>
    <message>
        <source>The form expired. Please try again.</source>
        <translation>Das Formular ist abgelaufen. Bitte versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Das aktuelle Passwort stimmt nicht.</translation>
    </message>
    <message>
        <source>The new password is too weak (%1).</source>
        <translation>Das neue Passwort ist zu schwach (%1).</translation>
    </message>
    <message>
        <source>The passkey could not be added (%1).</source>
        <translation>Der Passkey konnte nicht hinzugefügt werden (%1).</translation>
    </message>
    <message>
        <source>No passkeys yet. A passkey signs you in with your fingerprint, face or screen lock.</source>
        <translation>Noch keine Passkeys. Ein Passkey meldet Sie mit Fingerabdruck, Gesicht oder Bildschirmsperre an.</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>zuletzt verwendet %1</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>nie verwendet</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synchronisiert</translation>
    </message>
    <message>
        <source>on one device</source>
        <translation>auf einem Gerät</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>hinzugefügt %1</translation>
    </message>
    <message>
        <source>Passkey name</source>
        <translation>Name des Passkeys</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Passkeys need this server under a host name; ask your administrator.</source>
        <translation>Passkeys brauchen diesen Server unter einem Hostnamen; fragen Sie Ihre Administration.</translation>
    </message>
    <message>
        <source>Name of the new passkey</source>
        <translation>Name des neuen Passkeys</translation>
    </message>
    <message>
        <source>e.g. Laptop</source>
        <translation>z. B. Laptop</translation>
    </message>
    <message>
        <source>Add a passkey</source>
        <translation>Einen Passkey hinzufügen</translation>
    </message>
    <message>
        <source>The passkey was not added. Try again, or use another one.</source>
        <translation>Der Passkey wurde nicht hinzugefügt. Versuchen Sie es noch einmal oder mit einem anderen.</translation>
    </message>
    <message>
        <source>An authenticator app gives you a code after your password.</source>
        <translation>Eine Authenticator-App gibt Ihnen nach dem Passwort einen Code.</translation>
    </message>
    <message>
        <source>Remove the authenticator app</source>
        <translation>Die Authenticator-App entfernen</translation>
    </message>
    <message>
        <source>No authenticator app is set up.</source>
        <translation>Keine Authenticator-App eingerichtet.</translation>
    </message>
    <message>
        <source>Set up an authenticator app</source>
        <translation>Eine Authenticator-App einrichten</translation>
    </message>
    <message>
        <source>Recovery codes left: %1. Each signs you in once when you have no other way.</source>
        <translation>Verbleibende Wiederherstellungscodes: %1. Jeder meldet Sie einmal an, wenn Sie keinen anderen Weg haben.</translation>
    </message>
    <message>
        <source>Create new recovery codes</source>
        <translation>Neue Wiederherstellungscodes erstellen</translation>
    </message>
    <message>
        <source>this browser</source>
        <translation>dieser Browser</translation>
    </message>
    <message>
        <source>since %1, last used %2</source>
        <translation>seit %1, zuletzt verwendet %2</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>You have not allowed any application yet.</source>
        <translation>Sie haben noch keiner Anwendung etwas erlaubt.</translation>
    </message>
    <message>
        <source>allowed %1: %2</source>
        <translation>erlaubt %1: %2</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Noch nichts.</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail address: %1</source>
        <translation>E-Mail-Adresse: %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Aktuelles Passwort</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Passwort ändern</translation>
    </message>
    <message>
        <source>Passkeys</source>
        <translation>Passkeys</translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation>Authenticator-App</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Recent security events</source>
        <translation>Letzte Sicherheitsereignisse</translation>
    </message>
    <message>
        <source>That code is not right. Try the next one.</source>
        <translation>Dieser Code stimmt nicht. Versuchen Sie den nächsten.</translation>
    </message>
    <message>
        <source>After your password you will be asked for a code from the app.</source>
        <translation>Nach Ihrem Passwort werden Sie nach einem Code aus der App gefragt.</translation>
    </message>
    <message>
        <source>Your new recovery codes</source>
        <translation>Ihre neuen Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>Back to your account</source>
        <translation>Zurück zu Ihrem Konto</translation>
    </message>
    <message>
        <source>Print them or keep them somewhere safe: they are shown only now, each works once, and the codes you had before no longer work.</source>
        <translation>Drucken Sie sie aus oder bewahren Sie sie sicher auf: Sie werden nur jetzt angezeigt, jeder funktioniert einmal, und Ihre bisherigen Codes gelten nicht mehr.</translation>
    </message>
</context>
</TS>
