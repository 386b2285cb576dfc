## Überschriften und Sätze des Seitenrahmens. Jeder Satz ist eine ganze Nachricht; Variablen
## tragen Codes, Namen und Zahlen.

## Abschnittsüberschriften.

heading-description = Beschreibung
heading-seen = Typisches Auftreten
heading-fix = Lösung
heading-differences = Die wichtigsten Unterschiede
heading-which = Wie Sie reagieren
heading-learn-more = Weitere Informationen
heading-meaning = Bedeutung
heading-commands = Befehle, die diese Antwort liefern
heading-sources = RFC-Abschnitte
heading-related = Verwandte Codes
heading-exchange = Beispieldialog
heading-instead = Stattdessen vorgesehene RFC-Codes
heading-comparisons = Vergleiche

## Vergleichsseiten. $lowCode und $highCode sind die beiden Codes, der kleinere zuerst.

compare-title = FTP { $lowCode } { $lowName } und { $highCode } { $highName }: die Unterschiede
# $lowText und $highText: was jeder Code bedeutet, der Antworttext des RFC oder sonst der Name des Codes.
# $sameAction: yes, wenn beide Codes dieselbe Reaktion des Clients verlangen.
compare-lead = { $sameAction ->
    [yes] FTP { $lowCode } bedeutet „{ $lowText }“ und FTP { $highCode } „{ $highText }“: Beide verlangen vom Client dieselbe Reaktion; unterscheiden lassen sie sich also nur daran, was sie jeweils melden.
   *[no] FTP { $lowCode } bedeutet „{ $lowText }“ und FTP { $highCode } „{ $highText }“: Die beiden verlangen vom Client unterschiedliche Reaktionen, und entscheidend ist, was nach der jeweiligen Antwort zu tun ist.
}

## Die Tabelle eines Vergleichs: eine Spalte je Code, eine Zeile je Eigenschaft.

# ftpdocs: same-as-source
compare-column = FTP { $code }
compare-row-text = Antworttext im RFC
compare-row-class = Klasse
compare-row-sent = Wann der Server diese Antwort sendet
compare-row-commands = Befehle
compare-row-action = Was zu tun ist
# $text ist der Antworttext des RFC.
compare-cell-text = „{ $text }“ (RFC { $rfc })
compare-cell-no-text = Kein fester Text (RFC { $rfc })
# ftpdocs: same-as-source
compare-cell-class = { $className } ({ $class }yz)
# Wann der Server den Code sendet, nach dem, was er vom Client verlangt ($action).
compare-cell-sent = { $action ->
    [greeting] { $count ->
        [0] Beim Aufbau der Steuerverbindung
       *[other] Beim Aufbau der Steuerverbindung und als Antwort auf { $commandsOr }
    }
    [wait-final] { $onConnect ->
        [yes] Beim Aufbau der Steuerverbindung oder als Antwort auf { $commandsOr }, solange der Server noch nicht bereit ist
       *[no] Beim Start eines Befehls, vor dessen abschließender Antwort
    }
    [success] Als abschließende Antwort auf einen erfolgreichen Befehl
    [send-next] Mitten in einer Befehlsfolge, vor dem Befehl, der sie abschließt
    [retry-later] Als abschließende Antwort auf einen vorerst gescheiterten Befehl
    [reconnect] Wenn der Dienst beendet wird: beim Verbindungsaufbau oder als Antwort auf einen beliebigen Befehl
    [log-in] Als Antwort auf eine gescheiterte Anmeldung oder auf einen Befehl, der vor der Anmeldung gesendet wurde
    [send-account] Als Antwort auf einen Befehl, den der Server erst ausführt, wenn mit ACCT ein Konto angegeben ist
    [change-request] Als abschließende Antwort auf einen Befehl, der in der gesendeten Form abgelehnt wird
    [nothing-helps] Als abschließende Antwort auf einen Befehl, den der Server nicht ausführt
    [session-over] { $count ->
        [0] Am Ende der Sitzung
       *[other] Als Antwort auf { $commandsOr }, am Ende der Sitzung
    }
   *[decode] Anstelle jeder Antwort, sobald der Client seine Befehle mit MIC, CONF oder ENC schützt
}
compare-cell-commands = { $count ->
    [0] Keine: Die Antwort gehört zu keinem bestimmten Befehl
   *[other] { $commandScope ->
        [all] Alle Befehle: sämtliche { $total } in den RFCs
        [most] Die meisten Befehle: { $count } von { $total } in den RFCs
       *[listed] { $commands }
    }
}
compare-cell-action = { $action ->
    [greeting] Anmelden: USER senden
    [wait-final] Auf die abschließende Antwort warten
    [success] Mit dem nächsten Befehl fortfahren
    [send-next] Den Befehl senden, der den Ablauf abschließt
    [retry-later] Denselben Befehl später erneut senden
    [reconnect] Neu verbinden und erneut anmelden
    [log-in] Anmelden, dann den Befehl erneut senden
    [send-account] ACCT senden, dann den Befehl erneut senden
    [change-request] Die Anforderung korrigieren, dann erneut senden
    [nothing-helps] Ohne den Befehl auskommen: Keine Änderung am Befehl hilft
    [session-over] Nichts: Die Sitzung ist beendet
   *[decode] Decodieren und auf die enthaltene Antwort reagieren
}
# Ein Satz je Code, gewählt nach dem, was der Code vom Client verlangt ($action), nie allein
# nach seiner Klasse.
compare-which = { $action ->
    [greeting] Werten Sie { $code } ({ $name }) als Begrüßung des Servers: Der Server ist für einen neuen Benutzer bereit, und als Nächstes melden Sie sich mit USER an.
    [wait-final] Werten Sie { $code } ({ $name }) als Zwischenstand: Halten Sie die Verbindung offen und warten Sie auf die abschließende Antwort, bevor Sie einen weiteren Befehl senden.
    [success] Werten Sie { $code } ({ $name }) als Erfolg: Die Anforderung ist erledigt, und Sie können den nächsten Befehl senden.
    [send-next] Werten Sie { $code } ({ $name }) als Aufforderung, mehr zu senden: Senden Sie den Befehl, der den Ablauf abschließt.
    [retry-later] Werten Sie { $code } ({ $name }) als vorübergehenden Fehler: Die Steuerverbindung bleibt bestehen, und derselbe Befehl kann gelingen, wenn Sie ihn später erneut senden.
    [reconnect] Werten Sie { $code } ({ $name }) als Ende der Verbindung: Der Server schließt sie; bauen Sie also eine neue Verbindung auf und melden Sie sich erneut an, bevor Sie etwas anderes senden.
    [log-in] Werten Sie { $code } ({ $name }) als fehlende Anmeldung: Senden Sie USER und PASS sowie ACCT, falls der Server ein Konto verlangt, bevor Sie den Befehl erneut senden.
    [send-account] Werten Sie { $code } ({ $name }) als Aufforderung, ein Konto anzugeben: Sie sind möglicherweise bereits angemeldet, doch der Server braucht für diesen Befehl Ihre Kontoangaben und hat den Befehl verworfen; senden Sie also ACCT und danach den Befehl erneut.
    [change-request] Werten Sie { $code } ({ $name }) als Ablehnung der Anforderung in der gesendeten Form: Korrigieren Sie die Argumente, die Reihenfolge oder den Befehl, von dem sie abhängt, bevor Sie die Anforderung erneut senden.
    [nothing-helps] Werten Sie { $code } ({ $name }) als Ablehnung, die keine Änderung am Befehl aufhebt: Die Ursache liegt beim Server; verzichten Sie also auf den Befehl oder wenden Sie sich an den Administrator des Servers.
    [session-over] Werten Sie { $code } ({ $name }) als das von Ihnen verlangte Ende der Sitzung: Der Server schließt die Steuerverbindung, und es folgt kein Befehl mehr.
   *[decode] Werten Sie { $code } ({ $name }) als Umschlag um eine andere Antwort: Decodieren Sie den Text mit dem nach AUTH vereinbarten Sicherheitsmechanismus und reagieren Sie dann auf die enthaltene Antwort.
}
learn-rfc = { $part ->
    [appendix] RFC { $rfc }, Anhang { $section }
   *[section] RFC { $rfc }, Abschnitt { $section }
}

## Seiten der Codes.

# ftpdocs: same-as-source
code-title = FTP { $code } { $name }
# RFC 2228, Abschnitt 5.2, gibt der zweiten Ziffer einer geschützten Antwort (6yz) keine Gruppenbedeutung.
code-lead = { $ClassDigit ->
    [6] FTP { $code } ({ $name }) gehört zur Klasse „{ $ClassName }“ ({ $ClassDigit }yz), die RFC 2228 definiert; in dieser Klasse bezeichnet die zweite Ziffer keine Gruppe.
   *[other] FTP { $code } ({ $name }) gehört zur Klasse „{ $ClassName }“ ({ $ClassDigit }yz) und zur Gruppe „{ $GroupName }“ (x{ $GroupDigit }z).
}
# Kleine Zahlen werden ausgeschrieben, wie im deutschen Fließtext üblich.
code-several-meanings = { $count ->
    [one] Der Code { $code } hat eine Bedeutung.
    [2] Der Code { $code } hat zwei Bedeutungen, die verschiedene RFCs definieren; welche gilt, zeigen der beantwortete Befehl und die übrigen Antworten des Servers.
    [3] Der Code { $code } hat drei Bedeutungen, die verschiedene RFCs definieren; welche gilt, zeigen der beantwortete Befehl und die übrigen Antworten des Servers.
   *[other] Der Code { $code } hat { $count } Bedeutungen, die verschiedene RFCs definieren; welche gilt, zeigen der beantwortete Befehl und die übrigen Antworten des Servers.
}
code-transcript-intro = Ein Dialog auf der Steuerverbindung, der mit { $code } endet. Mit C markierte Zeilen sendet der Client, mit S markierte der Server; die Texte nach den Codes des Servers sind Beispiele dafür, was Server senden.
code-on-connect = { $action ->
    [reconnect] Der Server sendet diese Antwort beim Aufbau der Steuerverbindung, wenn er den Client nicht bedienen kann, oder als Antwort auf einen beliebigen Befehl, wenn er weiß, dass der Dienst beendet werden muss.
   *[other] { $count ->
        [0] Der Server sendet diese Antwort beim Aufbau der Steuerverbindung, vor jedem Befehl.
       *[other] Der Server sendet diese Antwort beim Aufbau der Steuerverbindung und außerdem als Antwort auf { $commandsOr }.
    }
}
# Für einen Code, der keinen Befehl auflistet und nicht beim Verbindungsaufbau gesendet wird.
# ftpdocs: allow unused-message
code-any-command = Diese Antwort ist an keinen bestimmten Befehl gebunden.

## Seiten für Nummern, die keine FTP-Antworten sind.

notftp-title = { $kind ->
    [unassigned] FTP { $number } { $title }: eine Nummer, die kein RFC definiert
   *[winsock] Fehler { $number } ({ $name }): keine FTP-Antwort
}
notftp-lead = { $kind ->
    [unassigned] Kein RFC definiert { $number }: Manche Server senden diese Nummer mit einem Text wie „{ $name }“, obwohl die RFCs dafür { $instead } vorsehen.
   *[winsock] FTP-Server senden nie { $number }: Jede FTP-Antwort ist ein dreistelliger Code, und { $number } ist ein Windows-Sockets-Fehler, den das Betriebssystem des Clients selbst meldet.
}
# Die Überschrift einer Bedeutung eines Codes mit mehreren; $rfc ist der RFC, der sie definiert.
# ftpdocs: same-as-source
code-meaning-heading = { $title } (RFC { $rfc })
