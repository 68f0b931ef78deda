<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditText</name>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Refreshed a session</source>
        <translation>Session rafraîchie</translation>
    </message>
    <message>
        <source>Refresh token reused: session ended</source>
        <translation>Jeton de rafraîchissement réutilisé : session close</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Utilisateur créé</translation>
    </message>
    <message>
        <source>User deleted</source>
        <translation>Utilisateur supprimé</translation>
    </message>
    <message>
        <source>User renamed</source>
        <translation>Utilisateur renommé</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>Utilisateur désactivé</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>Utilisateur réactivé</translation>
    </message>
    <message>
        <source>Roles changed</source>
        <translation>Rôles modifiés</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <source>Session revoked</source>
        <translation>Session révoquée</translation>
    </message>
    <message>
        <source>All sessions of a user revoked</source>
        <translation>Toutes les sessions d’un utilisateur révoquées</translation>
    </message>
    <message>
        <source>Token minted</source>
        <translation>Jeton créé</translation>
    </message>
    <message>
        <source>Token revoked</source>
        <translation>Jeton révoqué</translation>
    </message>
    <message>
        <source>Role created</source>
        <translation>Rôle créé</translation>
    </message>
    <message>
        <source>Role deleted</source>
        <translation>Rôle supprimé</translation>
    </message>
    <message>
        <source>Role permissions changed</source>
        <translation>Permissions d’un rôle modifiées</translation>
    </message>
    <message>
        <source>Signing key created</source>
        <translation>Clé de signature créée</translation>
    </message>
    <message>
        <source>Signing key rotated</source>
        <translation>Clé de signature remplacée</translation>
    </message>
    <message>
        <source>Next signing key published</source>
        <translation>Clé de signature suivante publiée</translation>
    </message>
    <message>
        <source>Signing key activated</source>
        <translation>Clé de signature activée</translation>
    </message>
    <message>
        <source>Signing key retired</source>
        <translation>Clé de signature retirée</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Paramètre modifié</translation>
    </message>
    <message>
        <source>Workspace created</source>
        <translation>Espace de travail créé</translation>
    </message>
    <message>
        <source>Workspace changed</source>
        <translation>Espace de travail modifié</translation>
    </message>
    <message>
        <source>Workspace deleted</source>
        <translation>Espace de travail supprimé</translation>
    </message>
    <message>
        <source>Member added</source>
        <translation>Membre ajouté</translation>
    </message>
    <message>
        <source>Member removed</source>
        <translation>Membre retiré</translation>
    </message>
    <message>
        <source>Member&apos;s role changed</source>
        <translation>Rôle d’un membre modifié</translation>
    </message>
    <message>
        <source>Application registered</source>
        <translation>Application enregistrée</translation>
    </message>
    <message>
        <source>Application changed</source>
        <translation>Application modifiée</translation>
    </message>
    <message>
        <source>Application deleted</source>
        <translation>Application supprimée</translation>
    </message>
    <message>
        <source>Application secret rotated</source>
        <translation>Secret d’une application remplacé</translation>
    </message>
    <message>
        <source>Signed in to an application</source>
        <translation>Connexion à une application</translation>
    </message>
    <message>
        <source>Allowed an application</source>
        <translation>Application autorisée</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <source>Authorization code exchanged</source>
        <translation>Code d’autorisation échangé</translation>
    </message>
    <message>
        <source>Authorization code replayed</source>
        <translation>Code d’autorisation rejoué</translation>
    </message>
    <message>
        <source>Scheduled task</source>
        <translation>Tâche planifiée</translation>
    </message>
    <message>
        <source>success</source>
        <translation>succès</translation>
    </message>
    <message>
        <source>failure</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Par : %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Depuis : %1</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Cible : %1</translation>
    </message>
    <message>
        <source>Event %1, action id %2</source>
        <translation>Événement %1, identifiant d’action %2</translation>
    </message>
    <message>
        <source>Second factor checked</source>
        <translation>Second facteur vérifié</translation>
    </message>
    <message>
        <source>Sign-in factors reset</source>
        <translation>Facteurs de connexion réinitialisés</translation>
    </message>
    <message>
        <source>Authenticator app enrolled</source>
        <translation>Application d’authentification configurée</translation>
    </message>
    <message>
        <source>Authenticator app removed</source>
        <translation>Application d’authentification retirée</translation>
    </message>
    <message>
        <source>Passkey added</source>
        <translation>Clé d’accès ajoutée</translation>
    </message>
    <message>
        <source>Passkey renamed</source>
        <translation>Clé d’accès renommée</translation>
    </message>
    <message>
        <source>Passkey removed</source>
        <translation>Clé d’accès retirée</translation>
    </message>
    <message>
        <source>Passkey sign-in</source>
        <translation>Connexion par clé d’accès</translation>
    </message>
    <message>
        <source>Passkey counter went backwards: possibly cloned</source>
        <translation>Le compteur de la clé d’accès a reculé : clé peut-être clonée</translation>
    </message>
    <message>
        <source>Recovery codes generated</source>
        <translation>Codes de récupération générés</translation>
    </message>
    <message>
        <source>%1 signed in</source>
        <translation>%1 s’est connecté(e)</translation>
    </message>
    <message>
        <source>%1 signed out</source>
        <translation>%1 s’est déconnecté(e)</translation>
    </message>
    <message>
        <source>%1 refreshed a session</source>
        <translation>%1 a renouvelé une session</translation>
    </message>
    <message>
        <source>A refresh token of %1 was used twice: session %2 ended</source>
        <translation>Un jeton de renouvellement de %1 a servi deux fois : session %2 fermée</translation>
    </message>
    <message>
        <source>%1 created the user %2</source>
        <translation>%1 a créé l’utilisateur %2</translation>
    </message>
    <message>
        <source>%1 deleted the user %2</source>
        <translation>%1 a supprimé l’utilisateur %2</translation>
    </message>
    <message>
        <source>%1 renamed the user %2</source>
        <translation>%1 a renommé l’utilisateur %2</translation>
    </message>
    <message>
        <source>%1 disabled the user %2</source>
        <translation>%1 a désactivé l’utilisateur %2</translation>
    </message>
    <message>
        <source>%1 enabled the user %2</source>
        <translation>%1 a réactivé l’utilisateur %2</translation>
    </message>
    <message>
        <source>%1 changed the roles of %2</source>
        <translation>%1 a modifié les rôles de %2</translation>
    </message>
    <message>
        <source>%1 reset the password of %2</source>
        <translation>%1 a réinitialisé le mot de passe de %2</translation>
    </message>
    <message>
        <source>%1 changed the password of %2</source>
        <translation>%1 a changé le mot de passe de %2</translation>
    </message>
    <message>
        <source>%1 revoked the session %2</source>
        <translation>%1 a révoqué la session %2</translation>
    </message>
    <message>
        <source>%1 revoked every session of %2</source>
        <translation>%1 a révoqué toutes les sessions de %2</translation>
    </message>
    <message>
        <source>%1 minted a token for %2</source>
        <translation>%1 a émis un jeton pour %2</translation>
    </message>
    <message>
        <source>%1 revoked the token %2</source>
        <translation>%1 a révoqué le jeton %2</translation>
    </message>
    <message>
        <source>%1 created the role %2</source>
        <translation>%1 a créé le rôle %2</translation>
    </message>
    <message>
        <source>%1 deleted the role %2</source>
        <translation>%1 a supprimé le rôle %2</translation>
    </message>
    <message>
        <source>%1 changed the permissions of the role %2</source>
        <translation>%1 a modifié les permissions du rôle %2</translation>
    </message>
    <message>
        <source>%1 created the signing key %2</source>
        <translation>%1 a créé la clé de signature %2</translation>
    </message>
    <message>
        <source>%1 rotated the signing keys: %2</source>
        <translation>%1 a renouvelé les clés de signature : %2</translation>
    </message>
    <message>
        <source>%1 published the next signing key %2</source>
        <translation>%1 a publié la prochaine clé de signature %2</translation>
    </message>
    <message>
        <source>%1 activated the signing key %2</source>
        <translation>%1 a activé la clé de signature %2</translation>
    </message>
    <message>
        <source>%1 retired the signing key %2</source>
        <translation>%1 a retiré la clé de signature %2</translation>
    </message>
    <message>
        <source>%1 created the workspace %2</source>
        <translation>%1 a créé l’espace de travail %2</translation>
    </message>
    <message>
        <source>%1 changed the workspace %2</source>
        <translation>%1 a modifié l’espace de travail %2</translation>
    </message>
    <message>
        <source>%1 deleted the workspace %2</source>
        <translation>%1 a supprimé l’espace de travail %2</translation>
    </message>
    <message>
        <source>%1 registered the application %2</source>
        <translation>%1 a enregistré l’application %2</translation>
    </message>
    <message>
        <source>%1 changed the application %2</source>
        <translation>%1 a modifié l’application %2</translation>
    </message>
    <message>
        <source>%1 deleted the application %2</source>
        <translation>%1 a supprimé l’application %2</translation>
    </message>
    <message>
        <source>%1 rotated the secret of the application %2</source>
        <translation>%1 a renouvelé le secret de l’application %2</translation>
    </message>
    <message>
        <source>%1 signed in to the application %2</source>
        <translation>%1 s’est connecté(e) à l’application %2</translation>
    </message>
    <message>
        <source>%1 allowed the application %2</source>
        <translation>%1 a donné son consentement à l’application %2</translation>
    </message>
    <message>
        <source>%1 withdrew the consent to %2</source>
        <translation>%1 a retiré son consentement à %2</translation>
    </message>
    <message>
        <source>%1 exchanged an authorization code (%2)</source>
        <translation>%1 a échangé un code d’autorisation (%2)</translation>
    </message>
    <message>
        <source>%1 replayed an authorization code (%2)</source>
        <translation>%1 a rejoué un code d’autorisation (%2)</translation>
    </message>
    <message>
        <source>%1 answered a second-factor check (%2)</source>
        <translation>%1 a répondu à une vérification du second facteur (%2)</translation>
    </message>
    <message>
        <source>%1 reset the sign-in factors of %2</source>
        <translation>%1 a réinitialisé les facteurs de connexion de %2</translation>
    </message>
    <message>
        <source>%1 enrolled an authenticator app (%2)</source>
        <translation>%1 a configuré une application d’authentification (%2)</translation>
    </message>
    <message>
        <source>%1 removed an authenticator app (%2)</source>
        <translation>%1 a retiré une application d’authentification (%2)</translation>
    </message>
    <message>
        <source>%1 added a passkey (%2)</source>
        <translation>%1 a ajouté une clé d’accès (%2)</translation>
    </message>
    <message>
        <source>%1 renamed a passkey (%2)</source>
        <translation>%1 a renommé une clé d’accès (%2)</translation>
    </message>
    <message>
        <source>%1 removed a passkey (%2)</source>
        <translation>%1 a retiré une clé d’accès (%2)</translation>
    </message>
    <message>
        <source>%1 signed in with a passkey (%2)</source>
        <translation>%1 s’est connecté(e) avec une clé d’accès (%2)</translation>
    </message>
    <message>
        <source>A passkey of %1 counted backwards: it may be cloned (%2)</source>
        <translation>Une clé d’accès de %1 a compté à rebours : elle est peut-être clonée (%2)</translation>
    </message>
    <message>
        <source>%1 generated recovery codes (%2)</source>
        <translation>%1 a généré des codes de récupération (%2)</translation>
    </message>
    <message>
        <source>%1 ran a scheduled task (%2)</source>
        <translation>%1 a exécuté une tâche planifiée (%2)</translation>
    </message>
    <message>
        <source>its default</source>
        <translation>sa valeur par défaut</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>%1 changed %2 from %3 to %4</source>
        <translation>%1 a changé %2 de %3 à %4</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Denied: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 added %2 to the workspace %3</source>
        <translation>%1 a ajouté %2 à l’espace de travail %3</translation>
    </message>
    <message>
        <source>%1 removed %2 from the workspace %3</source>
        <translation>%1 a retiré %2 de l’espace de travail %3</translation>
    </message>
    <message>
        <source>%1 changed the role of %2 in the workspace %3</source>
        <translation>%1 a changé le rôle de %2 dans l’espace de travail %3</translation>
    </message>
    <message>
        <source>Invitation sent</source>
        <translation>Invitation envoyée</translation>
    </message>
    <message>
        <source>%1 invited %2 to the workspace %3</source>
        <translation>%1 a invité %2 dans l’espace de travail %3</translation>
    </message>
    <message>
        <source>Invitation withdrawn</source>
        <translation>Invitation retirée</translation>
    </message>
    <message>
        <source>%1 withdrew the invitation %2 to the workspace %3</source>
        <translation>%1 a retiré l’invitation %2 à l’espace de travail %3</translation>
    </message>
</context>
<context>
    <name>ConsoleDialogs</name>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>Leave empty to generate one</source>
        <translation>Laisser vide pour en générer un</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles :</translation>
    </message>
    <message>
        <source>Roles of %1</source>
        <translation>Rôles de %1</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>Créer le premier administrateur</translation>
    </message>
    <message>
        <source>This database has no administrator yet. Choose the e-mail address and password of the first one.</source>
        <translation>Cette base de données n&apos;a pas encore d&apos;administrateur. Choisissez l&apos;adresse e-mail et le mot de passe du premier.</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Nouveau rôle</translation>
    </message>
    <message>
        <source>Permissions:</source>
        <translation>Permissions :</translation>
    </message>
    <message>
        <source>Permissions of %1</source>
        <translation>Permissions de %1</translation>
    </message>
    <message>
        <source>Consents of %1</source>
        <translation>Consentements de %1</translation>
    </message>
    <message>
        <source>Forget the consent to:</source>
        <translation>Oublier le consentement à :</translation>
    </message>
    <message>
        <source>Type the administrator&apos;s e-mail address.</source>
        <translation>Saisissez l’adresse e-mail de l’administrateur.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters and must not be the e-mail address.</source>
        <translation>Le mot de passe doit compter au moins %1 caractères et ne pas être l’adresse e-mail.</translation>
    </message>
    <message>
        <source>Repeat the password exactly.</source>
        <translation>Répétez exactement le mot de passe.</translation>
    </message>
    <message>
        <source>Who allowed %1</source>
        <translation>Qui a autorisé %1</translation>
    </message>
    <message>
        <source>Forget the consent of:</source>
        <translation>Oublier le consentement de :</translation>
    </message>
    <message>
        <source>&amp;Create user</source>
        <translation>&amp;Créer l’utilisateur</translation>
    </message>
    <message>
        <source>Type the new user&apos;s e-mail address.</source>
        <translation>Saisissez l’adresse e-mail du nouvel utilisateur.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters and must not be the e-mail address (or leave it empty to generate one).</source>
        <translation>Le mot de passe doit compter au moins %1 caractères et ne pas être l’adresse e-mail (ou laissez-le vide pour en générer un).</translation>
    </message>
    <message>
        <source>&amp;Inherited by:</source>
        <translation>&amp;Hérité par :</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>That is not a valid e-mail address.</source>
        <translation>Ce n’est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>The password is too weak (%1).</source>
        <translation>Le mot de passe est trop faible (%1).</translation>
    </message>
    <message>
        <source>A user with this address exists already.</source>
        <translation>Un utilisateur avec cette adresse existe déjà.</translation>
    </message>
    <message>
        <source>It does not exist (any more): someone may have deleted it meanwhile.</source>
        <translation>Cela n’existe pas (ou plus) : quelqu’un l’a peut-être supprimé entre-temps.</translation>
    </message>
    <message>
        <source>Not allowed for this account.</source>
        <translation>Non autorisé pour ce compte.</translation>
    </message>
    <message>
        <source>There is no such role (%1).</source>
        <translation>Ce rôle n’existe pas (%1).</translation>
    </message>
    <message>
        <source>There is no such permission (%1).</source>
        <translation>Cette permission n’existe pas (%1).</translation>
    </message>
    <message>
        <source>A role of this name exists already.</source>
        <translation>Un rôle de ce nom existe déjà.</translation>
    </message>
    <message>
        <source>Users still have this role: take it from them first.</source>
        <translation>Des utilisateurs ont encore ce rôle : retirez-le-leur d’abord.</translation>
    </message>
    <message>
        <source>Other roles build on this one: delete or move them first.</source>
        <translation>D’autres rôles en dépendent : supprimez-les ou déplacez-les d’abord.</translation>
    </message>
    <message>
        <source>Built-in roles are fixed.</source>
        <translation>Les rôles intégrés sont figés.</translation>
    </message>
    <message>
        <source>The last enabled administrator must stay one: give another user the admin role first.</source>
        <translation>Le dernier administrateur actif doit le rester : donnez d’abord le rôle admin à un autre utilisateur.</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>Le compte est désactivé.</translation>
    </message>
    <message>
        <source>The signing key in use cannot be retired: rotate first, then retire the old key.</source>
        <translation>La clé de signature en service ne peut pas être retirée : remplacez-la d’abord, puis retirez l’ancienne.</translation>
    </message>
    <message>
        <source>The key is retired already.</source>
        <translation>La clé est déjà retirée.</translation>
    </message>
    <message>
        <source>A key change is under way: try again in a moment.</source>
        <translation>Un changement de clé est en cours : réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The value is not allowed: %1.</source>
        <translation>La valeur n’est pas autorisée : %1.</translation>
    </message>
    <message>
        <source>The INI file, the environment or the command line sets this, and outranks what the console stores: change it there.</source>
        <translation>Le fichier INI, l’environnement ou la ligne de commande le définit et l’emporte sur ce que la console enregistre : modifiez-le là.</translation>
    </message>
    <message>
        <source>A workspace with this short name exists already.</source>
        <translation>Un espace de travail avec ce nom court existe déjà.</translation>
    </message>
    <message>
        <source>The user is a member already.</source>
        <translation>L’utilisateur est déjà membre.</translation>
    </message>
    <message>
        <source>A workspace keeps at least one owner: make another member owner first.</source>
        <translation>Un espace de travail garde au moins un propriétaire : nommez d’abord un autre membre propriétaire.</translation>
    </message>
    <message>
        <source>An application with this client id exists already.</source>
        <translation>Une application avec cet identifiant client existe déjà.</translation>
    </message>
    <message>
        <source>A scope is not allowed: %1.</source>
        <translation>Une portée n’est pas autorisée : %1.</translation>
    </message>
    <message>
        <source>The database failed: %1</source>
        <translation>La base de données a échoué : %1</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>à l’instant</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>il y a %1</translation>
    </message>
</context>
<context>
    <name>RequestChart</name>
    <message>
        <source>Requests per second and latency</source>
        <translation>Requêtes par seconde et latence</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>il y a %1 s</translation>
    </message>
    <message>
        <source>requests per second (left scale)</source>
        <translation>requêtes par seconde (échelle de gauche)</translation>
    </message>
    <message>
        <source>mean latency (right scale)</source>
        <translation>latence moyenne (échelle de droite)</translation>
    </message>
</context>
<context>
    <name>SettingDescription</name>
    <message>
        <source>address and port to listen on</source>
        <translation>adresse et port d’écoute</translation>
    </message>
    <message>
        <source>request worker threads</source>
        <translation>fils d’exécution traitant les requêtes</translation>
    </message>
    <message>
        <source>PEM certificate file; set with server.tls_key to serve HTTPS</source>
        <translation>fichier de certificat PEM ; avec server.tls_key, le serveur parle HTTPS</translation>
    </message>
    <message>
        <source>PEM private key file; set with server.tls_cert to serve HTTPS</source>
        <translation>fichier de clé privée PEM ; avec server.tls_cert, le serveur parle HTTPS</translation>
    </message>
    <message>
        <source>off, stderr, or a file path: one line per request, written off the request threads</source>
        <translation>off, stderr ou un chemin de fichier : une ligne par requête, écrite hors des fils des requêtes</translation>
    </message>
    <message>
        <source>larger request bodies get 413</source>
        <translation>les corps de requête plus grands reçoivent 413</translation>
    </message>
    <message>
        <source>open connections per client address; more are refused at once</source>
        <translation>connexions ouvertes par adresse cliente ; les suivantes sont refusées aussitôt</translation>
    </message>
    <message>
        <source>comma-separated origins allowed by CORS; empty = none</source>
        <translation>origines autorisées par CORS, séparées par des virgules ; vide = aucune</translation>
    </message>
    <message>
        <source>addresses whose X-Forwarded-For is believed</source>
        <translation>adresses dont l’en-tête X-Forwarded-For est cru</translation>
    </message>
    <message>
        <source>the iss claim; empty = the server&apos;s own base URL</source>
        <translation>le claim iss ; vide = l’URL de base du serveur</translation>
    </message>
    <message>
        <source>the aud claim</source>
        <translation>le claim aud</translation>
    </message>
    <message>
        <source>client_id of tokens from /auth/* and the password grant (RFC 9068 §2.2)</source>
        <translation>client_id des jetons de /auth/* et de l’octroi par mot de passe (RFC 9068 §2.2)</translation>
    </message>
    <message>
        <source>access token lifetime</source>
        <translation>durée de vie d’un jeton d’accès</translation>
    </message>
    <message>
        <source>how long a session may sit unused</source>
        <translation>durée pendant laquelle une session peut rester inutilisée</translation>
    </message>
    <message>
        <source>how long a session may live at most</source>
        <translation>durée de vie maximale d’une session</translation>
    </message>
    <message>
        <source>how long a rotated refresh token may be retried</source>
        <translation>durée pendant laquelle un jeton de rafraîchissement remplacé peut être réessayé</translation>
    </message>
    <message>
        <source>clock skew accepted on exp/nbf</source>
        <translation>décalage d’horloge toléré sur exp/nbf</translation>
    </message>
    <message>
        <source>algorithm of newly created keys</source>
        <translation>algorithme des nouvelles clés</translation>
    </message>
    <message>
        <source>how long verifiers may cache the JWK Set</source>
        <translation>durée pendant laquelle les vérificateurs peuvent garder le JWK Set en cache</translation>
    </message>
    <message>
        <source>automatic key rotation period in days; 0 = by hand</source>
        <translation>période de rotation automatique des clés en jours ; 0 = à la main</translation>
    </message>
    <message>
        <source>failed logins per account per 15 minutes</source>
        <translation>connexions échouées par compte sur 15 minutes</translation>
    </message>
    <message>
        <source>login attempts per client address per minute</source>
        <translation>tentatives de connexion par adresse cliente et par minute</translation>
    </message>
    <message>
        <source>refreshes per client address per minute</source>
        <translation>rafraîchissements par adresse cliente et par minute</translation>
    </message>
    <message>
        <source>registrations per client address per hour</source>
        <translation>inscriptions par adresse cliente et par heure</translation>
    </message>
    <message>
        <source>self-registration on /auth/register</source>
        <translation>inscription libre sur /auth/register</translation>
    </message>
    <message>
        <source>any user may create a workspace (and owns it)</source>
        <translation>tout utilisateur peut créer un espace de travail (et en est propriétaire)</translation>
    </message>
    <message>
        <source>allowed plan names; a new workspace gets the first</source>
        <translation>noms d’offres autorisés ; un nouvel espace reçoit le premier</translation>
    </message>
    <message>
        <source>PKCE (S256) for every client, not only public ones</source>
        <translation>PKCE (S256) pour toute application, pas seulement les publiques</translation>
    </message>
    <message>
        <source>how long an authorization code lives</source>
        <translation>durée de vie d’un code d’autorisation</translation>
    </message>
    <message>
        <source>how long a browser&apos;s sign-in (SSO) session lives without use</source>
        <translation>durée de vie sans usage de la session de connexion (SSO) d’un navigateur</translation>
    </message>
    <message>
        <source>Argon2id passes (t)</source>
        <translation>passes Argon2id (t)</translation>
    </message>
    <message>
        <source>Argon2id memory in KiB (m)</source>
        <translation>mémoire Argon2id en Kio (m)</translation>
    </message>
    <message>
        <source>who must use a second factor: off, admins (any permission beyond user&apos;s) or all</source>
        <translation>qui doit utiliser un second facteur : off (personne), admins (toute permission au-delà de celles du rôle user) ou all (tous)</translation>
    </message>
    <message>
        <source>the passkeys&apos; relying party id (a host name); empty = the issuer&apos;s host</source>
        <translation>l&apos;identifiant de partie de confiance des clés d&apos;accès (un nom d&apos;hôte) ; vide = l&apos;hôte de l&apos;émetteur</translation>
    </message>
    <message>
        <source>origins passkeys are accepted from besides the issuer&apos;s</source>
        <translation>origines d&apos;où les clés d&apos;accès sont acceptées en plus de celle de l&apos;émetteur</translation>
    </message>
    <message>
        <source>sign-in waits until the user&apos;s address is verified</source>
        <translation>la connexion attend que l’adresse de l’utilisateur soit vérifiée</translation>
    </message>
    <message>
        <source>the SMTP server: smtp://host:port or smtps://host:port; empty = no mail</source>
        <translation>le serveur SMTP : smtp://hôte:port ou smtps://hôte:port ; vide = aucun e-mail</translation>
    </message>
    <message>
        <source>refuse to send without TLS (by default not required for a loopback server)</source>
        <translation>refuser d’envoyer sans TLS (par défaut non exigé pour un serveur sur cette machine)</translation>
    </message>
    <message>
        <source>the sender; empty = Keyward &lt;keyward@the issuer&apos;s host&gt;</source>
        <translation>l’expéditeur ; vide = Keyward &lt;keyward@hôte de l’émetteur&gt;</translation>
    </message>
    <message>
        <source>SMTP user name; empty = no authentication</source>
        <translation>nom d’utilisateur SMTP ; vide = pas d’authentification</translation>
    </message>
    <message>
        <source>SMTP password (stored sealed, never shown)</source>
        <translation>mot de passe SMTP (stocké scellé, jamais affiché)</translation>
    </message>
    <message>
        <source>PEM certificates to trust for the SMTP server; empty = the system&apos;s</source>
        <translation>certificats PEM de confiance pour le serveur SMTP ; vide = ceux du système</translation>
    </message>
</context>
<context>
    <name>SettingLabel</name>
    <message>
        <source>Listen address</source>
        <translation>Adresse d’écoute</translation>
    </message>
    <message>
        <source>Worker threads</source>
        <translation>Threads de traitement</translation>
    </message>
    <message>
        <source>TLS certificate</source>
        <translation>Certificat TLS</translation>
    </message>
    <message>
        <source>TLS private key</source>
        <translation>Clé privée TLS</translation>
    </message>
    <message>
        <source>Access log</source>
        <translation>Journal d’accès</translation>
    </message>
    <message>
        <source>Largest request body</source>
        <translation>Taille maximale d’une requête</translation>
    </message>
    <message>
        <source>Connections per address</source>
        <translation>Connexions par adresse</translation>
    </message>
    <message>
        <source>CORS origins</source>
        <translation>Origines CORS</translation>
    </message>
    <message>
        <source>Trusted proxies</source>
        <translation>Proxys de confiance</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Émetteur (iss)</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience (aud)</translation>
    </message>
    <message>
        <source>Keyward&apos;s own client ID</source>
        <translation>ID client de Keyward</translation>
    </message>
    <message>
        <source>Access token lifetime</source>
        <translation>Durée de vie d’un jeton d’accès</translation>
    </message>
    <message>
        <source>Session idle limit</source>
        <translation>Inactivité maximale d’une session</translation>
    </message>
    <message>
        <source>Session lifetime</source>
        <translation>Durée maximale d’une session</translation>
    </message>
    <message>
        <source>Refresh retry window</source>
        <translation>Délai pour refaire un renouvellement</translation>
    </message>
    <message>
        <source>Clock skew leeway</source>
        <translation>Tolérance de décalage d’horloge</translation>
    </message>
    <message>
        <source>Signing algorithm</source>
        <translation>Algorithme de signature</translation>
    </message>
    <message>
        <source>JWK Set cache lifetime</source>
        <translation>Durée de cache du JWK Set</translation>
    </message>
    <message>
        <source>Key rotation period</source>
        <translation>Période de renouvellement des clés</translation>
    </message>
    <message>
        <source>Failed sign-ins per account</source>
        <translation>Échecs de connexion par compte</translation>
    </message>
    <message>
        <source>Sign-ins per address and minute</source>
        <translation>Connexions par adresse et par minute</translation>
    </message>
    <message>
        <source>Refreshes per address and minute</source>
        <translation>Renouvellements par adresse et par minute</translation>
    </message>
    <message>
        <source>Registrations per address and hour</source>
        <translation>Inscriptions par adresse et par heure</translation>
    </message>
    <message>
        <source>Self-registration</source>
        <translation>Inscription libre</translation>
    </message>
    <message>
        <source>Verified address before sign-in</source>
        <translation>Adresse vérifiée avant la connexion</translation>
    </message>
    <message>
        <source>Users create workspaces</source>
        <translation>Les utilisateurs créent des espaces de travail</translation>
    </message>
    <message>
        <source>Workspace plans</source>
        <translation>Offres des espaces de travail</translation>
    </message>
    <message>
        <source>PKCE for every client</source>
        <translation>PKCE pour chaque client</translation>
    </message>
    <message>
        <source>Authorization code lifetime</source>
        <translation>Durée de vie d’un code d’autorisation</translation>
    </message>
    <message>
        <source>Browser sign-in lifetime</source>
        <translation>Durée d’une connexion du navigateur</translation>
    </message>
    <message>
        <source>Second factor required</source>
        <translation>Second facteur requis</translation>
    </message>
    <message>
        <source>Passkey relying party ID</source>
        <translation>ID de partie de confiance des clés d’accès</translation>
    </message>
    <message>
        <source>Passkey origins</source>
        <translation>Origines des clés d’accès</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Serveur SMTP</translation>
    </message>
    <message>
        <source>TLS for mail required</source>
        <translation>TLS requis pour les e-mails</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>SMTP user name</source>
        <translation>Nom d’utilisateur SMTP</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <source>SMTP CA certificates</source>
        <translation>Certificats CA SMTP</translation>
    </message>
    <message>
        <source>Argon2id passes</source>
        <translation>Passes Argon2id</translation>
    </message>
    <message>
        <source>Argon2id memory</source>
        <translation>Mémoire Argon2id</translation>
    </message>
</context>
<context>
    <name>TokenInspection</name>
    <message>
        <source>Valid: %1</source>
        <translation>Valide : %1</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Not valid (%1): %2</source>
        <translation>Non valide (%1) : %2</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>En-tête</translation>
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
        <translation>expire %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>expired %1, accepted for %n s more by the clock-skew leeway (tokens.leeway)</source>
        <translation>
            <numerusform>expiré %1, encore accepté %n s grâce à la tolérance de décalage d’horloge (tokens.leeway)</numerusform>
            <numerusform>expiré %1, encore accepté %n s grâce à la tolérance de décalage d’horloge (tokens.leeway)</numerusform>
        </translation>
    </message>
    <message>
        <source>expired %1 (%2)</source>
        <translation>expiré %1 (%2)</translation>
    </message>
    <message>
        <source>Expiry: %1</source>
        <translation>Expiration : %1</translation>
    </message>
    <message>
        <source>Not before: valid since %1</source>
        <translation>Pas avant : valide depuis %1</translation>
    </message>
    <message numerus="yes">
        <source>Not before: valid %1 (the leeway is %n s)</source>
        <translation>
            <numerusform>Pas avant : valide %1 (la tolérance est de %n s)</numerusform>
            <numerusform>Pas avant : valide %1 (la tolérance est de %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Émis %1</translation>
    </message>
    <message>
        <source>The user signed in %1</source>
        <translation>L’utilisateur s’est connecté %1</translation>
    </message>
    <message>
        <source>Role in the workspace: %1</source>
        <translation>Rôle dans l’espace de travail : %1</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>Algorithme de signature</translation>
    </message>
    <message>
        <source>Signing key (see Keys)</source>
        <translation>Clé de signature (voir Clés)</translation>
    </message>
    <message>
        <source>Token type (at+jwt: an access token)</source>
        <translation>Type de jeton (at+jwt : un jeton d’accès)</translation>
    </message>
    <message>
        <source>Issuer: who made the token</source>
        <translation>Émetteur : qui a créé le jeton</translation>
    </message>
    <message>
        <source>Subject: the user&apos;s id</source>
        <translation>Sujet : l’identifiant de l’utilisateur</translation>
    </message>
    <message>
        <source>Audience: who the token is for</source>
        <translation>Audience : à qui le jeton est destiné</translation>
    </message>
    <message>
        <source>Token id: what a revocation names</source>
        <translation>Identifiant du jeton : ce que nomme une révocation</translation>
    </message>
    <message>
        <source>Session id (see Sessions)</source>
        <translation>Identifiant de session (voir Sessions)</translation>
    </message>
    <message>
        <source>The application the token was issued to</source>
        <translation>L’application à qui le jeton a été émis</translation>
    </message>
    <message>
        <source>Scopes granted</source>
        <translation>Portées accordées</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Role in the workspace</source>
        <translation>Rôle dans l’espace de travail</translation>
    </message>
    <message>
        <source>The workspace&apos;s plan</source>
        <translation>Offre de l’espace de travail</translation>
    </message>
    <message>
        <source>Nonce: binds an ID token to its sign-in</source>
        <translation>Nonce : lie un jeton d’identité à sa connexion</translation>
    </message>
    <message>
        <source>How the user signed in: pwd password, otp code, hwk/swk passkey, user verified</source>
        <translation>Comment l’utilisateur s’est connecté : pwd mot de passe, otp code, hwk/swk clé d’accès, user vérifié</translation>
    </message>
    <message>
        <source>Strength of the sign-in: phr phishing-resistant (a passkey), mfa two factors</source>
        <translation>Force de la connexion : phr résistante à l’hameçonnage (une clé d’accès), mfa deux facteurs</translation>
    </message>
    <message>
        <source>Authorized party: the application the ID token was issued to</source>
        <translation>Partie autorisée : l’application à laquelle le jeton d’identité a été émis</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Whether the e-mail address was verified</source>
        <translation>Si l’adresse e-mail a été vérifiée</translation>
    </message>
</context>
<context>
    <name>keyward::AuditPage</name>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Filter the audit log</source>
        <translation>Filtrer le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Events since</source>
        <translation>Événements depuis</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Tout résultat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xporter en CSV…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1</source>
        <translation>
            <numerusform>%n événement exporté vers %1</numerusform>
            <numerusform>%n événements exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Events until</source>
        <translation>Événements jusqu’au</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>No events in this period or for this filter. Every sign-in and every change is logged.</source>
        <translation>Aucun événement sur cette période ou pour ce filtre. Chaque connexion et chaque modification est journalisée.</translation>
    </message>
    <message>
        <source>The selected event</source>
        <translation>L’événement choisi</translation>
    </message>
    <message>
        <source>Select an event to see all of it here.</source>
        <translation>Choisissez un événement pour le voir ici en entier.</translation>
    </message>
    <message>
        <source>Filter: who, what, target</source>
        <translation>Filtre : qui, quoi, cible</translation>
    </message>
    <message>
        <source>Security events</source>
        <translation>Événements de sécurité</translation>
    </message>
    <message>
        <source>Show &amp;user</source>
        <translation>Afficher l’&amp;utilisateur</translation>
    </message>
    <message>
        <source>Show &amp;session</source>
        <translation>Afficher la &amp;session</translation>
    </message>
    <message>
        <source>Show &amp;application</source>
        <translation>Afficher l’&amp;application</translation>
    </message>
    <message>
        <source>The selected event names no user</source>
        <translation>L’événement choisi ne nomme aucun utilisateur</translation>
    </message>
    <message>
        <source>Open %1 on the Users page</source>
        <translation>Ouvrir %1 sur la page Utilisateurs</translation>
    </message>
    <message>
        <source>The selected event names no session</source>
        <translation>L’événement choisi ne nomme aucune session</translation>
    </message>
    <message>
        <source>Show session %1 on the Sessions page</source>
        <translation>Afficher la session %1 sur la page Sessions</translation>
    </message>
    <message>
        <source>The selected event names no application</source>
        <translation>L’événement choisi ne nomme aucune application</translation>
    </message>
    <message>
        <source>Show %1 on the Applications page</source>
        <translation>Afficher %1 sur la page Applications</translation>
    </message>
</context>
<context>
    <name>keyward::AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
</context>
<context>
    <name>keyward::ClientDialog</name>
    <message>
        <source>Keyward&apos;s own application: no consent page</source>
        <translation>Application propre à Keyward : pas de page de consentement</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>Post-logout URIs</source>
        <translation>URI après déconnexion</translation>
    </message>
    <message>
        <source>Edit application %1</source>
        <translation>Modifier l’application %1</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Nouvelle application</translation>
    </message>
    <message>
        <source>Leave empty to generate one</source>
        <translation>Laisser vide pour en générer un</translation>
    </message>
    <message>
        <source>Confidential (a server that keeps a secret)</source>
        <translation>Confidentielle (un serveur qui garde un secret)</translation>
    </message>
    <message>
        <source>Public (a browser or native app, PKCE only)</source>
        <translation>Publique (navigateur ou app native, PKCE seul)</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Redirect URIs:</source>
        <translation>URI de &amp;redirection :</translation>
    </message>
    <message>
        <source>Post-&amp;logout URIs:</source>
        <translation>URI après &amp;déconnexion :</translation>
    </message>
    <message>
        <source>&amp;Scopes:</source>
        <translation>&amp;Portées :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Give the application a name (users see it on the consent page).</source>
        <translation>Donnez un nom à l’application (les utilisateurs le voient sur la page de consentement).</translation>
    </message>
</context>
<context>
    <name>keyward::ClientTableModel</name>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentielle</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <source>, first-party</source>
        <translation>, interne</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Grant types</source>
        <translation>Types d’octroi</translation>
    </message>
</context>
<context>
    <name>keyward::ClientsPage</name>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>&amp;New application…</source>
        <translation>&amp;Nouvelle application…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Rotate secret…</source>
        <translation>&amp;Renouveler le secret…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Try it</source>
        <translation>&amp;Essayer</translation>
    </message>
    <message>
        <source>Application registered</source>
        <translation>Application enregistrée</translation>
    </message>
    <message>
        <source>The secret of %1, shown this once. Store it in the application&apos;s configuration now:</source>
        <translation>Le secret de %1, affiché cette seule fois. Enregistrez-le maintenant dans la configuration de l’application :</translation>
    </message>
    <message>
        <source>Registered the application %1</source>
        <translation>Application %1 enregistrée</translation>
    </message>
    <message>
        <source>Saved the application %1</source>
        <translation>Application %1 sauvegardée</translation>
    </message>
    <message>
        <source>Rotate secret</source>
        <translation>Renouveler le secret</translation>
    </message>
    <message>
        <source>Give %1 a new secret? The current one stops working at once: the application cannot sign anyone in until it has the new one.</source>
        <translation>Donner un nouveau secret à %1 ? L’actuel cesse de fonctionner aussitôt : l’application ne peut connecter personne tant qu’elle n’a pas le nouveau.</translation>
    </message>
    <message>
        <source>New secret</source>
        <translation>Nouveau secret</translation>
    </message>
    <message>
        <source>The new secret of %1, shown this once:</source>
        <translation>Le nouveau secret de %1, affiché cette seule fois :</translation>
    </message>
    <message>
        <source>Rotated the secret of %1</source>
        <translation>Secret de %1 renouvelé</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>Supprimer l’application</translation>
    </message>
    <message>
        <source>Delete %1? Everyone signed in to it through Keyward is signed out of it now, and its users&apos; consents are forgotten.</source>
        <translation>Supprimer %1 ? Toute personne connectée via Keyward en est déconnectée maintenant, et les consentements de ses utilisateurs sont oubliés.</translation>
    </message>
    <message>
        <source>Deleted the application %1</source>
        <translation>Application %1 supprimée</translation>
    </message>
    <message>
        <source>Opened the browser on a sign-in to %1</source>
        <translation>Navigateur ouvert sur une connexion à %1</translation>
    </message>
    <message>
        <source>No applications yet. New application… registers one that signs its users in through Keyward (OpenID Connect).</source>
        <translation>Aucune application. Nouvelle application… en enregistre une qui connecte ses utilisateurs par Keyward (OpenID Connect).</translation>
    </message>
    <message>
        <source>&amp;Consents…</source>
        <translation>&amp;Consentements…</translation>
    </message>
    <message>
        <source>Nobody has allowed %1 yet</source>
        <translation>Personne n’a encore autorisé %1</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) will be asked again by %1</source>
        <translation>
            <numerusform>%n utilisateur sera de nouveau sollicité par %1</numerusform>
            <numerusform>%n utilisateurs seront de nouveau sollicités par %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an application first</source>
        <translation>Choisissez d’abord une application</translation>
    </message>
</context>
<context>
    <name>keyward::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>keyward::ConsolePage</name>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Revoke session</source>
        <translation>Révoquer la session</translation>
    </message>
    <message>
        <source>Sign %1 out of the session from %2? Its tokens stop working at once.</source>
        <translation>Déconnecter %1 de la session depuis %2 ? Ses jetons cessent aussitôt de fonctionner.</translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>une adresse inconnue</translation>
    </message>
    <message>
        <source>Session revoked</source>
        <translation>Session révoquée</translation>
    </message>
    <message>
        <source>The session had already ended</source>
        <translation>La session était déjà close</translation>
    </message>
</context>
<context>
    <name>keyward::DashboardPage</name>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL :</translation>
    </message>
    <message>
        <source>JWKS:</source>
        <translation>JWKS :</translation>
    </message>
    <message>
        <source>Discovery:</source>
        <translation>Découverte :</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Not serving</source>
        <translation>Ne sert pas</translation>
    </message>
    <message>
        <source>The server is not running</source>
        <translation>Le serveur ne tourne pas</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n active session(s)</source>
        <translation>
            <numerusform>%n session active</numerusform>
            <numerusform>%n sessions actives</numerusform>
        </translation>
    </message>
    <message>
        <source>last hour: %1, %2, %3</source>
        <translation>dernière heure : %1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n login(s)</source>
        <translation>
            <numerusform>%n connexion</numerusform>
            <numerusform>%n connexions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n échouée</numerusform>
            <numerusform>%n échouées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reuse detection(s)</source>
        <translation>
            <numerusform>%n réutilisation détectée</numerusform>
            <numerusform>%n réutilisations détectées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::FactorTableModel</name>
    <message>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation>Clé d’accès</translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation>Application d’authentification</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Synchronisée</translation>
    </message>
    <message>
        <source>Device-bound</source>
        <translation>Liée à l’appareil</translation>
    </message>
</context>
<context>
    <name>keyward::InvitationTableModel</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Invité(e) par</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
</context>
<context>
    <name>keyward::KeyTableModel</name>
    <message>
        <source>Key id</source>
        <translation>Identifiant de clé</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Signs from</source>
        <translation>Signe à partir de</translation>
    </message>
    <message>
        <source>Retires</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivante</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Active (ID tokens)</source>
        <translation>Active (jetons d’identité)</translation>
    </message>
    <message>
        <source>Retiring</source>
        <translation>En retrait</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirée</translation>
    </message>
</context>
<context>
    <name>keyward::KeysPage</name>
    <message>
        <source>Signing keys</source>
        <translation>Clés de signature</translation>
    </message>
    <message>
        <source>Published JWK Set</source>
        <translation>Jeu JWK publié</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>&amp;Renouveler…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>Published JWK Set (/.well-known/jwks.json):</source>
        <translation>Jeu JWK publié (/.well-known/jwks.json) :</translation>
    </message>
    <message numerus="yes">
        <source>Automatic rotation every %n day(s).</source>
        <translation>
            <numerusform>Renouvellement automatique tous les %n jour.</numerusform>
            <numerusform>Renouvellement automatique tous les %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keys rotate only by hand (tokens.rotation_days = 0).</source>
        <translation>Les clés ne sont renouvelées qu’à la main (tokens.rotation_days = 0).</translation>
    </message>
    <message>
        <source>Rotate the signing key</source>
        <translation>Renouveler la clé de signature</translation>
    </message>
    <message>
        <source>Algorithm of the new key:</source>
        <translation>Algorithme de la nouvelle clé :</translation>
    </message>
    <message>
        <source>Published key %1; it signs from %2</source>
        <translation>Clé %1 publiée ; elle signe à partir du %2</translation>
    </message>
    <message>
        <source>Retire key</source>
        <translation>Retirer la clé</translation>
    </message>
    <message>
        <source>Retire %1 now? Tokens it signed stop verifying and its private key is erased.</source>
        <translation>Retirer %1 maintenant ? Les jetons qu’elle a signés ne seront plus valides et sa clé privée sera effacée.</translation>
    </message>
    <message>
        <source>Retired %1</source>
        <translation>%1 retirée</translation>
    </message>
    <message>
        <source>Not retired: %1</source>
        <translation>Non retirée : %1</translation>
    </message>
    <message>
        <source>Rotate publishes a new key at once; it starts signing once every verifier&apos;s cached JWK Set can hold it (tokens.jwks_max_age). Tokens issued before stay valid until they expire: the old key keeps verifying them, then retires by itself. Retire ends a key now, and every token it signed.</source>
        <translation>Renouveler publie aussitôt une nouvelle clé ; elle signe dès que le JWK Set mis en cache par chaque vérificateur peut la contenir (tokens.jwks_max_age). Les jetons émis avant restent valides jusqu’à leur expiration : l’ancienne clé continue de les vérifier, puis se retire d’elle-même. Retirer met fin à une clé tout de suite, et à chaque jeton qu’elle a signé.</translation>
    </message>
    <message>
        <source>Select a key first</source>
        <translation>Choisissez d’abord une clé</translation>
    </message>
    <message>
        <source>The key in use cannot be retired: rotate first, then retire the old key</source>
        <translation>La clé en service ne peut pas être retirée : remplacez-la d’abord, puis retirez l’ancienne</translation>
    </message>
    <message>
        <source>This key is retired already</source>
        <translation>Cette clé est déjà retirée</translation>
    </message>
</context>
<context>
    <name>keyward::MailPage</name>
    <message>
        <source>Outgoing mail</source>
        <translation>E-mails sortants</translation>
    </message>
    <message>
        <source>No mail has been sent yet.</source>
        <translation>Aucun e-mail n’a encore été envoyé.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Tous les messages</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Send &amp;test mail…</source>
        <translation>Envoyer un e-mail de &amp;test…</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Mail is not set up: nothing is sent, the sign-in page offers no password reset and invitations show their link to pass on. Set mail.smtp_url in Settings.</source>
        <translation>Le e-mail n’est pas configuré : rien n’est envoyé, la page de connexion ne propose pas de réinitialiser le mot de passe et les invitations affichent leur lien à transmettre. Définissez mail.smtp_url dans les paramètres.</translation>
    </message>
    <message>
        <source>Mail goes out through %1 (%2). Change it in Settings (mail.*).</source>
        <translation>Les e-mails partent par %1 (%2). Modifiez-le dans les paramètres (mail.*).</translation>
    </message>
    <message>
        <source>TLS required</source>
        <translation>TLS exigé</translation>
    </message>
    <message>
        <source>TLS if offered</source>
        <translation>TLS si proposé</translation>
    </message>
    <message>
        <source>Select a message first</source>
        <translation>Sélectionnez d’abord un message</translation>
    </message>
    <message>
        <source>This message was sent</source>
        <translation>Ce message a été envoyé</translation>
    </message>
    <message>
        <source>Send test mail</source>
        <translation>Envoyer un e-mail de test</translation>
    </message>
    <message>
        <source>Send a test message to:</source>
        <translation>Envoyer un message de test à :</translation>
    </message>
    <message>
        <source>Test message sent to %1</source>
        <translation>Message de test envoyé à %1</translation>
    </message>
    <message>
        <source>Test message to %1 queued</source>
        <translation>Message de test pour %1 mis en file</translation>
    </message>
    <message>
        <source>The test message was not sent (it is retried): %1</source>
        <translation>Le message de test n’a pas été envoyé (il sera réessayé) : %1</translation>
    </message>
    <message>
        <source>Message %1 to %2 is due again</source>
        <translation>Le message %1 pour %2 est de nouveau prévu</translation>
    </message>
</context>
<context>
    <name>keyward::MainWindow</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Stop server</source>
        <translation>Arrêter le serveur</translation>
    </message>
    <message>
        <source>Server state</source>
        <translation>État du serveur</translation>
    </message>
    <message>
        <source>Requests per second</source>
        <translation>Requêtes par seconde</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Sessions actives</translation>
    </message>
    <message numerus="yes">
        <source>%n active session(s)</source>
        <translation>
            <numerusform>%n session active</numerusform>
            <numerusform>%n sessions actives</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyward — %1</source>
        <translation>Keyward — %1</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>À l’écoute sur %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
    <message>
        <source>%1 req/s</source>
        <translation>%1 req./s</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Stop the server? Applications and users cannot sign in or use their tokens until it starts again.</source>
        <translation>Arrêter le serveur ? Applications et utilisateurs ne pourront ni se connecter ni utiliser leurs jetons jusqu’à son redémarrage.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nouvel utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Import users…</source>
        <translation>&amp;Importer des utilisateurs…</translation>
    </message>
    <message>
        <source>&amp;Export the audit log…</source>
        <translation>&amp;Exporter le journal d’audit…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Serveur</translation>
    </message>
    <message>
        <source>&amp;Start server</source>
        <translation>&amp;Démarrer le serveur</translation>
    </message>
    <message>
        <source>S&amp;top server…</source>
        <translation>&amp;Arrêter le serveur…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Keyward</source>
        <translation>À &amp;propos de Keyward</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Delete	Delete or revoke the selected row</source>
        <translation>Suppr	Supprimer ou révoquer la ligne choisie</translation>
    </message>
    <message>
        <source>Enter	Open the selected row</source>
        <translation>Entrée	Ouvrir la ligne choisie</translation>
    </message>
    <message>
        <source>Menu key or right-click	What can be done to the selected row</source>
        <translation>Touche menu ou clic droit	Ce qu’on peut faire de la ligne choisie</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About Keyward</source>
        <translation>À propos de Keyward</translation>
    </message>
    <message>
        <source>Keyward %1

An authentication server and its console.

This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License, version 3 or (at your option) any later version. It comes with ABSOLUTELY NO WARRANTY.

Built with Qt %2 and OpenSSL; passwords are hashed with libsodium.</source>
        <translation>Keyward %1

Un serveur d’authentification et sa console.

Ce programme est un logiciel libre : vous pouvez le redistribuer et/ou le modifier selon les termes de la GNU General Public License, version 3 ou (à votre choix) toute version ultérieure. Il est fourni SANS AUCUNE GARANTIE.

Construit avec Qt %2 et OpenSSL ; les mots de passe sont hachés avec libsodium.</translation>
    </message>
    <message>
        <source>Show session</source>
        <translation>Voir la session</translation>
    </message>
    <message>
        <source>Revoke all of this user</source>
        <translation>Tout révoquer pour cet utilisateur</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>&amp;Restart server</source>
        <translation>&amp;Redémarrer le serveur</translation>
    </message>
    <message>
        <source>○ Stopped</source>
        <translation>○ Arrêté</translation>
    </message>
    <message>
        <source>● Serving at %1</source>
        <translation>● En service sur %1</translation>
    </message>
    <message>
        <source>● Serving at %1 (run by another program)</source>
        <translation>● En service sur %1 (géré par un autre programme)</translation>
    </message>
    <message>
        <source>Restarted: the server serves at %1 with the stored settings</source>
        <translation>Redémarré : le serveur est en service sur %1 avec les paramètres enregistrés</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Inspect a token…</source>
        <translation>&amp;Inspecter un jeton…</translation>
    </message>
    <message>
        <source>&amp;Mint a token (development)…</source>
        <translation>&amp;Émettre un jeton (développement)…</translation>
    </message>
</context>
<context>
    <name>keyward::MemberDialog</name>
    <message>
        <source>Add a member to %1</source>
        <translation>Ajouter un membre à %1</translation>
    </message>
    <message>
        <source>Type to find an existing user</source>
        <translation>Tapez pour trouver un utilisateur existant</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Invite to %1</source>
        <translation>Inviter dans %1</translation>
    </message>
    <message>
        <source>Anyone&apos;s address: a link goes to it</source>
        <translation>N’importe quelle adresse : un lien y est envoyé</translation>
    </message>
</context>
<context>
    <name>keyward::MemberTableModel</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Membre depuis</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
</context>
<context>
    <name>keyward::MessageBar</name>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
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
        <translation>État</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Mis en file</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Given up after 24 hours of attempts: %1</source>
        <translation>Abandonné après 24 heures de tentatives : %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>Address verification</source>
        <translation>Vérification d’adresse</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Réinitialisation du mot de passe</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Security notice</source>
        <translation>Avis de sécurité</translation>
    </message>
    <message>
        <source>Test message</source>
        <translation>Message de test</translation>
    </message>
</context>
<context>
    <name>keyward::RevocationTableModel</name>
    <message>
        <source>Token id (jti)</source>
        <translation>Identifiant du jeton (jti)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
</context>
<context>
    <name>keyward::RolePermissionModel</name>
    <message>
        <source>%1 lacks %2</source>
        <translation>%1 n’a pas %2</translation>
    </message>
    <message>
        <source>✓ from %1</source>
        <translation>✓ de %1</translation>
    </message>
    <message>
        <source>%1 has %2 from %3, a role below it</source>
        <translation>%1 a %2 par %3, un rôle en dessous</translation>
    </message>
    <message>
        <source>%1 has %2 itself</source>
        <translation>%1 a %2 en propre</translation>
    </message>
    <message>
        <source>%1 inherits from no role</source>
        <translation>%1 n’hérite d’aucun rôle</translation>
    </message>
    <message>
        <source>%1 inherits from %2</source>
        <translation>%1 hérite de %2</translation>
    </message>
    <message>
        <source>Built-in: its permissions are fixed.</source>
        <translation>Intégré : ses permissions sont fixes.</translation>
    </message>
</context>
<context>
    <name>keyward::RolesPage</name>
    <message>
        <source>Role hierarchy</source>
        <translation>Hiérarchie des rôles</translation>
    </message>
    <message>
        <source>Permissions of each role</source>
        <translation>Permissions de chaque rôle</translation>
    </message>
    <message>
        <source>&amp;New role…</source>
        <translation>&amp;Nouveau rôle…</translation>
    </message>
    <message>
        <source>&amp;Permissions…</source>
        <translation>&amp;Permissions…</translation>
    </message>
    <message>
        <source>&amp;Delete role</source>
        <translation>&amp;Supprimer le rôle</translation>
    </message>
    <message>
        <source>Created the role %1</source>
        <translation>Rôle %1 créé</translation>
    </message>
    <message>
        <source>%1 gains %2</source>
        <translation>%1 obtient %2</translation>
    </message>
    <message>
        <source>%1 loses %2</source>
        <translation>%1 perd %2</translation>
    </message>
    <message>
        <source>No user&apos;s permissions change. Save?</source>
        <translation>Les permissions d’aucun utilisateur ne changent. Enregistrer ?</translation>
    </message>
    <message>
        <source>Saving changes these users&apos; permissions:
%1

Save?</source>
        <translation>Enregistrer modifie les permissions de ces utilisateurs :
%1

Enregistrer ?</translation>
    </message>
    <message>
        <source>Saved the permissions of %1</source>
        <translation>Permissions de %1 enregistrées</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Supprimer le rôle</translation>
    </message>
    <message>
        <source>Delete the role %1?</source>
        <translation>Supprimer le rôle %1 ?</translation>
    </message>
    <message>
        <source>Deleted the role %1</source>
        <translation>Rôle %1 supprimé</translation>
    </message>
    <message>
        <source>Select a role first</source>
        <translation>Sélectionnez d’abord un rôle</translation>
    </message>
    <message>
        <source>Built-in roles are fixed: create a role under one to grant more</source>
        <translation>Les rôles intégrés sont fixes : créez un rôle en dessous pour accorder davantage</translation>
    </message>
    <message>
        <source>The role %1 was not deleted: %2</source>
        <translation>Le rôle %1 n’a pas été supprimé : %2</translation>
    </message>
    <message>
        <source>Save permissions of %1</source>
        <translation>Enregistrer les permissions de %1</translation>
    </message>
</context>
<context>
    <name>keyward::SecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>It is shown only this once: Keyward keeps no copy it could show again. Copy keeps it on the clipboard for %1 seconds, then clears it.</source>
        <translation>Il n’est affiché que cette fois : Keyward n’en garde aucune copie qu’il pourrait montrer à nouveau. « Copier » le place dans le presse-papiers pendant %1 secondes, puis l’efface.</translation>
    </message>
</context>
<context>
    <name>keyward::SessionTableModel</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Client address</source>
        <translation>Adresse du client</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>Agent utilisateur</translation>
    </message>
    <message>
        <source>Rotations</source>
        <translation>Rotations</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Browser sign-in</source>
        <translation>Connexion du navigateur</translation>
    </message>
    <message>
        <source>Keyward</source>
        <translation>Keyward</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
</context>
<context>
    <name>keyward::SessionsPage</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Filter by user</source>
        <translation>Filtrer par utilisateur</translation>
    </message>
    <message>
        <source>&amp;Revoke session</source>
        <translation>&amp;Révoquer la session</translation>
    </message>
    <message>
        <source>Revoke &amp;all of this user</source>
        <translation>Révoquer &amp;toutes celles de cet utilisateur</translation>
    </message>
    <message numerus="yes">
        <source>Ended %n session(s) of %1</source>
        <translation>
            <numerusform>%n session de %1 close</numerusform>
            <numerusform>%n sessions de %1 closes</numerusform>
        </translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>une adresse inconnue</translation>
    </message>
    <message>
        <source>Revoke all sessions</source>
        <translation>Révoquer toutes les sessions</translation>
    </message>
    <message>
        <source>Sign %1 out everywhere? Every session and token of %1 stops working at once.</source>
        <translation>Déconnecter %1 partout ? Chaque session et chaque jeton de %1 cessent aussitôt de fonctionner.</translation>
    </message>
    <message>
        <source>A refresh token of %1 was presented twice, the second time from %2 at %3. Its session (%4) was ended: someone may hold a stolen copy.</source>
        <translation>Un jeton de rafraîchissement de %1 a été présenté deux fois, la seconde depuis %2 à %3. Sa session (%4) a été close : quelqu’un en détient peut-être une copie volée.</translation>
    </message>
    <message>
        <source>a deleted user</source>
        <translation>un utilisateur supprimé</translation>
    </message>
    <message>
        <source>No active sessions. A session starts when someone signs in (POST /auth/login, or an application&apos;s sign-in) and ends when they sign out, it expires or it is revoked.</source>
        <translation>Aucune session active. Une session commence à la connexion (POST /auth/login, ou la connexion d’une application) et finit à la déconnexion, à son expiration ou à sa révocation.</translation>
    </message>
    <message>
        <source>Select a session first</source>
        <translation>Choisissez d’abord une session</translation>
    </message>
</context>
<context>
    <name>keyward::SettingEditor</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>Revenir à la valeur par &amp;défaut</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Un par ligne</translation>
    </message>
    <message>
        <source>Removes the stored value: the default applies</source>
        <translation>Retire la valeur enregistrée : la valeur par défaut s’applique</translation>
    </message>
    <message>
        <source>Select a setting to see what it does and change it.</source>
        <translation>Choisissez un paramètre pour voir son effet et le modifier.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>In effect: %1 — from the %2</source>
        <translation>En vigueur : %1 — source : %2</translation>
    </message>
    <message>
        <source>A change applies at once, on every server.</source>
        <translation>Une modification s’applique aussitôt, sur chaque serveur.</translation>
    </message>
    <message>
        <source>⚠ Changed: applies when the server next starts (restart pending).</source>
        <translation>⚠ Modifié : s’applique au prochain démarrage du serveur (redémarrage en attente).</translation>
    </message>
    <message>
        <source>⟳ A change applies when the server next starts.</source>
        <translation>⟳ Une modification s’applique au prochain démarrage du serveur.</translation>
    </message>
    <message>
        <source>Set by the %1 (%2), which outranks what the console stores: change it there.</source>
        <translation>Défini par : %1 (%2), qui l’emporte sur ce que la console enregistre : modifiez-le là.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
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
        <translation>par défaut</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de données</translation>
    </message>
    <message>
        <source>INI file</source>
        <translation>fichier INI</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>environnement</translation>
    </message>
    <message>
        <source>command line</source>
        <translation>ligne de commande</translation>
    </message>
    <message>
        <source>Type a new one to replace it</source>
        <translation>Saisissez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <source>&amp;Restart now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <source>Stops the server this window runs and starts it again with the stored settings: requests are refused for a moment.</source>
        <translation>Arrête le serveur que cette fenêtre gère et le redémarre avec les paramètres enregistrés : les requêtes sont refusées un instant.</translation>
    </message>
    <message>
        <source>This window does not run the server: restart the program that does.</source>
        <translation>Cette fenêtre ne gère pas le serveur : redémarrez le programme qui le gère.</translation>
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
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>S’applique</translation>
    </message>
    <message>
        <source>⚠ restart pending</source>
        <translation>⚠ redémarrage en attente</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>aussitôt</translation>
    </message>
    <message>
        <source>⟳ at the next start</source>
        <translation>⟳ au prochain démarrage</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
</context>
<context>
    <name>keyward::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>TLS certificate (PEM)</source>
        <translation>Certificat TLS (PEM)</translation>
    </message>
    <message>
        <source>TLS private key (PEM)</source>
        <translation>Clé privée TLS (PEM)</translation>
    </message>
    <message>
        <source>Stored %1; it applies when the server next starts</source>
        <translation>%1 enregistré ; s’applique au prochain démarrage du serveur</translation>
    </message>
    <message>
        <source>Changed %1; every server applies it within a second</source>
        <translation>%1 modifié ; chaque serveur l’applique en moins d’une seconde</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>OpenID Connect</source>
        <translation>OpenID Connect</translation>
    </message>
    <message>
        <source>Passwords</source>
        <translation>Mots de passe</translation>
    </message>
    <message>
        <source>Language of the console</source>
        <translation>Langue de la console</translation>
    </message>
    <message>
        <source>Language of the console:</source>
        <translation>Langue de la console :</translation>
    </message>
    <message>
        <source>A change is checked as at start-up, stored in the database and applied by every server within a second, except those marked ⟳ (at the next start). The INI file, the environment (KEYWARD_SECTION_KEY) and the command line outrank stored values.</source>
        <translation>Une modification est vérifiée comme au démarrage, enregistrée dans la base et appliquée par chaque serveur en une seconde, sauf celles marquées ⟳ (au prochain démarrage). Le fichier INI, l’environnement (KEYWARD_SECTION_KEY) et la ligne de commande l’emportent sur les valeurs enregistrées.</translation>
    </message>
    <message>
        <source>Stored the TLS certificate and key; they apply when the server next starts</source>
        <translation>Certificat et clé TLS enregistrés ; ils s’appliquent au prochain démarrage du serveur</translation>
    </message>
    <message>
        <source>%1 was not changed: %2</source>
        <translation>%1 n’a pas été modifié : %2</translation>
    </message>
    <message>
        <source>%1 is back to its default</source>
        <translation>%1 est revenu à sa valeur par défaut</translation>
    </message>
    <message>
        <source>Sign-in factors</source>
        <translation>Facteurs de connexion</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>E-mails</translation>
    </message>
    <message>
        <source>&amp;Changed only</source>
        <translation>&amp;Modifiés seulement</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Find a setting by name, key or meaning</source>
        <translation>Chercher un paramètre par nom, clé ou signification</translation>
    </message>
    <message>
        <source>Find a setting</source>
        <translation>Chercher un paramètre</translation>
    </message>
    <message>
        <source>Only the settings not at their default: stored here, or set by the INI file, the environment or the command line</source>
        <translation>Seulement les paramètres qui ne sont pas à leur valeur par défaut : enregistrés ici, ou fixés par le fichier INI, l’environnement ou la ligne de commande</translation>
    </message>
</context>
<context>
    <name>keyward::TokensPage</name>
    <message>
        <source>Paste a JWT here</source>
        <translation>Collez un JWT ici</translation>
    </message>
    <message>
        <source>Token to inspect</source>
        <translation>Jeton à inspecter</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Header and claims</source>
        <translation>En-tête et revendications</translation>
    </message>
    <message>
        <source>&amp;Inspect</source>
        <translation>&amp;Inspecter</translation>
    </message>
    <message>
        <source>Re&amp;voke this token</source>
        <translation>Ré&amp;voquer ce jeton</translation>
    </message>
    <message>
        <source>User to mint for</source>
        <translation>Utilisateur pour qui émettre</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Lifetime in seconds</source>
        <translation>Durée de vie en secondes</translation>
    </message>
    <message>
        <source>{&quot;scope&quot;: &quot;read&quot;}</source>
        <translation>{&quot;scope&quot;: &quot;read&quot;}</translation>
    </message>
    <message>
        <source>Extra claims as JSON</source>
        <translation>Revendications supplémentaires en JSON</translation>
    </message>
    <message>
        <source>Minted token</source>
        <translation>Jeton émis</translation>
    </message>
    <message>
        <source>&amp;Mint</source>
        <translation>&amp;Émettre</translation>
    </message>
    <message>
        <source>Mint a token (development)</source>
        <translation>Émettre un jeton (développement)</translation>
    </message>
    <message>
        <source>User e-mail:</source>
        <translation>E-mail de l’utilisateur :</translation>
    </message>
    <message>
        <source>Lifetime:</source>
        <translation>Durée de vie :</translation>
    </message>
    <message>
        <source>Extra claims:</source>
        <translation>Revendications supplémentaires :</translation>
    </message>
    <message>
        <source>Revoked until it expires</source>
        <translation>Révoqué jusqu’à son expiration</translation>
    </message>
    <message>
        <source>Not revoked: %1</source>
        <translation>Non révoqué : %1</translation>
    </message>
    <message>
        <source>Extra claims must be a JSON object</source>
        <translation>Les revendications supplémentaires doivent être un objet JSON</translation>
    </message>
    <message>
        <source>Minted a token</source>
        <translation>Jeton émis</translation>
    </message>
    <message>
        <source>Revoked tokens</source>
        <translation>Jetons révoqués</translation>
    </message>
    <message>
        <source>Paste a token first</source>
        <translation>Collez d’abord un jeton</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>Copy claims</source>
        <translation>Copier les claims</translation>
    </message>
    <message>
        <source>The claims as JSON</source>
        <translation>Les claims en JSON</translation>
    </message>
    <message>
        <source>The minted token appears here</source>
        <translation>Le jeton créé apparaît ici</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Inspect it</source>
        <translation>L’inspecter</translation>
    </message>
    <message>
        <source>Inspect a token</source>
        <translation>Inspecter un jeton</translation>
    </message>
    <message>
        <source>Copied the claims</source>
        <translation>Claims copiés</translation>
    </message>
    <message>
        <source>Copied the minted token</source>
        <translation>Jeton créé copié</translation>
    </message>
    <message>
        <source>No revoked tokens. A token revoked on its own (Revoke this token, or POST /oauth/revoke) is listed here until it expires.</source>
        <translation>Aucun jeton révoqué. Un jeton révoqué seul (Révoquer ce jeton, ou POST /oauth/revoke) figure ici jusqu’à son expiration.</translation>
    </message>
    <message>
        <source>Paste a token above and choose Inspect: its header and claims appear here, each explained, with its times relative to now.</source>
        <translation>Collez un jeton ci-dessus et choisissez Inspecter : son en-tête et ses claims apparaissent ici, chacun expliqué, avec ses dates par rapport à maintenant.</translation>
    </message>
    <message>
        <source>A minted token is real: signed with the current key and accepted by every application until it expires. Use it for development and tests.</source>
        <translation>Un jeton émis est réel : signé avec la clé actuelle et accepté par chaque application jusqu’à son expiration. Utilisez-le pour le développement et les tests.</translation>
    </message>
</context>
<context>
    <name>keyward::UriListEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <source>Remove from %1</source>
        <translation>Retirer de %1</translation>
    </message>
</context>
<context>
    <name>keyward::UserDetailDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;Save name</source>
        <translation>&amp;Enregistrer le nom</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Change &amp;roles…</source>
        <translation>Changer les &amp;rôles…</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Rôles :</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé :</translation>
    </message>
    <message>
        <source>Last login:</source>
        <translation>Dernière connexion :</translation>
    </message>
    <message>
        <source>Workspaces:</source>
        <translation>Espaces de travail :</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Réinitialiser le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Sign out &amp;everywhere…</source>
        <translation>Déconnecter &amp;partout…</translation>
    </message>
    <message>
        <source>&amp;Consents…</source>
        <translation>&amp;Consentements…</translation>
    </message>
    <message>
        <source>Sessions of this user</source>
        <translation>Sessions de cet utilisateur</translation>
    </message>
    <message>
        <source>Re&amp;voke session…</source>
        <translation>Ré&amp;voquer la session…</translation>
    </message>
    <message>
        <source>Recent events of this user</source>
        <translation>Événements récents de cet utilisateur</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
    <message>
        <source>User %1</source>
        <translation>Utilisateur %1</translation>
    </message>
    <message>
        <source>Disabled: cannot sign in</source>
        <translation>Désactivé : ne peut pas se connecter</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>The only enabled administrator cannot be disabled: give another user the admin role first</source>
        <translation>Le seul administrateur actif ne peut pas être désactivé : donnez d’abord le rôle admin à un autre utilisateur</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Sessions (%1)</source>
        <translation>Sessions (%1)</translation>
    </message>
    <message>
        <source>Sign-in factors:</source>
        <translation>Facteurs de connexion :</translation>
    </message>
    <message>
        <source>Sign-in factors</source>
        <translation>Facteurs de connexion</translation>
    </message>
    <message>
        <source>Sign-in factors of this user</source>
        <translation>Facteurs de connexion de cet utilisateur</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>Re&amp;tirer…</translation>
    </message>
    <message>
        <source>Reset sign-in &amp;factors…</source>
        <translation>Réinitialiser les &amp;facteurs de connexion…</translation>
    </message>
    <message>
        <source>Unknown while the token services are not running</source>
        <translation>Inconnus tant que les services de jetons ne tournent pas</translation>
    </message>
    <message>
        <source>⚠ mfa.required asks this user for a second factor and they have none: they must enrol one at their next sign-in.</source>
        <translation>⚠ mfa.required exige un second facteur de cet utilisateur et il n’en a aucun : il doit en configurer un à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>mfa.required asks this user for a second factor.</source>
        <translation>mfa.required exige un second facteur de cet utilisateur.</translation>
    </message>
    <message>
        <source>mfa.required does not ask this user for a second factor, but any they enrol is asked for at sign-in.</source>
        <translation>mfa.required n’exige pas de second facteur de cet utilisateur, mais tout facteur configuré est demandé à la connexion.</translation>
    </message>
    <message>
        <source>Recovery codes left: %1</source>
        <translation>Codes de récupération restants : %1</translation>
    </message>
    <message>
        <source>%1 has no sign-in factors to reset</source>
        <translation>%1 n’a aucun facteur de connexion à réinitialiser</translation>
    </message>
    <message>
        <source>Sign-in factors (%1)</source>
        <translation>Facteurs de connexion (%1)</translation>
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
        <translation>E-mail</translation>
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
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Sign-in factors</source>
        <translation>Facteurs de connexion</translation>
    </message>
    <message>
        <source>⚠ Must enrol</source>
        <translation>⚠ Configuration requise</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Appli</translation>
    </message>
    <message>
        <source>Passkeys: %1</source>
        <translation>Clés d’accès : %1</translation>
    </message>
</context>
<context>
    <name>keyward::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Rechercher des utilisateurs</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nouvel utilisateur…</translation>
    </message>
    <message>
        <source>&amp;Roles…</source>
        <translation>&amp;Rôles…</translation>
    </message>
    <message>
        <source>Reset &amp;password</source>
        <translation>Nouveau &amp;mot de passe</translation>
    </message>
    <message>
        <source>Revoke &amp;sessions</source>
        <translation>Révoquer les &amp;sessions</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 créé</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nouvel utilisateur</translation>
    </message>
    <message>
        <source>The password of %1 (shown only now):</source>
        <translation>Le mot de passe de %1 (affiché seulement maintenant) :</translation>
    </message>
    <message>
        <source>Disabled %1</source>
        <translation>%1 désactivé</translation>
    </message>
    <message>
        <source>Enabled %1</source>
        <translation>%1 activé</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Supprimer l’utilisateur</translation>
    </message>
    <message>
        <source>Delete %1? Their sessions end and they cannot sign in again.</source>
        <translation>Supprimer %1 ? Ses sessions se terminent et il ne pourra plus se connecter.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Nouveau mot de passe pour %1</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>The new password of %1 (shown only now):</source>
        <translation>Le nouveau mot de passe de %1 (affiché seulement maintenant) :</translation>
    </message>
    <message>
        <source>Roles of %1: %2</source>
        <translation>Rôles de %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Ended %n session(s) of %1</source>
        <translation>
            <numerusform>%n session de %1 close</numerusform>
            <numerusform>%n sessions de %1 closes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import users (JSON lines)</source>
        <translation>Importer des utilisateurs (lignes JSON)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n user(s)</source>
        <translation>
            <numerusform>%n utilisateur importé</numerusform>
            <numerusform>%n utilisateurs importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped %n line(s)</source>
        <translation>
            <numerusform>%n ligne ignorée</numerusform>
            <numerusform>%n lignes ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>Import users</source>
        <translation>Importer des utilisateurs</translation>
    </message>
    <message>
        <source>Search users by e-mail address</source>
        <translation>Rechercher des utilisateurs par adresse e-mail</translation>
    </message>
    <message>
        <source>Users shown</source>
        <translation>Utilisateurs affichés</translation>
    </message>
    <message>
        <source>The first %1 matching users</source>
        <translation>Les %1 premiers utilisateurs correspondants</translation>
    </message>
    <message numerus="yes">
        <source>%n matching user(s)</source>
        <translation>
            <numerusform>%n utilisateur correspondant</numerusform>
            <numerusform>%n utilisateurs correspondants</numerusform>
        </translation>
    </message>
    <message>
        <source>The first %1 of %2 users: search to find the others</source>
        <translation>Les %1 premiers utilisateurs sur %2 : recherchez pour trouver les autres</translation>
    </message>
    <message>
        <source>%1 of %2 users</source>
        <translation>%1 utilisateurs sur %2</translation>
    </message>
    <message>
        <source>&amp;Consents…</source>
        <translation>&amp;Consentements…</translation>
    </message>
    <message>
        <source>%1 has allowed no application</source>
        <translation>%1 n’a autorisé aucune application</translation>
    </message>
    <message>
        <source>%1 will be asked again by %2</source>
        <translation>%2 redemandera à %1</translation>
    </message>
    <message>
        <source>Give %1 a new password? Their current one stops working, and the new one is shown to you once to pass on.</source>
        <translation>Donner un nouveau mot de passe à %1 ? L’actuel cesse de fonctionner, et le nouveau vous est affiché une fois pour le transmettre.</translation>
    </message>
    <message>
        <source>Revoke sessions</source>
        <translation>Révoquer les sessions</translation>
    </message>
    <message>
        <source>Sign %1 out everywhere? Every session and token of %1 stops working at once.</source>
        <translation>Déconnecter %1 partout ? Chaque session et chaque jeton de %1 cessent aussitôt de fonctionner.</translation>
    </message>
    <message>
        <source>%1 is the only enabled administrator: give another user the admin role first</source>
        <translation>%1 est le seul administrateur actif : donnez d’abord le rôle admin à un autre utilisateur</translation>
    </message>
    <message>
        <source>No users to show. New user… adds one, Import… reads many from a file; people register themselves while registration.enabled is on.</source>
        <translation>Aucun utilisateur à afficher. Nouvel utilisateur… en ajoute un, Importer… en lit beaucoup d’un fichier ; chacun peut s’inscrire tant que registration.enabled est activé.</translation>
    </message>
    <message>
        <source>De&amp;tails…</source>
        <translation>Dé&amp;tails…</translation>
    </message>
    <message>
        <source>Renamed %1</source>
        <translation>%1 renommé</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Désactiver l’utilisateur</translation>
    </message>
    <message>
        <source>Disable %1? Their sessions end at once and they cannot sign in until enabled again.</source>
        <translation>Désactiver %1 ? Ses sessions se ferment aussitôt et la connexion est impossible jusqu’à réactivation.</translation>
    </message>
    <message>
        <source>Remove the passkey “%2” of %1? It no longer signs them in.</source>
        <translation>Retirer la clé d’accès « %2 » de %1 ? Elle ne permettra plus de se connecter.</translation>
    </message>
    <message>
        <source>Remove the authenticator app of %1? Its codes no longer sign them in.</source>
        <translation>Retirer l’application d’authentification de %1 ? Ses codes ne permettront plus de se connecter.</translation>
    </message>
    <message>
        <source>Remove sign-in factor</source>
        <translation>Retirer le facteur de connexion</translation>
    </message>
    <message>
        <source>Removed the authenticator app of %1</source>
        <translation>Application d’authentification de %1 retirée</translation>
    </message>
    <message>
        <source>Removed the passkey “%2” of %1</source>
        <translation>Clé d’accès « %2 » de %1 retirée</translation>
    </message>
    <message>
        <source>Reset sign-in factors</source>
        <translation>Réinitialiser les facteurs de connexion</translation>
    </message>
    <message>
        <source>Reset the sign-in factors of %1? Their authenticator app, passkeys and recovery codes are removed, and every session of theirs ends at once. Where a second factor is required, they enrol a new one at their next sign-in.</source>
        <translation>Réinitialiser les facteurs de connexion de %1 ? Son application d’authentification, ses clés d’accès et ses codes de récupération sont retirés, et chacune de ses sessions se ferme aussitôt. Là où un second facteur est exigé, %1 en configure un nouveau à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>Reset the sign-in factors of %1 and ended their sessions</source>
        <translation>Facteurs de connexion de %1 réinitialisés et sessions fermées</translation>
    </message>
    <message>
        <source>Disabl&amp;e…</source>
        <translation>&amp;Désactiver…</translation>
    </message>
    <message>
        <source>Select a user to see their details, change their roles, password or sessions, or remove them.</source>
        <translation>Sélectionnez un utilisateur pour voir ses détails, changer ses rôles, son mot de passe ou ses sessions, ou le supprimer.</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>Réa&amp;ctiver</translation>
    </message>
</context>
<context>
    <name>keyward::WorkspaceTableModel</name>
    <message>
        <source>Slug</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>keyward::WorkspacesPage</name>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nommer…</translation>
    </message>
    <message>
        <source>&amp;Plan…</source>
        <translation>&amp;Offre…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Add member…</source>
        <translation>&amp;Ajouter un membre…</translation>
    </message>
    <message>
        <source>R&amp;ole…</source>
        <translation>R&amp;ôle…</translation>
    </message>
    <message>
        <source>Re&amp;move member</source>
        <translation>Re&amp;tirer le membre</translation>
    </message>
    <message>
        <source>Select a workspace to see its members.</source>
        <translation>Sélectionnez un espace de travail pour voir ses membres.</translation>
    </message>
    <message>
        <source>The first %1 members of %2</source>
        <translation>Les %1 premiers membres de %2</translation>
    </message>
    <message>
        <source>Members of %1</source>
        <translation>Membres de %1</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Slug (2 to 40 of a-z, 0-9 and &apos;-&apos;):</source>
        <translation>Identifiant (2 à 40 caractères parmi a-z, 0-9 et « - ») :</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>E-mail address of its owner (empty: none yet):</source>
        <translation>Adresse e-mail de son propriétaire (vide : aucun pour l’instant) :</translation>
    </message>
    <message>
        <source>Created workspace %1 (plan %2)</source>
        <translation>Espace %1 créé (offre %2)</translation>
    </message>
    <message>
        <source>Rename workspace</source>
        <translation>Renommer l’espace de travail</translation>
    </message>
    <message>
        <source>Renamed to %1</source>
        <translation>Renommé en %1</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Plan of %1:</source>
        <translation>Offre de %1 :</translation>
    </message>
    <message>
        <source>The plan is now %1; tokens show it from their next refresh</source>
        <translation>L’offre est maintenant %1 ; les jetons l’indiquent dès leur prochain renouvellement</translation>
    </message>
    <message>
        <source>Delete workspace</source>
        <translation>Supprimer l’espace de travail</translation>
    </message>
    <message numerus="yes">
        <source>Delete %1? Its %n member(s) lose it, and every session in it ends now.</source>
        <translation>
            <numerusform>Supprimer %1 ? Son %n membre le perd, et chaque session y prend fin immédiatement.</numerusform>
            <numerusform>Supprimer %1 ? Ses %n membres le perdent, et chaque session y prend fin immédiatement.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted workspace %1</source>
        <translation>Espace %1 supprimé</translation>
    </message>
    <message>
        <source>Added %1 as %2</source>
        <translation>%1 ajouté comme %2</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Role of %1:</source>
        <translation>Rôle de %1 :</translation>
    </message>
    <message>
        <source>%1 is now %2; their sessions in this workspace ended</source>
        <translation>%1 est maintenant %2 ; ses sessions dans cet espace ont pris fin</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Retirer le membre</translation>
    </message>
    <message>
        <source>Remove %1 from this workspace? Their sessions in it end now.</source>
        <translation>Retirer %1 de cet espace de travail ? Ses sessions y prennent fin immédiatement.</translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>%1 retiré</translation>
    </message>
    <message>
        <source>No workspaces yet. New workspace… creates one; users create their own while workspaces.self_service is on.</source>
        <translation>Aucun espace de travail. Nouvel espace… en crée un ; les utilisateurs créent les leurs tant que workspaces.self_service est activé.</translation>
    </message>
    <message>
        <source>Select a workspace first</source>
        <translation>Choisissez d’abord un espace de travail</translation>
    </message>
    <message>
        <source>Select a member first</source>
        <translation>Choisissez d’abord un membre</translation>
    </message>
    <message>
        <source>&amp;Invite…</source>
        <translation>&amp;Inviter…</translation>
    </message>
    <message>
        <source>Invited %1 as %2: the link is on its way by mail</source>
        <translation>%1 invité(e) en tant que %2 : le lien part par e-mail</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Mail is not set up, so nobody was mailed. Send %1 this link (it works once, for 7 days); they join as %2:</source>
        <translation>Le e-mail n’est pas configuré, personne n’a donc reçu de message. Envoyez ce lien à %1 (il fonctionne une fois, pendant 7 jours) ; l’adhésion se fera en tant que %2 :</translation>
    </message>
    <message>
        <source>Invited %1 as %2</source>
        <translation>%1 invité(e) en tant que %2</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>No invitation is waiting for an answer.</source>
        <translation>Aucune invitation n’attend de réponse.</translation>
    </message>
    <message>
        <source>Invitations waiting for an answer</source>
        <translation>Invitations en attente de réponse</translation>
    </message>
    <message>
        <source>&amp;Withdraw invitation</source>
        <translation>&amp;Retirer l’invitation</translation>
    </message>
    <message>
        <source>Select an invitation first</source>
        <translation>Sélectionnez d’abord une invitation</translation>
    </message>
    <message>
        <source>Withdraw invitation</source>
        <translation>Retirer l’invitation</translation>
    </message>
    <message>
        <source>Withdraw the invitation of %1? Its link stops working.</source>
        <translation>Retirer l’invitation de %1 ? Son lien cessera de fonctionner.</translation>
    </message>
    <message>
        <source>Withdrew the invitation of %1</source>
        <translation>Invitation de %1 retirée</translation>
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
        <source>%1. Another program, perhaps another Keyward, may be serving that address: choose another one in Settings (server.listen).</source>
        <translation>%1. Un autre programme, peut-être un autre Keyward, sert peut-être cette adresse : choisissez-en une autre dans les Paramètres (server.listen).</translation>
    </message>
</context>
</TS>
