<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Mail</name>
    <message>
        <source>Keyward at %1</source>
        <translation>Keyward unter %1</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hallo,</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <source>Confirm your e-mail address</source>
        <translation>Bestätigen Sie Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>please confirm that %1 is your address at %2 by opening this link:</source>
        <translation>bitte bestätigen Sie mit diesem Link, dass %1 Ihre Adresse bei %2 ist:</translation>
    </message>
    <message>
        <source>The link works once, for 24 hours.</source>
        <translation>Der Link funktioniert einmal, 24 Stunden lang.</translation>
    </message>
    <message>
        <source>If you did not ask for this, ignore this message: nothing changes.</source>
        <translation>Wenn Sie das nicht angefordert haben, ignorieren Sie diese Nachricht: Es ändert sich nichts.</translation>
    </message>
    <message>
        <source>Reset your password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Someone asked to reset the password of %1 at %2. If it was you, choose a new password here:</source>
        <translation>Jemand hat angefordert, das Passwort von %1 bei %2 zurückzusetzen. Wenn Sie das waren, wählen Sie hier ein neues Passwort:</translation>
    </message>
    <message>
        <source>The link works once, for 30 minutes. Your passkeys and authenticator app stay as they are.</source>
        <translation>Der Link funktioniert einmal, 30 Minuten lang. Ihre Passkeys und Ihre Authenticator-App bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>If it wasn&apos;t you, ignore this message: your password stays as it is.</source>
        <translation>Wenn Sie das nicht waren, ignorieren Sie diese Nachricht: Ihr Passwort bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Your password was changed</source>
        <translation>Ihr Passwort wurde geändert</translation>
    </message>
    <message>
        <source>The password of %1 at %2 was changed.</source>
        <translation>Das Passwort von %1 bei %2 wurde geändert.</translation>
    </message>
    <message>
        <source>Your password was reset</source>
        <translation>Ihr Passwort wurde zurückgesetzt</translation>
    </message>
    <message>
        <source>The password of %1 at %2 was reset with a link sent to this address. Every session of the account was ended.</source>
        <translation>Das Passwort von %1 bei %2 wurde mit einem Link zurückgesetzt, der an diese Adresse ging. Alle Sitzungen des Kontos wurden beendet.</translation>
    </message>
    <message>
        <source>Your e-mail address was changed</source>
        <translation>Ihre E-Mail-Adresse wurde geändert</translation>
    </message>
    <message>
        <source>The address of your account at %1 was changed from %2 to %3. Messages go to the new address from now on.</source>
        <translation>Die Adresse Ihres Kontos bei %1 wurde von %2 in %3 geändert. Nachrichten gehen ab jetzt an die neue Adresse.</translation>
    </message>
    <message>
        <source>A sign-in factor was added</source>
        <translation>Ein Anmeldefaktor wurde hinzugefügt</translation>
    </message>
    <message>
        <source>%1 was added to the account %2 at %3.</source>
        <translation>%1 wurde dem Konto %2 bei %3 hinzugefügt.</translation>
    </message>
    <message>
        <source>A sign-in factor was removed</source>
        <translation>Ein Anmeldefaktor wurde entfernt</translation>
    </message>
    <message>
        <source>%1 was removed from the account %2 at %3.</source>
        <translation>%1 wurde aus dem Konto %2 bei %3 entfernt.</translation>
    </message>
    <message>
        <source>Your sign-in factors were reset</source>
        <translation>Ihre Anmeldefaktoren wurden zurückgesetzt</translation>
    </message>
    <message>
        <source>An administrator removed every passkey, authenticator app and recovery code of %1 at %2, and ended its sessions.</source>
        <translation>Ein Administrator hat alle Passkeys, die Authenticator-App und die Wiederherstellungscodes von %1 bei %2 entfernt und die Sitzungen beendet.</translation>
    </message>
    <message>
        <source>When: %1 UTC.</source>
        <translation>Wann: %1 UTC.</translation>
    </message>
    <message>
        <source>If this was you, there is nothing to do. If it wasn&apos;t, reset your password with &quot;Forgot password?&quot; on the sign-in page and tell your administrator.</source>
        <translation>Wenn Sie das waren, ist nichts zu tun. Wenn nicht, setzen Sie Ihr Passwort mit „Passwort vergessen?“ auf der Anmeldeseite zurück und informieren Sie Ihren Administrator.</translation>
    </message>
    <message>
        <source>%1 invited you to %2</source>
        <translation>%1 hat Sie zu %2 eingeladen</translation>
    </message>
    <message>
        <source>%1 invited you to the workspace %2 at %3, as %4. Accept the invitation here (you can sign in or create an account):</source>
        <translation>%1 hat Sie in den Arbeitsbereich %2 bei %3 eingeladen, als %4. Nehmen Sie die Einladung hier an (Sie können sich anmelden oder ein Konto anlegen):</translation>
    </message>
    <message>
        <source>The invitation works once, for 7 days.</source>
        <translation>Die Einladung funktioniert einmal, 7 Tage lang.</translation>
    </message>
    <message>
        <source>If you did not expect it, ignore this message.</source>
        <translation>Wenn Sie sie nicht erwartet haben, ignorieren Sie diese Nachricht.</translation>
    </message>
    <message>
        <source>A passkey</source>
        <translation>Ein Passkey</translation>
    </message>
    <message>
        <source>An authenticator app</source>
        <translation>Eine Authenticator-App</translation>
    </message>
    <message>
        <source>The authenticator app</source>
        <translation>Die Authenticator-App</translation>
    </message>
    <message>
        <source>A new set of recovery codes</source>
        <translation>Ein neuer Satz Wiederherstellungscodes</translation>
    </message>
    <message>
        <source>An administrator</source>
        <translation>Ein Administrator</translation>
    </message>
</context>
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
    <message>
        <source>Confirm your e-mail address first: open the link we sent to it (a new one is on its way if the last is older than 5 minutes).</source>
        <translation>Bestätigen Sie zuerst Ihre E-Mail-Adresse: Öffnen Sie den Link, den wir an sie geschickt haben (ein neuer ist unterwegs, wenn der letzte älter als 5 Minuten ist).</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Passwort vergessen?</translation>
    </message>
    <message>
        <source>This server sends no mail. Ask your administrator to set a new password for you.</source>
        <translation>Dieser Server verschickt keine Mail. Bitten Sie Ihren Administrator, Ihnen ein neues Passwort zu setzen.</translation>
    </message>
    <message>
        <source>Send the link</source>
        <translation>Link senden</translation>
    </message>
    <message>
        <source>Type the address of your account. We send a link to it to choose a new password.</source>
        <translation>Geben Sie die Adresse Ihres Kontos ein. Wir schicken ihr einen Link, mit dem Sie ein neues Passwort wählen.</translation>
    </message>
    <message>
        <source>Check your mail</source>
        <translation>Sehen Sie in Ihre Mail</translation>
    </message>
    <message>
        <source>If an account has this address, a link to choose a new password is on its way to it. The link works once, for 30 minutes.</source>
        <translation>Wenn ein Konto diese Adresse hat, ist ein Link für ein neues Passwort an sie unterwegs. Der Link funktioniert einmal, 30 Minuten lang.</translation>
    </message>
    <message>
        <source>At least %1 characters, and not your e-mail address.</source>
        <translation>Mindestens %1 Zeichen und nicht Ihre E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>Neues Passwort setzen</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Neues Passwort wählen</translation>
    </message>
    <message>
        <source>For %1. Every session of the account ends.</source>
        <translation>Für %1. Alle Sitzungen des Kontos werden beendet.</translation>
    </message>
    <message>
        <source>This link does not work</source>
        <translation>Dieser Link funktioniert nicht</translation>
    </message>
    <message>
        <source>It was used already, it has expired, or the password was changed since. Ask for a new link with “Forgot password?”.</source>
        <translation>Er wurde schon benutzt, ist abgelaufen, oder das Passwort wurde inzwischen geändert. Fordern Sie mit „Passwort vergessen?“ einen neuen an.</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Sign in with your new password. Your passkeys and authenticator app work as before.</source>
        <translation>Melden Sie sich mit Ihrem neuen Passwort an. Ihre Passkeys und Ihre Authenticator-App funktionieren wie bisher.</translation>
    </message>
    <message>
        <source>Go to your account</source>
        <translation>Zu Ihrem Konto</translation>
    </message>
    <message>
        <source>It was used already, it has expired, or the address changed since.</source>
        <translation>Er wurde schon benutzt, ist abgelaufen, oder die Adresse wurde inzwischen geändert.</translation>
    </message>
    <message>
        <source>Address confirmed</source>
        <translation>Adresse bestätigt</translation>
    </message>
    <message>
        <source>%1 is confirmed. You can close this page.</source>
        <translation>%1 ist bestätigt. Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <source>This invitation does not work</source>
        <translation>Diese Einladung funktioniert nicht</translation>
    </message>
    <message>
        <source>It was used already, it has expired or it was withdrawn. Ask for a new one.</source>
        <translation>Sie wurde schon benutzt, ist abgelaufen oder wurde zurückgezogen. Bitten Sie um eine neue.</translation>
    </message>
    <message>
        <source>Join the workspace</source>
        <translation>Dem Arbeitsbereich beitreten</translation>
    </message>
    <message>
        <source>You are signed in as %1.</source>
        <translation>Sie sind als %1 angemeldet.</translation>
    </message>
    <message>
        <source>Sign in as %1 to join</source>
        <translation>Als %1 anmelden, um beizutreten</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>Passwort wählen</translation>
    </message>
    <message>
        <source>Create the account and join</source>
        <translation>Konto anlegen und beitreten</translation>
    </message>
    <message>
        <source>%1 is invited to the workspace %2 as %3. The invitation works until %4 UTC.</source>
        <translation>%1 ist in den Arbeitsbereich %2 eingeladen, als %3. Die Einladung gilt bis %4 UTC.</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Already a member</source>
        <translation>Schon Mitglied</translation>
    </message>
    <message>
        <source>You are a member of %1 already.</source>
        <translation>Sie sind schon Mitglied von %1.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>You are now a member of %1, as %2.</source>
        <translation>Sie sind jetzt Mitglied von %1, als %2.</translation>
    </message>
    <message>
        <source>Your account %1 is ready and a member of %2, as %3.</source>
        <translation>Ihr Konto %1 ist bereit und Mitglied von %2, als %3.</translation>
    </message>
    <message>
        <source>Your address is changed. Confirm it with the link sent to it; the old address was told.</source>
        <translation>Ihre Adresse ist geändert. Bestätigen Sie sie mit dem Link, der an sie ging; die alte Adresse wurde benachrichtigt.</translation>
    </message>
    <message>
        <source>A new confirmation link is on its way.</source>
        <translation>Ein neuer Bestätigungslink ist unterwegs.</translation>
    </message>
    <message>
        <source>A link went out less than 5 minutes ago: look for it, or try again later.</source>
        <translation>Vor weniger als 5 Minuten ging ein Link hinaus: Sehen Sie nach ihm, oder versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The language of your mail is saved.</source>
        <translation>Die Sprache Ihrer Mail ist gespeichert.</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>Bestätigt.</translation>
    </message>
    <message>
        <source>Not confirmed yet.</source>
        <translation>Noch nicht bestätigt.</translation>
    </message>
    <message>
        <source>Change the address</source>
        <translation>Adresse ändern</translation>
    </message>
    <message>
        <source>Send the confirmation link again</source>
        <translation>Bestätigungslink erneut senden</translation>
    </message>
    <message>
        <source>Language of your mail</source>
        <translation>Sprache Ihrer Mail</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Website: %1</translation>
    </message>
    <message>
        <source>You can withdraw this at any time on %1.</source>
        <translation>Sie können dies jederzeit auf %1 widerrufen.</translation>
    </message>
    <message>
        <source>your account page</source>
        <translation>Ihrer Kontoseite</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>I have an account: sign in</source>
        <translation>Ich habe ein Konto: anmelden</translation>
    </message>
    <message>
        <source>An account on this server.</source>
        <translation>Ein Konto auf diesem Server.</translation>
    </message>
    <message>
        <source>This server does not take new accounts. Ask its administrator for an invitation.</source>
        <translation>Dieser Server nimmt keine neuen Konten an. Bitten Sie seine Administration um eine Einladung.</translation>
    </message>
    <message>
        <source>We sent a link to %1. Follow it, then sign in.</source>
        <translation>Wir haben einen Link an %1 geschickt. Öffnen Sie ihn und melden Sie sich dann an.</translation>
    </message>
    <message>
        <source>Your account %1 is ready. Sign in with it.</source>
        <translation>Ihr Konto %1 ist bereit. Melden Sie sich damit an.</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Konto angelegt</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>The account could not be created. Try again.</source>
        <translation>Das Konto konnte nicht angelegt werden. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>An account with this address exists already. Sign in, or ask for a new password if you forgot it.</source>
        <translation>Ein Konto mit dieser Adresse gibt es bereits. Melden Sie sich an, oder fordern Sie ein neues Passwort an, falls Sie es vergessen haben.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Das ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Choose a stronger password: the rules are beside the field.</source>
        <translation>Wählen Sie ein stärkeres Passwort: Die Regeln stehen neben dem Feld.</translation>
    </message>
    <message>
        <source>Too many new accounts from here for now. Try again later.</source>
        <translation>Von hier wurden gerade zu viele Konten angelegt. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>This server does not take new accounts.</source>
        <translation>Dieser Server nimmt keine neuen Konten an.</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Passwort verbergen</translation>
    </message>
</context>
</TS>
