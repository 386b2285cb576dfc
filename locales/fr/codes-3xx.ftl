## Codes de réponse 3yz : réponse positive intermédiaire.

code-331 = Mot de passe requis
    .text = Nom d’utilisateur accepté, mot de passe requis
    .description = Dans la RFC 959, 331 a pour texte « Nom d’utilisateur accepté, mot de passe requis ». La RFC 959 définit 331 comme la réponse positive intermédiaire à USER : le serveur a accepté le nom et attend le mot de passe pour terminer l’identification. La RFC 2577 conseille aux serveurs de répondre 331 à toute commande USER, pour ne pas révéler quels noms d’utilisateur existent.
    .seen = Vous voyez 331 juste après avoir envoyé USER à un serveur qui demande un mot de passe : c’est la séquence d’identification normale. En raison du conseil de la RFC 2577, un 331 ne prouve pas que le nom existe : un serveur qui le suit ne refuse un nom erroné qu’après PASS, en général par 530.
    .fix = Il n’y a rien à corriger. Envoyez PASS avec le mot de passe ; le serveur répond alors 230 si l’identification est terminée, 332 s’il lui faut aussi un compte, ou 530 s’il refuse les identifiants.

code-332 = Compte requis
    .text = Compte requis pour l’identification
    .description = Dans la RFC 959, 332 a pour texte « Compte requis pour l’identification ». La RFC 959 définit 332 comme une réponse positive intermédiaire : le serveur a besoin d’un compte, transmis par la commande ACCT, pour terminer l’identification. Sa section 4.1.1 permet aussi de répondre 332 à une commande ultérieure qui exige un compte, si le serveur la garde en attente jusqu’à la réception d’ACCT ; s’il l’abandonne, il répond 532.
    .seen = Vous voyez 332 après USER ou PASS sur un serveur qui exige un compte en plus du nom et du mot de passe. Ce code peut aussi arriver en réponse à une commande ultérieure, comme STOR, sur un site qui ne demande un compte que pour certains accès, par exemple le dépôt de fichiers.
    .fix = Envoyez ACCT avec le compte fourni par l’administrateur du serveur ; l’identification, ou la commande en attente, se poursuit alors. Si vous n’avez pas de compte, demandez-en un à l’administrateur : le nom et le mot de passe ne suffisent pas sur ce serveur.

code-334 = Données de sécurité requises
    .description = La RFC 2228 définit 334 comme la réponse à AUTH quand le serveur accepte le mécanisme de sécurité demandé et a besoin de données de sécurité pour continuer. La RFC ne fixe aucun texte : la réponse peut porter ADAT=base64data, des données de sécurité du serveur dont le client se sert pour construire sa commande ADAT suivante. La RFC 4217 précise que 334 est incorrect pour AUTH TLS, puisqu’aucun échange ADAT ne suit une négociation TLS.
    .seen = Vous voyez 334 après AUTH avec un mécanisme de sécurité qui échange ses données par ADAT. Un serveur qui répond 334 à AUTH TLS ne respecte pas la RFC 4217, qui prévoit 234.
    .fix = Il n’y a rien à corriger : poursuivez l’échange en envoyant ADAT avec les données base64 produites par le mécanisme, jusqu’à ce que le serveur réponde 235. Si votre client a demandé AUTH TLS et reçu 334, signalez-le à l’administrateur du serveur, car un client TLS attend 234 avant de lancer la négociation TLS.

code-335 = Données de sécurité à compléter
    .description = La RFC 2228 définit 335 comme la réponse à ADAT quand le serveur accepte les données de sécurité mais en attend d’autres pour terminer l’échange. La RFC ne fixe aucun texte : la réponse peut porter ADAT=base64data, des données que le client traite avant d’envoyer l’ADAT suivant.
    .seen = Vous voyez 335 au milieu d’un échange AUTH et ADAT, avec les mécanismes de sécurité qui demandent plusieurs allers-retours. Un 335 est normalement suivi d’un nouvel ADAT du client, jusqu’à ce que le serveur réponde 235.
    .fix = Il n’y a rien à corriger : le client doit envoyer la commande ADAT suivante avec les données produites par son mécanisme de sécurité. Si l’échange s’arrête là, vérifiez que le client et le serveur prennent en charge le même mécanisme ; un échange qui échoue se termine par 535 si les données sont rejetées, ou par 501 si le base64 est indécodable.

code-336 = Défi de mot de passe
    .text = Nom d’utilisateur accepté, mot de passe requis. Le défi est “....”
    .description = Dans la RFC 2228, 336 a pour texte « Nom d’utilisateur accepté, mot de passe requis. Le défi est “....” ». La RFC 2228 définit 336 comme la réponse à USER quand le mécanisme de sécurité exige un mot de passe par défi-réponse : le texte de la réponse devrait contenir le défi, sous une forme compréhensible par un humain. Le client doit afficher ce défi à l’utilisateur avant de lui demander le mot de passe.
    .seen = Vous voyez 336 au lieu de 331 après USER, sur un serveur dont le mécanisme de sécurité, négocié par AUTH et ADAT, exige un mot de passe par défi-réponse.
    .fix = Lisez le défi dans le texte de la réponse, servez-vous-en pour construire le mot de passe qu’attend le mécanisme de sécurité, puis envoyez ce mot de passe avec PASS. Un client ne devrait pas demander le mot de passe avant que le serveur ait répondu à USER, puisque ce mot de passe dépend du défi.

code-350 = En attente d’informations
    .text = Action demandée sur le fichier en attente d’informations complémentaires
    .description = Dans la RFC 959, 350 a pour texte « Action demandée sur le fichier en attente d’informations complémentaires ». La RFC 959 prévoit 350 comme réponse positive intermédiaire à REST et à RNFR : le serveur a accepté la commande et attend celle qui la complète. La RFC 3659 garde 350 comme réponse à REST en mode flux (MODE S), dont l’argument est le nombre d’octets à sauter au début du transfert suivant.
    .seen = Vous voyez 350 après REST, avant un RETR ou un STOR qui reprend un transfert, et après RNFR, avant le RNTO qui donne le nouveau nom. C’est l’étape intermédiaire normale d’une reprise de transfert et d’un renommage.
    .fix = Il n’y a rien à corriger : envoyez la commande qui termine la séquence, RNTO juste après RNFR, ou la commande de transfert juste après REST. La RFC 959 exige que ces commandes se suivent immédiatement : un RNTO qui ne suit pas directement RNFR reçoit 503, et la RFC 3659 laisse indéfini l’effet d’un REST envoyé ailleurs que juste avant le transfert.
