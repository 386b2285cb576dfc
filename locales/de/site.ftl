## Die Website um die Seiten herum: Name, Navigation, Startseite und 404-Seite.

# Der Name dieser Sprache in ihr selbst: Die Sprachauswahl zeigt ihn unverändert.
language-name = Deutsch
site-name = FTP-Antwortcodes
# Der erste Link jeder Seite, für Tastatur- und Screenreader-Nutzer.
site-skip = Zum Inhalt springen
# Die Beschriftung der Sprachauswahl, von Screenreadern vorgelesen.
site-languages = Sprache
site-footer = Jede Seite stützt sich auf die RFCs, die FTP definieren, und verlinkt die zitierten Abschnitte.
# Die Wurzelseite der Website, die die Sprachen auflistet.
site-choose-language = Wählen Sie Ihre Sprache.

## Startseite einer Sprache.

home-title = FTP-Antwortcodes erklärt
home-lead = Was jeder FTP-Antwortcode bedeutet, wann er auftritt und wie Sie darauf reagieren – dazu direkte Vergleiche häufig verwechselter Codes.
# Eine Klasse von Antwortcodes: $digit ist die erste Ziffer, $name der Name der Klasse.
# ftpdocs: same-as-source
home-class-heading = { $digit }yz: { $name }
home-heading-not-ftp = Nummern, die keine FTP-Antworten sind

## Die Seite unter einer Adresse ohne Seite.

not-found-title = Seite nicht gefunden
not-found-lead = Unter dieser Adresse gibt es keine Seite. Der Link, der Sie hierher geführt hat, ist möglicherweise falsch, oder die Seite wurde verschoben.
not-found-next = Wie es weitergeht
not-found-home = Die Liste der FTP-Antwortcodes
