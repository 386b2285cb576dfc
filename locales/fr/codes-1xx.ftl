## Codes de réponse 1yz : réponse positive préliminaire.

code-110 = Marqueur de reprise
    .text = Réponse de marqueur de reprise
    .description = Dans la RFC 959, 110 a pour texte « Réponse de marqueur de reprise ». La RFC 959 définit 110 comme une réponse préliminaire qui signale un marqueur de reprise pendant un transfert, et la RFC 1123 en corrige le format, qui doit être exactement MARK ssss = rrrr. Ici, ssss est le marqueur que l’émetteur a placé dans le flux de données et rrrr la position correspondante dans le système de fichiers du destinataire.
    .seen = Les marqueurs de reprise n’existent qu’en mode bloc et en mode compressé : un transfert dans le mode flux par défaut ne produit donc jamais de 110. Un serveur qui reçoit des données munies de marqueurs de reprise envoie 110 sur la connexion de contrôle chaque fois qu’il a enregistré les données jusqu’à un marqueur ; la RFC 959 le prévoit pour STOR, STOU, RETR et APPE, et cette réponse peut arriver pendant que les données circulent encore.
    .fix = Il n’y a rien à corriger. Un client qui gère la reprise doit conserver chaque paire de marqueurs et, après une panne, envoyer REST avec le marqueur du serveur, suivi immédiatement de la commande de transfert interrompue.

code-120 = Service bientôt prêt
    .text = Service prêt dans nnn minutes
    .description = Dans la RFC 959, 120 a pour texte « Service prêt dans nnn minutes ». La RFC 959 définit 120 comme une réponse préliminaire : le serveur a accepté la connexion mais ne peut pas encore recevoir de commandes, et nnn indique le délai prévu. Une réponse 220 suit dès que le service est prêt.
    .seen = Vous voyez 120 comme première réponse après la connexion, de la part d’un serveur qui ne peut pas accepter de commandes tout de suite. La RFC 959 la prévoit aussi après REIN, avant le 220 qui confirme la réinitialisation.
    .fix = Il n’y a rien à corriger : gardez la connexion ouverte et attendez la réponse 220 avant d’envoyer la moindre commande. La RFC 959 prévoit justement 120 pour que le client sache qu’il ne doit pas fermer la connexion pendant l’attente.

code-125 = Connexion de données déjà ouverte
    .text = Connexion de données déjà ouverte ; début du transfert
    .description = Dans la RFC 959, 125 a pour texte « Connexion de données déjà ouverte ; début du transfert ». La RFC 959 définit 125 comme une réponse préliminaire à une commande de transfert lorsqu’une connexion de données est déjà ouverte : le transfert y démarre aussitôt. Pour STOU, la RFC 1123 impose le texte exact 125 FILE: pppp, où pppp est le chemin unique du fichier en cours d’écriture.
    .seen = Cette réponse précède les données de STOR, STOU, RETR, LIST, NLST ou APPE quand la connexion de données est déjà établie, par exemple laissée ouverte après un transfert précédent en mode bloc ou compressé. Une seconde réponse, en général 226 ou 250, suit à la fin du transfert.
    .fix = Il n’y a rien à corriger. Attendez la réponse de fin avant d’envoyer une autre commande et, après STOU, lisez le nom du fichier enregistré dans le texte de la réponse 125.

code-150 = État du fichier correct
    .text = État du fichier correct ; ouverture de la connexion de données
    .description = Dans la RFC 959, 150 a pour texte « État du fichier correct ; ouverture de la connexion de données ». La RFC 959 définit 150 comme une réponse préliminaire : le serveur accepte la commande de transfert et s’apprête à ouvrir la connexion de données. Pour STOU, la RFC 1123 impose le texte exact 150 FILE: pppp, où pppp est le chemin unique du fichier en cours d’écriture.
    .seen = 150 est la première réponse habituelle à RETR, STOR, STOU, APPE, LIST et NLST, et la RFC 3659 l’utilise pour ouvrir le listage envoyé par MLSD. Une réponse de fin comme 226 suit à la fin du transfert, ou bien 425 ou 426 si la connexion de données échoue. Avec TLS, la RFC 4217 précise que 150 signifie seulement que la commande est acceptable au niveau PROT en vigueur, et un 522 peut encore suivre si la négociation TLS échoue sur la connexion de données.
    .fix = Il n’y a rien à corriger : attendez les données, puis la réponse de fin. Si le transfert se bloque ensuite ou se termine par 425, la connexion de données n’a pas pu s’établir : vérifiez que l’adresse et le port annoncés par PASV, EPSV, PORT ou EPRT sont joignables entre le client et le serveur.
