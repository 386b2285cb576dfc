## Codes de réponse 5yz : échec permanent.

code-503 = Mauvaise séquence
    .description = Mauvaise séquence de commandes. Le serveur a compris la commande, mais elle n’est pas valable à ce stade de la session. La RFC 959 prévoit 503 pour PASS, ACCT et RNTO ; la RFC 2228 l’ajoute pour ADAT, PBSZ et PROT envoyées avant l’échange de sécurité dont elles dépendent.
    .seen = Le serveur répond 503 quand PASS arrive sans USER préalable, quand ACCT est envoyée avant le début de l’identification, ou quand RNTO ne suit pas directement RNFR. Avec des extensions de sécurité comme TLS, il répond aussi 503 quand PBSZ ou PROT arrive avant qu’AUTH ait réussi, ou PROT avant PBSZ. Un serveur qui prend en charge la RFC 7151 répond aussi 503 à une commande HOST envoyée après l’identification.
    .fix = Envoyez les commandes dans l’ordre qu’exige le protocole : USER avant PASS, RNFR juste avant RNTO, AUTH avant PBSZ, et PBSZ avant PROT. Vérifiez que votre client garde cet ordre après une reconnexion, et consultez le journal du serveur pour voir quelle commande est arrivée en premier.
