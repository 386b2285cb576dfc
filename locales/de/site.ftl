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

## Orientierung: Titel im Browser-Tab, Navigationspfad, vorheriger und nächster Code, Inhaltsverzeichnis.

# Der Titel im Tab des Browsers: $page ist der Titel der Seite, $site der Name der Website.
# ftpdocs: same-as-source
site-page-title = { $page } – { $site }
# Die Beschriftung des Navigationspfads (Breadcrumbs), von Screenreadern vorgelesen.
site-breadcrumbs = Navigationspfad
# Der erste Schritt des Navigationspfads: die Startseite der Sprache.
site-breadcrumb-home = Antwortcodes
# Die Beschriftung der Links zum vorherigen und nächsten Code, von Screenreadern vorgelesen.
site-pager = Vorheriger und nächster Code
# $title ist der Titel der Seite des Codes, etwa „FTP 220 Dienst bereit“.
site-previous-code = Zurück: { $title }
site-next-code = Weiter: { $title }
# Die Beschriftung des Inhaltsverzeichnisses einer langen Seite.
site-toc = Auf dieser Seite

## Suche: das Suchfeld auf jeder Seite und die Suchseite.

site-search-label = Website durchsuchen
site-search-button = Suchen
search-title = Suche
search-lead = Durchsuchen Sie alle Seiten in dieser Sprache nach Codenummer oder nach Begriffen; Akzente und Umlaute spielen dabei keine Rolle.
search-no-results = Zu dieser Suche wurde keine Seite gefunden.
search-unavailable = Die Suche funktioniert, sobald die Website auf einem Webserver liegt. Haben Sie die Seiten direkt vom Datenträger geöffnet, verwenden Sie den Filter der Startseite.

## Die Tabelle der Codes auf der Startseite und ihr Filter.

home-filter-label = Codes filtern
home-filter-none = Kein Code passt zu diesem Filter.
# ftpdocs: same-as-source
home-column-code = Code
# ftpdocs: same-as-source
home-column-name = Name
home-column-class = Klasse
home-column-meaning = Bedeutung
