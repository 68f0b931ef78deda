<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>WebPages</name>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>L’adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>Trop de tentatives. Patientez un instant puis réessayez.</translation>
    </message>
    <message>
        <source>The form expired. Please sign in again.</source>
        <translation>Le formulaire a expiré. Veuillez vous reconnecter.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>to continue to %1</source>
        <translation>pour continuer vers %1</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Know who you are on Keyward</source>
        <translation>Savoir qui vous êtes sur Keyward</translation>
    </message>
    <message>
        <source>See your name</source>
        <translation>Voir votre nom</translation>
    </message>
    <message>
        <source>See your e-mail address</source>
        <translation>Voir votre adresse e-mail</translation>
    </message>
    <message>
        <source>See your roles</source>
        <translation>Voir vos rôles</translation>
    </message>
    <message>
        <source>Stay signed in when you are away</source>
        <translation>Rester connecté pendant votre absence</translation>
    </message>
    <message>
        <source>Use the permission “%1”</source>
        <translation>Utiliser l’autorisation « %1 »</translation>
    </message>
    <message>
        <source>Allow access</source>
        <translation>Autoriser l’accès</translation>
    </message>
    <message>
        <source>%1 asks to:</source>
        <translation>%1 demande à :</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Sign-in is not possible</source>
        <translation>Connexion impossible</translation>
    </message>
    <message>
        <source>The application sent a request Keyward cannot accept. Tell its developers:</source>
        <translation>L’application a envoyé une requête que Keyward ne peut pas accepter. Signalez-le à ses développeurs :</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnecté</translation>
    </message>
    <message>
        <source>You are signed out of Keyward.</source>
        <translation>Vous êtes déconnecté de Keyward.</translation>
    </message>
    <message>
        <source>Sign out?</source>
        <translation>Se déconnecter ?</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign out of Keyward and of the applications you signed in to with it?</source>
        <translation>Vous déconnecter de Keyward et des applications auxquelles vous vous êtes connecté avec ?</translation>
    </message>
    <message>
        <source>You are signed in to Keyward as %1. Sign out of Keyward and of the applications you signed in to with it?</source>
        <translation>Vous êtes connecté à Keyward en tant que %1. Vous déconnecter de Keyward et des applications auxquelles vous vous êtes connecté avec ?</translation>
    </message>
    <message>
        <source>That code is not right, or it was used already.</source>
        <translation>Ce code n&apos;est pas correct, ou il a déjà été utilisé.</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Validation en deux étapes</translation>
    </message>
    <message>
        <source>Code from your authenticator app</source>
        <translation>Code de votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Use a recovery code</source>
        <translation>Utiliser un code de récupération</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>Confirm it is you to continue to %1</source>
        <translation>Confirmez que c&apos;est bien vous pour continuer vers %1</translation>
    </message>
    <message>
        <source>Set up two-step verification</source>
        <translation>Configurer la validation en deux étapes</translation>
    </message>
    <message>
        <source>Your account needs a second step to continue to %1: an authenticator app.</source>
        <translation>Votre compte a besoin d&apos;une deuxième étape pour continuer vers %1 : une application d&apos;authentification.</translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app, then type the code it shows.</source>
        <translation>Scannez ce code avec une application d&apos;authentification, puis saisissez le code qu&apos;elle affiche.</translation>
    </message>
    <message>
        <source>Or enter this key:</source>
        <translation>Ou saisissez cette clé :</translation>
    </message>
    <message>
        <source>Sign in with a passkey</source>
        <translation>Se connecter avec une clé d&apos;accès</translation>
    </message>
    <message>
        <source>Use a passkey</source>
        <translation>Utiliser une clé d&apos;accès</translation>
    </message>
    <message>
        <source>The passkey did not work. Try again, or use another way.</source>
        <translation>La clé d&apos;accès n&apos;a pas fonctionné. Réessayez, ou utilisez un autre moyen.</translation>
    </message>
    <message>
        <source>To change how you sign in, confirm it is you first.</source>
        <translation>Pour changer votre façon de vous connecter, confirmez d&apos;abord que c&apos;est bien vous.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Se reconnecter</translation>
    </message>
    <message>
        <source>Your name is saved.</source>
        <translation>Votre nom est enregistré.</translation>
    </message>
    <message>
        <source>Your password is changed. Your other sessions have ended.</source>
        <translation>Votre mot de passe est changé. Vos autres sessions sont terminées.</translation>
    </message>
    <message>
        <source>The passkey is added.</source>
        <translation>La clé d&apos;accès est ajoutée.</translation>
    </message>
    <message>
        <source>The passkey is renamed.</source>
        <translation>La clé d&apos;accès est renommée.</translation>
    </message>
    <message>
        <source>The passkey is removed.</source>
        <translation>La clé d&apos;accès est supprimée.</translation>
    </message>
    <message>
        <source>The authenticator app is set up.</source>
        <translation>L&apos;application d&apos;authentification est configurée.</translation>
    </message>
    <message>
        <source>The authenticator app is removed.</source>
        <translation>L&apos;application d&apos;authentification est supprimée.</translation>
    </message>
    <message>
        <source>The session has ended.</source>
        <translation>La session est terminée.</translation>
    </message>
    <message>
        <source>The application&apos;s access is revoked: it asks again next time.</source>
        <translation>L&apos;accès de l&apos;application est révoqué : elle redemandera la prochaine fois.</translation>
    </message>
    <message>
        <source>The form expired. Please try again.</source>
        <translation>Le formulaire a expiré. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The current password is not right.</source>
        <translation>Le mot de passe actuel n&apos;est pas correct.</translation>
    </message>
    <message>
        <source>The new password is too weak (%1).</source>
        <translation>Le nouveau mot de passe est trop faible (%1).</translation>
    </message>
    <message>
        <source>The passkey could not be added (%1).</source>
        <translation>La clé d&apos;accès n&apos;a pas pu être ajoutée (%1).</translation>
    </message>
    <message>
        <source>No passkeys yet. A passkey signs you in with your fingerprint, face or screen lock.</source>
        <translation>Pas encore de clé d&apos;accès. Une clé d&apos;accès vous connecte avec votre empreinte, votre visage ou le verrouillage de l&apos;écran.</translation>
    </message>
    <message>
        <source>last used %1</source>
        <translation>dernière utilisation %1</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>jamais utilisée</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>synchronisée</translation>
    </message>
    <message>
        <source>on one device</source>
        <translation>sur un appareil</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>ajoutée %1</translation>
    </message>
    <message>
        <source>Passkey name</source>
        <translation>Nom de la clé d&apos;accès</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Passkeys need this server under a host name; ask your administrator.</source>
        <translation>Les clés d&apos;accès demandent ce serveur sous un nom d&apos;hôte ; adressez-vous à votre administrateur.</translation>
    </message>
    <message>
        <source>Name of the new passkey</source>
        <translation>Nom de la nouvelle clé d&apos;accès</translation>
    </message>
    <message>
        <source>e.g. Laptop</source>
        <translation>p. ex. Ordinateur portable</translation>
    </message>
    <message>
        <source>Add a passkey</source>
        <translation>Ajouter une clé d&apos;accès</translation>
    </message>
    <message>
        <source>The passkey was not added. Try again, or use another one.</source>
        <translation>La clé d&apos;accès n&apos;a pas été ajoutée. Réessayez, ou utilisez-en une autre.</translation>
    </message>
    <message>
        <source>An authenticator app gives you a code after your password.</source>
        <translation>Une application d&apos;authentification vous donne un code après votre mot de passe.</translation>
    </message>
    <message>
        <source>Remove the authenticator app</source>
        <translation>Supprimer l&apos;application d&apos;authentification</translation>
    </message>
    <message>
        <source>No authenticator app is set up.</source>
        <translation>Aucune application d&apos;authentification n&apos;est configurée.</translation>
    </message>
    <message>
        <source>Set up an authenticator app</source>
        <translation>Configurer une application d&apos;authentification</translation>
    </message>
    <message>
        <source>Recovery codes left: %1. Each signs you in once when you have no other way.</source>
        <translation>Codes de récupération restants : %1. Chacun vous connecte une fois quand vous n&apos;avez pas d&apos;autre moyen.</translation>
    </message>
    <message>
        <source>Create new recovery codes</source>
        <translation>Créer de nouveaux codes de récupération</translation>
    </message>
    <message>
        <source>this browser</source>
        <translation>ce navigateur</translation>
    </message>
    <message>
        <source>since %1, last used %2</source>
        <translation>depuis %1, dernière utilisation %2</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>You have not allowed any application yet.</source>
        <translation>Vous n&apos;avez encore autorisé aucune application.</translation>
    </message>
    <message>
        <source>allowed %1: %2</source>
        <translation>autorisée %1 : %2</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Rien pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail address: %1</source>
        <translation>Adresse e-mail : %1</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <source>Change the password</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <source>Passkeys</source>
        <translation>Clés d&apos;accès</translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation>Application d&apos;authentification</translation>
    </message>
    <message>
        <source>Recovery codes</source>
        <translation>Codes de récupération</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Recent security events</source>
        <translation>Événements de sécurité récents</translation>
    </message>
    <message>
        <source>That code is not right. Try the next one.</source>
        <translation>Ce code n&apos;est pas correct. Essayez le suivant.</translation>
    </message>
    <message>
        <source>After your password you will be asked for a code from the app.</source>
        <translation>Après votre mot de passe, un code de l&apos;application vous sera demandé.</translation>
    </message>
    <message>
        <source>Your new recovery codes</source>
        <translation>Vos nouveaux codes de récupération</translation>
    </message>
    <message>
        <source>Back to your account</source>
        <translation>Retour à votre compte</translation>
    </message>
    <message>
        <source>Print them or keep them somewhere safe: they are shown only now, each works once, and the codes you had before no longer work.</source>
        <translation>Imprimez-les ou gardez-les en lieu sûr : ils ne sont affichés que maintenant, chacun fonctionne une fois, et vos anciens codes ne fonctionnent plus.</translation>
    </message>
</context>
</TS>
