## Codes de réponse 2yz : achèvement positif.

code-220 = Service prêt
    .description = Le serveur est prêt pour un nouvel utilisateur. La RFC 959 définit 220 comme la réponse qu’envoie le serveur une fois la connexion de contrôle établie, quand il peut accepter des commandes ; c’est aussi la réponse positive à REIN et, selon la RFC 7151, à HOST.
    .seen = C’est la première ligne reçue quand votre client se connecte, souvent avec une bannière qui nomme le logiciel serveur. Vous la voyez aussi après un REIN qui réinitialise la session, après une réponse 120 quand le service retardé devient disponible, et après une commande HOST acceptée par le serveur.
    .fix = Rien n’est à corriger. Connectez-vous ensuite : envoyez USER, puis PASS si le serveur répond 331.
