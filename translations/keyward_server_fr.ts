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
</context>
</TS>
