## Numeri che non sono risposte FTP: errori di Windows Sockets.

winsock-10054 = Connessione reimpostata dall’host remoto
    .description = 10054 non è una risposta FTP ma l’errore di Windows Sockets WSAECONNRESET, connessione reimpostata dall’host remoto: l’altra estremità, o un dispositivo lungo il percorso, ha reimpostato bruscamente la connessione TCP. L’errore è segnalato dal sistema operativo del client; un server FTP non lo invia mai, poiché una risposta FTP è un numero a tre cifre (RFC 959, sezione 4.2).
    .seen = I client FTP per Windows mostrano 10054 nel log se la connessione di controllo o dati cade a metà sessione, per esempio perché il processo del server si è arrestato, il server ha chiuso bruscamente la connessione o un firewall l’ha interrotta.
    .fix = Si riconnetta e controlli l’ultima vera risposta FTP prima dell’errore: un 421 significa che il server ha chiuso la sessione di proposito. Se le reimpostazioni si ripetono, consulti il log del server e verifichi i firewall o i dispositivi NAT tra client e server, che possono interrompere le connessioni lunghe o inattive.

winsock-10060 = Timeout della connessione
    .description = 10060 non è una risposta FTP ma l’errore di Windows Sockets WSAETIMEDOUT, timeout della connessione: l’host remoto non ha risposto a un tentativo di connessione entro il tempo previsto, oppure una connessione stabilita ha smesso di rispondere. L’errore proviene dal sistema operativo del client, mai dal server FTP, le cui risposte sono numeri a tre cifre (RFC 959, sezione 4.2).
    .seen = I client FTP per Windows segnalano 10060 se non riescono affatto a raggiungere il server, a causa di un nome host o di un indirizzo errato, di un server spento o di un firewall che scarta silenziosamente i pacchetti. L’errore compare anche se l’autenticazione riesce ma la connessione dati di un elenco o di un trasferimento non si può aprire.
    .fix = Verifichi il nome host e la porta, e si assicuri che il server sia in funzione e raggiungibile dalla propria rete. Se l’autenticazione riesce ma gli elenchi o i trasferimenti vanno in timeout, la connessione dati è bloccata: verifichi che i firewall consentano la porta inviata dal client con PORT o EPRT, o le porte passive annunciate nella risposta 227 o 229.

winsock-10061 = Connessione rifiutata
    .description = 10061 non è una risposta FTP ma l’errore di Windows Sockets WSAECONNREFUSED, connessione rifiutata: l’host di destinazione ha rifiutato attivamente la connessione, in genere perché nessun programma è in ascolto su quella porta. L’errore è segnalato dal sistema operativo del client; un server FTP non può inviarlo, perché le risposte FTP sono numeri a tre cifre (RFC 959, sezione 4.2).
    .seen = I client FTP per Windows segnalano 10061 già al tentativo di connessione se il server FTP non è in esecuzione, è in ascolto su un’altra porta o un firewall rifiuta la connessione. L’errore può riguardare anche una connessione dati, se nulla è in ascolto sulla porta prevista per il trasferimento.
    .fix = Verifichi che il server FTP sia in funzione, individui la porta su cui è in ascolto (21 per impostazione predefinita) e si assicuri che il client si connetta proprio a quell’host e a quella porta. Se vengono rifiutate solo le connessioni dati, verifichi gli indirizzi e le porte scambiati con PORT, EPRT o nella risposta 227 o 229.

winsock-10066 = Directory non vuota
    .description = 10066 non è una risposta FTP ma l’errore di Windows Sockets WSAENOTEMPTY, directory non vuota, uno dei nomi di errore che Winsock riprende dall’elenco degli errori di Unix BSD. Un server FTP non lo invia mai, poiché le risposte FTP sono numeri a tre cifre (RFC 959, sezione 4.2).
    .seen = Compare in elenchi di codici di errore FTP pubblicati per alcuni client Windows, presentato come un errore nell’eliminazione di una directory che contiene ancora file. Nel protocollo FTP vero e proprio, un server che rifiuta di eliminare una directory risponde a RMD con un codice a tre cifre come 550.
    .fix = Cerchi nel log del client la risposta che il server ha effettivamente inviato a RMD. Per eliminare una directory, elimini prima i suoi file e le sue sottodirectory, poi invii di nuovo RMD.

winsock-10068 = Quota di utenti superata
    .description = 10068 non è una risposta FTP ma l’errore di Windows Sockets WSAEUSERS, quota di utenti superata, un altro nome di errore che Winsock riprende dall’elenco degli errori di Unix BSD. Un server FTP non lo invia mai, perché le risposte FTP sono numeri a tre cifre (RFC 959, sezione 4.2).
    .seen = Alcuni elenchi di codici di errore FTP per client Windows lo presentano come un server pieno, con troppi utenti. Un vero server FTP che non può accettare un’altra sessione lo comunica con un codice a tre cifre: la RFC 959 consente 421 al posto del messaggio di benvenuto 220 quando il servizio non è disponibile.
    .fix = Cerchi nel log del client la risposta che il server ha effettivamente inviato. Se si tratta di un 421 che indica troppi utenti, si riconnetta più tardi, oppure chieda all’amministratore di alzare il limite di connessioni.

## Numeri a tre cifre che nessuna RFC definisce, presenti in elenchi di codici FTP e in alcuni server.

unassigned-231 = Utente disconnesso
    .description = Nessuna RFC definisce 231. Alcuni elenchi di codici FTP gli attribuiscono un testo che annuncia la disconnessione dell’utente e la fine del servizio, ma la risposta che la RFC 959 definisce per la fine di una sessione è 221, «Il servizio chiude la connessione di controllo», la risposta a QUIT (sezione 4.1.1). Un client che segue le RFC conosce 231 solo dalla prima cifra, che ne fa una risposta positiva di completamento (sezione 4.2).
    .seen = Si riceve 231 solo da un server che numera le risposte a modo suo, in risposta a QUIT o quando chiude la sessione; i server conformi rispondono a QUIT con 221.
    .fix = Non c’è nulla da correggere: tratti 231 come la fine della sessione, come farebbe con 221. Se sta sviluppando il server, risponda a QUIT con 221, come prevede la RFC 959, sezione 5.4.

unassigned-430 = Credenziali rifiutate
    .description = Nessuna RFC definisce 430. Alcuni server e alcuni elenchi di codici FTP lo usano con il testo «Invalid username or password», ma la RFC 959 risponde a un’autenticazione non riuscita con 530, «Non connesso», che la sezione 5.4 prevede per USER, PASS e ACCT. Con la prima cifra 4, inoltre, l’errore risulterebbe temporaneo (sezione 4.2), mentre una password errata non lo è.
    .seen = Si riceve 430 dopo USER o PASS da un server che numera le risposte a modo suo, quando il nome utente o la password sono errati.
    .fix = Verifichi il nome utente e la password, poi si autentichi di nuovo; non invii le stesse credenziali in ciclo, perché l’errore non è temporaneo. Se sta sviluppando il server, risponda a un’autenticazione non riuscita con 530.

unassigned-434 = Host richiesto non disponibile
    .description = Nessuna RFC definisce 434. Alcuni elenchi di codici FTP gli attribuiscono il testo «Requested host unavailable», ma la RFC 7151, che definisce HOST per gli host virtuali, risponde con codici esistenti: 421 quando l’host è normalmente accettato ma temporaneamente non disponibile, dopo di che il server chiude la connessione, e 504 quando l’host è sconosciuto o il server si rifiuta di trattare la connessione come destinata a quell’host.
    .seen = Si riceve 434 dopo HOST da un server che numera le risposte a modo suo, quando non gestisce l’host virtuale indicato.
    .fix = Verifichi il nome host inviato con HOST. Se l’host dovrebbe esistere, si riconnetta più tardi o si rivolga all’amministratore del server. Se sta sviluppando il server, risponda con 421 o 504, come descrive la RFC 7151, sezione 3.
