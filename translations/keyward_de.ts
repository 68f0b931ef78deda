<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>keyward::MainWindow</name>
    <message>
      <source>Keyward</source>
      <translation>Keyward</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Benutzer</translation>
    </message>
    <message>
      <source>Search users</source>
      <translation>Benutzer suchen</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>Hauptleiste</translation>
    </message>
    <message>
      <source>Reload</source>
      <translation>Neu laden</translation>
    </message>
    <message>
      <source>Cannot read users: %1</source>
      <translation>Benutzer können nicht gelesen werden: %1</translation>
    </message>
    <message>
      <source>Not serving</source>
      <translation>Dienst nicht aktiv</translation>
    </message>
    <message>
      <source>%1 · Database: %2</source>
      <translation>%1 · Datenbank: %2</translation>
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
      <source>Listening on %1</source>
      <translation>Erreichbar unter %1</translation>
    </message>
  </context>
</TS>
