## Numéros qui ne sont pas des réponses FTP : erreurs Windows Sockets.

winsock-10054 = Connexion réinitialisée par l’hôte distant
    .description = 10054 n’est pas une réponse FTP mais l’erreur Windows Sockets WSAECONNRESET, connexion réinitialisée par l’hôte distant : l’autre extrémité, ou un équipement sur le chemin, a brutalement réinitialisé la connexion TCP. L’erreur est signalée par le système d’exploitation du client ; un serveur FTP ne l’envoie jamais, puisqu’une réponse FTP est un nombre à trois chiffres (RFC 959, section 4.2).
    .seen = Les clients FTP sous Windows affichent 10054 dans leur journal si la connexion de contrôle ou de données tombe en pleine session, par exemple parce que le processus serveur s’est arrêté, que le serveur a fermé la connexion brutalement ou qu’un pare-feu l’a coupée.
    .fix = Reconnectez-vous et regardez la dernière vraie réponse FTP avant l’erreur : un 421 signifie que le serveur a fermé la session volontairement. Si les réinitialisations se répètent, consultez le journal du serveur et vérifiez les pare-feu ou équipements NAT entre le client et le serveur, qui peuvent couper les connexions longues ou inactives.

winsock-10060 = Délai de connexion dépassé
    .description = 10060 n’est pas une réponse FTP mais l’erreur Windows Sockets WSAETIMEDOUT, délai de connexion dépassé : l’hôte distant n’a pas répondu à une tentative de connexion dans le temps imparti, ou une connexion établie a cessé de répondre. Elle vient du système d’exploitation du client, jamais du serveur FTP, dont les réponses sont des nombres à trois chiffres (RFC 959, section 4.2).
    .seen = Les clients FTP sous Windows signalent 10060 s’ils ne joignent pas du tout le serveur, à cause d’un nom d’hôte ou d’une adresse erronés, d’un serveur arrêté ou d’un pare-feu qui rejette les paquets silencieusement. L’erreur apparaît aussi si l’identification réussit mais que la connexion de données d’un listage ou d’un transfert ne peut pas s’ouvrir.
    .fix = Vérifiez le nom d’hôte et le port, et assurez-vous que le serveur fonctionne et qu’il est joignable depuis votre réseau. Si l’identification réussit mais que les listages ou les transferts expirent, la connexion de données est bloquée : vérifiez que les pare-feu autorisent le port envoyé par le client avec PORT ou EPRT, ou les ports passifs annoncés dans la réponse 227 ou 229.

winsock-10061 = Connexion refusée
    .description = 10061 n’est pas une réponse FTP mais l’erreur Windows Sockets WSAECONNREFUSED, connexion refusée : l’hôte visé a activement refusé la connexion, en général parce qu’aucun programme n’écoute sur ce port. Elle est signalée par le système d’exploitation du client ; un serveur FTP ne peut pas l’envoyer, car les réponses FTP sont des nombres à trois chiffres (RFC 959, section 4.2).
    .seen = Les clients FTP sous Windows signalent 10061 dès la tentative de connexion si le serveur FTP ne tourne pas, écoute sur un autre port, ou si un pare-feu rejette la connexion. L’erreur peut aussi toucher une connexion de données, si rien n’écoute sur le port prévu pour le transfert.
    .fix = Vérifiez que le serveur FTP fonctionne, repérez le port sur lequel il écoute (21 par défaut) et assurez-vous que le client se connecte bien à cet hôte et à ce port. Si seules les connexions de données sont refusées, vérifiez les adresses et les ports échangés par PORT, EPRT, ou dans la réponse 227 ou 229.

winsock-10066 = Répertoire non vide
    .description = 10066 n’est pas une réponse FTP mais l’erreur Windows Sockets WSAENOTEMPTY, répertoire non vide, l’un des noms d’erreur que Winsock reprend de la liste d’erreurs d’Unix BSD. Un serveur FTP ne l’envoie jamais, puisque les réponses FTP sont des nombres à trois chiffres (RFC 959, section 4.2).
    .seen = On la trouve dans des listes de codes d’erreur FTP publiées pour certains clients Windows, présentée comme une erreur de suppression d’un répertoire qui contient encore des fichiers. Dans le protocole FTP lui-même, un serveur qui refuse de supprimer un répertoire répond à RMD par un code à trois chiffres comme 550.
    .fix = Cherchez dans le journal du client la réponse que le serveur a réellement envoyée à RMD. Pour supprimer un répertoire, supprimez d’abord ses fichiers et sous-répertoires, puis renvoyez RMD.

winsock-10068 = Quota d’utilisateurs dépassé
    .description = 10068 n’est pas une réponse FTP mais l’erreur Windows Sockets WSAEUSERS, quota d’utilisateurs dépassé, un autre nom d’erreur que Winsock reprend de la liste d’erreurs d’Unix BSD. Un serveur FTP ne l’envoie jamais, car les réponses FTP sont des nombres à trois chiffres (RFC 959, section 4.2).
    .seen = Certaines listes de codes d’erreur FTP pour clients Windows la présentent comme un serveur plein, avec trop d’utilisateurs. Un vrai serveur FTP qui ne peut pas accepter une session de plus le dit par un code à trois chiffres : la RFC 959 permet 421 à la place du message d’accueil 220 quand le service n’est pas disponible.
    .fix = Cherchez dans le journal du client la réponse que le serveur a réellement envoyée. S’il s’agit d’un 421 indiquant trop d’utilisateurs, reconnectez-vous plus tard, ou demandez à l’administrateur de relever la limite de connexions.

## Numéros à trois chiffres qu'aucune RFC ne définit, rencontrés dans des listes de codes FTP et chez certains serveurs.

unassigned-231 = Utilisateur déconnecté
    .description = Aucune RFC ne définit 231. Certaines listes de codes FTP lui donnent un texte qui annonce la déconnexion de l’utilisateur et la fin du service, mais la réponse que la RFC 959 définit pour la fin d’une session est 221, « Fermeture de la connexion de contrôle par le service », la réponse à QUIT (section 4.1.1). Un client qui suit les RFC ne connaît 231 que par son premier chiffre, qui en fait une réponse positive définitive (section 4.2).
    .seen = Vous ne voyez 231 que chez un serveur qui numérote ses réponses à sa façon, en réponse à QUIT ou quand il met fin à la session ; les serveurs conformes répondent à QUIT par 221.
    .fix = Il n’y a rien à corriger : traitez 231 comme la fin de la session, comme vous traiteriez 221. Si vous écrivez le serveur, répondez à QUIT par 221, comme le prévoit la RFC 959, section 5.4.

unassigned-430 = Identifiants refusés
    .description = Aucune RFC ne définit 430. Certains serveurs et certaines listes de codes FTP l’emploient avec le texte « Invalid username or password », mais la RFC 959 répond à une identification qui échoue par 530, « Non connecté », que la section 5.4 prévoit pour USER, PASS et ACCT. Son premier chiffre 4 ferait même de l’échec une erreur temporaire (section 4.2), ce qu’un mauvais mot de passe n’est pas.
    .seen = Vous voyez 430 après USER ou PASS chez un serveur qui numérote ses réponses à sa façon, quand le nom d’utilisateur ou le mot de passe est faux.
    .fix = Vérifiez le nom d’utilisateur et le mot de passe, puis identifiez-vous de nouveau ; ne renvoyez pas les mêmes identifiants en boucle, car l’échec n’est pas temporaire. Si vous écrivez le serveur, répondez à une identification qui échoue par 530.

unassigned-434 = Hôte demandé indisponible
    .description = Aucune RFC ne définit 434. Certaines listes de codes FTP lui donnent le texte « Requested host unavailable », mais la RFC 7151, qui définit HOST pour les hôtes virtuels, répond avec des codes existants : 421 quand l’hôte est normalement accepté mais momentanément indisponible, après quoi le serveur ferme la connexion, et 504 quand l’hôte est inconnu ou que le serveur refuse de traiter la connexion comme destinée à cet hôte.
    .seen = Vous voyez 434 après HOST chez un serveur qui numérote ses réponses à sa façon, quand il ne sert pas l’hôte virtuel que vous avez nommé.
    .fix = Vérifiez le nom d’hôte envoyé avec HOST. Si l’hôte doit exister, reconnectez-vous plus tard ou adressez-vous à l’administrateur du serveur. Si vous écrivez le serveur, répondez par 421 ou 504, comme le décrit la RFC 7151, section 3.
