<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Mail</name>
    <message>
        <source>Keyward at %1</source>
        <translation>Keyward sur %1</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <source>Confirm your e-mail address</source>
        <translation>Confirmez votre adresse e-mail</translation>
    </message>
    <message>
        <source>please confirm that %1 is your address at %2 by opening this link:</source>
        <translation>veuillez confirmer que %1 est votre adresse sur %2 en ouvrant ce lien :</translation>
    </message>
    <message>
        <source>The link works once, for 24 hours.</source>
        <translation>Le lien fonctionne une fois, pendant 24 heures.</translation>
    </message>
    <message>
        <source>If you did not ask for this, ignore this message: nothing changes.</source>
        <translation>Si vous n’avez rien demandé, ignorez ce message : rien ne change.</translation>
    </message>
    <message>
        <source>Reset your password</source>
        <translation>Réinitialisez votre mot de passe</translation>
    </message>
    <message>
        <source>Someone asked to reset the password of %1 at %2. If it was you, choose a new password here:</source>
        <translation>Quelqu’un a demandé à réinitialiser le mot de passe de %1 sur %2. Si c’était vous, choisissez un nouveau mot de passe ici :</translation>
    </message>
    <message>
        <source>The link works once, for 30 minutes. Your passkeys and authenticator app stay as they are.</source>
        <translation>Le lien fonctionne une fois, pendant 30 minutes. Vos clés d’accès et votre application d’authentification restent telles quelles.</translation>
    </message>
    <message>
        <source>If it wasn&apos;t you, ignore this message: your password stays as it is.</source>
        <translation>Si ce n’était pas vous, ignorez ce message : votre mot de passe reste le même.</translation>
    </message>
    <message>
        <source>Your password was changed</source>
        <translation>Votre mot de passe a été modifié</translation>
    </message>
    <message>
        <source>The password of %1 at %2 was changed.</source>
        <translation>Le mot de passe de %1 sur %2 a été modifié.</translation>
    </message>
    <message>
        <source>Your password was reset</source>
        <translation>Votre mot de passe a été réinitialisé</translation>
    </message>
    <message>
        <source>The password of %1 at %2 was reset with a link sent to this address. Every session of the account was ended.</source>
        <translation>Le mot de passe de %1 sur %2 a été réinitialisé avec un lien envoyé à cette adresse. Toutes les sessions du compte ont été fermées.</translation>
    </message>
    <message>
        <source>Your e-mail address was changed</source>
        <translation>Votre adresse e-mail a été modifiée</translation>
    </message>
    <message>
        <source>The address of your account at %1 was changed from %2 to %3. Messages go to the new address from now on.</source>
        <translation>L’adresse de votre compte sur %1 est passée de %2 à %3. Les messages vont désormais à la nouvelle adresse.</translation>
    </message>
    <message>
        <source>A sign-in factor was added</source>
        <translation>Un facteur de connexion a été ajouté</translation>
    </message>
    <message>
        <source>%1 was added to the account %2 at %3.</source>
        <translation>%1 a été ajouté(e) au compte %2 sur %3.</translation>
    </message>
    <message>
        <source>A sign-in factor was removed</source>
        <translation>Un facteur de connexion a été supprimé</translation>
    </message>
    <message>
        <source>%1 was removed from the account %2 at %3.</source>
        <translation>%1 a été supprimé(e) du compte %2 sur %3.</translation>
    </message>
    <message>
        <source>Your sign-in factors were reset</source>
        <translation>Vos facteurs de connexion ont été réinitialisés</translation>
    </message>
    <message>
        <source>An administrator removed every passkey, authenticator app and recovery code of %1 at %2, and ended its sessions.</source>
        <translation>Un administrateur a supprimé toutes les clés d’accès, l’application d’authentification et les codes de récupération de %1 sur %2, et fermé ses sessions.</translation>
    </message>
    <message>
        <source>When: %1 UTC.</source>
        <translation>Quand : %1 UTC.</translation>
    </message>
    <message>
        <source>If this was you, there is nothing to do. If it wasn&apos;t, reset your password with &quot;Forgot password?&quot; on the sign-in page and tell your administrator.</source>
        <translation>Si c’était vous, il n’y a rien à faire. Sinon, réinitialisez votre mot de passe avec « Mot de passe oublié ? » sur la page de connexion et prévenez votre administrateur.</translation>
    </message>
    <message>
        <source>%1 invited you to %2</source>
        <translation>%1 vous invite dans %2</translation>
    </message>
    <message>
        <source>%1 invited you to the workspace %2 at %3, as %4. Accept the invitation here (you can sign in or create an account):</source>
        <translation>%1 vous invite dans l’espace de travail %2 sur %3, en tant que %4. Acceptez l’invitation ici (vous pouvez vous connecter ou créer un compte) :</translation>
    </message>
    <message>
        <source>The invitation works once, for 7 days.</source>
        <translation>L’invitation fonctionne une fois, pendant 7 jours.</translation>
    </message>
    <message>
        <source>If you did not expect it, ignore this message.</source>
        <translation>Si vous ne l’attendiez pas, ignorez ce message.</translation>
    </message>
    <message>
        <source>A passkey</source>
        <translation>Une clé d’accès</translation>
    </message>
    <message>
        <source>An authenticator app</source>
        <translation>Une application d’authentification</translation>
    </message>
    <message>
        <source>The authenticator app</source>
        <translation>L’application d’authentification</translation>
    </message>
    <message>
        <source>A new set of recovery codes</source>
        <translation>Un nouveau jeu de codes de récupération</translation>
    </message>
    <message>
        <source>An administrator</source>
        <translation>Un administrateur</translation>
    </message>
</context>
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
    <message>
        <source>Confirm your e-mail address first: open the link we sent to it (a new one is on its way if the last is older than 5 minutes).</source>
        <translation>Confirmez d’abord votre adresse e-mail : ouvrez le lien que nous y avons envoyé (un nouveau est en route si le dernier date de plus de 5 minutes).</translation>
    </message>
    <message>
        <source>Forgot password?</source>
        <translation>Mot de passe oublié ?</translation>
    </message>
    <message>
        <source>This server sends no mail. Ask your administrator to set a new password for you.</source>
        <translation>Ce serveur n’envoie pas de e-mail. Demandez à votre administrateur de vous définir un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Send the link</source>
        <translation>Envoyer le lien</translation>
    </message>
    <message>
        <source>Type the address of your account. We send a link to it to choose a new password.</source>
        <translation>Saisissez l’adresse de votre compte. Nous y envoyons un lien pour choisir un nouveau mot de passe.</translation>
    </message>
    <message>
        <source>Check your mail</source>
        <translation>Consultez vos e-mails</translation>
    </message>
    <message>
        <source>If an account has this address, a link to choose a new password is on its way to it. The link works once, for 30 minutes.</source>
        <translation>Si un compte a cette adresse, un lien pour choisir un nouveau mot de passe est en route. Le lien fonctionne une fois, pendant 30 minutes.</translation>
    </message>
    <message>
        <source>At least %1 characters, and not your e-mail address.</source>
        <translation>Au moins %1 caractères, et pas votre adresse e-mail.</translation>
    </message>
    <message>
        <source>Set the new password</source>
        <translation>Définir le nouveau mot de passe</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Choisissez un nouveau mot de passe</translation>
    </message>
    <message>
        <source>For %1. Every session of the account ends.</source>
        <translation>Pour %1. Toutes les sessions du compte seront fermées.</translation>
    </message>
    <message>
        <source>This link does not work</source>
        <translation>Ce lien ne fonctionne pas</translation>
    </message>
    <message>
        <source>It was used already, it has expired, or the password was changed since. Ask for a new link with “Forgot password?”.</source>
        <translation>Il a déjà servi, il a expiré, ou le mot de passe a changé depuis. Demandez un nouveau lien avec « Mot de passe oublié ? ».</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe modifié</translation>
    </message>
    <message>
        <source>Sign in with your new password. Your passkeys and authenticator app work as before.</source>
        <translation>Connectez-vous avec votre nouveau mot de passe. Vos clés d’accès et votre application d’authentification fonctionnent comme avant.</translation>
    </message>
    <message>
        <source>Go to your account</source>
        <translation>Aller à votre compte</translation>
    </message>
    <message>
        <source>It was used already, it has expired, or the address changed since.</source>
        <translation>Il a déjà servi, il a expiré, ou l’adresse a changé depuis.</translation>
    </message>
    <message>
        <source>Address confirmed</source>
        <translation>Adresse confirmée</translation>
    </message>
    <message>
        <source>%1 is confirmed. You can close this page.</source>
        <translation>%1 est confirmée. Vous pouvez fermer cette page.</translation>
    </message>
    <message>
        <source>This invitation does not work</source>
        <translation>Cette invitation ne fonctionne pas</translation>
    </message>
    <message>
        <source>It was used already, it has expired or it was withdrawn. Ask for a new one.</source>
        <translation>Elle a déjà servi, elle a expiré ou elle a été retirée. Demandez-en une nouvelle.</translation>
    </message>
    <message>
        <source>Join the workspace</source>
        <translation>Rejoindre l’espace de travail</translation>
    </message>
    <message>
        <source>You are signed in as %1.</source>
        <translation>Vous êtes connecté(e) en tant que %1.</translation>
    </message>
    <message>
        <source>Sign in as %1 to join</source>
        <translation>Se connecter en tant que %1 pour rejoindre</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>Choisissez un mot de passe</translation>
    </message>
    <message>
        <source>Create the account and join</source>
        <translation>Créer le compte et rejoindre</translation>
    </message>
    <message>
        <source>%1 is invited to the workspace %2 as %3. The invitation works until %4 UTC.</source>
        <translation>%1 est invité(e) dans l’espace de travail %2 en tant que %3. L’invitation est valable jusqu’au %4 UTC.</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>Already a member</source>
        <translation>Déjà membre</translation>
    </message>
    <message>
        <source>You are a member of %1 already.</source>
        <translation>Vous êtes déjà membre de %1.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>You are now a member of %1, as %2.</source>
        <translation>Vous êtes maintenant membre de %1, en tant que %2.</translation>
    </message>
    <message>
        <source>Your account %1 is ready and a member of %2, as %3.</source>
        <translation>Votre compte %1 est prêt et membre de %2, en tant que %3.</translation>
    </message>
    <message>
        <source>Your address is changed. Confirm it with the link sent to it; the old address was told.</source>
        <translation>Votre adresse est modifiée. Confirmez-la avec le lien qui y a été envoyé ; l’ancienne adresse a été prévenue.</translation>
    </message>
    <message>
        <source>A new confirmation link is on its way.</source>
        <translation>Un nouveau lien de confirmation est en route.</translation>
    </message>
    <message>
        <source>A link went out less than 5 minutes ago: look for it, or try again later.</source>
        <translation>Un lien est parti il y a moins de 5 minutes : cherchez-le, ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>The language of your mail is saved.</source>
        <translation>La langue de vos e-mails est enregistrée.</translation>
    </message>
    <message>
        <source>Confirmed.</source>
        <translation>Confirmée.</translation>
    </message>
    <message>
        <source>Not confirmed yet.</source>
        <translation>Pas encore confirmée.</translation>
    </message>
    <message>
        <source>Change the address</source>
        <translation>Changer l’adresse</translation>
    </message>
    <message>
        <source>Send the confirmation link again</source>
        <translation>Renvoyer le lien de confirmation</translation>
    </message>
    <message>
        <source>Language of your mail</source>
        <translation>Langue de vos e-mails</translation>
    </message>
    <message>
        <source>Create an account</source>
        <translation>Créer un compte</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site : %1</translation>
    </message>
    <message>
        <source>You can withdraw this at any time on %1.</source>
        <translation>Vous pouvez retirer cette autorisation à tout moment sur %1.</translation>
    </message>
    <message>
        <source>your account page</source>
        <translation>la page de votre compte</translation>
    </message>
    <message>
        <source>Create the account</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <source>I have an account: sign in</source>
        <translation>J’ai un compte : me connecter</translation>
    </message>
    <message>
        <source>An account on this server.</source>
        <translation>Un compte sur ce serveur.</translation>
    </message>
    <message>
        <source>This server does not take new accounts. Ask its administrator for an invitation.</source>
        <translation>Ce serveur n’accepte pas de nouveaux comptes. Demandez une invitation à son administrateur.</translation>
    </message>
    <message>
        <source>We sent a link to %1. Follow it, then sign in.</source>
        <translation>Nous avons envoyé un lien à %1. Ouvrez-le, puis connectez-vous.</translation>
    </message>
    <message>
        <source>Your account %1 is ready. Sign in with it.</source>
        <translation>Votre compte %1 est prêt. Connectez-vous avec.</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>The account could not be created. Try again.</source>
        <translation>Le compte n’a pas pu être créé. Réessayez.</translation>
    </message>
    <message>
        <source>An account with this address exists already. Sign in, or ask for a new password if you forgot it.</source>
        <translation>Un compte avec cette adresse existe déjà. Connectez-vous, ou demandez un nouveau mot de passe si vous l’avez oublié.</translation>
    </message>
    <message>
        <source>This is not an e-mail address.</source>
        <translation>Ce n’est pas une adresse e-mail.</translation>
    </message>
    <message>
        <source>Choose a stronger password: the rules are beside the field.</source>
        <translation>Choisissez un mot de passe plus robuste : les règles sont à côté du champ.</translation>
    </message>
    <message>
        <source>Too many new accounts from here for now. Try again later.</source>
        <translation>Trop de comptes créés depuis cette adresse pour l’instant. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>This server does not take new accounts.</source>
        <translation>Ce serveur n’accepte pas de nouveaux comptes.</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Afficher le mot de passe</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Masquer le mot de passe</translation>
    </message>
</context>
</TS>
