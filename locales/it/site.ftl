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
