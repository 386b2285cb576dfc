## Classes de réponses (premier chiffre) et groupes (deuxième chiffre), RFC 959,
## section 4.2.1 ; la classe 6 vient de la RFC 2228, section 5.2.

reply-class-1 = Réponse positive préliminaire
    .summary = Le premier chiffre 1 indique que l’action demandée commence : attendez une autre réponse avant d’envoyer une nouvelle commande.
reply-class-2 = Réponse positive définitive
    .summary = Le premier chiffre 2 indique que l’action demandée est terminée : une nouvelle commande peut être envoyée.
reply-class-3 = Réponse positive intermédiaire
    .summary = Le premier chiffre 3 indique que la commande est acceptée, mais que l’action reste en attente d’informations complémentaires.
reply-class-4 = Réponse négative temporaire
    .summary = Le premier chiffre 4 indique que la commande n’a pas été acceptée, mais que l’erreur est passagère : la demande peut être refaite plus tard, après reconnexion si le serveur a fermé la connexion (421).
reply-class-5 = Réponse négative définitive
    .summary = Le premier chiffre 5 indique que la commande n’a pas été acceptée, et que répéter la même demande dans le même ordre n’y changera rien.
reply-class-6 = Réponse protégée
    .summary = Le premier chiffre 6 indique une réponse protégée : son texte est une autre réponse, encodée par le mécanisme de sécurité (RFC 2228).

reply-group-0 = Syntaxe
# ftpdocs: same-as-source
reply-group-1 = Information
reply-group-2 = Connexions
reply-group-3 = Authentification et comptes
reply-group-4 = Non attribué
reply-group-5 = Système de fichiers
