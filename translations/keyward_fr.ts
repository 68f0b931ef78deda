<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>keyward::MainWindow</name>
    <message>
      <source>Keyward</source>
      <translation>Keyward</translation>
    </message>
    <message>
      <source>Users</source>
      <translation>Utilisateurs</translation>
    </message>
    <message>
      <source>Search users</source>
      <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
      <source>Main</source>
      <translation>Principale</translation>
    </message>
    <message>
      <source>Reload</source>
      <translation>Recharger</translation>
    </message>
    <message>
      <source>Cannot read users: %1</source>
      <translation>Impossible de lire les utilisateurs : %1</translation>
    </message>
    <message>
      <source>Not serving</source>
      <translation>Service arrêté</translation>
    </message>
    <message>
      <source>%1 · Database: %2</source>
      <translation>%1 · Base de données : %2</translation>
    </message>
  </context>
  <context>
    <name>keyward::UserTableModel</name>
    <message>
      <source>Disabled</source>
      <translation>Désactivé</translation>
    </message>
    <message>
      <source>Active</source>
      <translation>Actif</translation>
    </message>
    <message>
      <source>Never</source>
      <translation>Jamais</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Roles</source>
      <translation>Rôles</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <source>Created</source>
      <translation>Créé</translation>
    </message>
    <message>
      <source>Last login</source>
      <translation>Dernière connexion</translation>
    </message>
  </context>
  <context>
    <name>main</name>
    <message>
      <source>Keyward admin console</source>
      <translation>Console d’administration Keyward</translation>
    </message>
    <message>
      <source>Keyward</source>
      <translation>Keyward</translation>
    </message>
    <message>
      <source>Keyward cannot open its data:
%1</source>
      <translation>Keyward ne peut pas ouvrir ses données :
%1</translation>
    </message>
    <message>
      <source>Not serving: %1</source>
      <translation>Service arrêté : %1</translation>
    </message>
    <message>
      <source>Listening on %1</source>
      <translation>À l’écoute sur %1</translation>
    </message>
  </context>
</TS>
