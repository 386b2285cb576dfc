## De website rond de pagina's: naam, navigatie, startpagina en 404-pagina.

# De naam van deze taal in de taal zelf: de taalkeuze toont hem zoals hij is.
language-name = Nederlands
site-name = FTP-antwoordcodes
# De eerste link van elke pagina, voor gebruikers van toetsenbord en schermlezer.
site-skip = Naar de inhoud
# Het label van de taalkeuze, voorgelezen door schermlezers.
site-languages = Taal
site-footer = Elke pagina volgt de RFC’s die FTP definiëren en verwijst naar de secties die ze aanhaalt.
# De hoofdpagina van de site, met de lijst van talen.
site-choose-language = Kies uw taal.

## Startpagina van een taal.

home-title = FTP-antwoordcodes uitgelegd
home-lead = Wat elke FTP-antwoordcode betekent, wanneer u hem tegenkomt en wat u eraan kunt doen, met de codes die vaak worden verward, naast elkaar vergeleken.
# Een klasse van antwoordcodes: $digit is het eerste cijfer, $name de naam van de klasse.
# ftpdocs: same-as-source
home-class-heading = { $digit }yz: { $name }
home-heading-not-ftp = Nummers die geen FTP-antwoorden zijn

## De pagina op een adres zonder pagina.

not-found-title = Pagina niet gevonden
not-found-lead = Op dit adres staat geen pagina. De link die u hierheen heeft gebracht, is misschien onjuist, of de pagina is verplaatst.
not-found-next = Verder naar
not-found-home = De lijst met FTP-antwoordcodes

## De weg vinden: de titel van het tabblad, het kruimelpad, vorige en volgende, de inhoudsopgave.

# De titel in het tabblad van de browser: $page is de titel van de pagina, $site de naam van de site.
# ftpdocs: same-as-source
site-page-title = { $page } – { $site }
# Het label van het kruimelpad, voorgelezen door schermlezers.
site-breadcrumbs = Kruimelpad
# De eerste stap van het kruimelpad: de startpagina van de taal.
site-breadcrumb-home = Antwoordcodes
# Het label van de links naar de vorige en de volgende code, voorgelezen door schermlezers.
site-pager = Vorige en volgende code
# $title is de titel van de pagina van de code, zoals “FTP 220 Service gereed”.
site-previous-code = Vorige: { $title }
site-next-code = Volgende: { $title }
# Het label van de inhoudsopgave van een lange pagina.
site-toc = Op deze pagina

## Zoeken: het zoekvak op elke pagina en de zoekpagina.

site-search-label = Zoeken op de site
site-search-button = Zoeken
search-title = Zoeken
search-lead = Zoek in alle pagina’s in deze taal op codenummer of op woorden; accenten maken geen verschil.
search-no-results = Geen enkele pagina voldoet aan deze zoekterm.
search-unavailable = Zoeken werkt pas wanneer de site op een webserver staat. Hebt u de site vanaf de schijf geopend, gebruik dan het filter op de startpagina.

## De tabel met codes op de startpagina en het filter ervan.

home-filter-label = Codes filteren
home-filter-none = Geen enkele code voldoet aan dit filter.
# ftpdocs: same-as-source
home-column-code = Code
home-column-name = Naam
home-column-class = Klasse
home-column-meaning = Betekenis
