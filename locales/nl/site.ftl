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
