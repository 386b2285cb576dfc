## Il sito attorno alle pagine: il nome, la navigazione, la home page e la pagina 404.

# Il nome di questa lingua, in questa lingua: il selettore della lingua lo mostra così com’è.
language-name = Italiano
site-name = Codici di risposta FTP
# Il primo link di ogni pagina, per la tastiera e gli screen reader.
site-skip = Vai al contenuto
# L’etichetta del selettore della lingua, letta dagli screen reader.
site-languages = Lingua
site-footer = Ogni pagina segue le RFC che definiscono FTP e rimanda alle sezioni che cita.
# La pagina radice del sito, che elenca le lingue.
site-choose-language = Scelga la lingua.

## Home page di una lingua.

home-title = I codici di risposta FTP spiegati
home-lead = Che cosa significa ogni codice di risposta FTP, quando si presenta e che cosa fare, con confronti affiancati dei codici che si confondono più spesso.
# Una classe di codici di risposta: $digit è la prima cifra, $name il nome della classe.
# ftpdocs: same-as-source
home-class-heading = { $digit }yz: { $name }
home-heading-not-ftp = Numeri che non sono risposte FTP

## La pagina mostrata a un indirizzo senza pagina.

not-found-title = Pagina non trovata
not-found-lead = A questo indirizzo non c’è nessuna pagina. Il link seguito potrebbe essere errato, oppure la pagina è stata spostata.
not-found-next = Dove andare ora
not-found-home = L’elenco dei codici di risposta FTP

## Orientarsi: il titolo della scheda, il percorso di navigazione, precedente e successivo, l’indice.

# Il titolo nella scheda del browser: $page è il titolo della pagina, $site il nome del sito.
# ftpdocs: same-as-source
site-page-title = { $page } – { $site }
# L’etichetta del percorso di navigazione (breadcrumb), letta dagli screen reader.
site-breadcrumbs = Percorso di navigazione
# Il primo passo del percorso: la home page della lingua.
site-breadcrumb-home = Codici di risposta
# L’etichetta dei link al codice precedente e al successivo, letta dagli screen reader.
site-pager = Codice precedente e successivo
# $title è il titolo della pagina del codice, per esempio «FTP 220 Servizio pronto».
site-previous-code = Precedente: { $title }
site-next-code = Successivo: { $title }
# L’etichetta dell’indice di una pagina lunga.
site-toc = In questa pagina

## Ricerca: la casella di ogni pagina e la pagina di ricerca.

site-search-label = Cerca nel sito
site-search-button = Cerca
search-title = Ricerca
search-lead = Cerchi in tutte le pagine in italiano per numero di codice o per parole; gli accenti non contano.
search-no-results = Nessuna pagina corrisponde a questa ricerca.
search-unavailable = La ricerca funziona quando il sito è pubblicato su un server web. Se il sito è aperto dal disco, usi il filtro della home page.

## La tabella dei codici della home page e il suo filtro.

home-filter-label = Filtra i codici
home-filter-none = Nessun codice corrisponde a questo filtro.
home-column-code = Codice
home-column-name = Nome
home-column-class = Classe
home-column-meaning = Significato
