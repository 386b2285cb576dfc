# French strings of the labelled test set, each labelled in its comment:
# clean, placeable, short, code (no finding expected); english, mixed (a finding expected).

# label: clean
lab-001 = Le serveur est prêt pour un nouvel utilisateur.

# label: clean
lab-002 = La commande a été acceptée et exécutée.

# label: clean
lab-003 = Le serveur ferme la connexion de contrôle.

# label: clean
lab-004 = Connectez-vous de nouveau avec un nom d’utilisateur et un mot de passe valables.

# label: clean
lab-005 = Le fichier n’est pas disponible pour le moment.

# label: clean
lab-006 = Vérifiez les règles du pare-feu entre le client et le serveur.

# label: clean
lab-007 = Le transfert s’est arrêté avant que toutes les données arrivent.

# label: clean
lab-008 = Le mode passif demande au serveur d’ouvrir un port et d’attendre.

# label: clean
lab-009 = Demandez à votre hébergeur quels ports sont ouverts.

# label: clean
lab-010 = Le répertoire a été créé.

# label: clean
lab-011 = Le nom du fichier n’est pas autorisé sur ce serveur.

# label: clean
lab-012 = Votre session est restée inactive trop longtemps.

# label: clean
lab-013 = Reconnectez-vous et reprenez le transfert là où il s’est arrêté.

# label: clean
lab-014 = L’espace de stockage du serveur est plein.

# label: clean
lab-015 = Supprimez d’anciens fichiers ou demandez un quota plus grand.

# label: clean
lab-016 = Le serveur ne comprend pas cette commande.

# label: clean
lab-017 = Mettez votre client à jour vers une version récente.

# label: clean
lab-018 = La connexion de données n’a pas pu être ouverte.

# label: clean
lab-019 = Une connexion sécurisée est exigée avant l’identification.

# label: clean
lab-020 = Activez le chiffrement dans les réglages de votre client.

# label: clean
lab-021 = Le serveur demande un compte pour enregistrer des fichiers.

# label: clean
lab-022 = Cette réponse n’est qu’informative : rien ne va mal.

# label: clean
lab-023 = Attendez quelques minutes, puis réessayez.

# label: clean
lab-024 = L’action demandée a été interrompue par une erreur locale.

# label: clean
lab-025 = Ce nom de fichier est déjà pris.

# label: clean
lab-026 = Renommez le fichier avant de l’envoyer.

# label: clean
lab-027 = Le serveur refuse les connexions anonymes.

# label: clean
lab-028 = La page liste tous les codes de réponse définis par les normes.

# label: clean
lab-029 = Chaque code a trois chiffres ; le premier donne la classe.

# label: clean
lab-030 = Une réponse préliminaire positive annonce d’autres réponses.

# label: clean
lab-031 = Le type de transfert est passé en binaire.

# label: clean
lab-032 = Le mode texte peut modifier les fins de ligne.

# label: clean
lab-033 = Utilisez le mode binaire pour les images et les archives.

# label: clean
lab-034 = Le serveur s’arrête pour maintenance.

# label: clean
lab-035 = Votre mot de passe a expiré ; choisissez-en un nouveau.

# label: clean
lab-036 = La connexion a été réinitialisée par l’autre côté.

# label: clean
lab-037 = Un équipement réseau intermédiaire l’a peut-être coupée.

# label: clean
lab-038 = Consultez le journal du serveur pour trouver la cause.

# label: clean
lab-039 = Le délai d’attente du serveur est plus court que le transfert.

# label: clean
lab-040 = Découpez les gros fichiers en parties plus petites.

# label: clean
lab-041 = La somme de contrôle du fichier téléchargé ne correspond pas.

# label: clean
lab-042 = Téléchargez de nouveau le fichier sur un réseau stable.

# label: clean
lab-043 = Vous n’avez pas l’autorisation de lire ce dossier.

# label: clean
lab-044 = Demandez à l’administrateur de vous accorder l’accès.

# label: clean
lab-045 = Le serveur prend en charge les extensions énumérées ci-dessous.

# label: clean
lab-046 = Principales différences entre les deux codes

# label: clean
lab-047 = Quand utiliser l’un ou l’autre

# label: clean
lab-048 = Comment y remédier

# label: clean
lab-049 = Quand le rencontre-t-on

# label: clean
lab-050 = En savoir plus dans les normes

# label: clean
lab-051 = Numéros qui ne sont pas des réponses FTP

# label: clean
lab-052 = Ce numéro vient de la bibliothèque de sockets de Windows, pas du serveur.

# label: clean
lab-053 = L’hôte distant a fermé de force une connexion existante.

# label: clean
lab-054 = La tentative de connexion a expiré.

# label: clean
lab-055 = Assurez-vous que le nom d’hôte est correctement écrit.

# label: clean
lab-056 = Le serveur vous demande ensuite votre mot de passe.

# label: clean
lab-057 = Vous êtes maintenant connecté.

# label: clean
lab-058 = La déconnexion termine proprement la session.

# label: clean
lab-059 = Le marqueur de reprise indique où reprendre.

# label: clean
lab-060 = Tous les serveurs ne permettent pas de reprendre les transferts.

# label: clean
lab-061 = Les réglages ont été enregistrés.

# label: clean
lab-062 = Ouvrez la documentation dans une nouvelle fenêtre.

# label: clean
lab-063 = Rechercher dans la liste des codes

# label: clean
lab-064 = Aucun résultat ne correspond à votre recherche.

# label: clean
lab-065 = La traduction de cette page est en cours de relecture.

# label: clean
lab-066 = Signaler une erreur sur cette page.

# label: clean
lab-067 = Merci de votre aide.

# label: clean
lab-068 = Cette page a été mise à jour le mois dernier.

# label: clean
lab-069 = Vous recevez cette réponse quand vous sautez une étape de l’identification.

# label: clean
lab-070 = Le serveur envoie cette réponse dès que la connexion s’ouvre.

# label: clean
lab-071 = Vérifiez que votre client envoie les commandes dans le bon ordre.

# label: clean
lab-072 = Les pare-feu bloquent souvent les ports utilisés en mode actif.

# label: clean
lab-073 = Si vous vous déconnectez, reconnectez-vous plus tard.

# label: placeable
lab-074 = La réponse { $code } signifie que le service est prêt.

# label: placeable
lab-075 = { $code } et { $other } sont souvent confondus.

# label: placeable
lab-076 = { $count } fichiers ont été transférés.

# label: placeable
lab-077 = Comparer { $first } et { $second }

# label: placeable
lab-078 = Défini dans la RFC { $rfc }, section { $section }.

# label: placeable
lab-079 = Commandes pouvant renvoyer { $code }

# label: placeable
lab-080 = { -brand } vérifie chaque texte avant sa publication.

# label: placeable
lab-081 = Ouvrez { $path } pour voir les détails.

# label: placeable
lab-082 = Le serveur { $host } n’a pas répondu.

# label: placeable
lab-083 = Connecté à { $host } sur le port { $port }.

# label: placeable
lab-084 = { $user } est connecté.

# label: placeable
lab-085 = Dernière vérification le { $date }.

# label: placeable
lab-086 = { $name } a demandé une conversation chiffrée.

# label: placeable
lab-087 = Réponse { $code } : { $text }

# label: placeable
lab-088 = La classe { $class } regroupe les codes qui commencent par { $digit }.

# label: placeable
lab-089 = { $done } octets envoyés sur { $total }.

# label: placeable
lab-090 = Voir aussi { $code }

# label: placeable
lab-091 = Lisez <a href="{ $url }">la norme complète</a>.

# label: placeable
lab-092 = Le code { $code } est un échec <strong>permanent</strong>.

# label: placeable
lab-093 = { $count } langues sont vérifiées.

# label: short
lab-094 = Oui

# label: short
lab-095 = Non

# label: short
lab-096 = Annuler

# label: short
lab-097 = Fermer

# label: short
lab-098 = Rechercher

# label: short
lab-099 = Réglages

# label: short
lab-100 = Suivant

# label: short
lab-101 = Précédent

# label: short
lab-102 = Télécharger

# label: short
lab-103 = Envoyer

# label: short
lab-104 = Service prêt

# label: short
lab-105 = Mauvaise séquence

# label: short
lab-106 = Non connecté

# label: short
lab-107 = Fichier indisponible

# label: short
lab-108 = Aide

# label: short
lab-109 = Retour à la liste

# label: short
lab-110 = Codes associés

# label: code
# ftpdocs: same-as-source
lab-111 = PASV

# label: code
# ftpdocs: same-as-source
lab-112 = USER, PASS, ACCT

# label: code
# ftpdocs: same-as-source
lab-113 = EPSV

# label: code
# ftpdocs: same-as-source
lab-114 = RFC 959

# label: code
# ftpdocs: same-as-source
lab-115 = WSAECONNRESET (10054)

# label: code
lab-116 = Envoyez USER, puis PASS.

# label: code
lab-117 = Utilisez PASV ou EPSV derrière un pare-feu.

# label: code
lab-118 = RNFR doit précéder immédiatement RNTO.

# label: code
lab-119 = AUTH TLS, puis PBSZ 0, puis PROT P.

# label: code
# ftpdocs: same-as-source
lab-120 = Description

# label: code
# ftpdocs: same-as-source
lab-121 = Message

# label: code
# ftpdocs: same-as-source
lab-122 = Version

# label: code
lab-123 = Transfert

# label: english
lab-124 = The server is ready for a new user.

# label: english
lab-125 = Check the firewall rules between the client and the server.

# label: english
lab-126 = Log in again with a valid user name and password.

# label: english
lab-127 = Key differences

# label: english
lab-128 = How to fix it

# label: english
lab-129 = The data connection could not be opened.

# label: english
lab-130 = Reply { $code } means the service is ready.

# label: english
lab-131 = Cancel

# label: english
lab-132 = Wait a few minutes, then try again.

# label: english
lab-133 = The storage space on the server is full.

# label: english
lab-134 = Please ask your hosting provider about the open ports.

# label: english
lab-135 = The transfer stopped before all of the data had arrived.

# label: english
lab-136 = You should update the client to the latest version.

# label: english
lab-137 = This session was idle for a long time and has been closed.

# label: english
lab-138 = In passive mode the server opens a port and waits for the client.

# label: mixed
lab-139 = Le serveur est prêt. Log in with your user name and password.

# label: mixed
lab-140 = Mauvaise séquence de commandes. The server understood the command but it is not valid now.

# label: mixed
lab-141 = Vous la voyez après RNFR. You encounter 503 when you skip the RNFR step.

# label: mixed
lab-142 = Vérifiez le pare-feu. Then switch your client to passive mode and retry.

# label: mixed
lab-143 = Le fichier n’est pas disponible. It may be locked by another process right now.

# label: mixed
lab-144 = Reconnectez-vous plus tard. The server is down for scheduled maintenance tonight.

# label: mixed
lab-145 = Votre quota est plein. Delete some old files to free up space.

# label: mixed
lab-146 = Le chiffrement est exigé. Turn on encryption in the settings of your client.

# label: mixed
lab-147 = The connection was reset by the remote host. Réessayez.

# label: mixed
lab-148 = Le serveur refuse les connexions anonymes. You need a real account to log in.

# label: mixed
lab-149 = La réponse { $code } est définitive. Do not retry the same command again.

# label: mixed
lab-150 = { $code } signifie que le service est prêt. Then log in with your user name.

# label: mixed
lab-151 = Le transfert a échoué. Check your network connection and resume the transfer.

# label: mixed
lab-152 = Le répertoire a été créé. You can now upload your files into it.

# label: mixed
lab-153 = La somme de contrôle ne correspond pas. Please download the file again from the server.

# label: mixed
lab-154 = Demandez l’accès à l’administrateur. The administrator can change the permissions of the folder.

# label: mixed
lab-155 = Le mode binaire garde les fichiers intacts. Text mode may change the line endings of your files.

# label: mixed
lab-156 = Le serveur envoie cette réponse. This is the first line your client receives after connecting.

# label: mixed
lab-157 = Ce nom est déjà pris. Rename the file before you upload it again.

# label: mixed
lab-158 = Non connecté. You must log in before you can list the files.

# label: mixed
lab-159 = Délai dépassé. The server closed the session because it was idle.

# label: mixed
lab-160 = Mode passif. In passive mode the server opens a port for the data.

# label: mixed
lab-161 = Le marqueur de reprise indique où reprendre. Not every server supports resuming a transfer.

# label: mixed
lab-162 = Consultez le journal. The log of the server usually tells you what went wrong.

# label: mixed
lab-163 = Réponse { $code } : { $text }. See the standard for the exact meaning of this reply.

# label: mixed
lab-164 = Lisez <a href="{ $url }">la norme</a>. It defines every reply code and its meaning.

# label: mixed
lab-165 = Les pare-feu bloquent le mode actif. Use passive mode when a firewall sits in between.

# label: mixed
lab-166 = Les réglages ont été enregistrés. Restart the client for the changes to take effect.

# label: mixed
lab-167 = Attendez puis réessayez. The server is too busy to accept more users right now.

# label: mixed
lab-168 = Comparez { $first } et { $second }. They belong to different classes of replies.

# label: mixed
lab-169 = Le serveur demande un compte. Send the ACCT command with your account name.

# label: mixed
lab-170 = Votre mot de passe a expiré. Choose a new password and log in again.

# label: mixed
lab-171 = La page liste tous les codes de réponse. Each code has three digits and a short text.

# label: mixed
lab-172 = Tous les serveurs ne prennent pas en charge cette extension. Ask your provider whether it is available.

# label: mixed
lab-173 = La connexion a expiré. Make sure that the host name is spelled correctly.

# label: mixed
lab-174 = Envoyez les commandes. Send the commands in the order the protocol requires.

# label: mixed
lab-175 = L’hôte distant a fermé la connexion. Check the network equipment between both machines.
