## Codici di risposta 4yz: risposta negativa temporanea.

code-421 = Servizio non disponibile
    .text = Servizio non disponibile, chiusura della connessione di controllo
    .description = Nella RFC 959, il testo di 421 è «Servizio non disponibile, chiusura della connessione di controllo». La RFC 959 consente al server di inviare 421 appena un client si connette, se non può servirlo, e in risposta a qualsiasi comando se sa di doversi arrestare; il server chiude poi la connessione di controllo. Come ogni risposta 4yz, 421 segnala una condizione temporanea: il client può riconnettersi più tardi.
    .seen = Si riceve 421 al posto del messaggio di benvenuto 220 se il server non può accettare la sessione, oppure in risposta a un comando durante l’arresto del servizio. La RFC 2577 suggerisce di inviare 421 e chiudere la connessione dopo un numero di password errate compreso tra 3 e 5, la RFC 7151 lo usa per un HOST il cui host virtuale è temporaneamente non disponibile, e la RFC 4217 per una negoziazione TLS non riuscita dopo AUTH TLS.
    .fix = Attenda, poi si riconnetta; il testo della risposta, destinato all’utente, ne indica spesso il motivo. Se questo 421 segue diversi tentativi di autenticazione falliti, verifichi nome utente e password prima di riprovare. La RFC 1123 raccomanda ai client di rilevare la chiusura della connessione di controllo anziché trattare 421 in modo particolare.

code-425 = Impossibile aprire la connessione dati
    .text = Impossibile aprire la connessione dati
    .description = Nella RFC 959, il testo di 425 è «Impossibile aprire la connessione dati». La RFC 959 definisce 425 come una risposta negativa temporanea: il server non è riuscito a stabilire la connessione dati di cui il comando di trasferimento ha bisogno, per cui nessun file né elenco è stato inviato o ricevuto. La RFC 959 colloca 425 dopo la risposta preliminare 125 o 150 di STOR, STOU, RETR, LIST, NLST e APPE.
    .seen = Si riceve 425 all’avvio di un elenco, di uno scaricamento o di un caricamento. Una causa frequente è un firewall o un dispositivo NAT che blocca la connessione dati: in modalità attiva (PORT o EPRT) il server non riesce a raggiungere l’indirizzo e la porta annunciati dal client; in modalità passiva (PASV o EPSV) la connessione del client verso la porta annunciata dal server non arriva mai.
    .fix = Verifichi la modalità usata dal client e si assicuri che i firewall di entrambe le parti lascino passare la connessione dati: in modalità attiva, la porta che il client invia con PORT o EPRT; in modalità passiva, le porte che il server annuncia nelle risposte 227 o 229. Se il client si trova dietro un NAT, spesso è utile passarlo in modalità passiva. Come ogni risposta 4yz, 425 consente di ripetere il trasferimento una volta risolto il problema di connessione.

code-426 = Trasferimento interrotto
    .text = Connessione chiusa; trasferimento interrotto
    .description = Nella RFC 959, il testo di 426 è «Connessione chiusa; trasferimento interrotto». La RFC 959 definisce 426 come la risposta che conclude un comando di trasferimento quando la connessione dati è stata chiusa prima della fine del trasferimento. La sezione 4.1.3 lo usa per ABOR: se è in corso un trasferimento, il server lo interrompe, chiude la connessione dati, risponde al comando di trasferimento con 426 e poi ad ABOR con 226.
    .seen = Si riceve 426 subito dopo aver inviato ABOR durante un trasferimento, seguito immediatamente da 226: è la normale conclusione di un trasferimento annullato. Questo codice compare anche senza ABOR se la connessione dati cade a metà trasferimento, per esempio perché un dispositivo di rete l’ha interrotta o perché l’altra estremità si è arrestata.
    .fix = Dopo un ABOR non c’è nulla da correggere. Altrimenti ripeta il trasferimento, con REST per riprenderlo dal punto in cui si è fermato se il server lo consente, e verifichi il percorso di rete della connessione dati se l’errore si ripete.

code-431 = Risorsa di sicurezza non disponibile
    .text = Serve una risorsa non disponibile per elaborare la sicurezza
    .description = Nella RFC 2228, il testo di 431 è «Serve una risorsa non disponibile per elaborare la sicurezza». La RFC 2228 definisce 431 come la risposta ad AUTH o PROT quando il server non è in grado di accettare il meccanismo di sicurezza o il livello di protezione richiesto, per esempio perché una risorsa necessaria non è disponibile; un server che rifiuta per scelta risponde invece con 534. La RFC 959 mostra 431 solo in un esempio della sua appendice II, un CWD sotto TOPS-20, che è un’illustrazione e non una definizione del codice.
    .seen = Si riceve 431 dopo AUTH o PROT su un server che supporta il meccanismo o il livello di protezione richiesto, ma in quel momento non può fornirlo perché un elemento da cui il meccanismo dipende manca o non è raggiungibile.
    .fix = Come ogni risposta 4yz, 431 descrive una condizione temporanea: invii di nuovo il comando più tardi. Se la condizione persiste, l’amministratore del server deve cercare nel log del server la risorsa che manca al meccanismo di sicurezza.

code-450 = File temporaneamente non disponibile
    .text = Azione richiesta sul file non eseguita. File non disponibile (per esempio, file occupato)
    .description = Nella RFC 959, il testo di 450 è «Azione richiesta sul file non eseguita. File non disponibile (per esempio, file occupato)». La RFC 959 definisce 450 come una risposta negativa temporanea: l’azione non si è potuta eseguire ora, ma lo stesso comando può riuscire più tardi, a differenza di 550, che segnala una condizione permanente come un file inesistente o un accesso negato.
    .seen = Si riceve 450 in risposta a RETR, STOR, STOU, APPE, DELE, RNFR, LIST, NLST o STAT se il file o la directory è in uso o bloccato, per esempio da un altro trasferimento che scrive nello stesso file.
    .fix = Attenda, poi invii di nuovo il comando, dato che la condizione dovrebbe essere temporanea. Se 450 si ripete continuamente per lo stesso file, cerchi sul server che cosa lo tiene occupato.

code-451 = Errore di elaborazione locale
    .text = Azione richiesta interrotta: errore di elaborazione locale
    .description = Nella RFC 959, il testo di 451 è «Azione richiesta interrotta: errore di elaborazione locale». La RFC 959 definisce 451 come una risposta negativa temporanea: un errore sul server ha fermato il comando, che può riuscire se ripetuto più tardi. La RFC 2389 usa 451 anche in risposta a OPTS quando una condizione temporanea sul server gli impedisce di accettare l’opzione.
    .seen = Si riceve 451 durante o subito dopo un RETR, STOR, STOU, APPE, LIST o NLST, se il server ha un problema interno, come un errore di lettura o scrittura sul suo sistema di archiviazione o un altro guasto.
    .fix = Invii di nuovo il comando più tardi: l’errore dipende dal server, non dalla richiesta. Se si ripete, l’amministratore del server deve cercare l’errore originario nel log del server.

code-452 = Spazio di archiviazione insufficiente
    .text = Azione richiesta non eseguita. Spazio di archiviazione insufficiente nel sistema
    .description = Nella RFC 959, il testo di 452 è «Azione richiesta non eseguita. Spazio di archiviazione insufficiente nel sistema». La RFC 959 definisce 452 come una risposta negativa temporanea a STOR, STOU e APPE: il server non ha ora spazio sufficiente per salvare il file, una condizione che può risolversi più tardi.
    .seen = Si riceve 452 durante un caricamento con STOR, STOU o APPE su un server il cui disco, volume o area di archiviazione è pieno.
    .fix = Liberi spazio sul server, o chieda al suo amministratore di farlo, poi ripeta il caricamento. A differenza di 552, che segnala il superamento dello spazio assegnato alla directory o al dataset, 452 riguarda l’archiviazione del sistema nel suo complesso.
