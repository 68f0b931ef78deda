<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditText</name>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Refreshed a session</source>
        <translation>Sitzung erneuert</translation>
    </message>
    <message>
        <source>Refresh token reused: session ended</source>
        <translation>Refresh-Token erneut benutzt: Sitzung beendet</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Benutzer angelegt</translation>
    </message>
    <message>
        <source>User deleted</source>
        <translation>Benutzer gelöscht</translation>
    </message>
    <message>
        <source>User renamed</source>
        <translation>Benutzer umbenannt</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Benutzer gesperrt</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Benutzer freigegeben</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Rollen geändert</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Passwort zurückgesetzt</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Passwort geändert</translation>
    </message>
    <message>
        <source>Session revoked</source>
        <translation>Sitzung widerrufen</translation>
    </message>
    <message>
        <source>All sessions of a user revoked</source>
        <translation>Alle Sitzungen eines Benutzers widerrufen</translation>
    </message>
    <message>
        <source>Token minted</source>
        <translation>Token erzeugt</translation>
    </message>
    <message>
        <source>Token revoked</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Role created</source>
        <translation>Rolle angelegt</translation>
    </message>
    <message>
        <source>Role deleted</source>
        <translation>Rolle gelöscht</translation>
    </message>
    <message>
        <source>Role permissions changed</source>
        <translation>Berechtigungen einer Rolle geändert</translation>
    </message>
    <message>
        <source>Signing key created</source>
        <translation>Signaturschlüssel erzeugt</translation>
    </message>
    <message>
        <source>Signing key rotated</source>
        <translation>Signaturschlüssel gewechselt</translation>
    </message>
    <message>
        <source>Next signing key published</source>
        <translation>Nächster Signaturschlüssel veröffentlicht</translation>
    </message>
    <message>
        <source>Signing key activated</source>
        <translation>Signaturschlüssel aktiviert</translation>
    </message>
    <message>
        <source>Signing key retired</source>
        <translation>Signaturschlüssel ausgemustert</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Einstellung geändert</translation>
    </message>
    <message>
        <source>Workspace created</source>
        <translation>Arbeitsbereich angelegt</translation>
    </message>
    <message>
        <source>Workspace changed</source>
        <translation>Arbeitsbereich geändert</translation>
    </message>
    <message>
        <source>Workspace deleted</source>
        <translation>Arbeitsbereich gelöscht</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Mitglied hinzugefügt</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>Mitglied entfernt</translation>
    </message>
    <message>
        <source>Member&apos;s role changed</source>
        <translation>Rolle eines Mitglieds geändert</translation>
    </message>
    <message>
        <source>Application registered</source>
        <translation>Anwendung registriert</translation>
    </message>
    <message>
        <source>Application changed</source>
        <translation>Anwendung geändert</translation>
    </message>
    <message>
        <source>Application deleted</source>
        <translation>Anwendung gelöscht</translation>
    </message>
    <message>
        <source>Application secret rotated</source>
        <translation>Geheimnis einer Anwendung gewechselt</translation>
    </message>
    <message>
        <source>Signed in to an application</source>
        <translation>Bei einer Anwendung angemeldet</translation>
    </message>
    <message>
        <source>Allowed an application</source>
        <translation>Eine Anwendung zugelassen</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Zustimmung zurückgezogen</translation>
    </message>
    <message>
        <source>Authorization code exchanged</source>
        <translation>Autorisierungscode eingelöst</translation>
    </message>
    <message>
        <source>Authorization code replayed</source>
        <translation>Autorisierungscode erneut vorgelegt</translation>
    </message>
    <message>
        <source>Scheduled task</source>
        <translation>Geplante Aufgabe</translation>
    </message>
    <message>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Durch: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Event %1, action id %2</source>
        <translation>Ereignis %1, Aktions-ID %2</translation>
    </message>
    <message>
        <source>Second factor checked</source>
        <translation>Zweiter Faktor geprüft</translation>
    </message>
    <message>
        <source>Sign-in factors reset</source>
        <translation>Anmeldefaktoren zurückgesetzt</translation>
    </message>
    <message>
        <source>Authenticator app enrolled</source>
        <translation>Authenticator-App eingerichtet</translation>
    </message>
    <message>
        <source>Authenticator app removed</source>
        <translation>Authenticator-App entfernt</translation>
    </message>
    <message>
        <source>Passkey added</source>
        <translation>Passkey hinzugefügt</translation>
    </message>
    <message>
        <source>Passkey renamed</source>
        <translation>Passkey umbenannt</translation>
    </message>
    <message>
        <source>Passkey removed</source>
        <translation>Passkey entfernt</translation>
    </message>
    <message>
        <source>Passkey sign-in</source>
        <translation>Anmeldung mit Passkey</translation>
    </message>
    <message>
        <source>Passkey counter went backwards: possibly cloned</source>
        <translation>Passkey-Zähler lief rückwärts: möglicherweise geklont</translation>
    </message>
    <message>
        <source>Recovery codes generated</source>
        <translation>Wiederherstellungscodes erzeugt</translation>
    </message>
    <message>
        <source>%1 signed in</source>
        <translation>%1 hat sich angemeldet</translation>
    </message>
    <message>
        <source>%1 signed out</source>
        <translation>%1 hat sich abgemeldet</translation>
    </message>
    <message>
        <source>%1 refreshed a session</source>
        <translation>%1 hat eine Sitzung erneuert</translation>
    </message>
    <message>
        <source>A refresh token of %1 was used twice: session %2 ended</source>
        <translation>Ein Erneuerungstoken von %1 wurde zweimal benutzt: Sitzung %2 beendet</translation>
    </message>
    <message>
        <source>%1 created the user %2</source>
        <translation>%1 hat den Benutzer %2 angelegt</translation>
    </message>
    <message>
        <source>%1 deleted the user %2</source>
        <translation>%1 hat den Benutzer %2 gelöscht</translation>
    </message>
    <message>
        <source>%1 renamed the user %2</source>
        <translation>%1 hat den Benutzer %2 umbenannt</translation>
    </message>
    <message>
        <source>%1 disabled the user %2</source>
        <translation>%1 hat den Benutzer %2 gesperrt</translation>
    </message>
    <message>
        <source>%1 enabled the user %2</source>
        <translation>%1 hat den Benutzer %2 entsperrt</translation>
    </message>
    <message>
        <source>%1 changed the roles of %2</source>
        <translation>%1 hat die Rollen von %2 geändert</translation>
    </message>
    <message>
        <source>%1 reset the password of %2</source>
        <translation>%1 hat das Passwort von %2 zurückgesetzt</translation>
    </message>
    <message>
        <source>%1 changed the password of %2</source>
        <translation>%1 hat das Passwort von %2 geändert</translation>
    </message>
    <message>
        <source>%1 revoked the session %2</source>
        <translation>%1 hat die Sitzung %2 widerrufen</translation>
    </message>
    <message>
        <source>%1 revoked every session of %2</source>
        <translation>%1 hat alle Sitzungen von %2 widerrufen</translation>
    </message>
    <message>
        <source>%1 minted a token for %2</source>
        <translation>%1 hat ein Token für %2 ausgestellt</translation>
    </message>
    <message>
        <source>%1 revoked the token %2</source>
        <translation>%1 hat das Token %2 widerrufen</translation>
    </message>
    <message>
        <source>%1 created the role %2</source>
        <translation>%1 hat die Rolle %2 angelegt</translation>
    </message>
    <message>
        <source>%1 deleted the role %2</source>
        <translation>%1 hat die Rolle %2 gelöscht</translation>
    </message>
    <message>
        <source>%1 changed the permissions of the role %2</source>
        <translation>%1 hat die Berechtigungen der Rolle %2 geändert</translation>
    </message>
    <message>
        <source>%1 created the signing key %2</source>
        <translation>%1 hat den Signaturschlüssel %2 erzeugt</translation>
    </message>
    <message>
        <source>%1 rotated the signing keys: %2</source>
        <translation>%1 hat die Signaturschlüssel rotiert: %2</translation>
    </message>
    <message>
        <source>%1 published the next signing key %2</source>
        <translation>%1 hat den nächsten Signaturschlüssel %2 veröffentlicht</translation>
    </message>
    <message>
        <source>%1 activated the signing key %2</source>
        <translation>%1 hat den Signaturschlüssel %2 aktiviert</translation>
    </message>
    <message>
        <source>%1 retired the signing key %2</source>
        <translation>%1 hat den Signaturschlüssel %2 zurückgezogen</translation>
    </message>
    <message>
        <source>%1 created the workspace %2</source>
        <translation>%1 hat den Arbeitsbereich %2 angelegt</translation>
    </message>
    <message>
        <source>%1 changed the workspace %2</source>
        <translation>%1 hat den Arbeitsbereich %2 geändert</translation>
    </message>
    <message>
        <source>%1 deleted the workspace %2</source>
        <translation>%1 hat den Arbeitsbereich %2 gelöscht</translation>
    </message>
    <message>
        <source>%1 registered the application %2</source>
        <translation>%1 hat die Anwendung %2 registriert</translation>
    </message>
    <message>
        <source>%1 changed the application %2</source>
        <translation>%1 hat die Anwendung %2 geändert</translation>
    </message>
    <message>
        <source>%1 deleted the application %2</source>
        <translation>%1 hat die Anwendung %2 gelöscht</translation>
    </message>
    <message>
        <source>%1 rotated the secret of the application %2</source>
        <translation>%1 hat das Geheimnis der Anwendung %2 erneuert</translation>
    </message>
    <message>
        <source>%1 signed in to the application %2</source>
        <translation>%1 hat sich bei der Anwendung %2 angemeldet</translation>
    </message>
    <message>
        <source>%1 allowed the application %2</source>
        <translation>%1 hat der Anwendung %2 zugestimmt</translation>
    </message>
    <message>
        <source>%1 withdrew the consent to %2</source>
        <translation>%1 hat die Zustimmung für %2 zurückgezogen</translation>
    </message>
    <message>
        <source>%1 exchanged an authorization code (%2)</source>
        <translation>%1 hat einen Autorisierungscode eingelöst (%2)</translation>
    </message>
    <message>
        <source>%1 replayed an authorization code (%2)</source>
        <translation>%1 hat einen Autorisierungscode erneut eingereicht (%2)</translation>
    </message>
    <message>
        <source>%1 answered a second-factor check (%2)</source>
        <translation>%1 hat eine Prüfung des zweiten Faktors beantwortet (%2)</translation>
    </message>
    <message>
        <source>%1 reset the sign-in factors of %2</source>
        <translation>%1 hat die Anmeldefaktoren von %2 zurückgesetzt</translation>
    </message>
    <message>
        <source>%1 enrolled an authenticator app (%2)</source>
        <translation>%1 hat eine Authenticator-App eingerichtet (%2)</translation>
    </message>
    <message>
        <source>%1 removed an authenticator app (%2)</source>
        <translation>%1 hat eine Authenticator-App entfernt (%2)</translation>
    </message>
    <message>
        <source>%1 added a passkey (%2)</source>
        <translation>%1 hat einen Passkey hinzugefügt (%2)</translation>
    </message>
    <message>
        <source>%1 renamed a passkey (%2)</source>
        <translation>%1 hat einen Passkey umbenannt (%2)</translation>
    </message>
    <message>
        <source>%1 removed a passkey (%2)</source>
        <translation>%1 hat einen Passkey entfernt (%2)</translation>
    </message>
    <message>
        <source>%1 signed in with a passkey (%2)</source>
        <translation>%1 hat sich mit einem Passkey angemeldet (%2)</translation>
    </message>
    <message>
        <source>A passkey of %1 counted backwards: it may be cloned (%2)</source>
        <translation>Ein Passkey von %1 hat rückwärts gezählt: er ist womöglich geklont (%2)</translation>
    </message>
    <message>
        <source>%1 generated recovery codes (%2)</source>
        <translation>%1 hat Wiederherstellungscodes erzeugt (%2)</translation>
    </message>
    <message>
        <source>%1 ran a scheduled task (%2)</source>
        <translation>%1 hat eine geplante Aufgabe ausgeführt (%2)</translation>
    </message>
    <message>
        <source>its default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>%1 changed %2 from %3 to %4</source>
        <translation>%1 hat %2 von %3 auf %4 geändert</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Denied: %1</source>
        <translation>Verweigert: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 added %2 to the workspace %3</source>
        <translation>%1 hat %2 zum Arbeitsbereich %3 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 removed %2 from the workspace %3</source>
        <translation>%1 hat %2 aus dem Arbeitsbereich %3 entfernt</translation>
    </message>
    <message>
        <source>%1 changed the role of %2 in the workspace %3</source>
        <translation>%1 hat die Rolle von %2 im Arbeitsbereich %3 geändert</translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation>Einladung verschickt</translation>
    </message>
    <message>
        <source>%1 invited %2 to the workspace %3</source>
        <translation>%1 hat %2 in den Arbeitsbereich %3 eingeladen</translation>
    </message>
    <message>
        <source>Invitation withdrawn</source>
        <translation>Einladung zurückgezogen</translation>
    </message>
    <message>
        <source>%1 withdrew the invitation %2 to the workspace %3</source>
        <translation>%1 hat die Einladung %2 in den Arbeitsbereich %3 zurückgezogen</translation>
    </message>
</context>
<context>
    <name>ConsoleDialogs</name>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>Leave empty to generate one</source>
        <translation>Leer lassen, um eines zu erzeugen</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rollen von %1</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>Ersten Administrator anlegen</translation>
    </message>
    <message>
        <source>This database has no administrator yet. Choose the e-mail address and password of the first one.</source>
        <translation>Diese Datenbank hat noch keinen Administrator. Wählen Sie E-Mail-Adresse und Passwort des ersten.</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Neue Rolle</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Berechtigungen:</translation>
    </message>
    <message>
        <source>Permissions of %1</source>
        <translation>Berechtigungen von %1</translation>
    </message>
    <message>
        <source>Consents of %1</source>
        <translation>Zustimmungen von %1</translation>
    </message>
    <message>
        <source>Forget the consent to:</source>
        <translation>Die Zustimmung vergessen für:</translation>
    </message>
    <message>
        <source>Type the administrator&apos;s e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse des Administrators ein.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters and must not be the e-mail address.</source>
        <translation>Das Passwort braucht mindestens %1 Zeichen und darf nicht die E-Mail-Adresse sein.</translation>
    </message>
    <message>
        <source>Repeat the password exactly.</source>
        <translation>Wiederholen Sie das Passwort genau.</translation>
    </message>
    <message>
        <source>Who allowed %1</source>
        <translation>Wer %1 zugelassen hat</translation>
    </message>
    <message>
        <source>Forget the consent of:</source>
        <translation>Die Zustimmung vergessen von:</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>Benutzer &amp;anlegen</translation>
    </message>
    <message>
        <source>Type the new user&apos;s e-mail address.</source>
        <translation>Geben Sie die E-Mail-Adresse des neuen Benutzers ein.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters and must not be the e-mail address (or leave it empty to generate one).</source>
        <translation>Das Passwort braucht mindestens %1 Zeichen und darf nicht die E-Mail-Adresse sein (oder lassen Sie es leer, damit eines erzeugt wird).</translation>
    </message>
    <message>
        <source>&amp;Inherited by:</source>
        <translation>&amp;Vererbt an:</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>That is not a valid e-mail address.</source>
        <translation>Das ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The password is too weak (%1).</source>
        <translation>Das Passwort ist zu schwach (%1).</translation>
    </message>
    <message>
        <source>A user with this address exists already.</source>
        <translation>Ein Benutzer mit dieser Adresse existiert bereits.</translation>
    </message>
    <message>
        <source>It does not exist (any more): someone may have deleted it meanwhile.</source>
        <translation>Es existiert nicht (mehr): Vielleicht hat es inzwischen jemand gelöscht.</translation>
    </message>
    <message>
        <source>Not allowed for this account.</source>
        <translation>Für dieses Konto nicht erlaubt.</translation>
    </message>
    <message>
        <source>There is no such role (%1).</source>
        <translation>Diese Rolle gibt es nicht (%1).</translation>
    </message>
    <message>
        <source>There is no such permission (%1).</source>
        <translation>Diese Berechtigung gibt es nicht (%1).</translation>
    </message>
    <message>
        <source>A role of this name exists already.</source>
        <translation>Eine Rolle dieses Namens existiert bereits.</translation>
    </message>
    <message>
        <source>Users still have this role: take it from them first.</source>
        <translation>Benutzer haben diese Rolle noch: Entziehen Sie sie ihnen zuerst.</translation>
    </message>
    <message>
        <source>Other roles build on this one: delete or move them first.</source>
        <translation>Andere Rollen bauen auf dieser auf: Löschen oder verschieben Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Built-in roles are fixed.</source>
        <translation>Eingebaute Rollen sind fest.</translation>
    </message>
    <message>
        <source>The last enabled administrator must stay one: give another user the admin role first.</source>
        <translation>Der letzte aktive Administrator muss es bleiben: Geben Sie zuerst einem anderen Benutzer die Rolle admin.</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>Das Konto ist gesperrt.</translation>
    </message>
    <message>
        <source>The signing key in use cannot be retired: rotate first, then retire the old key.</source>
        <translation>Der verwendete Signaturschlüssel kann nicht ausgemustert werden: Erst wechseln, dann den alten ausmustern.</translation>
    </message>
    <message>
        <source>The key is retired already.</source>
        <translation>Der Schlüssel ist bereits ausgemustert.</translation>
    </message>
    <message>
        <source>A key change is under way: try again in a moment.</source>
        <translation>Ein Schlüsselwechsel läuft: Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The value is not allowed: %1.</source>
        <translation>Der Wert ist nicht erlaubt: %1.</translation>
    </message>
    <message>
        <source>The INI file, the environment or the command line sets this, and outranks what the console stores: change it there.</source>
        <translation>Die INI-Datei, die Umgebung oder die Befehlszeile setzt dies und hat Vorrang vor dem von der Konsole Gespeicherten: Ändern Sie es dort.</translation>
    </message>
    <message>
        <source>A workspace with this short name exists already.</source>
        <translation>Ein Arbeitsbereich mit diesem Kurznamen existiert bereits.</translation>
    </message>
    <message>
        <source>The user is a member already.</source>
        <translation>Der Benutzer ist bereits Mitglied.</translation>
    </message>
    <message>
        <source>A workspace keeps at least one owner: make another member owner first.</source>
        <translation>Ein Arbeitsbereich behält mindestens einen Besitzer: Machen Sie zuerst ein anderes Mitglied zum Besitzer.</translation>
    </message>
    <message>
        <source>An application with this client id exists already.</source>
        <translation>Eine Anwendung mit dieser Client-ID existiert bereits.</translation>
    </message>
    <message>
        <source>A scope is not allowed: %1.</source>
        <translation>Ein Scope ist nicht erlaubt: %1.</translation>
    </message>
    <message>
        <source>The database failed: %1</source>
        <translation>Die Datenbank ist gescheitert: %1</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
</context>
<context>
    <name>RequestChart</name>
    <message>
        <source>Requests per second and latency</source>
        <translation>Anfragen pro Sekunde und Latenz</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>vor %1 s</translation>
    </message>
    <message>
        <source>requests per second (left scale)</source>
        <translation>Anfragen pro Sekunde (linke Skala)</translation>
    </message>
    <message>
        <source>mean latency (right scale)</source>
        <translation>mittlere Latenz (rechte Skala)</translation>
    </message>
</context>
<context>
    <name>SettingDescription</name>
    <message>
        <source>address and port to listen on</source>
        <translation>Adresse und Port, auf denen gelauscht wird</translation>
    </message>
    <message>
        <source>request worker threads</source>
        <translation>Threads, die Anfragen bearbeiten</translation>
    </message>
    <message>
        <source>PEM certificate file; set with server.tls_key to serve HTTPS</source>
        <translation>PEM-Zertifikatsdatei; mit server.tls_key gesetzt wird HTTPS bedient</translation>
    </message>
    <message>
        <source>PEM private key file; set with server.tls_cert to serve HTTPS</source>
        <translation>PEM-Datei des privaten Schlüssels; mit server.tls_cert gesetzt wird HTTPS bedient</translation>
    </message>
    <message>
        <source>off, stderr, or a file path: one line per request, written off the request threads</source>
        <translation>off, stderr oder ein Dateipfad: eine Zeile je Anfrage, außerhalb der Anfrage-Threads geschrieben</translation>
    </message>
    <message>
        <source>larger request bodies get 413</source>
        <translation>größere Anfragekörper erhalten 413</translation>
    </message>
    <message>
        <source>open connections per client address; more are refused at once</source>
        <translation>offene Verbindungen je Client-Adresse; weitere werden sofort abgewiesen</translation>
    </message>
    <message>
        <source>comma-separated origins allowed by CORS; empty = none</source>
        <translation>durch Kommas getrennte, per CORS erlaubte Ursprünge; leer = keine</translation>
    </message>
    <message>
        <source>addresses whose X-Forwarded-For is believed</source>
        <translation>Adressen, deren X-Forwarded-For geglaubt wird</translation>
    </message>
    <message>
        <source>the iss claim; empty = the server&apos;s own base URL</source>
        <translation>der iss-Claim; leer = die eigene Basis-URL des Servers</translation>
    </message>
    <message>
        <source>the aud claim</source>
        <translation>der aud-Claim</translation>
    </message>
    <message>
        <source>client_id of tokens from /auth/* and the password grant (RFC 9068 §2.2)</source>
        <translation>client_id der Tokens aus /auth/* und dem Password-Grant (RFC 9068 §2.2)</translation>
    </message>
    <message>
        <source>access token lifetime</source>
        <translation>Lebensdauer eines Zugriffstokens</translation>
    </message>
    <message>
        <source>how long a session may sit unused</source>
        <translation>wie lange eine Sitzung ungenutzt bleiben darf</translation>
    </message>
    <message>
        <source>how long a session may live at most</source>
        <translation>wie lange eine Sitzung höchstens bestehen darf</translation>
    </message>
    <message>
        <source>how long a rotated refresh token may be retried</source>
        <translation>wie lange ein erneuertes Refresh-Token erneut versucht werden darf</translation>
    </message>
    <message>
        <source>clock skew accepted on exp/nbf</source>
        <translation>bei exp/nbf tolerierte Uhrenabweichung</translation>
    </message>
    <message>
        <source>algorithm of newly created keys</source>
        <translation>Algorithmus neu erzeugter Schlüssel</translation>
    </message>
    <message>
        <source>how long verifiers may cache the JWK Set</source>
        <translation>wie lange Prüfer das JWK-Set zwischenspeichern dürfen</translation>
    </message>
    <message>
        <source>automatic key rotation period in days; 0 = by hand</source>
        <translation>Abstand des automatischen Schlüsselwechsels in Tagen; 0 = von Hand</translation>
    </message>
    <message>
        <source>failed logins per account per 15 minutes</source>
        <translation>fehlgeschlagene Anmeldungen je Konto in 15 Minuten</translation>
    </message>
    <message>
        <source>login attempts per client address per minute</source>
        <translation>Anmeldeversuche je Client-Adresse und Minute</translation>
    </message>
    <message>
        <source>refreshes per client address per minute</source>
        <translation>Erneuerungen je Client-Adresse und Minute</translation>
    </message>
    <message>
        <source>registrations per client address per hour</source>
        <translation>Registrierungen je Client-Adresse und Stunde</translation>
    </message>
    <message>
        <source>self-registration on /auth/register</source>
        <translation>Selbstregistrierung über /auth/register</translation>
    </message>
    <message>
        <source>any user may create a workspace (and owns it)</source>
        <translation>jeder Benutzer darf einen Arbeitsbereich anlegen (und besitzt ihn)</translation>
    </message>
    <message>
        <source>allowed plan names; a new workspace gets the first</source>
        <translation>erlaubte Tarifnamen; ein neuer Arbeitsbereich erhält den ersten</translation>
    </message>
    <message>
        <source>PKCE (S256) for every client, not only public ones</source>
        <translation>PKCE (S256) für jede Anwendung, nicht nur öffentliche</translation>
    </message>
    <message>
        <source>how long an authorization code lives</source>
        <translation>wie lange ein Autorisierungscode gilt</translation>
    </message>
    <message>
        <source>how long a browser&apos;s sign-in (SSO) session lives without use</source>
        <translation>wie lange die Anmeldesitzung (SSO) eines Browsers ohne Nutzung besteht</translation>
    </message>
    <message>
        <source>Argon2id passes (t)</source>
        <translation>Argon2id-Durchläufe (t)</translation>
    </message>
    <message>
        <source>Argon2id memory in KiB (m)</source>
        <translation>Argon2id-Speicher in KiB (m)</translation>
    </message>
    <message>
        <source>who must use a second factor: off, admins (any permission beyond user&apos;s) or all</source>
        <translation>wer einen zweiten Faktor nutzen muss: off (niemand), admins (jede Berechtigung über die der Rolle user hinaus) oder all (alle)</translation>
    </message>
    <message>
        <source>the passkeys&apos; relying party id (a host name); empty = the issuer&apos;s host</source>
        <translation>die Relying-Party-ID der Passkeys (ein Hostname); leer = der Host des Ausstellers</translation>
    </message>
    <message>
        <source>origins passkeys are accepted from besides the issuer&apos;s</source>
        <translation>Origins, von denen Passkeys außer dem des Ausstellers angenommen werden</translation>
    </message>
    <message>
        <source>sign-in waits until the user&apos;s address is verified</source>
        <translation>die Anmeldung wartet, bis die Adresse des Benutzers bestätigt ist</translation>
    </message>
    <message>
        <source>the SMTP server: smtp://host:port or smtps://host:port; empty = no mail</source>
        <translation>der SMTP-Server: smtp://host:port oder smtps://host:port; leer = keine Mail</translation>
    </message>
    <message>
        <source>refuse to send without TLS (by default not required for a loopback server)</source>
        <translation>ohne TLS nicht senden (standardmäßig nicht verlangt für einen Server auf diesem Rechner)</translation>
    </message>
    <message>
        <source>the sender; empty = Keyward &lt;keyward@the issuer&apos;s host&gt;</source>
        <translation>der Absender; leer = Keyward &lt;keyward@Host des Ausstellers&gt;</translation>
    </message>
    <message>
        <source>SMTP user name; empty = no authentication</source>
        <translation>SMTP-Benutzername; leer = keine Anmeldung</translation>
    </message>
    <message>
        <source>SMTP password (stored sealed, never shown)</source>
        <translation>SMTP-Passwort (versiegelt gespeichert, nie angezeigt)</translation>
    </message>
    <message>
        <source>PEM certificates to trust for the SMTP server; empty = the system&apos;s</source>
        <translation>PEM-Zertifikate, denen beim SMTP-Server vertraut wird; leer = die des Systems</translation>
    </message>
</context>
<context>
    <name>SettingLabel</name>
    <message>
        <source>Listen address</source>
        <translation>Adresse und Port</translation>
    </message>
    <message>
        <source>Worker threads</source>
        <translation>Arbeits-Threads</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>TLS-Zertifikat</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>Privater TLS-Schlüssel</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Zugriffsprotokoll</translation>
    </message>
    <message>
        <source>Largest request body</source>
        <translation>Größter Anfragetext</translation>
    </message>
    <message>
        <source>Connections per address</source>
        <translation>Verbindungen je Adresse</translation>
    </message>
    <message>
        <source>CORS origins</source>
        <translation>CORS-Ursprünge</translation>
    </message>
    <message>
        <source>Trusted proxies</source>
        <translation>Vertrauenswürdige Proxys</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Aussteller (iss)</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe (aud)</translation>
    </message>
    <message>
        <source>Keyward&apos;s own client ID</source>
        <translation>Eigene Client-ID von Keyward</translation>
    </message>
    <message>
        <source>Access token lifetime</source>
        <translation>Lebensdauer eines Zugriffstokens</translation>
    </message>
    <message>
        <source>Session idle limit</source>
        <translation>Leerlaufgrenze einer Sitzung</translation>
    </message>
    <message>
        <source>Session lifetime</source>
        <translation>Höchstdauer einer Sitzung</translation>
    </message>
    <message>
        <source>Refresh retry window</source>
        <translation>Zeitfenster für wiederholte Erneuerung</translation>
    </message>
    <message>
        <source>Clock skew leeway</source>
        <translation>Toleranz für Uhrabweichung</translation>
    </message>
    <message>
        <source>Signing algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>JWK Set cache lifetime</source>
        <translation>Cache-Dauer des JWK Set</translation>
    </message>
    <message>
        <source>Key rotation period</source>
        <translation>Rotationsintervall der Schlüssel</translation>
    </message>
    <message>
        <source>Failed sign-ins per account</source>
        <translation>Fehlgeschlagene Anmeldungen je Konto</translation>
    </message>
    <message>
        <source>Sign-ins per address and minute</source>
        <translation>Anmeldungen je Adresse und Minute</translation>
    </message>
    <message>
        <source>Refreshes per address and minute</source>
        <translation>Erneuerungen je Adresse und Minute</translation>
    </message>
    <message>
        <source>Registrations per address and hour</source>
        <translation>Registrierungen je Adresse und Stunde</translation>
    </message>
    <message>
        <source>Self-registration</source>
        <translation>Selbstregistrierung</translation>
    </message>
    <message>
        <source>Verified address before sign-in</source>
        <translation>Bestätigte Adresse vor der Anmeldung</translation>
    </message>
    <message>
        <source>Users create workspaces</source>
        <translation>Benutzer legen Arbeitsbereiche an</translation>
    </message>
    <message>
        <source>Workspace plans</source>
        <translation>Tarife der Arbeitsbereiche</translation>
    </message>
    <message>
        <source>PKCE for every client</source>
        <translation>PKCE für jeden Client</translation>
    </message>
    <message>
        <source>Authorization code lifetime</source>
        <translation>Lebensdauer eines Autorisierungscodes</translation>
    </message>
    <message>
        <source>Browser sign-in lifetime</source>
        <translation>Dauer einer Browser-Anmeldung</translation>
    </message>
    <message>
        <source>Second factor required</source>
        <translation>Zweiter Faktor erforderlich</translation>
    </message>
    <message>
        <source>Passkey relying party ID</source>
        <translation>Passkey-RP-ID</translation>
    </message>
    <message>
        <source>Passkey origins</source>
        <translation>Passkey-Ursprünge</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP-Server</translation>
    </message>
    <message>
        <source>TLS for mail required</source>
        <translation>TLS für Mail erforderlich</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>SMTP-Benutzername</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP-Passwort</translation>
    </message>
    <message>
        <source>SMTP CA certificates</source>
        <translation>SMTP-CA-Zertifikate</translation>
    </message>
    <message>
        <source>Argon2id passes</source>
        <translation>Argon2id-Durchläufe</translation>
    </message>
    <message>
        <source>Argon2id memory</source>
        <translation>Argon2id-Speicher</translation>
    </message>
</context>
<context>
    <name>TokenInspection</name>
    <message>
        <source>Valid: %1</source>
        <translation>Gültig: %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Not valid (%1): %2</source>
        <translation>Ungültig (%1): %2</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Claim</translation>
    </message>
    <message>
        <source>expires %1 (%2)</source>
        <translation>läuft %1 ab (%2)</translation>
    </message>
    <message numerus="yes">
        <source>expired %1, accepted for %n s more by the clock-skew leeway (tokens.leeway)</source>
        <translation>
            <numerusform>%1 abgelaufen, dank der Toleranz für Uhrenabweichung (tokens.leeway) noch %n s angenommen</numerusform>
            <numerusform>%1 abgelaufen, dank der Toleranz für Uhrenabweichung (tokens.leeway) noch %n s angenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>expired %1 (%2)</source>
        <translation>%1 abgelaufen (%2)</translation>
    </message>
    <message>
        <source>Expiry: %1</source>
        <translation>Ablauf: %1</translation>
    </message>
    <message>
        <source>Not before: valid since %1</source>
        <translation>Nicht vor: gültig seit %1</translation>
    </message>
    <message numerus="yes">
        <source>Not before: valid %1 (the leeway is %n s)</source>
        <translation>
            <numerusform>Nicht vor: gültig %1 (die Toleranz beträgt %n s)</numerusform>
            <numerusform>Nicht vor: gültig %1 (die Toleranz beträgt %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Ausgestellt %1</translation>
    </message>
    <message>
        <source>The user signed in %1</source>
        <translation>Der Benutzer hat sich %1 angemeldet</translation>
    </message>
    <message>
        <source>Role in the workspace: %1</source>
        <translation>Rolle im Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <source>Signing key (see Keys)</source>
        <translation>Signaturschlüssel (siehe Schlüssel)</translation>
    </message>
    <message>
        <source>Token type (at+jwt: an access token)</source>
        <translation>Token-Typ (at+jwt: ein Zugriffstoken)</translation>
    </message>
    <message>
        <source>Issuer: who made the token</source>
        <translation>Aussteller: wer das Token erstellt hat</translation>
    </message>
    <message>
        <source>Subject: the user&apos;s id</source>
        <translation>Subjekt: die ID des Benutzers</translation>
    </message>
    <message>
        <source>Audience: who the token is for</source>
        <translation>Zielgruppe: für wen das Token bestimmt ist</translation>
    </message>
    <message>
        <source>Token id: what a revocation names</source>
        <translation>Token-ID: was ein Widerruf nennt</translation>
    </message>
    <message>
        <source>Session id (see Sessions)</source>
        <translation>Sitzungs-ID (siehe Sitzungen)</translation>
    </message>
    <message>
        <source>The application the token was issued to</source>
        <translation>Die Anwendung, der das Token ausgestellt wurde</translation>
    </message>
    <message>
        <source>Scopes granted</source>
        <translation>Gewährte Scopes</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Role in the workspace</source>
        <translation>Rolle im Arbeitsbereich</translation>
    </message>
    <message>
        <source>The workspace&apos;s plan</source>
        <translation>Tarif des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Nonce: binds an ID token to its sign-in</source>
        <translation>Nonce: bindet ein ID-Token an seine Anmeldung</translation>
    </message>
    <message>
        <source>How the user signed in: pwd password, otp code, hwk/swk passkey, user verified</source>
        <translation>Wie sich der Benutzer angemeldet hat: pwd Passwort, otp Code, hwk/swk Passkey, user bestätigt</translation>
    </message>
    <message>
        <source>Strength of the sign-in: phr phishing-resistant (a passkey), mfa two factors</source>
        <translation>Stärke der Anmeldung: phr phishing-resistent (ein Passkey), mfa zwei Faktoren</translation>
    </message>
    <message>
        <source>Authorized party: the application the ID token was issued to</source>
        <translation>Berechtigte Partei: die Anwendung, für die das ID-Token ausgestellt wurde</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Whether the e-mail address was verified</source>
        <translation>Ob die E-Mail-Adresse bestätigt wurde</translation>
    </message>
</context>
<context>
    <name>keyward::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Audit-Protokoll filtern</translation>
    </message>
    <message>
        <source>Events since</source>
        <translation>Ereignisse seit</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>%n Ereignis nach %1 exportiert</numerusform>
            <numerusform>%n Ereignisse nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Events until</source>
        <translation>Ereignisse bis</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>No events in this period or for this filter. Every sign-in and every change is logged.</source>
        <translation>Keine Ereignisse in diesem Zeitraum oder für diesen Filter. Jede Anmeldung und jede Änderung wird protokolliert.</translation>
    </message>
    <message>
        <source>The selected event</source>
        <translation>Das ausgewählte Ereignis</translation>
    </message>
    <message>
        <source>Select an event to see all of it here.</source>
        <translation>Wählen Sie ein Ereignis, um es hier vollständig zu sehen.</translation>
    </message>
    <message>
        <source>Filter: who, what, target</source>
        <translation>Filter: wer, was, Ziel</translation>
    </message>
    <message>
        <source>Security events</source>
        <translation>Sicherheitsereignisse</translation>
    </message>
    <message>
        <source>Show &amp;user</source>
        <translation>Ben&amp;utzer zeigen</translation>
    </message>
    <message>
        <source>Show &amp;session</source>
        <translation>&amp;Sitzung zeigen</translation>
    </message>
    <message>
        <source>Show &amp;application</source>
        <translation>&amp;Anwendung zeigen</translation>
    </message>
    <message>
        <source>The selected event names no user</source>
        <translation>Das gewählte Ereignis nennt keinen Benutzer</translation>
    </message>
    <message>
        <source>Open %1 on the Users page</source>
        <translation>%1 auf der Seite Benutzer öffnen</translation>
    </message>
    <message>
        <source>The selected event names no session</source>
        <translation>Das gewählte Ereignis nennt keine Sitzung</translation>
    </message>
    <message>
        <source>Show session %1 on the Sessions page</source>
        <translation>Sitzung %1 auf der Seite Sitzungen zeigen</translation>
    </message>
    <message>
        <source>The selected event names no application</source>
        <translation>Das gewählte Ereignis nennt keine Anwendung</translation>
    </message>
    <message>
        <source>Show %1 on the Applications page</source>
        <translation>%1 auf der Seite Anwendungen zeigen</translation>
    </message>
</context>
<context>
    <name>keyward::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
</context>
<context>
    <name>keyward::ClientDialog</name>
    <message>
        <source>Keyward&apos;s own application: no consent page</source>
        <translation>Eigene Anwendung von Keyward: keine Zustimmungsseite</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>Weiterleitungs-URIs</translation>
    </message>
    <message>
        <source>Post-logout URIs</source>
        <translation>URIs nach der Abmeldung</translation>
    </message>
    <message>
        <source>Edit application %1</source>
        <translation>Anwendung %1 bearbeiten</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Neue Anwendung</translation>
    </message>
    <message>
        <source>Leave empty to generate one</source>
        <translation>Leer lassen, um eine zu erzeugen</translation>
    </message>
    <message>
        <source>Confidential (a server that keeps a secret)</source>
        <translation>Vertraulich (ein Server, der ein Geheimnis bewahrt)</translation>
    </message>
    <message>
        <source>Public (a browser or native app, PKCE only)</source>
        <translation>Öffentlich (Browser- oder native App, nur PKCE)</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>&amp;Redirect URIs:</source>
        <translation>&amp;Weiterleitungs-URIs:</translation>
    </message>
    <message>
        <source>Post-&amp;logout URIs:</source>
        <translation>URIs nach der &amp;Abmeldung:</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Scopes:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Registrieren</translation>
    </message>
    <message>
        <source>Give the application a name (users see it on the consent page).</source>
        <translation>Geben Sie der Anwendung einen Namen (Benutzer sehen ihn auf der Zustimmungsseite).</translation>
    </message>
</context>
<context>
    <name>keyward::ClientTableModel</name>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>, first-party</source>
        <translation>, eigene</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>Weiterleitungs-URIs</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Grant types</source>
        <translation>Grant-Typen</translation>
    </message>
</context>
<context>
    <name>keyward::ClientsPage</name>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Neue Anwendung…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Rotate secret…</source>
        <translation>&amp;Geheimnis erneuern…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Try it</source>
        <translation>&amp;Ausprobieren</translation>
    </message>
    <message>
        <source>Application registered</source>
        <translation>Anwendung registriert</translation>
    </message>
    <message>
        <source>The secret of %1, shown this once. Store it in the application&apos;s configuration now:</source>
        <translation>Das Geheimnis von %1, nur dieses eine Mal angezeigt. Tragen Sie es jetzt in die Konfiguration der Anwendung ein:</translation>
    </message>
    <message>
        <source>Registered the application %1</source>
        <translation>Anwendung %1 registriert</translation>
    </message>
    <message>
        <source>Saved the application %1</source>
        <translation>Anwendung %1 gespeichert</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Geheimnis erneuern</translation>
    </message>
    <message>
        <source>Give %1 a new secret? The current one stops working at once: the application cannot sign anyone in until it has the new one.</source>
        <translation>%1 ein neues Geheimnis geben? Das jetzige gilt sofort nicht mehr: Die Anwendung kann niemanden anmelden, bis sie das neue hat.</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Neues Geheimnis</translation>
    </message>
    <message>
        <source>The new secret of %1, shown this once:</source>
        <translation>Das neue Geheimnis von %1, nur dieses eine Mal angezeigt:</translation>
    </message>
    <message>
        <source>Rotated the secret of %1</source>
        <translation>Geheimnis von %1 erneuert</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>Anwendung löschen</translation>
    </message>
    <message>
        <source>Delete %1? Everyone signed in to it through Keyward is signed out of it now, and its users&apos; consents are forgotten.</source>
        <translation>%1 löschen? Wer über Keyward dort angemeldet ist, wird jetzt abgemeldet, und die Zustimmungen ihrer Benutzer werden vergessen.</translation>
    </message>
    <message>
        <source>Deleted the application %1</source>
        <translation>Anwendung %1 gelöscht</translation>
    </message>
    <message>
        <source>Opened the browser on a sign-in to %1</source>
        <translation>Browser mit einer Anmeldung bei %1 geöffnet</translation>
    </message>
    <message>
        <source>No applications yet. New application… registers one that signs its users in through Keyward (OpenID Connect).</source>
        <translation>Noch keine Anwendungen. Neue Anwendung… registriert eine, die ihre Benutzer über Keyward anmeldet (OpenID Connect).</translation>
    </message>
    <message>
        <source>&amp;Consents…</source>
        <translation>&amp;Zustimmungen…</translation>
    </message>
    <message>
        <source>Nobody has allowed %1 yet</source>
        <translation>Noch niemand hat %1 zugelassen</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will be asked again by %1</source>
        <translation>
            <numerusform>%n Benutzer wird von %1 erneut gefragt</numerusform>
            <numerusform>%n Benutzer werden von %1 erneut gefragt</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an application first</source>
        <translation>Wählen Sie zuerst eine Anwendung</translation>
    </message>
</context>
<context>
    <name>keyward::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>keyward::ConsolePage</name>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Revoke session</source>
        <translation>Sitzung widerrufen</translation>
    </message>
    <message>
        <source>Sign %1 out of the session from %2? Its tokens stop working at once.</source>
        <translation>%1 aus der Sitzung von %2 abmelden? Ihre Tokens funktionieren sofort nicht mehr.</translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>einer unbekannten Adresse</translation>
    </message>
    <message>
        <source>Session revoked</source>
        <translation>Sitzung widerrufen</translation>
    </message>
    <message>
        <source>The session had already ended</source>
        <translation>Die Sitzung war bereits beendet</translation>
    </message>
</context>
<context>
    <name>keyward::DashboardPage</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>%1 kopieren</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>JWKS:</source>
        <translation>JWKS:</translation>
    </message>
    <message>
        <source>Discovery:</source>
        <translation>Discovery:</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Not serving</source>
        <translation>Dient nicht</translation>
    </message>
    <message>
        <source>The server is not running</source>
        <translation>Der Server läuft nicht</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active session(s)</source>
        <translation>
            <numerusform>%n aktive Sitzung</numerusform>
            <numerusform>%n aktive Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>last hour: %1, %2, %3</source>
        <translation>letzte Stunde: %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n login(s)</source>
        <translation>
            <numerusform>%n Anmeldung</numerusform>
            <numerusform>%n Anmeldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reuse detection(s)</source>
        <translation>
            <numerusform>%n erkannte Wiederverwendung</numerusform>
            <numerusform>%n erkannte Wiederverwendungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::FactorTableModel</name>
    <message>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation>Passkey</translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation>Authenticator-App</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt benutzt</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherung</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisiert</translation>
    </message>
    <message>
        <source>Device-bound</source>
        <translation>Gerätegebunden</translation>
    </message>
</context>
<context>
    <name>keyward::InvitationTableModel</name>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Eingeladen von</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>keyward::KeyTableModel</name>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Signs from</source>
        <translation>Signiert ab</translation>
    </message>
    <message>
        <source>Retires</source>
        <translation>Wird ausgemustert</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Active (ID tokens)</source>
        <translation>Aktiv (ID-Tokens)</translation>
    </message>
    <message>
        <source>Retiring</source>
        <translation>Läuft aus</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Ausgemustert</translation>
    </message>
</context>
<context>
    <name>keyward::KeysPage</name>
    <message>
        <source>Signing keys</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Published JWK Set</source>
        <translation>Veröffentlichtes JWK-Set</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>&amp;Wechseln…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Ausmustern</translation>
    </message>
    <message>
        <source>Published JWK Set (/.well-known/jwks.json):</source>
        <translation>Veröffentlichtes JWK-Set (/.well-known/jwks.json):</translation>
    </message>
    <message numerus="yes">
        <source>Automatic rotation every %n day(s).</source>
        <translation>
            <numerusform>Automatischer Wechsel jeden Tag.</numerusform>
            <numerusform>Automatischer Wechsel alle %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys rotate only by hand (tokens.rotation_days = 0).</source>
        <translation>Schlüssel werden nur von Hand gewechselt (tokens.rotation_days = 0).</translation>
    </message>
    <message>
        <source>Rotate the signing key</source>
        <translation>Signaturschlüssel wechseln</translation>
    </message>
    <message>
        <source>Algorithm of the new key:</source>
        <translation>Algorithmus des neuen Schlüssels:</translation>
    </message>
    <message>
        <source>Published key %1; it signs from %2</source>
        <translation>Schlüssel %1 veröffentlicht; er signiert ab %2</translation>
    </message>
    <message>
        <source>Retire key</source>
        <translation>Schlüssel ausmustern</translation>
    </message>
    <message>
        <source>Retire %1 now? Tokens it signed stop verifying and its private key is erased.</source>
        <translation>%1 jetzt ausmustern? Damit signierte Tokens werden ungültig und der private Schlüssel wird gelöscht.</translation>
    </message>
    <message>
        <source>Retired %1</source>
        <translation>%1 ausgemustert</translation>
    </message>
    <message>
        <source>Not retired: %1</source>
        <translation>Nicht ausgemustert: %1</translation>
    </message>
    <message>
        <source>Rotate publishes a new key at once; it starts signing once every verifier&apos;s cached JWK Set can hold it (tokens.jwks_max_age). Tokens issued before stay valid until they expire: the old key keeps verifying them, then retires by itself. Retire ends a key now, and every token it signed.</source>
        <translation>Wechseln veröffentlicht sofort einen neuen Schlüssel; er signiert, sobald jedes zwischengespeicherte JWK-Set der Prüfer ihn enthalten kann (tokens.jwks_max_age). Zuvor ausgestellte Tokens bleiben bis zu ihrem Ablauf gültig: Der alte Schlüssel prüft sie weiter und wird danach von selbst ausgemustert. Ausmustern beendet einen Schlüssel sofort und jedes damit signierte Token.</translation>
    </message>
    <message>
        <source>Select a key first</source>
        <translation>Wählen Sie zuerst einen Schlüssel</translation>
    </message>
    <message>
        <source>The key in use cannot be retired: rotate first, then retire the old key</source>
        <translation>Der verwendete Schlüssel kann nicht ausgemustert werden: Erst wechseln, dann den alten ausmustern</translation>
    </message>
    <message>
        <source>This key is retired already</source>
        <translation>Dieser Schlüssel ist bereits ausgemustert</translation>
    </message>
</context>
<context>
    <name>keyward::MailPage</name>
    <message>
        <source>Outgoing mail</source>
        <translation>Ausgehende Mail</translation>
    </message>
    <message>
        <source>No mail has been sent yet.</source>
        <translation>Es wurde noch keine Mail verschickt.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Send &amp;test mail…</source>
        <translation>&amp;Testmail senden…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Mail is not set up: nothing is sent, the sign-in page offers no password reset and invitations show their link to pass on. Set mail.smtp_url in Settings.</source>
        <translation>Mail ist nicht eingerichtet: Es wird nichts verschickt, die Anmeldeseite bietet kein Zurücksetzen des Passworts an, und Einladungen zeigen ihren Link zum Weitergeben. Setzen Sie mail.smtp_url in den Einstellungen.</translation>
    </message>
    <message>
        <source>Mail goes out through %1 (%2). Change it in Settings (mail.*).</source>
        <translation>Mail geht über %1 hinaus (%2). Ändern Sie das in den Einstellungen (mail.*).</translation>
    </message>
    <message>
        <source>TLS required</source>
        <translation>TLS verlangt</translation>
    </message>
    <message>
        <source>TLS if offered</source>
        <translation>TLS, wenn angeboten</translation>
    </message>
    <message>
        <source>Select a message first</source>
        <translation>Zuerst eine Nachricht auswählen</translation>
    </message>
    <message>
        <source>This message was sent</source>
        <translation>Diese Nachricht wurde gesendet</translation>
    </message>
    <message>
        <source>Send test mail</source>
        <translation>Testmail senden</translation>
    </message>
    <message>
        <source>Send a test message to:</source>
        <translation>Eine Testnachricht senden an:</translation>
    </message>
    <message>
        <source>Test message sent to %1</source>
        <translation>Testnachricht an %1 gesendet</translation>
    </message>
    <message>
        <source>Test message to %1 queued</source>
        <translation>Testnachricht an %1 eingereiht</translation>
    </message>
    <message>
        <source>The test message was not sent (it is retried): %1</source>
        <translation>Die Testnachricht wurde nicht gesendet (sie wird erneut versucht): %1</translation>
    </message>
    <message>
        <source>Message %1 to %2 is due again</source>
        <translation>Nachricht %1 an %2 ist wieder fällig</translation>
    </message>
</context>
<context>
    <name>keyward::MainWindow</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Stop server</source>
        <translation>Server anhalten</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>Serverzustand</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Aktive Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>%n active session(s)</source>
        <translation>
            <numerusform>%n aktive Sitzung</numerusform>
            <numerusform>%n aktive Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyward — %1</source>
        <translation>Keyward — %1</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 Anfr./s</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Stop the server? Applications and users cannot sign in or use their tokens until it starts again.</source>
        <translation>Den Server anhalten? Anwendungen und Benutzer können sich nicht anmelden und ihre Tokens nicht nutzen, bis er wieder läuft.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Neuer Benutzer…</translation>
    </message>
    <message>
        <source>&amp;Import users…</source>
        <translation>Benutzer &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export the audit log…</source>
        <translation>Audit-Protokoll &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <source>&amp;Start server</source>
        <translation>Server &amp;starten</translation>
    </message>
    <message>
        <source>S&amp;top server…</source>
        <translation>Server &amp;anhalten…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Keyward</source>
        <translation>&amp;Über Keyward</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Delete	Delete or revoke the selected row</source>
        <translation>Entf	Ausgewählte Zeile löschen oder widerrufen</translation>
    </message>
    <message>
        <source>Enter	Open the selected row</source>
        <translation>Eingabe	Ausgewählte Zeile öffnen</translation>
    </message>
    <message>
        <source>Menu key or right-click	What can be done to the selected row</source>
        <translation>Menütaste oder Rechtsklick	Was mit der ausgewählten Zeile möglich ist</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About Keyward</source>
        <translation>Über Keyward</translation>
    </message>
    <message>
        <source>Keyward %1

An authentication server and its console.

This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.

Built with Qt %2 and OpenSSL; passwords are hashed with libsodium.</source>
        <translation>Keyward %1

Ein Authentifizierungsserver und seine Konsole.

Dieses Programm ist freie Software: Sie können es unter den Bedingungen der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version, weitergeben und/oder verändern. Es wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt.

Erstellt mit Qt %2 und OpenSSL; Passwörter werden mit libsodium gehasht.</translation>
    </message>
    <message>
        <source>Show session</source>
        <translation>Sitzung zeigen</translation>
    </message>
    <message>
        <source>Revoke all of this user</source>
        <translation>Alle dieses Benutzers widerrufen</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>&amp;Restart server</source>
        <translation>Server &amp;neu starten</translation>
    </message>
    <message>
        <source>○ Stopped</source>
        <translation>○ Angehalten</translation>
    </message>
    <message>
        <source>● Serving at %1</source>
        <translation>● In Betrieb unter %1</translation>
    </message>
    <message>
        <source>● Serving at %1 (run by another program)</source>
        <translation>● In Betrieb unter %1 (von einem anderen Programm betrieben)</translation>
    </message>
    <message>
        <source>Restarted: the server serves at %1 with the stored settings</source>
        <translation>Neu gestartet: Der Server ist unter %1 mit den gespeicherten Einstellungen in Betrieb</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Inspect a token…</source>
        <translation>Token &amp;prüfen…</translation>
    </message>
    <message>
        <source>&amp;Mint a token (development)…</source>
        <translation>Token &amp;erzeugen (Entwicklung)…</translation>
    </message>
</context>
<context>
    <name>keyward::MemberDialog</name>
    <message>
        <source>Add a member to %1</source>
        <translation>Mitglied zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Type to find an existing user</source>
        <translation>Tippen, um einen vorhandenen Benutzer zu finden</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Invite to %1</source>
        <translation>In %1 einladen</translation>
    </message>
    <message>
        <source>Anyone&apos;s address: a link goes to it</source>
        <translation>Irgendeine Adresse: Ein Link geht an sie</translation>
    </message>
</context>
<context>
    <name>keyward::MemberTableModel</name>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Mitglied seit</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Eigentümer</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
</context>
<context>
    <name>keyward::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Diese Meldung schließen</translation>
    </message>
</context>
<context>
    <name>keyward::OutboxTableModel</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Given up after 24 hours of attempts: %1</source>
        <translation>Nach 24 Stunden Versuchen aufgegeben: %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Address verification</source>
        <translation>Adressbestätigung</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Security notice</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Testnachricht</translation>
    </message>
</context>
<context>
    <name>keyward::RevocationTableModel</name>
    <message>
        <source>Token id (jti)</source>
        <translation>Token-ID (jti)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
</context>
<context>
    <name>keyward::RolePermissionModel</name>
    <message>
        <source>%1 lacks %2</source>
        <translation>%1 fehlt %2</translation>
    </message>
    <message>
        <source>✓ from %1</source>
        <translation>✓ von %1</translation>
    </message>
    <message>
        <source>%1 has %2 from %3, a role below it</source>
        <translation>%1 hat %2 von %3, einer Rolle darunter</translation>
    </message>
    <message>
        <source>%1 has %2 itself</source>
        <translation>%1 hat %2 selbst</translation>
    </message>
    <message>
        <source>%1 inherits from no role</source>
        <translation>%1 erbt von keiner Rolle</translation>
    </message>
    <message>
        <source>%1 inherits from %2</source>
        <translation>%1 erbt von %2</translation>
    </message>
    <message>
        <source>Built-in: its permissions are fixed.</source>
        <translation>Eingebaut: ihre Berechtigungen stehen fest.</translation>
    </message>
</context>
<context>
    <name>keyward::RolesPage</name>
    <message>
        <source>Role hierarchy</source>
        <translation>Rollenhierarchie</translation>
    </message>
    <message>
        <source>Permissions of each role</source>
        <translation>Berechtigungen jeder Rolle</translation>
    </message>
    <message>
        <source>&amp;New role…</source>
        <translation>&amp;Neue Rolle…</translation>
    </message>
    <message>
        <source>&amp;Permissions…</source>
        <translation>&amp;Berechtigungen…</translation>
    </message>
    <message>
        <source>&amp;Delete role</source>
        <translation>Rolle &amp;löschen</translation>
    </message>
    <message>
        <source>Created the role %1</source>
        <translation>Rolle %1 angelegt</translation>
    </message>
    <message>
        <source>%1 gains %2</source>
        <translation>%1 erhält %2</translation>
    </message>
    <message>
        <source>%1 loses %2</source>
        <translation>%1 verliert %2</translation>
    </message>
    <message>
        <source>No user&apos;s permissions change. Save?</source>
        <translation>Die Berechtigungen keines Benutzers ändern sich. Speichern?</translation>
    </message>
    <message>
        <source>Saving changes these users&apos; permissions:
%1

Save?</source>
        <translation>Speichern ändert die Berechtigungen dieser Benutzer:
%1

Speichern?</translation>
    </message>
    <message>
        <source>Saved the permissions of %1</source>
        <translation>Berechtigungen von %1 gespeichert</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>Delete the role %1?</source>
        <translation>Die Rolle %1 löschen?</translation>
    </message>
    <message>
        <source>Deleted the role %1</source>
        <translation>Rolle %1 gelöscht</translation>
    </message>
    <message>
        <source>Select a role first</source>
        <translation>Wählen Sie zuerst eine Rolle</translation>
    </message>
    <message>
        <source>Built-in roles are fixed: create a role under one to grant more</source>
        <translation>Eingebaute Rollen sind fest: Legen Sie eine Rolle darunter an, um mehr zu gewähren</translation>
    </message>
    <message>
        <source>The role %1 was not deleted: %2</source>
        <translation>Die Rolle %1 wurde nicht gelöscht: %2</translation>
    </message>
    <message>
        <source>Save permissions of %1</source>
        <translation>Berechtigungen von %1 speichern</translation>
    </message>
</context>
<context>
    <name>keyward::SecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>It is shown only this once: Keyward keeps no copy it could show again. Copy keeps it on the clipboard for %1 seconds, then clears it.</source>
        <translation>Es wird nur dieses eine Mal angezeigt: Keyward bewahrt keine Kopie auf, die es noch einmal zeigen könnte. „Kopieren“ legt es für %1 Sekunden in die Zwischenablage und leert sie dann.</translation>
    </message>
</context>
<context>
    <name>keyward::SessionTableModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Zuletzt benutzt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Client-Adresse</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>Erneuerungen</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Anmeldung im Browser</translation>
    </message>
    <message>
        <source>Keyward</source>
        <translation>Keyward</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
</context>
<context>
    <name>keyward::SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Nach Benutzer filtern</translation>
    </message>
    <message>
        <source>&amp;Revoke session</source>
        <translation>Sitzung &amp;widerrufen</translation>
    </message>
    <message>
        <source>Revoke &amp;all of this user</source>
        <translation>&amp;Alle dieses Benutzers widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Ended %n session(s) of %1</source>
        <translation>
            <numerusform>%n Sitzung von %1 beendet</numerusform>
            <numerusform>%n Sitzungen von %1 beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>einer unbekannten Adresse</translation>
    </message>
    <message>
        <source>Revoke all sessions</source>
        <translation>Alle Sitzungen widerrufen</translation>
    </message>
    <message>
        <source>Sign %1 out everywhere? Every session and token of %1 stops working at once.</source>
        <translation>%1 überall abmelden? Jede Sitzung und jedes Token von %1 gilt sofort nicht mehr.</translation>
    </message>
    <message>
        <source>A refresh token of %1 was presented twice, the second time from %2 at %3. Its session (%4) was ended: someone may hold a stolen copy.</source>
        <translation>Ein Refresh-Token von %1 wurde zweimal vorgelegt, das zweite Mal von %2 um %3. Seine Sitzung (%4) wurde beendet: Jemand besitzt womöglich eine gestohlene Kopie.</translation>
    </message>
    <message>
        <source>a deleted user</source>
        <translation>einem gelöschten Benutzer</translation>
    </message>
    <message>
        <source>No active sessions. A session starts when someone signs in (POST /auth/login, or an application&apos;s sign-in) and ends when they sign out, it expires or it is revoked.</source>
        <translation>Keine aktiven Sitzungen. Eine Sitzung beginnt mit einer Anmeldung (POST /auth/login oder die Anmeldung einer Anwendung) und endet mit der Abmeldung, ihrem Ablauf oder einem Widerruf.</translation>
    </message>
    <message>
        <source>Select a session first</source>
        <translation>Wählen Sie zuerst eine Sitzung</translation>
    </message>
</context>
<context>
    <name>keyward::SettingEditor</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>Auf &amp;Standard zurücksetzen</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Eins pro Zeile</translation>
    </message>
    <message>
        <source>Removes the stored value: the default applies</source>
        <translation>Entfernt den gespeicherten Wert: Der Standard gilt</translation>
    </message>
    <message>
        <source>Select a setting to see what it does and change it.</source>
        <translation>Wählen Sie eine Einstellung, um zu sehen, was sie bewirkt, und sie zu ändern.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>In effect: %1 — from the %2</source>
        <translation>Wirksam: %1 — aus: %2</translation>
    </message>
    <message>
        <source>A change applies at once, on every server.</source>
        <translation>Eine Änderung gilt sofort, auf jedem Server.</translation>
    </message>
    <message>
        <source>⚠ Changed: applies when the server next starts (restart pending).</source>
        <translation>⚠ Geändert: gilt beim nächsten Start des Servers (Neustart ausstehend).</translation>
    </message>
    <message>
        <source>⟳ A change applies when the server next starts.</source>
        <translation>⟳ Eine Änderung gilt beim nächsten Start des Servers.</translation>
    </message>
    <message>
        <source>Set by the %1 (%2), which outranks what the console stores: change it there.</source>
        <translation>Gesetzt durch: %1 (%2), das Vorrang vor dem von der Konsole Gespeicherten hat: Ändern Sie es dort.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>INI file</source>
        <translation>INI-Datei</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>Befehlszeile</translation>
    </message>
    <message>
        <source>Type a new one to replace it</source>
        <translation>Neues eingeben, um es zu ersetzen</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <source>Stops the server this window runs and starts it again with the stored settings: requests are refused for a moment.</source>
        <translation>Hält den Server an, den dieses Fenster betreibt, und startet ihn mit den gespeicherten Einstellungen neu: Anfragen werden einen Moment lang abgewiesen.</translation>
    </message>
    <message>
        <source>This window does not run the server: restart the program that does.</source>
        <translation>Dieses Fenster betreibt den Server nicht: Starten Sie das Programm neu, das ihn betreibt.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>keyward::SettingTableModel</name>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>Gilt</translation>
    </message>
    <message>
        <source>⚠ restart pending</source>
        <translation>⚠ Neustart ausstehend</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>sofort</translation>
    </message>
    <message>
        <source>⟳ at the next start</source>
        <translation>⟳ beim nächsten Start</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>keyward::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>TLS certificate (PEM)</source>
        <translation>TLS-Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>TLS private key (PEM)</source>
        <translation>Privater TLS-Schlüssel (PEM)</translation>
    </message>
    <message>
        <source>Stored %1; it applies when the server next starts</source>
        <translation>%1 gespeichert; gilt ab dem nächsten Serverstart</translation>
    </message>
    <message>
        <source>Changed %1; every server applies it within a second</source>
        <translation>%1 geändert; jeder Server übernimmt es innerhalb einer Sekunde</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Registrierung</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>OpenID Connect</source>
        <translation>OpenID Connect</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Passwörter</translation>
    </message>
    <message>
        <source>Language of the console</source>
        <translation>Sprache der Konsole</translation>
    </message>
    <message>
        <source>Language of the console:</source>
        <translation>Sprache der Konsole:</translation>
    </message>
    <message>
        <source>A change is checked as at start-up, stored in the database and applied by every server within a second, except those marked ⟳ (at the next start). The INI file, the environment (KEYWARD_SECTION_KEY) and the command line outrank stored values.</source>
        <translation>Eine Änderung wird wie beim Start geprüft, in der Datenbank gespeichert und von jedem Server binnen einer Sekunde angewandt, außer den mit ⟳ markierten (beim nächsten Start). INI-Datei, Umgebung (KEYWARD_SECTION_KEY) und Befehlszeile haben Vorrang vor gespeicherten Werten.</translation>
    </message>
    <message>
        <source>Stored the TLS certificate and key; they apply when the server next starts</source>
        <translation>TLS-Zertifikat und -Schlüssel gespeichert; sie gelten beim nächsten Start des Servers</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 wurde nicht geändert: %2</translation>
    </message>
    <message>
        <source>%1 is back to its default</source>
        <translation>%1 ist wieder auf dem Standard</translation>
    </message>
    <message>
        <source>Sign-in factors</source>
        <translation>Anmeldefaktoren</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>&amp;Changed only</source>
        <translation>Nur &amp;geänderte</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Find a setting by name, key or meaning</source>
        <translation>Einstellung nach Name, Schlüssel oder Bedeutung suchen</translation>
    </message>
    <message>
        <source>Find a setting</source>
        <translation>Einstellung suchen</translation>
    </message>
    <message>
        <source>Only the settings not at their default: stored here, or set by the INI file, the environment or the command line</source>
        <translation>Nur die Einstellungen, die nicht auf ihrem Standard stehen: hier gespeichert oder durch die INI-Datei, die Umgebung oder die Befehlszeile gesetzt</translation>
    </message>
</context>
<context>
    <name>keyward::TokensPage</name>
    <message>
        <source>Paste a JWT here</source>
        <translation>JWT hier einfügen</translation>
    </message>
    <message>
        <source>Token to inspect</source>
        <translation>Zu prüfendes Token</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Header and claims</source>
        <translation>Header und Claims</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Re&amp;voke this token</source>
        <translation>Dieses Token &amp;widerrufen</translation>
    </message>
    <message>
        <source>User to mint for</source>
        <translation>Benutzer, für den das Token erzeugt wird</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Lifetime in seconds</source>
        <translation>Lebensdauer in Sekunden</translation>
    </message>
    <message>
        <source>{&quot;scope&quot;: &quot;read&quot;}</source>
        <translation>{&quot;scope&quot;: &quot;read&quot;}</translation>
    </message>
    <message>
        <source>Extra claims as JSON</source>
        <translation>Zusätzliche Claims als JSON</translation>
    </message>
    <message>
        <source>Minted token</source>
        <translation>Erzeugtes Token</translation>
    </message>
    <message>
        <source>&amp;Mint</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Mint a token (development)</source>
        <translation>Token erzeugen (Entwicklung)</translation>
    </message>
    <message>
        <source>User e-mail:</source>
        <translation>E-Mail des Benutzers:</translation>
    </message>
    <message>
        <source>Lifetime:</source>
        <translation>Lebensdauer:</translation>
    </message>
    <message>
        <source>Extra claims:</source>
        <translation>Zusätzliche Claims:</translation>
    </message>
    <message>
        <source>Revoked until it expires</source>
        <translation>Bis zum Ablauf widerrufen</translation>
    </message>
    <message>
        <source>Not revoked: %1</source>
        <translation>Nicht widerrufen: %1</translation>
    </message>
    <message>
        <source>Extra claims must be a JSON object</source>
        <translation>Zusätzliche Claims müssen ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>Minted a token</source>
        <translation>Token erzeugt</translation>
    </message>
    <message>
        <source>Revoked tokens</source>
        <translation>Widerrufene Tokens</translation>
    </message>
    <message>
        <source>Paste a token first</source>
        <translation>Fügen Sie zuerst ein Token ein</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Copy claims</source>
        <translation>Claims kopieren</translation>
    </message>
    <message>
        <source>The claims as JSON</source>
        <translation>Die Claims als JSON</translation>
    </message>
    <message>
        <source>The minted token appears here</source>
        <translation>Das erzeugte Token erscheint hier</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Inspect it</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Inspect a token</source>
        <translation>Token prüfen</translation>
    </message>
    <message>
        <source>Copied the claims</source>
        <translation>Claims kopiert</translation>
    </message>
    <message>
        <source>Copied the minted token</source>
        <translation>Erzeugtes Token kopiert</translation>
    </message>
    <message>
        <source>No revoked tokens. A token revoked on its own (Revoke this token, or POST /oauth/revoke) is listed here until it expires.</source>
        <translation>Keine widerrufenen Tokens. Ein einzeln widerrufenes Token (Dieses Token widerrufen oder POST /oauth/revoke) steht hier bis zu seinem Ablauf.</translation>
    </message>
    <message>
        <source>Paste a token above and choose Inspect: its header and claims appear here, each explained, with its times relative to now.</source>
        <translation>Fügen Sie oben ein Token ein und wählen Sie Prüfen: Header und Claims erscheinen hier, jeweils erklärt, mit ihren Zeiten relativ zu jetzt.</translation>
    </message>
    <message>
        <source>A minted token is real: signed with the current key and accepted by every application until it expires. Use it for development and tests.</source>
        <translation>Ein erzeugtes Token ist echt: mit dem aktuellen Schlüssel signiert und von jeder Anwendung bis zum Ablauf akzeptiert. Verwenden Sie es für Entwicklung und Tests.</translation>
    </message>
</context>
<context>
    <name>keyward::UriListEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
</context>
<context>
    <name>keyward::UserDetailDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Save name</source>
        <translation>Namen &amp;speichern</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation>&amp;Rollen ändern…</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rollen:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <source>Last login:</source>
        <translation>Letzte Anmeldung:</translation>
    </message>
    <message>
        <source>Workspaces:</source>
        <translation>Arbeitsbereiche:</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>&amp;Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Sign out &amp;everywhere…</source>
        <translation>&amp;Überall abmelden…</translation>
    </message>
    <message>
        <source>&amp;Consents…</source>
        <translation>&amp;Zustimmungen…</translation>
    </message>
    <message>
        <source>Sessions of this user</source>
        <translation>Sitzungen dieses Benutzers</translation>
    </message>
    <message>
        <source>Re&amp;voke session…</source>
        <translation>Sitzung &amp;widerrufen…</translation>
    </message>
    <message>
        <source>Recent events of this user</source>
        <translation>Letzte Ereignisse dieses Benutzers</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <source>Disabled: cannot sign in</source>
        <translation>Gesperrt: kann sich nicht anmelden</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Sperren…</translation>
    </message>
    <message>
        <source>The only enabled administrator cannot be disabled: give another user the admin role first</source>
        <translation>Der einzige aktive Administrator kann nicht gesperrt werden: Geben Sie zuerst einem anderen Benutzer die Rolle admin</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation>Sitzungen (%1)</translation>
    </message>
    <message>
        <source>Sign-in factors:</source>
        <translation>Anmeldefaktoren:</translation>
    </message>
    <message>
        <source>Sign-in factors</source>
        <translation>Anmeldefaktoren</translation>
    </message>
    <message>
        <source>Sign-in factors of this user</source>
        <translation>Anmeldefaktoren dieses Benutzers</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>Reset sign-in &amp;factors…</source>
        <translation>Anmelde&amp;faktoren zurücksetzen…</translation>
    </message>
    <message>
        <source>Unknown while the token services are not running</source>
        <translation>Unbekannt, solange die Token-Dienste nicht laufen</translation>
    </message>
    <message>
        <source>⚠ mfa.required asks this user for a second factor and they have none: they must enrol one at their next sign-in.</source>
        <translation>⚠ mfa.required verlangt von diesem Benutzer einen zweiten Faktor, und er hat keinen: Er muss bei der nächsten Anmeldung einen einrichten.</translation>
    </message>
    <message>
        <source>mfa.required asks this user for a second factor.</source>
        <translation>mfa.required verlangt von diesem Benutzer einen zweiten Faktor.</translation>
    </message>
    <message>
        <source>mfa.required does not ask this user for a second factor, but any they enrol is asked for at sign-in.</source>
        <translation>mfa.required verlangt von diesem Benutzer keinen zweiten Faktor, aber jeder eingerichtete wird bei der Anmeldung abgefragt.</translation>
    </message>
    <message>
        <source>Recovery codes left: %1</source>
        <translation>Verbleibende Wiederherstellungscodes: %1</translation>
    </message>
    <message>
        <source>%1 has no sign-in factors to reset</source>
        <translation>%1 hat keine Anmeldefaktoren zum Zurücksetzen</translation>
    </message>
    <message>
        <source>Sign-in factors (%1)</source>
        <translation>Anmeldefaktoren (%1)</translation>
    </message>
</context>
<context>
    <name>keyward::UserTableModel</name>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Sign-in factors</source>
        <translation>Anmeldefaktoren</translation>
    </message>
    <message>
        <source>⚠ Must enrol</source>
        <translation>⚠ Einrichtung nötig</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Passkeys: %1</source>
        <translation>Passkeys: %1</translation>
    </message>
</context>
<context>
    <name>keyward::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Benutzer suchen</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Neuer Benutzer…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Rollen…</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>&amp;Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Revoke &amp;sessions</source>
        <translation>&amp;Sitzungen widerrufen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <source>The password of %1 (shown only now):</source>
        <translation>Das Passwort von %1 (wird nur jetzt gezeigt):</translation>
    </message>
    <message>
        <source>Disabled %1</source>
        <translation>%1 gesperrt</translation>
    </message>
    <message>
        <source>Enabled %1</source>
        <translation>%1 freigegeben</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete %1? Their sessions end and they cannot sign in again.</source>
        <translation>%1 löschen? Die Sitzungen enden und eine Anmeldung ist nicht mehr möglich.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Neues Passwort für %1</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>The new password of %1 (shown only now):</source>
        <translation>Das neue Passwort von %1 (wird nur jetzt gezeigt):</translation>
    </message>
    <message>
        <source>Roles of %1: %2</source>
        <translation>Rollen von %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Ended %n session(s) of %1</source>
        <translation>
            <numerusform>%n Sitzung von %1 beendet</numerusform>
            <numerusform>%n Sitzungen von %1 beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import users (JSON lines)</source>
        <translation>Benutzer importieren (JSON-Zeilen)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n user(s)</source>
        <translation>
            <numerusform>%n Benutzer importiert</numerusform>
            <numerusform>%n Benutzer importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n line(s)</source>
        <translation>
            <numerusform>%n Zeile übersprungen</numerusform>
            <numerusform>%n Zeilen übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Benutzer importieren</translation>
    </message>
    <message>
        <source>Search users by e-mail address</source>
        <translation>Benutzer nach E-Mail-Adresse suchen</translation>
    </message>
    <message>
        <source>Users shown</source>
        <translation>Angezeigte Benutzer</translation>
    </message>
    <message>
        <source>The first %1 matching users</source>
        <translation>Die ersten %1 passenden Benutzer</translation>
    </message>
    <message numerus="yes">
        <source>%n matching user(s)</source>
        <translation>
            <numerusform>%n passender Benutzer</numerusform>
            <numerusform>%n passende Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of %2 users: search to find the others</source>
        <translation>Die ersten %1 von %2 Benutzern: suchen Sie, um die anderen zu finden</translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 von %2 Benutzern</translation>
    </message>
    <message>
        <source>&amp;Consents…</source>
        <translation>&amp;Zustimmungen…</translation>
    </message>
    <message>
        <source>%1 has allowed no application</source>
        <translation>%1 hat keiner Anwendung zugestimmt</translation>
    </message>
    <message>
        <source>%1 will be asked again by %2</source>
        <translation>%2 fragt %1 erneut</translation>
    </message>
    <message>
        <source>Give %1 a new password? Their current one stops working, and the new one is shown to you once to pass on.</source>
        <translation>%1 ein neues Passwort geben? Das jetzige gilt nicht mehr; das neue wird Ihnen einmal zum Weitergeben angezeigt.</translation>
    </message>
    <message>
        <source>Revoke sessions</source>
        <translation>Sitzungen widerrufen</translation>
    </message>
    <message>
        <source>Sign %1 out everywhere? Every session and token of %1 stops working at once.</source>
        <translation>%1 überall abmelden? Jede Sitzung und jedes Token von %1 gilt sofort nicht mehr.</translation>
    </message>
    <message>
        <source>%1 is the only enabled administrator: give another user the admin role first</source>
        <translation>%1 ist der einzige aktive Administrator: Geben Sie zuerst einem anderen Benutzer die Rolle admin</translation>
    </message>
    <message>
        <source>No users to show. New user… adds one, Import… reads many from a file; people register themselves while registration.enabled is on.</source>
        <translation>Keine Benutzer anzuzeigen. Neuer Benutzer… legt einen an, Importieren… liest viele aus einer Datei; Menschen registrieren sich selbst, solange registration.enabled eingeschaltet ist.</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>De&amp;tails…</translation>
    </message>
    <message>
        <source>Renamed %1</source>
        <translation>%1 umbenannt</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Benutzer sperren</translation>
    </message>
    <message>
        <source>Disable %1? Their sessions end at once and they cannot sign in until enabled again.</source>
        <translation>%1 sperren? Die Sitzungen enden sofort, und eine Anmeldung ist erst nach dem Entsperren wieder möglich.</translation>
    </message>
    <message>
        <source>Remove the passkey “%2” of %1? It no longer signs them in.</source>
        <translation>Den Passkey „%2“ von %1 entfernen? Mit ihm ist dann keine Anmeldung mehr möglich.</translation>
    </message>
    <message>
        <source>Remove the authenticator app of %1? Its codes no longer sign them in.</source>
        <translation>Die Authenticator-App von %1 entfernen? Ihre Codes gelten dann nicht mehr für die Anmeldung.</translation>
    </message>
    <message>
        <source>Remove sign-in factor</source>
        <translation>Anmeldefaktor entfernen</translation>
    </message>
    <message>
        <source>Removed the authenticator app of %1</source>
        <translation>Authenticator-App von %1 entfernt</translation>
    </message>
    <message>
        <source>Removed the passkey “%2” of %1</source>
        <translation>Passkey „%2“ von %1 entfernt</translation>
    </message>
    <message>
        <source>Reset sign-in factors</source>
        <translation>Anmeldefaktoren zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the sign-in factors of %1? Their authenticator app, passkeys and recovery codes are removed, and every session of theirs ends at once. Where a second factor is required, they enrol a new one at their next sign-in.</source>
        <translation>Die Anmeldefaktoren von %1 zurücksetzen? Authenticator-App, Passkeys und Wiederherstellungscodes werden entfernt, und jede Sitzung von %1 endet sofort. Wo ein zweiter Faktor verlangt wird, richtet %1 bei der nächsten Anmeldung einen neuen ein.</translation>
    </message>
    <message>
        <source>Reset the sign-in factors of %1 and ended their sessions</source>
        <translation>Anmeldefaktoren von %1 zurückgesetzt und Sitzungen beendet</translation>
    </message>
    <message>
        <source>Disabl&amp;e…</source>
        <translation>Sp&amp;erren…</translation>
    </message>
    <message>
        <source>Select a user to see their details, change their roles, password or sessions, or remove them.</source>
        <translation>Wählen Sie einen Benutzer, um seine Details zu sehen, seine Rollen, sein Passwort oder seine Sitzungen zu ändern oder ihn zu entfernen.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Frei&amp;geben</translation>
    </message>
</context>
<context>
    <name>keyward::WorkspaceTableModel</name>
    <message>
        <source>Slug</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>keyward::WorkspacesPage</name>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Plan…</source>
        <translation>&amp;Tarif…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>Mitglied &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>R&amp;ole…</source>
        <translation>R&amp;olle…</translation>
    </message>
    <message>
        <source>Re&amp;move member</source>
        <translation>Mitglied &amp;entfernen</translation>
    </message>
    <message>
        <source>Select a workspace to see its members.</source>
        <translation>Wählen Sie einen Arbeitsbereich, um seine Mitglieder zu sehen.</translation>
    </message>
    <message>
        <source>The first %1 members of %2</source>
        <translation>Die ersten %1 Mitglieder von %2</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Mitglieder von %1</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Slug (2 to 40 of a-z, 0-9 and &apos;-&apos;):</source>
        <translation>Kürzel (2 bis 40 Zeichen aus a-z, 0-9 und &apos;-&apos;):</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>E-mail address of its owner (empty: none yet):</source>
        <translation>E-Mail-Adresse des Eigentümers (leer: noch keiner):</translation>
    </message>
    <message>
        <source>Created workspace %1 (plan %2)</source>
        <translation>Arbeitsbereich %1 erstellt (Tarif %2)</translation>
    </message>
    <message>
        <source>Rename workspace</source>
        <translation>Arbeitsbereich umbenennen</translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation>Umbenannt in %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Plan of %1:</source>
        <translation>Tarif von %1:</translation>
    </message>
    <message>
        <source>The plan is now %1; tokens show it from their next refresh</source>
        <translation>Der Tarif ist jetzt %1; Token zeigen ihn ab ihrer nächsten Erneuerung</translation>
    </message>
    <message>
        <source>Delete workspace</source>
        <translation>Arbeitsbereich löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? Its %n member(s) lose it, and every session in it ends now.</source>
        <translation>
            <numerusform>%1 löschen? Sein %n Mitglied verliert ihn, und jede Sitzung darin endet sofort.</numerusform>
            <numerusform>%1 löschen? Seine %n Mitglieder verlieren ihn, und jede Sitzung darin endet sofort.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted workspace %1</source>
        <translation>Arbeitsbereich %1 gelöscht</translation>
    </message>
    <message>
        <source>Added %1 as %2</source>
        <translation>%1 als %2 hinzugefügt</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Rolle von %1:</translation>
    </message>
    <message>
        <source>%1 is now %2; their sessions in this workspace ended</source>
        <translation>%1 ist jetzt %2; die Sitzungen in diesem Arbeitsbereich wurden beendet</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Mitglied entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from this workspace? Their sessions in it end now.</source>
        <translation>%1 aus diesem Arbeitsbereich entfernen? Die Sitzungen darin enden sofort.</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>No workspaces yet. New workspace… creates one; users create their own while workspaces.self_service is on.</source>
        <translation>Noch keine Arbeitsbereiche. Neuer Arbeitsbereich… legt einen an; Benutzer legen eigene an, solange workspaces.self_service eingeschaltet ist.</translation>
    </message>
    <message>
        <source>Select a workspace first</source>
        <translation>Wählen Sie zuerst einen Arbeitsbereich</translation>
    </message>
    <message>
        <source>Select a member first</source>
        <translation>Wählen Sie zuerst ein Mitglied</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Einladen…</translation>
    </message>
    <message>
        <source>Invited %1 as %2: the link is on its way by mail</source>
        <translation>%1 als %2 eingeladen: Der Link ist per Mail unterwegs</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Einladung</translation>
    </message>
    <message>
        <source>Mail is not set up, so nobody was mailed. Send %1 this link (it works once, for 7 days); they join as %2:</source>
        <translation>Mail ist nicht eingerichtet, also wurde nichts verschickt. Schicken Sie %1 diesen Link (er funktioniert einmal, 7 Tage lang); der Beitritt erfolgt als %2:</translation>
    </message>
    <message>
        <source>Invited %1 as %2</source>
        <translation>%1 als %2 eingeladen</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Einladungen</translation>
    </message>
    <message>
        <source>No invitation is waiting for an answer.</source>
        <translation>Keine Einladung wartet auf eine Antwort.</translation>
    </message>
    <message>
        <source>Invitations waiting for an answer</source>
        <translation>Einladungen, die auf eine Antwort warten</translation>
    </message>
    <message>
        <source>&amp;Withdraw invitation</source>
        <translation>Einladung &amp;zurückziehen</translation>
    </message>
    <message>
        <source>Select an invitation first</source>
        <translation>Zuerst eine Einladung auswählen</translation>
    </message>
    <message>
        <source>Withdraw invitation</source>
        <translation>Einladung zurückziehen</translation>
    </message>
    <message>
        <source>Withdraw the invitation of %1? Its link stops working.</source>
        <translation>Die Einladung von %1 zurückziehen? Ihr Link funktioniert dann nicht mehr.</translation>
    </message>
    <message>
        <source>Withdrew the invitation of %1</source>
        <translation>Einladung von %1 zurückgezogen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keyward admin console</source>
        <translation>Keyward-Verwaltungskonsole</translation>
    </message>
    <message>
        <source>Keyward</source>
        <translation>Keyward</translation>
    </message>
    <message>
        <source>Keyward cannot open its data:
%1</source>
        <translation>Keyward kann seine Daten nicht öffnen:
%1</translation>
    </message>
    <message>
        <source>Not serving: %1</source>
        <translation>Dienst nicht aktiv: %1</translation>
    </message>
    <message>
        <source>%1. Another program, perhaps another Keyward, may be serving that address: choose another one in Settings (server.listen).</source>
        <translation>%1. Ein anderes Programm, vielleicht ein anderes Keyward, bedient womöglich diese Adresse: Wählen Sie in den Einstellungen eine andere (server.listen).</translation>
    </message>
</context>
</TS>
