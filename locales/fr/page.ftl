## Titres et phrases du cadre des pages. Chaque phrase est un message entier ; les
## variables portent les codes, les noms et les nombres.

## Titres des sections.

# ftpdocs: same-as-source
heading-description = Description
heading-seen = Quand vous le voyez
heading-fix = Comment résoudre
heading-differences = Différences clés
heading-which = Comment réagir à chacun
heading-learn-more = En savoir plus
heading-meaning = Signification
heading-commands = Commandes qui le renvoient
heading-sources = Sections des RFC
heading-related = Codes apparentés
heading-exchange = Un échange qui y mène
heading-instead = Les codes des RFC à employer à la place
heading-comparisons = Comparaisons

## Pages de comparaison. $lowCode et $highCode sont les deux codes, le plus petit d'abord.

compare-title = FTP { $lowCode } { $lowName } et { $highCode } { $highName } : les différences
# $lowText et $highText : ce que signifie chaque code, le texte de réponse de la RFC, sinon le nom du code.
# $sameAction : yes quand les deux codes appellent la même réaction du client.
compare-lead = { $sameAction ->
    [yes] FTP { $lowCode } signifie « { $lowText } » et FTP { $highCode } « { $highText } » : tous deux appellent la même réaction du client, et ce qui les distingue, c’est ce que chacun signale.
   *[no] FTP { $lowCode } signifie « { $lowText } » et FTP { $highCode } « { $highText } » : ils appellent des réactions différentes du client, et c’est ce qu’il faut faire après chacun qui les distingue vraiment.
}

## Le tableau d'une comparaison : une colonne par code, une ligne par propriété.

# ftpdocs: same-as-source
compare-column = FTP { $code }
compare-row-text = Texte de la RFC
compare-row-class = Classe
compare-row-sent = Quand le serveur l’envoie
compare-row-commands = Commandes
compare-row-action = Que faire
# $text est le texte de réponse tel que la RFC l'imprime, en anglais comme l'envoient les serveurs.
compare-cell-text = « { $text } » (RFC { $rfc })
compare-cell-no-text = Pas de texte fixé (RFC { $rfc })
# ftpdocs: same-as-source
compare-cell-class = { $className } ({ $class }yz)
# Quand le serveur envoie le code, d'après ce qu'il demande au client ($action).
compare-cell-sent = { $action ->
    [greeting] { $count ->
        [0] À l’ouverture de la connexion de contrôle
       *[other] À l’ouverture de la connexion de contrôle, et en réponse à { $commandsOr }
    }
    [wait-final] { $onConnect ->
        [yes] À l’ouverture de la connexion de contrôle, ou en réponse à { $commandsOr }, tant que le serveur n’est pas prêt
       *[no] Au début de l’exécution d’une commande, avant sa réponse finale
    }
    [success] En réponse finale à une commande qui a réussi
    [send-next] Au milieu d’une séquence de commandes, avant la commande qui la termine
    [retry-later] En réponse finale à une commande qui a échoué pour l’instant
    [reconnect] Quand le service s’arrête : à l’ouverture de la connexion, ou en réponse à n’importe quelle commande
    [log-in] En réponse à une identification qui a échoué, ou à une commande envoyée avant l’identification
    [send-account] En réponse à une commande que le serveur n’exécute qu’une fois le compte donné avec ACCT
    [change-request] En réponse finale à une commande refusée telle qu’elle a été envoyée
    [nothing-helps] En réponse finale à une commande que le serveur n’exécute pas
    [session-over] { $count ->
        [0] À la fin de la session
       *[other] En réponse à { $commandsOr }, à la fin de la session
    }
   *[decode] À la place de toute réponse, une fois que le client protège ses commandes par MIC, CONF ou ENC
}
# $commandScope vaut all quand le code répond à chacune des $total commandes des RFC (500),
# most quand il répond à plus de la moitié d'entre elles.
compare-cell-commands = { $count ->
    [0] Aucune : il ne répond à aucune commande en particulier
   *[other] { $commandScope ->
        [all] Toutes les commandes : les { $total } des RFC
        [most] La plupart des commandes : { $count } sur les { $total } des RFC
       *[listed] { $commands }
    }
}
compare-cell-action = { $action ->
    [greeting] S’identifier : envoyer USER
    [wait-final] Attendre la réponse finale
    [success] Passer à la commande suivante
    [send-next] Envoyer la commande qui termine l’échange
    [retry-later] Renvoyer la même commande plus tard
    [reconnect] Se reconnecter et s’identifier de nouveau
    [log-in] S’identifier, puis renvoyer la commande
    [send-account] Envoyer ACCT, puis renvoyer la commande
    [change-request] Corriger la demande, puis la renvoyer
    [nothing-helps] S’en passer : aucune modification de la commande n’y change rien
    [session-over] Rien : la session est terminée
   *[decode] Le décoder, puis traiter la réponse qu’il contient
}
# Une phrase par code, choisie d'après ce que le code demande au client ($action), jamais
# d'après sa seule classe.
compare-which = { $action ->
    [greeting] { $code } ({ $name }) est le message d’accueil du serveur : il est prêt pour un nouvel utilisateur, et l’étape suivante consiste à vous identifier avec USER.
    [wait-final] { $code } ({ $name }) indique que l’action est en cours : gardez la connexion de contrôle ouverte et attendez la réponse finale avant d’envoyer une autre commande.
    [success] { $code } ({ $name }) signale un succès : la demande est satisfaite, et vous pouvez envoyer la commande suivante.
    [send-next] { $code } ({ $name }) demande un complément : envoyez la commande qui termine l’échange.
    [retry-later] { $code } ({ $name }) signale un échec temporaire : la connexion de contrôle reste ouverte, et la même commande peut réussir si vous la renvoyez plus tard.
    [reconnect] { $code } ({ $name }) met fin à la connexion : le serveur la ferme, donc reconnectez-vous et identifiez-vous de nouveau avant d’envoyer quoi que ce soit.
    [log-in] { $code } ({ $name }) signale que vous n’êtes pas identifié : envoyez USER et PASS, et ACCT si le serveur demande un compte, avant de renvoyer la commande.
    [send-account] { $code } ({ $name }) demande un compte : vous êtes peut-être déjà identifié, mais le serveur a besoin de vos informations de compte pour cette commande et l’a abandonnée ; envoyez ACCT, puis renvoyez la commande.
    [change-request] { $code } ({ $name }) refuse la demande telle qu’elle a été envoyée : corrigez ses arguments, leur ordre ou la commande dont elle dépend avant de la renvoyer.
    [nothing-helps] { $code } ({ $name }) signale un refus qu’aucune modification de la commande ne lève : la cause est du côté du serveur, donc passez-vous de cette commande ou adressez-vous à l’administrateur du serveur.
    [session-over] { $code } ({ $name }) termine la session que vous avez demandé de fermer : le serveur ferme la connexion de contrôle, et aucune commande ne suit.
   *[decode] { $code } ({ $name }) est une enveloppe : décodez son texte avec le mécanisme de sécurité convenu après AUTH, puis traitez la réponse qu’elle contient.
}
# $part vaut appendix pour une annexe de la RFC ($section est alors un chiffre romain, « II »).
learn-rfc = { $part ->
    [appendix] RFC { $rfc }, annexe { $section }
   *[section] RFC { $rfc }, section { $section }
}

## Pages des codes.

code-title = FTP { $code } { $name }
# La section 5.2 de la RFC 2228 ne donne aucun sens de groupe au deuxième chiffre d'une réponse protégée (6yz).
code-lead = { $ClassDigit ->
    [6] FTP { $code } ({ $name }) appartient à la classe « { $ClassName } » ({ $ClassDigit }yz), définie par la RFC 2228, qui ne donne aucun sens de groupe à son deuxième chiffre.
   *[other] FTP { $code } ({ $name }) appartient à la classe « { $ClassName } » ({ $ClassDigit }yz) et au groupe « { $GroupName } » (x{ $GroupDigit }z).
}
# Les petits nombres s'écrivent en toutes lettres, comme dans la prose française.
code-several-meanings = { $count ->
    [one] Le code { $code } a un seul sens.
    [2] Le code { $code } a deux sens, définis par des RFC différentes ; la commande à laquelle il répond et les autres réponses du serveur indiquent lequel s’applique.
    [3] Le code { $code } a trois sens, définis par des RFC différentes ; la commande à laquelle il répond et les autres réponses du serveur indiquent lequel s’applique.
   *[other] Le code { $code } a { $count } sens, définis par des RFC différentes ; la commande à laquelle il répond et les autres réponses du serveur indiquent lequel s’applique.
}
code-transcript-intro = Un échange sur la connexion de contrôle qui se termine par { $code }. Les lignes marquées C sont envoyées par le client, celles marquées S par le serveur ; les textes qui suivent les codes du serveur sont des exemples de ce qu’envoient les serveurs.
# Quand le serveur envoie un code qu'il peut envoyer à l'ouverture de la connexion : choisi
# d'après ce que le code demande au client ($action) et les commandes auxquelles il répond.
code-on-connect = { $action ->
    [reconnect] Le serveur envoie cette réponse à l’ouverture de la connexion de contrôle, s’il ne peut pas servir le client, ou en réponse à n’importe quelle commande, s’il sait que le service doit s’arrêter.
   *[other] { $count ->
        [0] Le serveur envoie cette réponse à l’ouverture de la connexion de contrôle, avant toute commande.
       *[other] Le serveur envoie cette réponse à l’ouverture de la connexion de contrôle, et aussi en réponse à { $commandsOr }.
    }
}
code-any-command = Cette réponse n’est pas liée à une commande précise.

## Pages des nombres qui ne sont pas des réponses FTP.

notftp-title = { $kind ->
    [unassigned] FTP { $number } { $title } : un numéro qu’aucune RFC ne définit
   *[winsock] Erreur { $number } ({ $name }) : ce n’est pas une réponse FTP
}
notftp-lead = { $kind ->
    [unassigned] Aucune RFC ne définit { $number } : certains serveurs l’envoient, avec un texte comme « { $name } », là où les RFC répondent par { $instead }.
   *[winsock] Un serveur FTP n’envoie jamais { $number } : toute réponse FTP est un code à trois chiffres, et { $number } est une erreur Windows Sockets que signale le système du client lui-même.
}
# Le titre d'un des sens d'un code qui en a plusieurs ; $rfc liste les numéros de RFC.
code-meaning-heading = { $title } (RFC { $rfc })
