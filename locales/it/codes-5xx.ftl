## Codici di risposta 5yz: risposta negativa permanente.

code-500 = Comando non riconosciuto
    .text = Errore di sintassi, comando non riconosciuto
    .description = Nella RFC 959, il testo di 500 è «Errore di sintassi, comando non riconosciuto». La RFC 959 prevede 500 quando il server non comprende il comando stesso, e precisa che ciò può includere una riga di comando troppo lunga. Le RFC successive si basano sulla stessa risposta: un server che non conosce AUTH deve rispondere con 500 (RFC 2228), e 500 o 502 indica al client che FEAT non è supportato (RFC 2389).
    .seen = Si riceve 500 dopo un errore di battitura in un comando, un nome di comando che il server non conosce o una riga troppo lunga. È anche la risposta abituale di un server datato ai comandi di estensione che non implementa, come AUTH, FEAT, EPSV, MLSD o SIZE.
    .fix = Verifichi l’ortografia del comando e la lunghezza della riga inviata dal client. Se si tratta di un’estensione, il server non la supporta: invii FEAT per vedere le estensioni che annuncia (RFC 2389), oppure torni al comando della RFC 959, per esempio PASV invece di EPSV o LIST invece di MLSD.

code-501 = Errore di sintassi nei parametri
    .text = Errore di sintassi nei parametri o negli argomenti
    .description = Nella RFC 959, il testo di 501 è «Errore di sintassi nei parametri o negli argomenti». La RFC 959 prevede 501 per un comando che il server riconosce ma di cui non può accettare gli argomenti così come sono scritti, e lo indica per quasi tutti i comandi. Le RFC di estensione lo usano allo stesso modo, per esempio per un FEAT inviato con un parametro (RFC 2389), un EPRT o un EPSV malformato (RFC 2428) o dati ADAT che non sono base64 valido (RFC 2228).
    .seen = Si riceve 501 soprattutto dopo un comando PORT o EPRT con un indirizzo malformato, dopo un valore di PBSZ che il server non sa leggere, o dopo un comando accompagnato da un argomento che non accetta, come FEAT con un parametro. La RFC 3659 impone 501 anche quando MLSD indica un file e non una directory, e la RFC 7151 quando HOST contiene un numero di porta.
    .fix = Confronti il comando inviato dal client con la sintassi definita dalla sua RFC, argomento per argomento: il server ha compreso il nome del comando, quindi il problema è in ciò che segue. Per ottenere informazioni su un singolo file usi MLST invece di MLSD, che elenca solo directory.

code-502 = Comando non implementato
    .text = Comando non implementato
    .description = Nella RFC 959, il testo di 502 è «Comando non implementato». La RFC 959 riserva 502 a un comando che richiede un’azione non specifica del sito e che il server non implementa; un comando superfluo su quel sistema riceve invece 202, e un comando implementato ma chiamato con un parametro che non gestisce riceve 504. La RFC 2228 usa 502 quando un server riconosce AUTH senza implementare le estensioni di sicurezza, e la RFC 2389 ammette 500 o 502 da un server senza FEAT.
    .seen = Si riceve 502 quando il server ha tralasciato un comando che la RFC 1123 non impone, come SMNT, REIN, REST o ABOR, o un’estensione come FEAT, LANG o AUTH. Un client che verifica la presenza di un’estensione dovrebbe interpretare 502, al pari di 500, come un semplice no.
    .fix = Il comando in sé non è sbagliato: il server non lo offre, e ripeterlo non serve. Raggiunga lo stesso obiettivo in altro modo, per esempio con un trasferimento completo invece di una ripresa con REST, oppure chieda all’amministratore se la funzione può essere attivata. La RFC 1123 impone a ogni server comandi come PASV, LIST, DELE, MKD e STAT, salvo che il suo sistema non lo consenta; un 502 a uno di essi segnala quindi un server che si discosta dalla RFC 1123 o un limite del suo sistema.

code-503 = Sequenza errata
    .text = Sequenza di comandi errata
    .description = Nella RFC 959, il testo di 503 è «Sequenza di comandi errata». Il server ha compreso il comando, che però non è valido in questa fase della sessione. La RFC 959 prevede 503 per PASS, ACCT e RNTO. La sezione 3 della RFC 2228 lo aggiunge per un ADAT inviato prima che un AUTH sia stato accettato, o dopo uno scambio di sicurezza completato che nessun nuovo comando AUTH ha reimpostato; per PBSZ, MIC, CONF ed ENC inviati prima della fine di uno scambio di dati di sicurezza; per un PROT inviato prima di PBSZ; e per MIC, CONF ed ENC su un server la cui policy richiede prima CCC. La RFC 3659 lo include tra le risposte possibili a MLST e MLSD.
    .seen = Il server risponde con 503 quando PASS arriva senza un USER precedente, quando ACCT viene inviato prima dell’inizio dell’autenticazione, o quando RNTO non segue direttamente RNFR. Con estensioni di sicurezza come TLS risponde con 503 anche quando PBSZ o PROT arriva prima che AUTH sia riuscito, o PROT prima di PBSZ. Un server che supporta la RFC 7151 risponde con 503 anche a un comando HOST inviato dopo l’autenticazione.
    .fix = Invii i comandi nell’ordine richiesto dal protocollo: USER prima di PASS, RNFR subito prima di RNTO, AUTH prima di PBSZ e PBSZ prima di PROT. Verifichi che il client mantenga quest’ordine dopo una riconnessione, e consulti il log del server per vedere quale comando è arrivato per primo.

code-504 = Parametro non implementato
    .text = Comando non implementato per quel parametro
    .description = Nella RFC 959, il testo di 504 è «Comando non implementato per quel parametro». La RFC 959 presenta 504 come una precisazione di 502: il server implementa il comando, ma non il parametro richiesto; lo indica per MODE, TYPE, STRU e ALLO. Le RFC successive lo riprendono per un meccanismo AUTH o un livello PROT sconosciuto (RFC 2228), un tag di lingua che LANG non implementa (RFC 2640) e un host virtuale che il comando HOST non conosce o si rifiuta di servire (RFC 7151).
    .seen = Si riceve 504 dopo aver richiesto una modalità, un tipo o una struttura di trasferimento che il server non gestisce, come MODE B o STRU P, o dopo un AUTH che indica un meccanismo sconosciuto al server. La RFC 2577 suggerisce 504 per un comando PORT che punta a una porta TCP inferiore a 1024, per bloccare gli attacchi di tipo bounce, e la RFC 2228 consente a un server di rispondere con 504 invece che con 534 se non vuole rivelare di supportare il meccanismo che rifiuta.
    .fix = Torni ai valori che la RFC 959 e la RFC 1123 impongono a ogni server: MODE S, STRU F e TYPE A o TYPE I. Per AUTH scelga un meccanismo supportato dal server, come TLS (RFC 4217); per un PORT rifiutato, metta il client in ascolto su una porta superiore a 1023 o passi alla modalità passiva.

code-521 = Impossibile aprire la connessione dati

code-521-rfc1639 = Famiglia di indirizzi non supportata
    .text = Le famiglie di indirizzi supportate sono (af1, af2, ..., afn)
    .description = La RFC 1639, un’estensione sperimentale per gli indirizzi di rete lunghi, aggiunge 521 per un server che accetta LPRT o LPSV ma non la famiglia di indirizzi richiesta. Il testo che suggerisce annuncia le famiglie di indirizzi supportate nella forma (af1, af2, ..., afn), dove l’elenco riporta i numeri delle famiglie accettate dal server. Gli errori di sintassi in questi comandi ricevono 500 o 501, come per PORT e PASV.
    .seen = Questo significato si incontra solo con client e server che usano i comandi LPRT e LPSV della RFC 1639, quando il client chiede una connessione dati in una famiglia di indirizzi che il server non sa gestire.
    .fix = Legga l’elenco delle famiglie nella risposta e invii di nuovo LPRT con una di esse. La RFC 1639 numera le famiglie in base alla versione di IP (4 per IP), quindi questi valori differiscono da quelli di EPRT; per IPv4 e IPv6 la scelta normale sono i comandi EPRT ed EPSV della RFC 2428.

code-521-rfc4217 = Impostazione PROT non adeguata
    .text = impossibile aprire la connessione dati con questa impostazione PROT
    .description = La RFC 4217, che protegge FTP con TLS, riprende 521 per un trasferimento rifiutato a causa del livello di protezione dei dati impostato con PROT. Il testo indica che la connessione dati non può essere aperta con questa impostazione PROT, e il server lo invia a STOR, RETR, NLST, LIST, STOU o APPE prima di qualsiasi risposta 1xx, per cui non viene aperta alcuna connessione dati.
    .seen = Si riceve questo 521 su un server FTPS che controlla il livello di protezione di ogni trasferimento, quando il livello in vigore non è quello richiesto, in genere il livello C (in chiaro) mentre il server impone il livello P (privato). La RFC 4217 fa del livello C il livello iniziale: un client che non invia mai PROT P riceve quindi questa risposta da un server di questo tipo fin dal primo elenco o trasferimento.
    .fix = Dopo AUTH TLS invii PBSZ 0 e poi PROT P, e ripeta il comando: la RFC 4217 richiede PBSZ prima di PROT e usa solo i livelli C e P. Se il client usa già PROT P, chieda all’amministratore quale livello richiede ciascun trasferimento, perché il server può deciderlo trasferimento per trasferimento.

code-522 = Errore della porta estesa

code-522-rfc2428 = Protocollo di rete non supportato
    .text = Protocollo di rete non supportato, usare (1,2)
    .description = La RFC 2428 definisce 522 come un errore della porta estesa dovuto a un protocollo di rete sconosciuto: il server non supporta il protocollo di rete indicato in EPRT, o in EPSV con argomento. Il testo deve dire che il protocollo non è supportato e terminare con i numeri delle famiglie di indirizzi accettate, tra parentesi, per esempio (1,2), dove 1 indica IPv4 e 2 IPv6.
    .seen = Si riceve questo 522 quando il client invia EPRT con una famiglia di indirizzi che il server non gestisce, per esempio un indirizzo IPv6 a un server che conosce solo IPv4, o quando chiede un protocollo del genere con EPSV 2 o EPSV 1.
    .fix = Legga i numeri di famiglia tra parentesi e riprovi con uno di essi, per esempio EPRT con un indirizzo IPv4. Un semplice EPSV senza argomento evita il problema, poiché il server usa allora il protocollo della connessione di controllo.

code-522-rfc4217 = Negoziazione TLS non riuscita
    .description = La RFC 4217 riprende 522 per un errore TLS sulla connessione dati: dopo la risposta 150, il server chiude la porta dati e invia 522 se la negoziazione TLS non è riuscita o non è accettabile. La sezione 11.4 consente anche al server di rispondere con 522 a un comando di trasferimento quando il livello di protezione dei dati in vigore non basta per quel trasferimento. La RFC 4217 non fissa alcun testo per questa risposta.
    .seen = Si riceve questo 522 durante trasferimenti o elenchi FTPS, quando la negoziazione TLS sulla connessione dati fallisce, per esempio perché il server giudica inaccettabile la cipher suite negoziata. La RFC 4217 consente anche a un server di esigere che la connessione dati riprenda una sessione TLS in cache, quella di una connessione dati precedente o di una connessione di controllo riportata in chiaro con CCC, e di rifiutare un client che ne apre una nuova.
    .fix = Verifichi le impostazioni TLS che il client applica alle connessioni dati: attivi per esse la ripresa della sessione TLS, proponga cipher suite accettate dal server e legga il testo del 522, che dovrebbe indicare il motivo del rifiuto. Se il 522 arriva direttamente in risposta al comando, imposti la protezione richiesta dal server con PBSZ 0 e PROT P, poi riprovi.

code-530 = Utente non connesso
    .text = Non connesso
    .description = Nella RFC 959, il testo di 530 è «Non connesso». La RFC 959 usa 530 per rifiutare l’autenticazione, in risposta a USER, PASS o ACCT, e per rifiutare quasi tutti gli altri comandi inviati prima che l’utente si sia autenticato. La RFC 2228 lo aggiunge per PBSZ e PROT, e la RFC 3659 per MLST e MLSD.
    .seen = Di solito si riceve 530 dopo PASS, perché il nome utente o la password sono errati, o perché l’account non è autorizzato ad accedere. Arriva anche dopo un comando come CWD, LIST o RETR inviato prima di un’autenticazione riuscita. La RFC 2577 consiglia ai server di rispondere con 331 a ogni USER e di rifiutare poi la coppia nome e password, per cui un 530 dopo PASS non indica quale dei due fosse errato.
    .fix = Verifichi il nome utente, la password e l’eventuale account richiesto dal server, poi si autentichi con USER e PASS prima di qualsiasi altro comando. La RFC 4217 consente a un server di rifiutare comandi finché la sessione non è protetta: se il server richiede FTPS, invii AUTH TLS prima di USER. Eviti i tentativi ripetuti, perché la RFC 2577 consiglia ai server di chiudere la connessione con un 421 dopo un numero di password errate compreso tra 3 e 5.

code-532 = Account richiesto per l’archiviazione
    .text = Account richiesto per archiviare file
    .description = Nella RFC 959, il testo di 532 è «Account richiesto per archiviare file». La RFC 959 prevede 532 per STOR, STOU, APPE e RNTO sui server che chiedono informazioni di account con ACCT per certe operazioni anziché all’autenticazione. La RFC spiega la scelta tra 332 e 532: il server risponde con 332 quando tiene il comando in sospeso in attesa dell’ACCT e con 532 quando lo scarta.
    .seen = Si riceve 532 dopo essersi autenticati senza account, quando si carica, si accoda o si rinomina un file su un server che richiede informazioni di account prima di archiviare file.
    .fix = Invii ACCT con le informazioni del suo account, poi ripeta il comando, perché dopo un 532 il server lo ha scartato. Chieda all’amministratore la stringa dell’account se non ce l’ha.

code-533 = Livello di protezione rifiutato
    .text = Livello di protezione del comando negato per motivi di policy
    .description = Nella RFC 2228, il testo di 533 è «Livello di protezione del comando negato per motivi di policy». La RFC 2228 definisce 533 per un comando la cui protezione non è accettata dalla policy del server: un comando MIC, CONF o ENC che il server rifiuta, come CONF prima di CCC, un CCC che non era a sua volta protetto per integrità, o qualsiasi comando non protetto quando il server esige che lo siano tutti. La RFC 4217 lo usa quando CCC arriva su una connessione di controllo non protetta da TLS.
    .seen = Con TLS si riceve 533 quando il client invia CCC prima che AUTH TLS abbia protetto la connessione di controllo. Con gli altri meccanismi della RFC 2228 compare quando un comando viene inviato in chiaro, o con una protezione che la policy del server respinge.
    .fix = Protegga prima la connessione di controllo: invii AUTH TLS e completi la negoziazione prima di CCC. Con gli altri meccanismi invii il comando con la protezione richiesta dal server, per esempio ENC invece di MIC quando la policy impone la riservatezza.

code-534 = Rifiutato dalla policy del server
    .text = Richiesta negata per motivi di policy
    .description = Nella RFC 2228, il testo di 534 è «Richiesta negata per motivi di policy». La RFC 2228 definisce 534 per una richiesta che il server potrebbe elaborare ma che non vuole accettare: un meccanismo di sicurezza indicato in AUTH, un livello di protezione in PROT, o un CCC che disattiverebbe la protezione per integrità. Copre anche STOR, STOU, RETR, LIST, NLST e APPE quando il livello di protezione in vigore è inferiore a quello che il server richiede per quel trasferimento.
    .seen = Con FTPS si riceve 534 dopo AUTH TLS quando il server non è disposto ad accettare TLS dal suo client, dopo un livello PROT che il server rifiuta, o dopo CCC su un server che mantiene cifrata la connessione di controllo (RFC 4217). Secondo la RFC 2228, un comando di trasferimento riceve 534 quando i suoi dati viaggerebbero con una protezione inferiore a quella richiesta dal server.
    .fix = Il rifiuto è deliberato, e ripetere la stessa richiesta non serve: scelga ciò che la policy del server consente, come un altro livello con PROT, oppure mantenga protetta la connessione di controllo invece di inviare CCC. Per un trasferimento rifiutato, alzi il livello di protezione, per esempio con PROT P, poi riprovi, e chieda all’amministratore quali livelli richiede la sua policy.

code-535 = Controllo di sicurezza non riuscito
    .text = Controllo di sicurezza non riuscito (hash, sequenza, ecc.)
    .description = Nella RFC 2228, il testo di 535 è «Controllo di sicurezza non riuscito (hash, sequenza, ecc.)». La RFC 2228 definisce 535 per dati protetti che non superano la verifica: dati di sicurezza ADAT che il server rifiuta, per esempio perché un checksum è errato, o un comando MIC, CONF o ENC la cui verifica fallisce. Il server lo invia anche a STOR, STOU, RETR, LIST, NLST o APPE quando la protezione dei dati fallisce durante il trasferimento, anche per un blocco più grande della dimensione del buffer negoziata con PBSZ.
    .seen = Si riceve 535 con i meccanismi della RFC 2228 come GSS-API o Kerberos, durante lo scambio ADAT o quando un comando o un blocco di dati protetto è danneggiato, riprodotto o fuori sequenza. La RFC 4217 non lo usa per TLS.
    .fix = Dopo un ADAT rifiutato lo scambio di sicurezza è fallito e la RFC 2228 impone al client di reimpostare il proprio stato di sicurezza: ricominci quindi da AUTH. Per un trasferimento non riuscito, verifichi la dimensione del buffer impostata dal client con PBSZ e riprovi; errori ripetuti indicano un disaccordo tra le due implementazioni di sicurezza o dati modificati lungo il percorso.

code-536 = Livello PROT non supportato
    .text = Livello PROT richiesto non supportato dal meccanismo
    .description = Nella RFC 2228, il testo di 536 è «Livello PROT richiesto non supportato dal meccanismo». La RFC 2228 definisce 536 come la risposta a PROT quando il server conosce il livello richiesto ma il meccanismo di sicurezza in uso non può garantirlo; un livello sconosciuto al server riceve invece 504. I livelli sono C («in chiaro»), S («sicuro»), E («riservato») e P («privato»).
    .seen = Si riceve 536 dopo un livello PROT che il meccanismo negoziato non offre, per esempio PROT S o PROT E su una sessione TLS: la RFC 4217 usa solo C e P, perché TLS garantisce sia l’integrità sia la riservatezza.
    .fix = Scelga un livello supportato dal meccanismo: con TLS, PROT P per connessioni dati protette o PROT C per connessioni in chiaro.

code-537 = Protezione dei comandi non supportata
    .text = Livello di protezione del comando non supportato dal meccanismo di sicurezza
    .description = Nella RFC 2228, il testo di 537 è «Livello di protezione del comando non supportato dal meccanismo di sicurezza». La RFC 2228 definisce 537 come la risposta a MIC, CONF o ENC quando il meccanismo di sicurezza in uso non può garantire quel tipo di protezione per i comandi. Si distingue da 533, in cui il meccanismo potrebbe garantire la protezione ma la policy del server la rifiuta.
    .seen = Si riceve 537 con i meccanismi della RFC 2228 quando un client invia, per esempio, CONF o ENC mentre il meccanismo negoziato offre solo la protezione per integrità. Le sessioni TLS della RFC 4217 non usano né MIC, né CONF, né ENC: i client FTPS normalmente non lo incontrano.
    .fix = Usi un comando di protezione supportato dal meccanismo negoziato, come MIC, oppure avvii un nuovo scambio di sicurezza con AUTH per un meccanismo che offra la protezione desiderata.

code-550 = File non disponibile
    .text = Azione richiesta non eseguita. File non disponibile (per esempio, file non trovato, accesso negato)
    .description = Nella RFC 959, il testo di 550 è «Azione richiesta non eseguita. File non disponibile (per esempio, file non trovato, accesso negato)». La RFC 959 usa 550 quando un’azione su un file o una directory, come RETR, DELE, CWD, MKD o RNFR, fallisce in modo definitivo, e la RFC 3659 lo usa quando MDTM, SIZE, MLST o MLSD non possono fornire informazioni sul nome indicato. Il suo equivalente temporaneo è 450.
    .seen = Si riceve 550 quando il percorso è errato o il file non esiste, oppure quando l’account non ha il permesso di leggere, eliminare o creare l’oggetto, o di entrare nella directory. La RFC 3659 ammette 550 anche in risposta a SIZE quando la dimensione non è disponibile, per esempio perché calcolarla costa troppo al server, e precisa che un 550 di questo tipo non va interpretato come segno che il file non si possa trasferire.
    .fix = Verifichi il percorso esatto, maiuscole e minuscole comprese, con PWD e un elenco della directory, e i permessi dell’account sul server. Se SIZE o MDTM fallisce con 550 mentre il file compare nell’elenco, avvii il trasferimento senza quell’informazione.

code-551 = Tipo di pagina sconosciuto
    .text = Azione richiesta interrotta: tipo di pagina sconosciuto
    .description = Nella RFC 959, il testo di 551 è «Azione richiesta interrotta: tipo di pagina sconosciuto». La RFC 959 definisce 551 per STOR, STOU e APPE quando un file inviato con struttura a pagine (STRU P) contiene un tipo di pagina che il server non conosce; i tipi definiti sono ultima pagina, pagina semplice, pagina descrittore e pagina ad accesso controllato. La sezione 4.2.1 della RFC 959 stampa lo stesso testo con un punto dopo «interrotta» al posto dei due punti.
    .seen = È improbabile ricevere 551, perché riguarda solo i caricamenti con struttura a pagine, la cui implementazione è sconsigliata dalla RFC 1123. Arriva come risposta finale del caricamento, dopo la risposta preliminare 125 o 150.
    .fix = Invii il file con struttura a file (STRU F), il valore predefinito, a meno che entrambe le parti non abbiano davvero bisogno della struttura a pagine. In quel caso usi solo i tipi di pagina definiti dalla RFC 959.

code-552 = Spazio assegnato superato
    .text = Azione richiesta sul file interrotta. Superato lo spazio di archiviazione assegnato (per la directory corrente o il dataset)
    .description = Nella RFC 959, il testo di 552 è «Azione richiesta sul file interrotta. Superato lo spazio di archiviazione assegnato (per la directory corrente o il dataset)». La RFC 959 prevede 552 per STOR, STOU e APPE, come risposta finale una volta iniziato il trasferimento. A differenza di 452, che indica una mancanza temporanea di spazio nel sistema, 552 segnala che lo spazio concesso a quella directory o a quel dataset è esaurito.
    .seen = Si riceve 552 durante o alla fine di un caricamento, quando il file supererebbe lo spazio assegnato all’account o alla directory di destinazione.
    .fix = Liberi spazio eliminando i file non più necessari, o chieda all’amministratore di ampliarlo, poi ripeta il caricamento. Sui server che ne hanno bisogno, il comando ALLO permette al client di riservare spazio per un file prima di inviarlo.

code-553 = Nome di file non consentito
    .text = Azione richiesta non eseguita. Nome di file non consentito
    .description = Nella RFC 959, il testo di 553 è «Azione richiesta non eseguita. Nome di file non consentito». La RFC 959 prevede 553 per STOR, STOU, APPE e RNTO, quando il server rifiuta il nome dato al file da creare o da rinominare. La RFC 3659 lo cita anche tra le risposte possibili a MLST e MLSD.
    .seen = Si riceve 553 quando un caricamento o una ridenominazione usa un nome che il server respinge, per esempio perché contiene caratteri o ha una lunghezza che il suo file system non accetta, o perché indica una posizione in cui l’account non ha il permesso di creare file.
    .fix = Scelga un nome più breve, composto da lettere non accentate, cifre, punti, trattini e trattini bassi, e verifichi che la directory di destinazione esista e che l’account possa scriverci. Se il nome è indifferente, STOU lascia al server la scelta di un nome univoco per il caricamento.

code-554 = Parametro REST non valido
    .text = Azione richiesta non eseguita: parametro REST non valido
    .description = Nella RFC 1123, il testo di 554 è «Azione richiesta non eseguita: parametro REST non valido». La RFC 1123 definisce 554 per un comando di trasferimento che segue REST, quando il file esistente sul server non può essere riposizionato come REST richiedeva. La RFC 3659 conferma che problemi come un marcatore di ripresa fuori intervallo vengono segnalati su questo comando successivo, e non su REST.
    .seen = Si riceve 554 durante la ripresa di un trasferimento: REST riceve 350, poi RETR, STOR o APPE fallisce con 554 perché la posizione supera la fine del file o non corrisponde in altro modo al file presente sul server.
    .fix = Confronti la posizione di ripresa con la dimensione reale del file su entrambi i lati, per esempio con SIZE, poi riprenda da una posizione valida, oppure invii REST 0 per trasferire di nuovo l’intero file. La RFC 3659 chiede al client il cui comando di trasferimento è fallito dopo REST di inviare di nuovo REST prima del trasferimento successivo.

code-555 = Rappresentazione incompatibile
    .text = Azione richiesta non eseguita: TYPE o STRU non corrispondenti
    .description = Nella RFC 1123, il testo di 555 è «Azione richiesta non eseguita: TYPE o STRU non corrispondenti». La RFC 1123 definisce 555 per APPE, o per qualsiasi comando di trasferimento che segue REST, quando i parametri di trasferimento in vigore, impostati con TYPE e STRU, non corrispondono agli attributi del file esistente.
    .seen = Si riceve 555 quando si aggiungono dati a un file o se ne riprende il trasferimento su un sistema in cui i file conservano un tipo o una struttura, come i file strutturati a record, mentre la sessione usa altri valori di TYPE o STRU.
    .fix = Imposti TYPE e STRU sui valori usati al primo caricamento del file, poi invii di nuovo REST e il comando di trasferimento. Se non li conosce, trasferisca di nuovo l’intero file senza REST.
