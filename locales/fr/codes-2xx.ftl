## Codes de réponse 2yz : réponse positive définitive.

code-200 = Commande acceptée
    .text = Commande correcte
    .description = Dans la RFC 959, 200 a pour texte « Commande correcte ». La RFC 959 emploie 200 pour une commande qui a réussi sans apporter d’information nouvelle au client, comme TYPE, MODE, STRU, PORT ou NOOP. Des RFC plus récentes en font la réponse de succès à EPRT (RFC 2428), OPTS (RFC 2389), LANG (RFC 2640), ainsi qu’à PBSZ, PROT et CCC (RFC 2228 et RFC 4217).
    .seen = Vous voyez 200 après avoir réglé les paramètres de transfert avec TYPE, MODE, STRU, PORT ou EPRT, après NOOP, et après les commandes PBSZ 0 et PROT P qui suivent AUTH TLS. Un 200 en réponse à OPTS ou à LANG signifie que le serveur a accepté l’option ou la langue, et le texte d’une réponse à LANG peut préciser la variante retenue.
    .fix = Il n’y a rien à corriger : envoyez la commande suivante. Si une réponse 200 à PBSZ contient PBSZ=nombre dans son texte, le serveur demande un tampon plus petit, et la RFC 2228 impose aux deux parties d’utiliser la plus petite des deux tailles.

code-202 = Commande superflue
    .text = Commande non implémentée, superflue sur ce site
    .description = Dans la RFC 959, 202 a pour texte « Commande non implémentée, superflue sur ce site ». La RFC 959 définit 202 comme une réponse positive définitive pour une commande qui n’a pas de sens sur ce serveur, afin qu’un client simple puisse continuer comme si elle avait réussi. Son exemple est ALLO sur un système qui n’a pas besoin de réserver d’espace à l’avance.
    .seen = Vous voyez 202 surtout après ALLO, sur les serveurs qui ne réservent pas d’espace avant un transfert. La RFC 959 prévoit aussi 202 pour PASS, ACCT, SMNT et SITE.
    .fix = Il n’y a rien à corriger : la commande était inutile et la session continue. Contrairement à 502, qui refuse une commande non implémentée, 202 est une réponse de succès.

code-211 = État du système
    .text = État du système, ou réponse d’aide du système
    .description = La RFC 959 désigne 211 par les mots « État du système, ou réponse d’aide du système », qui décrivent la réponse sans en fixer le texte : le serveur y place des informations d’état ou d’aide destinées à l’utilisateur. La RFC 2389 en fait aussi la réponse à FEAT, dont la forme sur plusieurs lignes donne une extension prise en charge par ligne, chacune précédée d’une seule espace, et se termine par 211 End.
    .seen = Vous voyez 211 en réponse à STAT sans argument, qui décrit l’état du serveur, les paramètres de transfert et les connexions, et parfois en réponse à HELP, auquel la RFC 959 permet de répondre par 211 ou 214. Un client qui envoie FEAT reçoit 211 avec la liste des extensions que le serveur prend en charge, comme MDTM, SIZE, MLST ou AUTH TLS.
    .fix = Il n’y a rien à corriger. Un 211 d’une seule ligne en réponse à FEAT signifie que le serveur n’a aucune extension à annoncer ; un client qui reçoit 500 ou 502 à FEAT doit tester une à une les extensions dont il a besoin, comme le conseille la RFC 2389.

code-212 = État du répertoire
    .text = État du répertoire
    .description = La RFC 959 désigne 212 par les mots « État du répertoire » : c’est une réponse d’information à STAT. Son texte n’est pas fixé : il indique l’état d’un répertoire.
    .seen = Un serveur peut répondre 212 à STAT suivi d’un répertoire, en envoyant sur la connexion de contrôle ce que LIST enverrait sur une connexion de données. Un listage de plusieurs lignes arrive sous la forme d’une réponse multiligne.
    .fix = Il n’y a rien à corriger. Lisez la réponse jusqu’à sa dernière ligne, qui commence par 212 suivi d’une espace.

code-213 = État du fichier
    .text = État du fichier
    .description = La RFC 959 désigne 213 par les mots « État du fichier » : c’est une réponse d’information à STAT. Son texte n’est pas fixé : il indique l’état d’un fichier. La RFC 3659 fait de 213 la réponse à MDTM et à SIZE, avec un format exact sur une seule ligne : 213, une espace, puis la date de modification au format AAAAMMJJHHMMSS en UTC pour MDTM, ou la taille de transfert en octets pour SIZE.
    .seen = Vous voyez surtout 213 après MDTM et SIZE, que les clients envoient avant de reprendre un transfert interrompu, pour savoir quelle part du fichier a été transférée et s’il a changé depuis. Un serveur peut aussi l’utiliser pour répondre à STAT suivi d’un nom de fichier.
    .fix = Il n’y a rien à corriger. La date de MDTM est en UTC, et la valeur de SIZE dépend des TYPE, MODE et STRU en vigueur : réglez donc le TYPE du futur transfert avant d’envoyer SIZE.

code-214 = Message d’aide
    .text = Message d’aide
    .description = La RFC 959 désigne 214 par les mots « Message d’aide » : c’est une réponse destinée à l’utilisateur humain. Son texte n’est pas fixé : il explique comment utiliser le serveur ou ce que signifie une commande non standard.
    .seen = Vous voyez 214 en réponse à HELP, seul ou suivi d’un nom de commande. La RFC 959 suggère que HELP SITE décrive les commandes SITE du serveur.
    .fix = Il n’y a rien à corriger. Le texte s’adresse à des personnes : affichez-le à l’utilisateur plutôt que de le faire interpréter par un programme.

code-215 = Type de système
    .text = NOM du type de système
    .description = Dans la RFC 959, 215 a pour texte « NOM du type de système ». La RFC 959 définit 215 comme la réponse à SYST. Le premier mot de son texte doit être l’un des noms de système officiels du document Assigned Numbers, par exemple UNIX.
    .seen = Vous voyez 215 en réponse à SYST, que les clients envoient pour connaître le système d’exploitation du serveur et savoir ainsi à quoi s’attendre pour les sorties qui dépendent du système, comme celle de LIST.
    .fix = Il n’y a rien à corriger. Ne retenez que le premier mot comme nom du système et, si le serveur prend en charge MLSD et MLST (RFC 3659), préférez leur format strictement défini à l’analyse de la sortie de LIST.

code-220 = Service prêt
    .text = Service prêt pour un nouvel utilisateur
    .description = Dans la RFC 959, 220 a pour texte « Service prêt pour un nouvel utilisateur ». La RFC 959 définit 220 comme la réponse qu’envoie le serveur une fois la connexion de contrôle établie, quand il peut accepter des commandes ; c’est aussi la réponse positive à REIN et, selon la RFC 7151, à HOST.
    .seen = C’est la première ligne reçue quand votre client se connecte, souvent avec une bannière qui nomme le logiciel serveur. Vous la voyez aussi après un REIN qui réinitialise la session, après une réponse 120 quand le service retardé devient disponible, et après une commande HOST acceptée par le serveur.
    .fix = Il n’y a rien à corriger. Identifiez-vous ensuite : envoyez USER, puis PASS si le serveur répond 331.

code-221 = Fermeture de la connexion de contrôle
    .text = Fermeture de la connexion de contrôle par le service
    .description = Dans la RFC 959, 221 a pour texte « Fermeture de la connexion de contrôle par le service ». La RFC 959 définit 221 comme la réponse à QUIT : le serveur déconnecte l’utilisateur s’il y a lieu et ferme la connexion de contrôle.
    .seen = Vous voyez 221 en fin de session, après avoir envoyé QUIT. Si un transfert de fichier est encore en cours, la RFC 959 demande au serveur de garder la connexion ouverte pour la réponse qui conclut le transfert, puis de la fermer.
    .fix = Il n’y a rien à corriger : la session s’est terminée normalement. Pour vous identifier sous un autre nom d’utilisateur sans rouvrir de connexion, envoyez REIN plutôt que QUIT.

code-225 = Connexion de données ouverte
    .text = Connexion de données ouverte ; aucun transfert en cours
    .description = Dans la RFC 959, 225 a pour texte « Connexion de données ouverte ; aucun transfert en cours ». La RFC 959 classe 225 parmi les réponses liées aux connexions, et sa table des séquences commande-réponse la prévoit, avec 226, comme réponse de succès à ABOR.
    .seen = 225 est rare. La RFC 959 ne la prévoit que pour ABOR, où elle correspond à un abandon qui trouve la connexion de données ouverte mais aucun transfert en cours.
    .fix = Il n’y a rien à corriger : il n’y avait rien à interrompre, et le client peut envoyer sa commande suivante.

code-226 = Fermeture de la connexion de données
    .text = Fermeture de la connexion de données
    .description = Dans la RFC 959, 226 a pour texte « Fermeture de la connexion de données ». La RFC 959 définit 226 comme la réponse qui signale une action sur fichier réussie, par exemple un transfert terminé ou un abandon, une fois que le serveur a fermé la connexion de données. La RFC 3659 l’utilise aussi pour clore le listage envoyé par MLSD.
    .seen = 226 est la dernière réponse normale à RETR, STOR, STOU, APPE, LIST et NLST, une fois toutes les données passées par la connexion de données. Après ABOR, le serveur envoie 426 pour un transfert interrompu puis 226 pour confirmer l’abandon, ou 226 seul si le transfert était déjà terminé.
    .fix = Il n’y a rien à corriger : le transfert est terminé et le client peut envoyer la commande suivante. En mode flux, la connexion de données se ferme à la fin de chaque fichier : le transfert suivant en demande une nouvelle, à établir de nouveau avec PASV, EPSV, PORT ou EPRT.

code-227 = Passage en mode passif
    .text = Passage en mode passif (h1,h2,h3,h4,p1,p2)
    .description = Dans la RFC 959, 227 a pour texte « Passage en mode passif (h1,h2,h3,h4,p1,p2) ». La RFC 959 définit 227 comme la réponse à PASV : le serveur attend la connexion de données à l’adresse IPv4 h1.h2.h3.h4, sur le port p1 fois 256 plus p2. La RFC 1123 relève que ce format est mal normalisé : un client doit donc chercher dans la réponse le premier chiffre des nombres au lieu de compter sur les parenthèses.
    .seen = Vous voyez 227 après PASV, envoyé avant chaque transfert ou listage en mode passif. Dans ce mode, c’est le client qui ouvre la connexion de données, ce qui permet de traverser les pare-feu qui bloquent les connexions entrantes vers le client.
    .fix = Il n’y a rien à corriger : connectez-vous à l’adresse et au port indiqués, puis envoyez la commande de transfert. Si cette adresse est injoignable depuis le client, comme lorsque le serveur se trouve derrière un NAT, utilisez plutôt EPSV : sa réponse 229 ne donne qu’un port et reprend l’adresse de la connexion de contrôle.

code-228 = Passage en mode passif long
    .text = Passage en mode passif long (af, hal, h1, h2, h3,..., pal, p1, p2...)
    .description = Dans la RFC 1639, 228 a pour texte « Passage en mode passif long (af, hal, h1, h2, h3,..., pal, p1, p2...) ». La RFC 1639, une RFC expérimentale, définit 228 comme la réponse à LPSV : le serveur attend sur une adresse longue qui indique la famille d’adresses, la longueur et les octets de l’adresse de l’hôte, puis la longueur et les octets du port.
    .seen = Vous ne voyez 228 qu’après l’envoi de LPSV par votre client. La RFC 2428 souligne que le mécanisme de la RFC 1639 peut échouer quand plusieurs protocoles réseau coexistent, et définit EPSV pour le mode passif en IPv6 et sur d’autres protocoles réseau.
    .fix = Il n’y a rien à corriger : connectez-vous à l’adresse et au port donnés dans la réponse. Pour IPv6 ou derrière un NAT, préférez EPSV, défini par la RFC 2428, qui relève de la voie de normalisation alors que la RFC 1639 est expérimentale.

code-229 = Passage en mode passif étendu
    .text = Passage en mode passif étendu (|||6446|)
    .description = Dans la RFC 2428, 229 a pour texte d’exemple « Passage en mode passif étendu (|||6446|) ». La RFC 2428 définit 229 comme la réponse à EPSV : son texte doit se terminer par le port entre parenthèses, sous la forme (<d><d><d>port<d>), où <d> est le caractère délimiteur que la section 2 définit pour EPRT, n’importe quel caractère ASCII imprimable de 33 à 126, le caractère | étant recommandé. Les deux premiers champs restent vides, car la connexion de données utilise le même protocole réseau et la même adresse que la connexion de contrôle.
    .seen = Vous voyez 229 après EPSV, que la RFC 2428 impose pour tout transfert dont les connexions de contrôle et de données relient les deux mêmes machines, en IPv4 comme en IPv6.
    .fix = Il n’y a rien à corriger : connectez-vous au port indiqué, à l’adresse de la connexion de contrôle. Si le protocole réseau choisi par le serveur ne convient pas, envoyez ABOR puis EPSV suivi du numéro de protocole, 1 pour IPv4 ou 2 pour IPv6 ; un serveur qui ne le prend pas en charge répond 522.

code-230 = Utilisateur connecté
    .text = Utilisateur connecté, continuez
    .description = Dans la RFC 959, 230 a pour texte « Utilisateur connecté, continuez ». La RFC 959 définit 230 comme la réponse qui conclut l’identification : le serveur a accepté le nom d’utilisateur, ainsi que le mot de passe et le compte s’il en avait besoin.
    .seen = Vous voyez en général 230 après PASS. La RFC 959 l’autorise aussi juste après USER, quand aucun mot de passe n’est nécessaire, et après ACCT, quand le serveur a demandé un compte.
    .fix = Il n’y a rien à corriger : l’utilisateur est connecté et peut régler les paramètres de transfert ou commencer à transférer des fichiers.

code-232 = Autorisé par l’échange de sécurité
    .text = Utilisateur connecté, autorisé par l’échange de données de sécurité
    .description = Dans la RFC 2228, 232 a pour texte « Utilisateur connecté, autorisé par l’échange de données de sécurité ». La RFC 2228 définit 232 comme une réponse à USER : le serveur laisse l’utilisateur s’identifier sur la foi de l’identité établie par l’échange de sécurité, sans lui demander de mot de passe. Certaines listes de codes FTP donnent à 232 un texte sans rapport, à propos de déconnexion, qu’aucune RFC ne définit.
    .seen = Vous voyez 232 en réponse à USER, après AUTH et un échange de sécurité mené à bien. Avec TLS, la RFC 4217 montre un serveur qui envoie 232 au lieu de 331 quand le certificat client et le nom d’utilisateur suffisent à authentifier l’utilisateur.
    .fix = Il n’y a rien à corriger : l’identification est terminée et PASS est inutile. Si une demande de mot de passe était attendue, vérifiez ce que le serveur a accepté comme certificat client ou comme identité de sécurité.

code-234 = Échange de sécurité terminé
    .text = Échange de données de sécurité terminé
    .description = Dans la RFC 2228, 234 a pour texte « Échange de données de sécurité terminé ». La RFC 2228 définit 234 comme la réponse à AUTH quand le serveur accepte le mécanisme de sécurité demandé et n’a besoin d’aucune donnée de sécurité de la part du client. La RFC 4217 en fait la réponse à une commande AUTH TLS que le serveur accepte, après quoi la négociation TLS commence sur la connexion de contrôle.
    .seen = Vous voyez 234 juste après avoir envoyé AUTH TLS à un serveur qui prend en charge FTP sur TLS. La RFC 4217 précise que 334 serait incorrect ici, car TLS n’utilise pas d’échange ADAT.
    .fix = Il n’y a rien à corriger : le client lance aussitôt la négociation TLS. La RFC 4217 réinitialise l’identification et les paramètres de transfert après AUTH : envoyez donc USER et PASS après la négociation, puis PBSZ 0 et PROT pour protéger les connexions de données.

code-235 = Échange ADAT terminé
    .description = La RFC 2228 définit 235 comme la réponse à ADAT quand l’échange de données de sécurité s’est terminé avec succès. Cette réponse n’a pas de texte fixe : la RFC 2228 l’écrit [ADAT=base64data], où les crochets ne sont pas envoyés et indiquent seulement que le serveur peut ajouter des données de sécurité en base64 pour le client.
    .seen = Avec un mécanisme comme GSSAPI ou Kerberos version 4, vous voyez 235 à la fin de l’échange AUTH et ADAT, souvent après une ou plusieurs réponses 335. Ce code n’apparaît jamais avec TLS, qui n’utilise pas ADAT.
    .fix = Il n’y a rien à corriger : l’échange de sécurité est terminé. Traitez avec le mécanisme les éventuelles données ADAT de la réponse, puis continuez avec USER, et avec PBSZ et PROT pour protéger les transferts de données.

code-250 = Action sur le fichier réussie
    .text = Action demandée sur le fichier correcte, terminée
    .description = Dans la RFC 959, 250 a pour texte « Action demandée sur le fichier correcte, terminée ». La RFC 959 définit 250 comme la réponse de succès aux commandes du système de fichiers comme CWD, DELE, RMD et RNTO, et comme une réponse de fin possible pour un transfert quand le serveur laisse la connexion de données ouverte. La RFC 3659 l’utilise aussi pour MLST, dont les informations arrivent dans une réponse 250 multiligne sur la connexion de contrôle.
    .seen = Vous voyez 250 après un changement de répertoire avec CWD, la suppression d’un fichier avec DELE, celle d’un répertoire avec RMD ou la fin d’un renommage avec RNTO. Après un transfert, elle remplace 226 quand la connexion de données reste ouverte, ce que permettent les modes bloc et compressé.
    .fix = Il n’y a rien à corriger : l’action est terminée. Après STOU, lisez le nom unique du fichier dans la réponse 125 ou 150 qui précède, où la RFC 1123 l’a déplacé depuis la réponse 250 mentionnée par la RFC 959.

code-257 = Chemin créé
    .text = “CHEMIN” créé
    .description = Dans la RFC 959, 257 a pour texte « “CHEMIN” créé ». La RFC 959 définit 257 comme la réponse à MKD et à PWD, sous la forme 257 "nom-du-répertoire" commentaire, où chaque guillemet présent dans le nom est doublé. Après MKD, le nom doit être le chemin absolu du nouveau répertoire.
    .seen = Vous voyez 257 après PWD, qui donne le répertoire de travail courant, et après la création d’un répertoire par MKD.
    .fix = Il n’y a rien à corriger. Prenez le nom entre le guillemet ouvrant et le guillemet fermant qui lui correspond, ramenez chaque guillemet doublé à un seul, et utilisez ce nom chaque fois que vous désignez ensuite ce répertoire.
