## Codici di risposta 1yz: risposta positiva preliminare.

code-110 = Marcatore di ripresa
    .text = Risposta con marcatore di ripresa
    .description = Nella RFC 959, il testo di 110 è «Risposta con marcatore di ripresa». La RFC 959 definisce 110 come una risposta preliminare che segnala un marcatore di ripresa durante un trasferimento, e la RFC 1123 ne corregge il formato, che deve essere esattamente MARK ssss = rrrr. Qui ssss è il marcatore che il mittente ha inserito nel flusso di dati e rrrr la posizione corrispondente nel file system del destinatario.
    .seen = I marcatori di ripresa esistono solo in modalità a blocchi e in modalità compressa: un trasferimento nella modalità a flusso predefinita non produce quindi mai un 110. Un server che riceve dati con marcatori di ripresa invia 110 sulla connessione di controllo ogni volta che ha salvato i dati fino a un marcatore; la RFC 959 lo prevede per STOR, STOU, RETR e APPE, e questa risposta può arrivare mentre i dati sono ancora in transito.
    .fix = Non c’è nulla da correggere. Un client che gestisce la ripresa deve conservare ogni coppia di marcatori e, dopo un guasto, inviare REST con il marcatore del server, seguito immediatamente dal comando del trasferimento interrotto.

code-120 = Servizio pronto a breve
    .text = Servizio pronto tra nnn minuti
    .description = Nella RFC 959, il testo di 120 è «Servizio pronto tra nnn minuti». La RFC 959 definisce 120 come una risposta preliminare: il server ha accettato la connessione ma non può ancora ricevere comandi, e nnn indica l’attesa prevista. Una risposta 220 segue non appena il servizio è pronto.
    .seen = Si riceve 120 come prima risposta dopo la connessione, da un server che non può accettare comandi subito. La RFC 959 lo prevede anche dopo REIN, prima del 220 che conferma la reinizializzazione.
    .fix = Non c’è nulla da correggere: mantenga aperta la connessione e attenda la risposta 220 prima di inviare qualsiasi comando. La RFC 959 prevede 120 proprio perché il client sappia di non dover chiudere la connessione durante l’attesa.

code-125 = Connessione dati già aperta
    .text = Connessione dati già aperta; inizio del trasferimento
    .description = Nella RFC 959, il testo di 125 è «Connessione dati già aperta; inizio del trasferimento». La RFC 959 definisce 125 come una risposta preliminare a un comando di trasferimento quando una connessione dati è già aperta, per cui il trasferimento inizia subito su di essa. Per STOU, la RFC 1123 impone il testo esatto 125 FILE: pppp, dove pppp è il percorso univoco del file in corso di scrittura.
    .seen = Questa risposta precede i dati di STOR, STOU, RETR, LIST, NLST o APPE quando la connessione dati è già stabilita, per esempio perché è rimasta aperta dopo un trasferimento precedente in modalità a blocchi o compressa. Una seconda risposta, in genere 226 o 250, segue alla fine del trasferimento.
    .fix = Non c’è nulla da correggere. Attenda la risposta finale prima di inviare un altro comando e, dopo STOU, legga il nome del file salvato nel testo della risposta 125.

code-150 = Stato del file corretto
    .text = Stato del file corretto; apertura della connessione dati
    .description = Nella RFC 959, il testo di 150 è «Stato del file corretto; apertura della connessione dati». La RFC 959 definisce 150 come una risposta preliminare: il server accetta il comando di trasferimento e si prepara ad aprire la connessione dati. Per STOU, la RFC 1123 impone il testo esatto 150 FILE: pppp, dove pppp è il percorso univoco del file in corso di scrittura.
    .seen = 150 è la prima risposta abituale a RETR, STOR, STOU, APPE, LIST e NLST, e la RFC 3659 lo usa per aprire l’elenco inviato da MLSD. Una risposta finale come 226 segue alla fine del trasferimento, oppure 425 o 426 se la connessione dati non riesce. Con TLS, la RFC 4217 precisa che 150 significa soltanto che il comando è accettabile al livello PROT in vigore, e può ancora seguire un 522 se la negoziazione TLS fallisce sulla connessione dati.
    .fix = Non c’è nulla da correggere: attenda i dati, poi la risposta finale. Se il trasferimento si blocca o termina con 425, non è stato possibile stabilire la connessione dati: verifichi che l’indirizzo e la porta annunciati da PASV, EPSV, PORT o EPRT siano raggiungibili tra client e server.
