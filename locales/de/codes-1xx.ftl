## Antwortcodes 1yz: positive vorläufige Antworten.

code-110 = Wiederaufsetzmarke
    .text = Antwort mit Wiederaufsetzmarke
    .description = In RFC 959 lautet der Text von 110 „Antwort mit Wiederaufsetzmarke“. RFC 959 definiert 110 als vorläufige Antwort, die während einer Übertragung eine Wiederaufsetzmarke meldet, und RFC 1123 korrigiert ihr Format, das genau MARK ssss = rrrr lauten muss. Dabei ist ssss die Marke, die der Sender in den Datenstrom eingefügt hat, und rrrr die zugehörige Position im Dateisystem des Empfängers.
    .seen = Wiederaufsetzmarken gibt es nur im Block-Modus und im komprimierten Modus; eine Übertragung im voreingestellten Stream-Modus erzeugt also nie 110. Ein Server, der Daten mit Wiederaufsetzmarken empfängt, sendet 110 über die Steuerverbindung, sobald er die Daten bis zu einer Marke gesichert hat; RFC 959 führt die Antwort für STOR, STOU, RETR und APPE auf, und sie kann eintreffen, während noch Daten fließen.
    .fix = Es liegt kein Fehler vor. Ein Client, der das Wiederaufsetzen unterstützt, sollte jedes Markenpaar speichern und nach einem Abbruch REST mit der Marke des Servers senden, unmittelbar gefolgt vom unterbrochenen Übertragungsbefehl.

code-120 = Dienst bald bereit
    .text = Dienst in nnn Minuten bereit
    .description = In RFC 959 lautet der Text von 120 „Dienst in nnn Minuten bereit“. RFC 959 definiert 120 als vorläufige Antwort: Der Server hat die Verbindung angenommen, kann aber noch keine Befehle entgegennehmen, und nnn gibt die erwartete Wartezeit an. Sobald der Dienst bereit ist, folgt eine Antwort 220.
    .seen = Sie erhalten 120 als erste Antwort nach dem Verbindungsaufbau von einem Server, der Eingaben nicht sofort annehmen kann. RFC 959 erlaubt 120 außerdem nach REIN, vor der 220, die das Zurücksetzen bestätigt.
    .fix = Es liegt kein Fehler vor: Halten Sie die Verbindung offen und warten Sie auf die Antwort 220, bevor Sie einen Befehl senden. RFC 959 lässt den Server 120 gerade deshalb senden, damit der Client während der Wartezeit die Verbindung nicht abbricht.

code-125 = Datenverbindung bereits offen
    .text = Datenverbindung bereits offen; Übertragung beginnt
    .description = In RFC 959 lautet der Text von 125 „Datenverbindung bereits offen; Übertragung beginnt“. RFC 959 definiert 125 als vorläufige Antwort auf einen Übertragungsbefehl, wenn bereits eine Datenverbindung offen ist, sodass die Übertragung sofort beginnt. Für STOU verlangt RFC 1123 genau den Text 125 FILE: pppp, wobei pppp der eindeutige Pfadname der geschriebenen Datei ist.
    .seen = Diese Antwort geht den Daten von STOR, STOU, RETR, LIST, NLST oder APPE voraus, wenn die Datenverbindung bereits besteht, etwa weil sie nach einer früheren Übertragung im Block-Modus oder im komprimierten Modus offen geblieben ist. Am Ende der Übertragung folgt eine zweite Antwort, normalerweise 226 oder 250.
    .fix = Es liegt kein Fehler vor. Warten Sie auf die abschließende Antwort, bevor Sie einen weiteren Befehl senden, und entnehmen Sie nach STOU den Namen der gespeicherten Datei dem Text der Antwort 125.

code-150 = Dateistatus in Ordnung
    .text = Dateistatus in Ordnung; Datenverbindung wird geöffnet
    .description = In RFC 959 lautet der Text von 150 „Dateistatus in Ordnung; Datenverbindung wird geöffnet“. RFC 959 definiert 150 als vorläufige Antwort: Der Server nimmt den Übertragungsbefehl an und öffnet gleich die Datenverbindung. Für STOU verlangt RFC 1123 genau den Text 150 FILE: pppp, wobei pppp der eindeutige Pfadname der geschriebenen Datei ist.
    .seen = 150 ist die übliche erste Antwort auf RETR, STOR, STOU, APPE, LIST und NLST, und RFC 3659 leitet damit die Verzeichnisliste von MLSD ein. Am Ende der Übertragung folgt eine abschließende Antwort wie 226, oder 425 bzw. 426, wenn die Datenverbindung scheitert. Mit TLS bedeutet 150 laut RFC 4217 nur, dass der Befehl mit der aktuellen PROT-Stufe zulässig ist; scheitert die TLS-Aushandlung auf der Datenverbindung, kann noch eine 522 folgen.
    .fix = Es liegt kein Fehler vor: Warten Sie auf die Daten und dann auf die abschließende Antwort. Stockt die Übertragung anschließend oder endet sie mit 425, konnte die Datenverbindung nicht aufgebaut werden: Prüfen Sie, ob die mit PASV, EPSV, PORT oder EPRT übermittelte Adresse samt Port zwischen Client und Server erreichbar ist.
