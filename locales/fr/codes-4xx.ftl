## Codes de réponse 4yz : réponse négative temporaire.

code-421 = Service non disponible
    .text = Service non disponible, fermeture de la connexion de contrôle
    .description = Dans la RFC 959, 421 a pour texte « Service non disponible, fermeture de la connexion de contrôle ». La RFC 959 permet au serveur d’envoyer 421 dès la connexion d’un client, s’il ne peut pas servir ce client, et en réponse à n’importe quelle commande s’il sait qu’il doit s’arrêter ; le serveur ferme ensuite la connexion de contrôle. Comme toute réponse 4yz, 421 signale une situation temporaire : le client peut se reconnecter plus tard.
    .seen = Vous voyez 421 à la place du message d’accueil 220 si le serveur ne peut pas accepter la session, ou en réponse à une commande pendant l’arrêt du service. La RFC 2577 suggère d’envoyer 421 puis de fermer la connexion après 3 à 5 mots de passe erronés, la RFC 7151 l’emploie pour un HOST dont l’hôte virtuel est momentanément indisponible, et la RFC 4217 pour une négociation TLS qui a échoué après AUTH TLS.
    .fix = Patientez, puis reconnectez-vous ; le texte de la réponse, destiné à l’utilisateur, en donne souvent la raison. Si ce 421 suit plusieurs échecs d’identification, vérifiez le nom d’utilisateur et le mot de passe avant de réessayer. La RFC 1123 recommande aux clients de détecter la fermeture de la connexion de contrôle plutôt que de traiter 421 de façon particulière.

code-425 = Connexion de données impossible
    .text = Impossible d’ouvrir la connexion de données
    .description = Dans la RFC 959, 425 a pour texte « Impossible d’ouvrir la connexion de données ». La RFC 959 définit 425 comme une réponse négative temporaire : le serveur n’a pas pu établir la connexion de données dont la commande de transfert a besoin, si bien qu’aucun fichier ni aucun listage n’a été envoyé ou reçu. La RFC 959 place 425 après la réponse préliminaire 125 ou 150 de STOR, STOU, RETR, LIST, NLST et APPE.
    .seen = Vous voyez 425 au démarrage d’un listage, d’un téléchargement ou d’un dépôt. Une cause fréquente est un pare-feu ou un équipement NAT qui bloque la connexion de données : en mode actif (PORT ou EPRT), le serveur ne parvient pas à joindre l’adresse et le port annoncés par le client ; en mode passif (PASV ou EPSV), la connexion du client vers le port annoncé par le serveur n’arrive jamais.
    .fix = Vérifiez le mode utilisé par le client et assurez-vous que les pare-feu des deux côtés laissent passer la connexion de données : en mode actif, le port que le client envoie avec PORT ou EPRT ; en mode passif, les ports que le serveur annonce dans ses réponses 227 ou 229. Passer le client en mode passif aide souvent s’il se trouve derrière un NAT. Comme toute réponse 4yz, 425 permet de relancer le transfert une fois le problème de connexion réglé.

code-426 = Transfert interrompu
    .text = Connexion fermée ; transfert interrompu
    .description = Dans la RFC 959, 426 a pour texte « Connexion fermée ; transfert interrompu ». La RFC 959 définit 426 comme la réponse qui termine une commande de transfert quand la connexion de données a été fermée avant la fin du transfert. Sa section 4.1.3 l’emploie pour ABOR : si un transfert est en cours, le serveur l’interrompt, ferme la connexion de données, répond 426 à la commande de transfert, puis 226 à ABOR.
    .seen = Vous voyez 426 juste après avoir envoyé ABOR pendant un transfert, suivi aussitôt de 226 : c’est la fin normale d’un transfert annulé. Ce code apparaît aussi sans ABOR si la connexion de données se rompt en plein transfert, par exemple parce qu’un équipement réseau l’a coupée ou que l’autre extrémité s’est arrêtée.
    .fix = Après un ABOR, il n’y a rien à corriger. Sinon, relancez le transfert, avec REST pour reprendre là où il s’est arrêté si le serveur le permet, et vérifiez le chemin réseau de la connexion de données si l’erreur se répète.

code-431 = Ressource de sécurité indisponible
    .text = Une ressource indisponible est nécessaire pour traiter la sécurité
    .description = Dans la RFC 2228, 431 a pour texte « Une ressource indisponible est nécessaire pour traiter la sécurité ». La RFC 2228 définit 431 comme la réponse à AUTH ou PROT quand le serveur n’est pas en mesure d’accepter le mécanisme de sécurité ou le niveau de protection demandé, par exemple parce qu’une ressource nécessaire est indisponible ; un serveur qui refuse par choix répond plutôt 534. La RFC 959 ne montre 431 que dans un exemple de son annexe II, un CWD sous TOPS-20, qui est une illustration et non une définition du code.
    .seen = Vous voyez 431 après AUTH ou PROT sur un serveur qui prend en charge le mécanisme ou le niveau de protection demandé, mais ne peut pas le fournir à ce moment-là, faute d’un élément dont dépend le mécanisme.
    .fix = Comme toute réponse 4yz, 431 décrit une situation temporaire : renvoyez la commande plus tard. Si la situation persiste, l’administrateur du serveur doit chercher dans le journal du serveur la ressource qui manque au mécanisme de sécurité.

code-450 = Fichier momentanément indisponible
    .text = Action demandée sur le fichier non effectuée. Fichier indisponible (par exemple, fichier occupé)
    .description = Dans la RFC 959, 450 a pour texte « Action demandée sur le fichier non effectuée. Fichier indisponible (par exemple, fichier occupé) ». La RFC 959 définit 450 comme une réponse négative temporaire : l’action n’a pas pu être faite maintenant, mais la même commande peut réussir plus tard, à la différence de 550, qui signale une situation permanente comme un fichier absent ou un accès refusé.
    .seen = Vous voyez 450 en réponse à RETR, STOR, STOU, APPE, DELE, RNFR, LIST, NLST ou STAT si le fichier ou le répertoire est utilisé ou verrouillé, par exemple par un autre transfert qui écrit dans le même fichier.
    .fix = Patientez, puis renvoyez la commande, puisque la situation est censée être temporaire. Si 450 revient sans cesse pour le même fichier, cherchez sur le serveur ce qui le maintient occupé.

code-451 = Erreur locale de traitement
    .text = Action demandée interrompue : erreur locale de traitement
    .description = Dans la RFC 959, 451 a pour texte « Action demandée interrompue : erreur locale de traitement ». La RFC 959 définit 451 comme une réponse négative temporaire : une erreur côté serveur a arrêté la commande, qui peut réussir si on la répète plus tard. La RFC 2389 emploie aussi 451 en réponse à OPTS quand une situation temporaire sur le serveur l’empêche d’accepter l’option.
    .seen = Vous voyez 451 pendant ou juste après un RETR, STOR, STOU, APPE, LIST ou NLST, si le serveur rencontre un problème qui lui est propre, comme une erreur de lecture ou d’écriture sur son stockage ou une autre panne interne.
    .fix = Renvoyez la commande plus tard : l’erreur vient du serveur, pas de votre demande. Si l’erreur se répète, l’administrateur du serveur doit chercher l’erreur d’origine dans le journal du serveur.

code-452 = Espace de stockage insuffisant
    .text = Action demandée non effectuée. Espace de stockage insuffisant sur le système
    .description = Dans la RFC 959, 452 a pour texte « Action demandée non effectuée. Espace de stockage insuffisant sur le système ». La RFC 959 définit 452 comme une réponse négative temporaire à STOR, STOU et APPE : le serveur n’a pas assez d’espace pour enregistrer le fichier maintenant, une situation qui peut se résoudre plus tard.
    .seen = Vous voyez 452 lors d’un dépôt par STOR, STOU ou APPE sur un serveur dont le disque, le volume ou la zone de stockage est plein.
    .fix = Libérez de l’espace sur le serveur, ou demandez à son administrateur de le faire, puis relancez le dépôt. Contrairement à 552, qui signale le dépassement de l’espace de stockage alloué à votre répertoire ou à votre jeu de données, 452 concerne le stockage du système dans son ensemble.
