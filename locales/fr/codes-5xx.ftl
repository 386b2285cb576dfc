## Codes de réponse 5yz : réponse négative définitive.

code-500 = Commande non reconnue
    .text = Erreur de syntaxe, commande non reconnue
    .description = Dans la RFC 959, 500 a pour texte « Erreur de syntaxe, commande non reconnue ». La RFC 959 prévoit 500 quand le serveur ne comprend pas la commande elle-même, et précise que cela peut couvrir une ligne de commande trop longue. Les RFC suivantes s’appuient sur cette même réponse : un serveur qui ne connaît pas AUTH doit répondre 500 (RFC 2228), et 500 ou 502 indique au client que FEAT n’est pas pris en charge (RFC 2389).
    .seen = Vous voyez 500 après une faute de frappe dans une commande, un nom de commande que le serveur ne connaît pas ou une ligne trop longue. C’est aussi la réponse habituelle d’un serveur ancien aux commandes d’extension qu’il n’implémente pas, comme AUTH, FEAT, EPSV, MLSD ou SIZE.
    .fix = Vérifiez l’orthographe de la commande et la longueur de la ligne envoyée par le client. S’il s’agit d’une extension, le serveur ne la prend pas en charge : envoyez FEAT pour voir les extensions qu’il annonce (RFC 2389), ou revenez à la commande de la RFC 959, par exemple PASV au lieu d’EPSV ou LIST au lieu de MLSD.

code-501 = Erreur de syntaxe dans les paramètres
    .text = Erreur de syntaxe dans les paramètres ou les arguments
    .description = Dans la RFC 959, 501 a pour texte « Erreur de syntaxe dans les paramètres ou les arguments ». La RFC 959 prévoit 501 pour une commande que le serveur reconnaît mais dont il ne peut pas accepter les arguments tels qu’ils sont écrits, et l’indique pour presque toutes les commandes. Les RFC d’extension l’emploient de la même façon, par exemple pour un FEAT envoyé avec un paramètre (RFC 2389), un EPRT ou un EPSV mal formé (RFC 2428) ou des données ADAT qui ne sont pas du base64 valide (RFC 2228).
    .seen = Vous voyez surtout 501 après une commande PORT ou EPRT dont l’adresse est mal formée, après une valeur de PBSZ que le serveur ne sait pas lire, ou après une commande accompagnée d’un argument qu’elle n’accepte pas, comme FEAT avec un paramètre. La RFC 3659 impose aussi 501 quand MLSD désigne un fichier et non un répertoire, et la RFC 7151 quand HOST contient un numéro de port.
    .fix = Comparez la commande envoyée par votre client avec la syntaxe définie par sa RFC, argument par argument : le serveur a compris le nom de la commande, le problème se trouve donc dans ce qui suit. Pour obtenir les informations sur un seul fichier, utilisez MLST au lieu de MLSD, qui ne liste que des répertoires.

code-502 = Commande non implémentée
    .text = Commande non implémentée
    .description = Dans la RFC 959, 502 a pour texte « Commande non implémentée ». La RFC 959 réserve 502 à une commande qui demande une action non propre au site et que le serveur n’implémente pas ; une commande sans objet sur ce système reçoit plutôt 202, et une commande implémentée mais appelée avec un paramètre qu’elle ne gère pas reçoit 504. La RFC 2228 emploie 502 quand un serveur reconnaît AUTH sans implémenter les extensions de sécurité, et la RFC 2389 admet 500 ou 502 de la part d’un serveur sans FEAT.
    .seen = Vous voyez 502 quand le serveur a laissé de côté une commande que la RFC 1123 n’impose pas, comme SMNT, REIN, REST ou ABOR, ou une extension comme FEAT, LANG ou AUTH. Un client qui teste la présence d’une extension doit comprendre 502, au même titre que 500, comme un simple non.
    .fix = La commande elle-même n’est pas en cause : le serveur ne la propose pas, et la répéter ne servira à rien. Atteignez le même but autrement, par exemple par un transfert complet au lieu d’une reprise avec REST, ou demandez à l’administrateur si la fonction peut être activée. La RFC 1123 impose à tout serveur des commandes comme PASV, LIST, DELE, MKD et STAT, sauf si son système ne le permet pas ; un 502 à l’une d’elles signale donc un serveur qui s’écarte de la RFC 1123 ou une limite de son système.

code-503 = Mauvaise séquence
    .text = Mauvaise séquence de commandes
    .description = Dans la RFC 959, 503 a pour texte « Mauvaise séquence de commandes ». Le serveur a compris la commande, mais elle n’est pas valable à ce stade de la session. La RFC 959 prévoit 503 pour PASS, ACCT et RNTO. La section 3 de la RFC 2228 l’ajoute pour un ADAT envoyé avant qu’un AUTH soit accepté, ou après un échange de sécurité terminé qu’aucune nouvelle commande AUTH n’a réinitialisé ; pour PBSZ, MIC, CONF et ENC envoyés avant la fin d’un échange de données de sécurité ; pour un PROT envoyé avant PBSZ ; et pour MIC, CONF et ENC sur un serveur dont la politique exige d’abord CCC. La RFC 3659 le compte parmi les réponses possibles à MLST et MLSD.
    .seen = Le serveur répond 503 quand PASS arrive sans USER préalable, quand ACCT est envoyé avant le début de l’identification, ou quand RNTO ne suit pas directement RNFR. Avec des extensions de sécurité comme TLS, il répond aussi 503 quand PBSZ ou PROT arrive avant qu’AUTH ait réussi, ou PROT avant PBSZ. Un serveur qui prend en charge la RFC 7151 répond aussi 503 à une commande HOST envoyée après l’identification.
    .fix = Envoyez les commandes dans l’ordre qu’exige le protocole : USER avant PASS, RNFR juste avant RNTO, AUTH avant PBSZ, et PBSZ avant PROT. Vérifiez que votre client garde cet ordre après une reconnexion, et consultez le journal du serveur pour voir quelle commande est arrivée en premier.

code-504 = Paramètre non implémenté
    .text = Commande non implémentée pour ce paramètre
    .description = Dans la RFC 959, 504 a pour texte « Commande non implémentée pour ce paramètre ». La RFC 959 présente 504 comme une précision de 502 : le serveur implémente la commande, mais pas le paramètre demandé ; elle l’indique pour MODE, TYPE, STRU et ALLO. Des RFC plus récentes le reprennent pour un mécanisme AUTH ou un niveau PROT inconnu (RFC 2228), une étiquette de langue que LANG n’implémente pas (RFC 2640) et un hôte virtuel que la commande HOST ne connaît pas ou refuse de servir (RFC 7151).
    .seen = Vous voyez 504 après avoir demandé un mode, un type ou une structure de transfert que le serveur ne gère pas, comme MODE B ou STRU P, ou après un AUTH qui nomme un mécanisme inconnu du serveur. La RFC 2577 suggère 504 pour une commande PORT qui vise un port TCP inférieur à 1024, afin de bloquer les attaques par rebond, et la RFC 2228 permet à un serveur de répondre 504 au lieu de 534 s’il ne veut pas révéler qu’il prend en charge le mécanisme qu’il refuse.
    .fix = Revenez aux valeurs que la RFC 959 et la RFC 1123 imposent à tout serveur : MODE S, STRU F, et TYPE A ou TYPE I. Pour AUTH, choisissez un mécanisme que le serveur prend en charge, comme TLS (RFC 4217) ; pour un PORT refusé, faites écouter le client sur un port supérieur à 1023 ou passez en mode passif.

code-521 = Connexion de données impossible à ouvrir

code-521-rfc1639 = Famille d’adresses non prise en charge
    .text = Les familles d’adresses prises en charge sont (af1, af2, ..., afn)
    .description = La RFC 1639, une extension expérimentale pour les adresses réseau longues, ajoute 521 pour un serveur qui accepte LPRT ou LPSV mais pas la famille d’adresses demandée. Le texte qu’elle suggère annonce les familles d’adresses prises en charge sous la forme (af1, af2, ..., afn), la liste donnant les numéros des familles que le serveur accepte. Les erreurs de syntaxe dans ces commandes reçoivent 500 ou 501, comme pour PORT et PASV.
    .seen = Vous ne rencontrez ce sens qu’avec des clients et des serveurs qui utilisent les commandes LPRT et LPSV de la RFC 1639, lorsque le client demande une connexion de données dans une famille d’adresses que le serveur ne sait pas traiter.
    .fix = Lisez la liste des familles dans la réponse et renvoyez LPRT avec l’une d’elles. La RFC 1639 numérote les familles d’après la version d’IP (4 pour IP), ces valeurs diffèrent donc de celles d’EPRT ; pour IPv4 et IPv6, les commandes EPRT et EPSV de la RFC 2428 sont le choix normal.

code-521-rfc4217 = Réglage PROT inadapté
    .text = la connexion de données ne peut pas être ouverte avec ce réglage PROT
    .description = La RFC 4217, qui sécurise FTP avec TLS, reprend 521 pour un transfert refusé à cause du niveau de protection des données fixé par PROT. Son texte indique que la connexion de données ne peut pas être ouverte avec ce réglage PROT, et le serveur l’envoie à STOR, RETR, NLST, LIST, STOU ou APPE avant toute réponse 1xx, si bien qu’aucune connexion de données n’est ouverte.
    .seen = Vous voyez ce 521 sur un serveur FTPS qui contrôle le niveau de protection de chaque transfert, lorsque le niveau en vigueur n’est pas celui qu’il exige, en général le niveau C (en clair) alors qu’il impose le niveau P (privé). La RFC 4217 fait du niveau C le niveau initial : un client qui n’envoie jamais PROT P reçoit donc cette réponse d’un tel serveur dès son premier listage ou transfert.
    .fix = Après AUTH TLS, envoyez PBSZ 0 puis PROT P, et relancez la commande : la RFC 4217 exige PBSZ avant PROT et n’utilise que les niveaux C et P. Si le client utilise déjà PROT P, demandez à l’administrateur quel niveau chaque transfert exige, car le serveur peut en décider transfert par transfert.

code-522 = Échec du port étendu

code-522-rfc2428 = Protocole réseau non pris en charge
    .text = Protocole réseau non pris en charge, utilisez (1,2)
    .description = La RFC 2428 définit 522 comme un échec de port étendu dû à un protocole réseau inconnu : le serveur ne prend pas en charge le protocole réseau indiqué dans EPRT, ou dans EPSV avec argument. Le texte doit dire que ce protocole n’est pas pris en charge et se terminer par les numéros des familles d’adresses acceptées, entre parenthèses, par exemple (1,2), où 1 désigne IPv4 et 2 IPv6.
    .seen = Vous voyez ce 522 quand votre client envoie EPRT avec une famille d’adresses que le serveur ne gère pas, par exemple une adresse IPv6 à un serveur qui ne connaît qu’IPv4, ou qu’il demande un tel protocole avec EPSV 2 ou EPSV 1.
    .fix = Lisez les numéros de famille entre parenthèses et réessayez avec l’un d’eux, par exemple EPRT avec une adresse IPv4. Un simple EPSV sans argument évite la question, puisque le serveur utilise alors le protocole de la connexion de contrôle.

code-522-rfc4217 = Échec de la négociation TLS
    .description = La RFC 4217 reprend 522 pour un échec de TLS sur la connexion de données : après sa réponse 150, le serveur ferme le port de données et envoie 522 si la négociation TLS a échoué ou ne lui convient pas. Sa section 11.4 permet aussi au serveur de répondre 522 à une commande de transfert lorsque le niveau de protection des données en vigueur ne suffit pas pour ce transfert. La RFC 4217 ne fixe aucun texte pour cette réponse.
    .seen = Vous voyez ce 522 lors de transferts ou de listages FTPS, quand la négociation TLS sur la connexion de données échoue, par exemple parce que le serveur juge inacceptable la suite de chiffrement négociée. La RFC 4217 permet aussi à un serveur d’exiger que la connexion de données reprenne une session TLS en cache, celle d’une connexion de données précédente ou d’une connexion de contrôle repassée en clair par CCC, et de refuser un client qui en ouvre une nouvelle.
    .fix = Vérifiez les réglages TLS que votre client applique aux connexions de données : activez la reprise de session TLS pour elles, proposez des suites de chiffrement que le serveur accepte, et lisez le texte du 522, qui devrait indiquer la raison du refus. Si le 522 arrive directement en réponse à la commande, fixez la protection exigée par le serveur avec PBSZ 0 et PROT P, puis réessayez.

code-530 = Utilisateur non connecté
    .text = Non connecté
    .description = Dans la RFC 959, 530 a pour texte « Non connecté ». La RFC 959 emploie 530 pour refuser l’identification, en réponse à USER, PASS ou ACCT, et pour refuser presque toute autre commande envoyée avant que l’utilisateur soit identifié. La RFC 2228 l’ajoute pour PBSZ et PROT, et la RFC 3659 pour MLST et MLSD.
    .seen = Le plus souvent, vous voyez 530 après PASS, parce que le nom d’utilisateur ou le mot de passe est faux, ou que le compte n’a pas le droit de se connecter. Il arrive aussi après une commande comme CWD, LIST ou RETR envoyée avant une identification réussie. La RFC 2577 conseille aux serveurs de répondre 331 à tout USER et de refuser ensuite le couple nom et mot de passe, si bien qu’un 530 après PASS n’indique pas lequel des deux était faux.
    .fix = Vérifiez le nom d’utilisateur, le mot de passe et l’éventuel compte exigé par le serveur, puis identifiez-vous avec USER et PASS avant toute autre commande. La RFC 4217 permet à un serveur de refuser des commandes tant que la session n’est pas protégée : si le serveur exige FTPS, envoyez AUTH TLS avant USER. Évitez les tentatives répétées, car la RFC 2577 conseille aux serveurs de couper la connexion avec un 421 après 3 à 5 mots de passe erronés.

code-532 = Compte requis pour stocker
    .text = Compte requis pour stocker des fichiers
    .description = Dans la RFC 959, 532 a pour texte « Compte requis pour stocker des fichiers ». La RFC 959 prévoit 532 pour STOR, STOU, APPE et RNTO sur les serveurs qui demandent des informations de compte avec ACCT pour certaines opérations plutôt qu’à l’identification. Elle explique le choix entre 332 et 532 : le serveur répond 332 quand il garde la commande en attente de l’ACCT, et 532 quand il l’abandonne.
    .seen = Vous voyez 532 après vous être identifié sans compte, quand vous déposez, complétez ou renommez un fichier sur un serveur qui exige des informations de compte avant de stocker des fichiers.
    .fix = Envoyez ACCT avec vos informations de compte, puis relancez la commande, car après un 532 le serveur l’a abandonnée. Demandez à l’administrateur la chaîne de compte si vous ne l’avez pas.

code-533 = Niveau de protection refusé
    .text = Niveau de protection de commande refusé pour des raisons de politique
    .description = Dans la RFC 2228, 533 a pour texte « Niveau de protection de commande refusé pour des raisons de politique ». La RFC 2228 définit 533 pour une commande dont la politique du serveur n’accepte pas la protection : une commande MIC, CONF ou ENC qu’il refuse, comme CONF avant CCC, un CCC qui n’était pas lui-même protégé en intégrité, ou toute commande non protégée quand le serveur exige que toutes le soient. La RFC 4217 l’emploie quand CCC arrive sur une connexion de contrôle que TLS ne protège pas.
    .seen = Avec TLS, vous voyez 533 quand votre client envoie CCC avant qu’AUTH TLS ait protégé la connexion de contrôle. Avec les autres mécanismes de la RFC 2228, il apparaît quand une commande est envoyée en clair, ou avec une protection que la politique du serveur rejette.
    .fix = Protégez d’abord la connexion de contrôle : envoyez AUTH TLS et terminez la négociation avant CCC. Avec les autres mécanismes, envoyez la commande avec la protection qu’exige le serveur, par exemple ENC plutôt que MIC quand la politique impose la confidentialité.

code-534 = Refusé par la politique du serveur
    .text = Demande refusée pour des raisons de politique
    .description = Dans la RFC 2228, 534 a pour texte « Demande refusée pour des raisons de politique ». La RFC 2228 définit 534 pour une demande que le serveur pourrait traiter mais qu’il ne veut pas accepter : un mécanisme de sécurité nommé dans AUTH, un niveau de protection dans PROT, ou un CCC qui désactiverait la protection en intégrité. Il couvre aussi STOR, STOU, RETR, LIST, NLST et APPE quand le niveau de protection en vigueur est inférieur à ce que le serveur exige pour ce transfert.
    .seen = Avec FTPS, vous voyez 534 après AUTH TLS quand le serveur n’accepte pas TLS de la part de votre client, après un niveau PROT que le serveur refuse, ou après CCC sur un serveur qui garde la connexion de contrôle chiffrée (RFC 4217). Selon la RFC 2228, une commande de transfert reçoit 534 quand ses données circuleraient avec moins de protection que le serveur n’en exige.
    .fix = Le refus est délibéré, et répéter la même demande ne servira à rien : choisissez ce que la politique du serveur autorise, comme un autre niveau avec PROT, ou gardez la connexion de contrôle protégée au lieu d’envoyer CCC. Pour un transfert refusé, relevez le niveau de protection, par exemple avec PROT P, puis réessayez, et demandez à l’administrateur quels niveaux sa politique exige.

code-535 = Échec du contrôle de sécurité
    .text = Échec du contrôle de sécurité (hachage, séquence, etc.)
    .description = Dans la RFC 2228, 535 a pour texte « Échec du contrôle de sécurité (hachage, séquence, etc.) ». La RFC 2228 définit 535 pour des données protégées qui ne passent pas la vérification : des données de sécurité ADAT que le serveur rejette, par exemple parce qu’une somme de contrôle est fausse, ou une commande MIC, CONF ou ENC dont la vérification échoue. Le serveur l’envoie aussi à STOR, STOU, RETR, LIST, NLST ou APPE quand la protection des données échoue pendant le transfert, y compris pour un bloc plus grand que la taille de tampon négociée avec PBSZ.
    .seen = Vous voyez 535 avec les mécanismes de la RFC 2228 comme GSS-API ou Kerberos, pendant l’échange ADAT ou quand une commande ou un bloc de données protégé est abîmé, rejoué ou hors séquence. La RFC 4217 ne l’utilise pas pour TLS.
    .fix = Après un ADAT refusé, l’échange de sécurité a échoué et la RFC 2228 impose au client de réinitialiser son état de sécurité : recommencez donc par AUTH. Pour un transfert en échec, vérifiez la taille de tampon fixée par le client avec PBSZ et réessayez ; des échecs répétés révèlent un désaccord entre les deux implémentations de sécurité ou des données modifiées en chemin.

code-536 = Niveau PROT non pris en charge
    .text = Niveau PROT demandé non pris en charge par le mécanisme
    .description = Dans la RFC 2228, 536 a pour texte « Niveau PROT demandé non pris en charge par le mécanisme ». La RFC 2228 définit 536 comme la réponse à PROT quand le serveur connaît le niveau demandé mais que le mécanisme de sécurité en place ne peut pas l’assurer ; un niveau inconnu du serveur reçoit plutôt 504. Les niveaux sont C (en clair), S (sûr, c’est-à-dire protégé en intégrité), E (confidentiel) et P (privé, c’est-à-dire protégé en intégrité et en confidentialité).
    .seen = Vous voyez 536 après un niveau PROT que le mécanisme négocié n’offre pas, par exemple PROT S ou PROT E sur une session TLS : la RFC 4217 n’utilise que C et P, car TLS assure à la fois l’intégrité et la confidentialité.
    .fix = Choisissez un niveau que le mécanisme prend en charge : avec TLS, PROT P pour des connexions de données protégées ou PROT C pour des connexions en clair.

code-537 = Protection de commande non prise en charge
    .text = Niveau de protection de commande non pris en charge par le mécanisme de sécurité
    .description = Dans la RFC 2228, 537 a pour texte « Niveau de protection de commande non pris en charge par le mécanisme de sécurité ». La RFC 2228 définit 537 comme la réponse à MIC, CONF ou ENC quand le mécanisme de sécurité en place ne peut pas assurer ce type de protection pour les commandes. Il se distingue de 533, où le mécanisme pourrait assurer la protection mais la politique du serveur la refuse.
    .seen = Vous voyez 537 avec les mécanismes de la RFC 2228 quand un client envoie, par exemple, CONF ou ENC alors que le mécanisme négocié n’offre que la protection en intégrité. Les sessions TLS de la RFC 4217 n’utilisent ni MIC, ni CONF, ni ENC : les clients FTPS ne le rencontrent donc normalement pas.
    .fix = Utilisez une commande de protection que le mécanisme négocié prend en charge, comme MIC, ou lancez un nouvel échange de sécurité avec AUTH pour un mécanisme qui offre la protection voulue.

code-550 = Fichier indisponible
    .text = Action demandée non effectuée. Fichier indisponible (par exemple, fichier introuvable, accès refusé)
    .description = Dans la RFC 959, 550 a pour texte « Action demandée non effectuée. Fichier indisponible (par exemple, fichier introuvable, accès refusé) ». La RFC 959 emploie 550 quand une action sur un fichier ou un répertoire, comme RETR, DELE, CWD, MKD ou RNFR, échoue de façon définitive, et la RFC 3659 l’utilise quand MDTM, SIZE, MLST ou MLSD ne peuvent pas donner d’informations sur le nom fourni. Son équivalent temporaire est 450.
    .seen = Vous voyez 550 quand le chemin est faux ou que le fichier n’existe pas, ou quand le compte n’a pas le droit de lire, supprimer ou créer l’objet, ou d’entrer dans le répertoire. La RFC 3659 admet aussi 550 en réponse à SIZE quand la taille n’est pas disponible, par exemple parce que la calculer coûte trop cher au serveur, et précise qu’un tel 550 ne doit pas être pris comme le signe que le fichier ne peut pas être transféré.
    .fix = Vérifiez le chemin exact, majuscules et minuscules comprises, avec PWD et un listage du répertoire, ainsi que les droits du compte sur le serveur. Si SIZE ou MDTM échoue avec 550 alors que le fichier apparaît dans le listage, lancez le transfert sans cette information.

code-551 = Type de page inconnu
    .text = Action demandée interrompue : type de page inconnu
    .description = Dans la RFC 959, 551 a pour texte « Action demandée interrompue : type de page inconnu ». La RFC 959 définit 551 pour STOR, STOU et APPE quand un fichier envoyé en structure de pages (STRU P) porte un type de page que le serveur ne connaît pas ; les types définis sont la dernière page, la page simple, la page descripteur et la page à accès contrôlé. La section 4.2.1 de la RFC 959 imprime le même texte avec un point au lieu des deux-points.
    .seen = Vous avez peu de chances de rencontrer 551, car il ne concerne que les dépôts en structure de pages, dont la RFC 1123 déconseille l’implémentation. Il arrive comme réponse finale du dépôt, après la réponse préliminaire 125 ou 150.
    .fix = Envoyez le fichier en structure de fichier (STRU F), la valeur par défaut, sauf si les deux côtés ont vraiment besoin de la structure de pages. Dans ce cas, n’utilisez que les types de page définis par la RFC 959.

code-552 = Espace alloué dépassé
    .text = Action demandée sur le fichier interrompue. Dépassement de l’espace de stockage alloué (pour le répertoire courant ou le jeu de données)
    .description = Dans la RFC 959, 552 a pour texte « Action demandée sur le fichier interrompue. Dépassement de l’espace de stockage alloué (pour le répertoire courant ou le jeu de données) ». La RFC 959 prévoit 552 pour STOR, STOU et APPE, comme réponse finale une fois le transfert commencé. Contrairement à 452, un manque d’espace temporaire sur le système, 552 signale que l’espace accordé à ce répertoire ou à ce jeu de données est épuisé.
    .seen = Vous voyez 552 pendant ou à la fin d’un dépôt, quand le fichier dépasserait l’espace attribué à votre compte ou au répertoire de destination.
    .fix = Libérez de la place dans votre espace en supprimant les fichiers devenus inutiles, ou demandez à l’administrateur de l’agrandir, puis relancez le dépôt. Sur les serveurs qui en ont besoin, la commande ALLO permet au client de réserver de l’espace pour un fichier avant de l’envoyer.

code-553 = Nom de fichier non autorisé
    .text = Action demandée non effectuée. Nom de fichier non autorisé
    .description = Dans la RFC 959, 553 a pour texte « Action demandée non effectuée. Nom de fichier non autorisé ». La RFC 959 prévoit 553 pour STOR, STOU, APPE et RNTO, quand le serveur refuse le nom donné au fichier à créer ou à renommer. La RFC 3659 le cite aussi parmi les réponses possibles à MLST et MLSD.
    .seen = Vous voyez 553 quand un dépôt ou un renommage utilise un nom que le serveur rejette, par exemple à cause de caractères ou d’une longueur que son système de fichiers n’accepte pas, ou d’un emplacement où le compte n’a pas le droit de créer de fichiers.
    .fix = Choisissez un nom plus court, fait de lettres sans accents, de chiffres, de points, de tirets et de tirets bas, et vérifiez que le répertoire de destination existe et que votre compte peut y écrire. Si le nom importe peu, STOU laisse le serveur en choisir un unique pour le dépôt.

code-554 = Paramètre REST invalide
    .text = Action demandée non effectuée : paramètre REST invalide
    .description = Dans la RFC 1123, 554 a pour texte « Action demandée non effectuée : paramètre REST invalide ». La RFC 1123 définit 554 pour une commande de transfert qui suit REST, lorsque le fichier existant sur le serveur ne peut pas être repositionné comme REST le demandait. La RFC 3659 confirme que les problèmes comme un marqueur de reprise hors limites sont signalés sur cette commande suivante, et non sur REST.
    .seen = Vous voyez 554 lors d’une reprise de transfert : REST reçoit 350, puis RETR, STOR ou APPE échoue avec 554 parce que la position dépasse la fin du fichier ou ne correspond pas, d’une autre manière, au fichier présent sur le serveur.
    .fix = Comparez la position de reprise avec la taille réelle du fichier des deux côtés, par exemple avec SIZE, puis reprenez depuis une position valable, ou envoyez REST 0 pour transférer à nouveau tout le fichier. La RFC 3659 demande au client dont la commande de transfert a échoué après REST de renvoyer REST avant le transfert suivant.

code-555 = Représentation incompatible
    .text = Action demandée non effectuée : incompatibilité de TYPE ou de STRU
    .description = Dans la RFC 1123, 555 a pour texte « Action demandée non effectuée : incompatibilité de TYPE ou de STRU ». La RFC 1123 définit 555 pour APPE, ou pour toute commande de transfert qui suit REST, lorsque les paramètres de transfert en vigueur, fixés par TYPE et STRU, ne correspondent pas aux attributs du fichier existant.
    .seen = Vous voyez 555 en ajoutant des données à un fichier ou en reprenant son transfert sur un système où les fichiers conservent un type ou une structure, comme les fichiers structurés en enregistrements, alors que la session utilise d’autres valeurs de TYPE ou de STRU.
    .fix = Réglez TYPE et STRU sur les valeurs utilisées lors du premier dépôt du fichier, puis renvoyez REST et la commande de transfert. Si vous ne les connaissez pas, transférez à nouveau tout le fichier sans REST.
