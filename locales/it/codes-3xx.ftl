## Codici di risposta 3yz: risposta positiva intermedia.

code-331 = Password richiesta
    .text = Nome utente corretto, password richiesta
    .description = Nella RFC 959, il testo di 331 è «Nome utente corretto, password richiesta». La RFC 959 definisce 331 come la risposta positiva intermedia a USER: il server ha accettato il nome e attende la password per completare l’autenticazione. La RFC 2577 consiglia ai server di rispondere con 331 a qualsiasi comando USER, per non rivelare quali nomi utente esistono.
    .seen = Si riceve 331 subito dopo aver inviato USER a un server che chiede una password: è la normale sequenza di autenticazione. A causa del consiglio della RFC 2577, un 331 non prova che il nome esista: un server che lo segue rifiuta un nome errato solo dopo PASS, in genere con 530.
    .fix = Non c’è nulla da correggere. Invii PASS con la password; il server risponde allora con 230 se l’autenticazione è completata, con 332 se gli serve anche un account o con 530 se rifiuta le credenziali.

code-332 = Account richiesto
    .text = Account richiesto per l’autenticazione
    .description = Nella RFC 959, il testo di 332 è «Account richiesto per l’autenticazione». La RFC 959 definisce 332 come una risposta positiva intermedia: il server ha bisogno di un account, trasmesso con il comando ACCT, per completare l’autenticazione. La sezione 4.1.1 consente anche di rispondere con 332 a un comando successivo che richiede un account, se il server lo tiene in sospeso fino alla ricezione di ACCT; se invece lo scarta, risponde con 532.
    .seen = Si riceve 332 dopo USER o PASS su un server che richiede un account oltre al nome e alla password. Questo codice può arrivare anche in risposta a un comando successivo, come STOR, su un sito che chiede un account solo per certi accessi, per esempio il caricamento di file.
    .fix = Invii ACCT con l’account fornito dall’amministratore del server; a quel punto l’autenticazione, o il comando in sospeso, prosegue. Se non dispone di un account, ne chieda uno all’amministratore: su questo server nome e password non bastano.

code-334 = Dati di sicurezza richiesti
    .description = La RFC 2228 definisce 334 come la risposta ad AUTH quando il server accetta il meccanismo di sicurezza richiesto e ha bisogno di dati di sicurezza per proseguire. La RFC non fissa alcun testo: la risposta può contenere ADAT=base64data, dati di sicurezza del server che il client usa per costruire il comando ADAT successivo. La RFC 4217 precisa che 334 è errato per AUTH TLS, poiché nessuno scambio ADAT segue una negoziazione TLS.
    .seen = Si riceve 334 dopo AUTH con un meccanismo di sicurezza che scambia i propri dati tramite ADAT. Un server che risponde con 334 ad AUTH TLS non rispetta la RFC 4217, che prevede 234.
    .fix = Non c’è nulla da correggere: prosegua lo scambio inviando ADAT con i dati base64 prodotti dal meccanismo, finché il server non risponde con 235. Se il client ha richiesto AUTH TLS e ha ricevuto 334, lo segnali all’amministratore del server, perché un client TLS attende 234 prima di avviare la negoziazione TLS.

code-335 = Altri dati di sicurezza richiesti
    .description = La RFC 2228 definisce 335 come la risposta ad ADAT quando il server accetta i dati di sicurezza ma ne attende altri per completare lo scambio. La RFC non fissa alcun testo: la risposta può contenere ADAT=base64data, dati che il client elabora prima di inviare l’ADAT successivo.
    .seen = Si riceve 335 a metà di uno scambio AUTH e ADAT, con i meccanismi di sicurezza che richiedono più passaggi di andata e ritorno. A un 335 segue normalmente un nuovo ADAT del client, finché il server non risponde con 235.
    .fix = Non c’è nulla da correggere: il client deve inviare il comando ADAT successivo con i dati prodotti dal proprio meccanismo di sicurezza. Se lo scambio si ferma qui, verifichi che client e server supportino lo stesso meccanismo; uno scambio non riuscito termina con 535 se i dati vengono rifiutati, o con 501 se il base64 non è decodificabile.

code-336 = Sfida per la password
    .text = Nome utente corretto, password richiesta. La sfida è “....”
    .description = Nella RFC 2228, il testo di 336 è «Nome utente corretto, password richiesta. La sfida è “....”». La RFC 2228 definisce 336 come la risposta a USER quando il meccanismo di sicurezza richiede una password di tipo challenge-response: il testo della risposta dovrebbe contenere la sfida, in una forma comprensibile a una persona. Il client deve mostrare la sfida all’utente prima di chiedergli la password.
    .seen = Si riceve 336 invece di 331 dopo USER, su un server il cui meccanismo di sicurezza, negoziato con AUTH e ADAT, richiede una password di tipo challenge-response.
    .fix = Legga la sfida nel testo della risposta, la usi per costruire la password che il meccanismo di sicurezza si aspetta, poi invii la password con PASS. Un client non dovrebbe chiedere la password prima che il server abbia risposto a USER, perché la password dipende dalla sfida.

code-350 = In attesa di informazioni
    .text = Azione richiesta sul file in attesa di ulteriori informazioni
    .description = Nella RFC 959, il testo di 350 è «Azione richiesta sul file in attesa di ulteriori informazioni». La RFC 959 prevede 350 come risposta positiva intermedia a REST e a RNFR: il server ha accettato il comando e attende quello che lo completa. La RFC 3659 mantiene 350 come risposta a REST in modalità a flusso (MODE S), il cui argomento è il numero di byte da saltare all’inizio del trasferimento successivo.
    .seen = Si riceve 350 dopo REST, prima di un RETR o di uno STOR che riprende un trasferimento, e dopo RNFR, prima dell’RNTO che indica il nuovo nome. È il normale passaggio intermedio della ripresa di un trasferimento e di una ridenominazione.
    .fix = Non c’è nulla da correggere: invii il comando che conclude la sequenza, RNTO subito dopo RNFR, o il comando di trasferimento subito dopo REST. La RFC 959 esige che questi comandi si susseguano immediatamente: un RNTO che non segue direttamente RNFR riceve 503, e la RFC 3659 lascia indefinito l’effetto di un REST inviato in qualsiasi momento che non sia immediatamente prima del trasferimento.
