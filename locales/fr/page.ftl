## Titres et phrases du cadre des pages. Chaque phrase est un message entier ; les
## variables portent les codes, les noms et les nombres.

## Titres des sections.

# ftpdocs: same-as-source
heading-description = Description
heading-seen = Quand vous le voyez
heading-fix = Comment résoudre
heading-differences = Différences clés
heading-which = Quand utiliser lequel
heading-learn-more = En savoir plus
heading-meaning = Ce que signifie ce code
heading-commands = Commandes qui le renvoient
heading-sources = Sections des RFC
heading-related = Codes apparentés
heading-comparisons = Comparaisons

## Pages de comparaison. $lowCode et $highCode sont les deux codes, le plus petit d'abord.

compare-title = FTP { $lowCode } { $lowName } ou { $highCode } { $highName }
compare-lead = { $sameClass ->
    [yes] FTP { $lowCode } ({ $lowName }) et FTP { $highCode } ({ $highName }) appartiennent tous deux à la classe « { $lowClassName } » ({ $lowClassDigit }yz) : ils diffèrent par ce qu’ils signalent, pas par l’issue de l’échange.
   *[no] FTP { $lowCode } ({ $lowName }) appartient à la classe « { $lowClassName } » ({ $lowClassDigit }yz), tandis que FTP { $highCode } ({ $highName }) relève de la classe « { $highClassName } » ({ $highClassDigit }yz).
}
# Ce que le premier chiffre indique au client (RFC 959, section 4.2.1).
compare-outcome = { $class ->
    [1] { $code } est une réponse préliminaire : la commande est acceptée, et une autre réponse suivra avant que le client puisse envoyer une nouvelle commande.
    [2] { $code } est une réponse d’achèvement : la commande a réussi, et le client peut envoyer la suivante.
    [3] { $code } est une réponse intermédiaire : le serveur attend une autre commande pour terminer la demande.
    [4] { $code } signale un échec temporaire : la commande n’a pas abouti, mais la même commande peut réussir si elle est renvoyée plus tard.
    [5] { $code } signale un échec permanent : renvoyer la même commande dans le même ordre échouera de nouveau.
   *[6] { $code } est une réponse protégée : son texte est une autre réponse, encodée par le mécanisme de sécurité convenu avec AUTH, que le client doit décoder et vérifier.
}
# Ce que le deuxième chiffre indique au client (RFC 959, section 4.2.1).
compare-group = { $sameGroup ->
    [yes] Les deux codes appartiennent au groupe « { $lowGroupName } » (x{ $lowGroupDigit }z).
   *[no] { $lowCode } appartient au groupe « { $lowGroupName } » (x{ $lowGroupDigit }z), et { $highCode } au groupe « { $highGroupName } » (x{ $highGroupDigit }z).
}
compare-commands = { $onConnect ->
    [yes] { $count ->
        [0] Le serveur envoie { $code } à l’ouverture de la connexion de contrôle.
       *[other] Le serveur envoie { $code } à l’ouverture de la connexion de contrôle, et en réponse à { $commands }.
    }
   *[no] { $count ->
        [0] { $code } n’est pas lié à une commande précise.
       *[other] { $code } peut répondre à { $commands }.
    }
}
# Les deux codes ont le même premier chiffre ($class).
compare-outcome-both = { $class ->
    [1] { $lowCode } et { $highCode } sont tous deux des réponses préliminaires : la commande est acceptée, et une autre réponse suivra avant que le client puisse envoyer une nouvelle commande.
    [2] { $lowCode } et { $highCode } sont tous deux des réponses d’achèvement : la commande a réussi, et le client peut envoyer la suivante.
    [3] { $lowCode } et { $highCode } sont tous deux des réponses intermédiaires : le serveur attend une autre commande pour terminer la demande.
    [4] { $lowCode } et { $highCode } signalent tous deux un échec temporaire : la commande n’a pas abouti, mais la même commande peut réussir si elle est renvoyée plus tard.
    [5] { $lowCode } et { $highCode } signalent tous deux un échec permanent : renvoyer la même commande dans le même ordre échouera de nouveau.
   *[6] { $lowCode } et { $highCode } sont tous deux des réponses protégées : leur texte est une réponse chiffrée que seul le mécanisme de sécurité convenu avec AUTH sait lire.
}
compare-which-expect = { $onConnect ->
    [yes] { $count ->
        [0] Attendez-vous à { $code } ({ $name }) à l’ouverture de la connexion de contrôle.
       *[other] Attendez-vous à { $code } ({ $name }) à l’ouverture de la connexion de contrôle, ou en réponse à { $commands }.
    }
   *[no] { $count ->
        [0] Attendez-vous à { $code } ({ $name }) en réponse à n’importe quelle commande.
       *[other] Attendez-vous à { $code } ({ $name }) en réponse à { $commands }.
    }
}
compare-which-both = { $class ->
    [1] Dans les deux cas, il s’agit d’une progression : gardez la connexion ouverte et attendez la réponse finale.
    [2] Dans les deux cas, il s’agit d’un succès : passez à la commande suivante.
    [3] Dans les deux cas, le serveur demande un complément : envoyez la commande qui termine l’échange.
    [4] Dans les deux cas, il s’agit d’un contretemps : la même commande pourra être renvoyée plus tard.
    [5] Dans les deux cas, il s’agit d’un refus : changez la commande, ses arguments ou leur ordre avant de réessayer.
   *[6] Dans les deux cas, il s’agit d’une enveloppe : décodez-la avec le mécanisme de sécurité convenu pour lire la réponse qu’elle contient.
}
compare-which = { $class ->
    [1] Considérez { $code } ({ $name }) comme un signe de progression : gardez la connexion ouverte et attendez la réponse finale.
    [2] Considérez { $code } ({ $name }) comme un succès : passez à la commande suivante.
    [3] Considérez { $code } ({ $name }) comme une demande de complément : envoyez la commande qui termine l’échange.
    [4] Considérez { $code } ({ $name }) comme un contretemps : la même commande pourra être renvoyée plus tard.
    [5] Considérez { $code } ({ $name }) comme un refus : changez la commande, ses arguments ou leur ordre avant de réessayer.
   *[6] Considérez { $code } ({ $name }) comme une enveloppe : décodez-la avec le mécanisme de sécurité convenu pour lire la réponse qu’elle contient.
}
# ftpdocs: same-as-source
learn-rfc = RFC { $rfc }, section { $section }

## Pages des codes.

code-title = FTP { $code } { $name }
code-lead = FTP { $code } ({ $name }) appartient à la classe « { $ClassName } » ({ $ClassDigit }yz) et au groupe « { $GroupName } » (x{ $GroupDigit }z).
code-several-meanings = { $count ->
    [one] Le code { $code } a un seul sens.
   *[other] Le code { $code } a { $count } sens, définis par des RFC différentes ; les autres réponses du serveur indiquent lequel s’applique.
}
code-on-connect = Le serveur envoie cette réponse à l’ouverture de la connexion de contrôle, avant toute commande.
code-any-command = Cette réponse n’est pas liée à une commande précise.

## Pages des nombres qui ne sont pas des réponses FTP.

notftp-title = Erreur { $number } ({ $name }) : ce n’est pas une réponse FTP
notftp-lead = Un serveur FTP n’envoie jamais { $number } : toute réponse FTP est un code à trois chiffres, et { $number } est une erreur Windows Sockets que signale le système du client lui-même.
# Le titre d'un des sens d'un code qui en a plusieurs ; $rfc liste les numéros de RFC.
code-meaning-heading = { $title } (RFC { $rfc })
