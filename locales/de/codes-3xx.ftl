## Antwortcodes 3yz: positive Zwischenantworten.

code-331 = Passwort erforderlich
    .text = Benutzername in Ordnung, Passwort erforderlich
    .description = In RFC 959 lautet der Text von 331 „Benutzername in Ordnung, Passwort erforderlich“. RFC 959 definiert 331 als positive Zwischenantwort auf USER: Der Server hat den Namen angenommen und wartet auf das Passwort, um die Anmeldung abzuschließen. RFC 2577 empfiehlt Servern, jeden USER mit 331 zu beantworten, damit die Antwort nicht verrät, welche Benutzernamen existieren.
    .seen = Sie sehen 331 direkt nach dem Senden von USER an einen Server, der ein Passwort verlangt; das ist der normale Anmeldeablauf. Wegen der Empfehlung von RFC 2577 beweist eine 331 nicht, dass der Benutzername existiert: Ein Server, der ihr folgt, lehnt einen falschen Namen erst nach PASS ab, meist mit 530.
    .fix = Es liegt kein Fehler vor. Senden Sie PASS mit dem Passwort; der Server antwortet dann mit 230, wenn die Anmeldung abgeschlossen ist, mit 332, wenn er zusätzlich ein Konto braucht, oder mit 530, wenn er die Anmeldedaten ablehnt.

code-332 = Konto erforderlich
    .text = Konto für Anmeldung erforderlich
    .description = In RFC 959 lautet der Text von 332 „Konto für Anmeldung erforderlich“. RFC 959 definiert 332 als positive Zwischenantwort: Der Server braucht Kontoangaben, gesendet mit dem Befehl ACCT, bevor er die Anmeldung abschließen kann. Nach Abschnitt 4.1.1 von RFC 959 darf ein Server 332 auch auf einen späteren Befehl antworten, der ein Konto erfordert, wenn er diesen Befehl zurückhält, bis ACCT eintrifft; verwirft er den Befehl stattdessen, antwortet er mit 532.
    .seen = Sie sehen 332 nach USER oder PASS auf einem Server, der zusätzlich zu Benutzername und Passwort ein Konto verlangt. Die Antwort kann auch auf einen späteren Befehl wie STOR kommen, auf einem System, das ein Konto nur für bestimmte Zugriffe verlangt, etwa das Speichern von Dateien.
    .fix = Senden Sie ACCT mit dem Konto, das Ihnen der Administrator des Servers genannt hat; die Anmeldung oder der zurückgehaltene Befehl wird dann fortgesetzt. Haben Sie kein Konto, fragen Sie den Administrator danach: Benutzername und Passwort allein genügen auf diesem Server nicht.

code-334 = Sicherheitsdaten erforderlich
    .description = RFC 2228 definiert 334 als Antwort auf AUTH, wenn der Server den angeforderten Sicherheitsmechanismus annimmt und Sicherheitsdaten braucht, um fortzufahren. Der RFC legt keinen festen Text fest: Die Antwort kann ADAT=base64data enthalten, Sicherheitsdaten des Servers, aus denen der Client seinen nächsten ADAT-Befehl bildet. RFC 4217 stellt fest, dass 334 auf AUTH TLS falsch ist, weil auf eine TLS-Aushandlung kein ADAT-Austausch folgt.
    .seen = Sie sehen 334 nach AUTH mit einem Sicherheitsmechanismus, der seine Daten über ADAT austauscht. Ein Server, der AUTH TLS mit 334 beantwortet, hält sich nicht an RFC 4217, der 234 erwartet.
    .fix = Es liegt kein Fehler vor: Setzen Sie den Austausch fort, indem Sie ADAT mit den Base64-Daten senden, die der Mechanismus erzeugt, bis der Server mit 235 antwortet. Hat Ihr Client AUTH TLS angefordert und 334 erhalten, melden Sie das dem Administrator des Servers, denn ein TLS-Client erwartet 234, bevor er die TLS-Aushandlung beginnt.

code-335 = Weitere Sicherheitsdaten erforderlich
    .description = RFC 2228 definiert 335 als Antwort auf ADAT, wenn der Server die Sicherheitsdaten annimmt, aber weitere braucht, um den Austausch der Sicherheitsdaten abzuschließen. Der RFC legt keinen festen Text fest: Die Antwort kann ADAT=base64data enthalten, Daten, die der Client verarbeitet, bevor er den nächsten ADAT sendet.
    .seen = Sie sehen 335 mitten in einem Austausch aus AUTH und ADAT, bei Sicherheitsmechanismen, die mehr als einen Durchgang brauchen. Auf eine 335 folgt normalerweise ein weiterer ADAT des Clients, bis der Server mit 235 antwortet.
    .fix = Es liegt kein Fehler vor: Der Client sollte den nächsten ADAT-Befehl mit den Daten senden, die sein Sicherheitsmechanismus erzeugt. Bricht der Austausch hier ab, prüfen Sie, ob Client und Server denselben Mechanismus unterstützen; ein gescheiterter Austausch endet mit 535, wenn die Daten abgelehnt werden, oder mit 501, wenn sich die Base64-Daten nicht decodieren lassen.

code-336 = Passwort-Challenge
    .text = Benutzername in Ordnung, Passwort erforderlich. Die Challenge lautet ‚....‘
    .description = In RFC 2228 lautet der Text von 336 „Benutzername in Ordnung, Passwort erforderlich. Die Challenge lautet ‚....‘“. RFC 2228 definiert 336 als Antwort auf USER, wenn der Sicherheitsmechanismus ein Challenge-Response-Passwort verlangt: Der Text der Antwort sollte die Challenge enthalten, in einer Form, die für einen menschlichen Benutzer verständlich ist. Der Client muss dem Benutzer diese Challenge anzeigen, bevor er nach dem Passwort fragt.
    .seen = Sie sehen 336 statt 331 nach USER auf einem Server, dessen mit AUTH und ADAT ausgehandelter Sicherheitsmechanismus ein Challenge-Response-Passwort verlangt.
    .fix = Lesen Sie die Challenge im Text der Antwort, bilden Sie damit das Passwort, das der Sicherheitsmechanismus erwartet, und senden Sie dieses Passwort mit PASS. Ein Client sollte das Passwort nicht abfragen, bevor der Server auf USER geantwortet hat, denn das Passwort hängt von der Challenge ab.

code-350 = Weitere Informationen ausstehend
    .text = Angeforderte Dateiaktion wartet auf weitere Informationen
    .description = In RFC 959 lautet der Text von 350 „Angeforderte Dateiaktion wartet auf weitere Informationen“. In RFC 959 ist 350 die positive Zwischenantwort auf REST und RNFR: Der Server hat den Befehl angenommen und wartet auf den Befehl, der ihn vervollständigt. RFC 3659 behält 350 als Antwort auf REST im Stream-Modus bei; dessen Argument gibt an, wie viele Bytes der nächsten Übertragung übersprungen werden.
    .seen = Sie sehen 350 nach REST, vor einem RETR oder STOR, der eine Übertragung fortsetzt, und nach RNFR, vor dem RNTO, der den neuen Namen angibt. 350 ist der normale Zwischenschritt einer fortgesetzten Übertragung und einer Umbenennung.
    .fix = Es liegt kein Fehler vor: Senden Sie den Befehl, der den Ablauf abschließt, also RNTO direkt nach RNFR oder den Übertragungsbefehl direkt nach REST. RFC 959 verlangt, dass diese Befehle unmittelbar aufeinander folgen: Ein RNTO, der nicht direkt auf RNFR folgt, erhält 503, und RFC 3659 lässt offen, was ein REST bewirkt, der nicht unmittelbar vor der Übertragung gesendet wird.
