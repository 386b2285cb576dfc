## Codici di risposta 2yz: risposta positiva di completamento.

code-200 = Comando accettato
    .text = Comando corretto
    .description = Nella RFC 959, il testo di 200 è «Comando corretto». La RFC 959 usa 200 per un comando riuscito che non fornisce nuove informazioni al client, come TYPE, MODE, STRU, PORT o NOOP. Le RFC successive ne fanno la risposta di successo a EPRT (RFC 2428), OPTS (RFC 2389), LANG (RFC 2640), oltre che a PBSZ, PROT e CCC (RFC 2228 e RFC 4217).
    .seen = Si riceve 200 dopo aver impostato i parametri di trasferimento con TYPE, MODE, STRU, PORT o EPRT, dopo NOOP e dopo i comandi PBSZ 0 e PROT P che seguono AUTH TLS. Un 200 in risposta a OPTS o a LANG significa che il server ha accettato l’opzione o la lingua, e il testo di una risposta a LANG può indicare la variante scelta.
    .fix = Non c’è nulla da correggere: invii il comando successivo. Se una risposta 200 a PBSZ contiene PBSZ=numero nel testo, il server chiede un buffer più piccolo, e la RFC 2228 impone a entrambe le parti di usare la minore delle due dimensioni.

code-202 = Comando superfluo
    .text = Comando non implementato, superfluo su questo sito
    .description = Nella RFC 959, il testo di 202 è «Comando non implementato, superfluo su questo sito». La RFC 959 definisce 202 come una risposta positiva di completamento per un comando che non ha senso su quel server, in modo che un client semplice possa proseguire come se fosse riuscito. L’esempio della RFC è ALLO su un sistema che non ha bisogno di riservare spazio in anticipo.
    .seen = Si riceve 202 soprattutto dopo ALLO, sui server che non riservano spazio prima di un trasferimento. La RFC 959 prevede 202 anche per PASS, ACCT, SMNT e SITE.
    .fix = Non c’è nulla da correggere: il comando era inutile e la sessione continua. A differenza di 502, che rifiuta un comando non implementato, 202 è una risposta di successo.

code-211 = Stato del sistema
    .text = Stato del sistema o risposta di aiuto del sistema
    .description = Nella RFC 959, 211 figura come «Stato del sistema o risposta di aiuto del sistema»: parole che descrivono la risposta senza fissarne il testo, che il server compone con informazioni di stato o di aiuto destinate all’utente. La RFC 2389 ne fa anche la risposta a FEAT, la cui forma su più righe riporta un’estensione supportata per riga, ciascuna preceduta da un solo spazio, e termina con 211 End.
    .seen = Si riceve 211 in risposta a STAT senza argomenti, che descrive lo stato del server, i parametri di trasferimento e le connessioni, e talvolta in risposta a HELP, a cui la RFC 959 consente di rispondere con 211 o 214. Un client che invia FEAT riceve 211 con l’elenco delle estensioni supportate dal server, come MDTM, SIZE, MLST o AUTH TLS.
    .fix = Non c’è nulla da correggere. Un 211 di una sola riga in risposta a FEAT significa che il server non ha estensioni da annunciare; un client che riceve 500 o 502 a FEAT deve provare una per una le estensioni di cui ha bisogno, come consiglia la RFC 2389.

code-212 = Stato della directory
    .text = Stato della directory
    .description = Nella RFC 959, 212 figura come «Stato della directory»: una risposta informativa a STAT, il cui testo non è fisso ma riporta lo stato di una directory.
    .seen = Un server può rispondere con 212 a STAT seguito dal nome di una directory, inviando sulla connessione di controllo ciò che LIST invierebbe su una connessione dati. Un elenco di più righe arriva sotto forma di risposta multiriga.
    .fix = Non c’è nulla da correggere. Legga la risposta fino all’ultima riga, che inizia con 212 seguito da uno spazio.

code-213 = Stato del file
    .text = Stato del file
    .description = Nella RFC 959, 213 figura come «Stato del file»: una risposta informativa a STAT, il cui testo non è fisso ma riporta lo stato di un file. La RFC 3659 ne fa la risposta a MDTM e a SIZE, con un formato esatto su una sola riga: 213, uno spazio, poi la data di modifica nel formato AAAAMMGGhhmmss in UTC per MDTM, o la dimensione di trasferimento in byte per SIZE.
    .seen = Si riceve 213 soprattutto dopo MDTM e SIZE, che i client inviano prima di riprendere un trasferimento interrotto, per sapere quanta parte del file è stata trasferita e se il file è cambiato nel frattempo. Un server può usarlo anche per rispondere a STAT seguito da un nome di file.
    .fix = Non c’è nulla da correggere. La data di MDTM è in UTC, e il valore di SIZE dipende da TYPE, MODE e STRU in vigore: imposti quindi il TYPE del trasferimento previsto prima di inviare SIZE.

code-214 = Messaggio di aiuto
    .text = Messaggio di aiuto
    .description = Nella RFC 959, 214 figura come «Messaggio di aiuto»: una risposta destinata all’utente umano, il cui testo non è fisso ma spiega come usare il server o che cosa significa un comando non standard.
    .seen = Si riceve 214 in risposta a HELP, da solo o seguito dal nome di un comando. La RFC 959 suggerisce che HELP SITE descriva i comandi SITE del server.
    .fix = Non c’è nulla da correggere. Il testo si rivolge a persone: lo mostri all’utente anziché farlo interpretare da un programma.

code-215 = Tipo di sistema
    .text = NOME del tipo di sistema
    .description = Nella RFC 959, il testo di 215 è «NOME del tipo di sistema». La RFC 959 definisce 215 come la risposta a SYST. La prima parola del testo deve essere uno dei nomi di sistema ufficiali del documento Assigned Numbers, per esempio UNIX.
    .seen = Si riceve 215 in risposta a SYST, che i client inviano per conoscere il sistema operativo del server e sapere così che cosa aspettarsi dagli output che dipendono dal sistema, come quello di LIST.
    .fix = Non c’è nulla da correggere. Consideri solo la prima parola come nome del sistema e, se il server supporta MLSD e MLST (RFC 3659), preferisca il loro formato rigorosamente definito all’analisi dell’output di LIST.

code-220 = Servizio pronto
    .text = Servizio pronto per un nuovo utente
    .description = Nella RFC 959, il testo di 220 è «Servizio pronto per un nuovo utente». La RFC 959 definisce 220 come la risposta che il server invia una volta stabilita la connessione di controllo, quando può accettare comandi; è anche la risposta positiva a REIN e, secondo la RFC 7151, a HOST.
    .seen = È la prima riga che si riceve quando il client si connette, spesso con un banner che indica il software del server. Si riceve anche dopo un REIN che reinizializza la sessione, dopo una risposta 120 quando il servizio ritardato diventa disponibile, e dopo un comando HOST accettato dal server.
    .fix = Non c’è nulla da correggere. Proceda con l’autenticazione: invii USER, poi PASS se il server risponde con 331.

code-221 = Chiusura della connessione di controllo
    .text = Il servizio chiude la connessione di controllo
    .description = Nella RFC 959, il testo di 221 è «Il servizio chiude la connessione di controllo». La RFC 959 definisce 221 come la risposta a QUIT: il server disconnette l’utente, se necessario, e chiude la connessione di controllo.
    .seen = Si riceve 221 alla fine della sessione, dopo aver inviato QUIT. Se è ancora in corso un trasferimento di file, la RFC 959 chiede al server di mantenere aperta la connessione per la risposta che conclude il trasferimento, e poi di chiuderla.
    .fix = Non c’è nulla da correggere: la sessione è terminata normalmente. Per autenticarsi con un altro nome utente senza aprire una nuova connessione, invii REIN anziché QUIT.

code-225 = Connessione dati aperta
    .text = Connessione dati aperta; nessun trasferimento in corso
    .description = Nella RFC 959, il testo di 225 è «Connessione dati aperta; nessun trasferimento in corso». La RFC 959 classifica 225 tra le risposte relative alle connessioni, e la sua tabella delle sequenze comando-risposta lo prevede, insieme a 226, come risposta di successo ad ABOR.
    .seen = 225 è raro. La RFC 959 lo prevede solo per ABOR, dove corrisponde a un’interruzione che trova la connessione dati aperta ma nessun trasferimento in corso.
    .fix = Non c’è nulla da correggere: non c’era nulla da interrompere, e il client può inviare il comando successivo.

code-226 = Chiusura della connessione dati
    .text = Chiusura della connessione dati
    .description = Nella RFC 959, il testo di 226 è «Chiusura della connessione dati». La RFC 959 definisce 226 come la risposta che segnala un’azione sul file riuscita, per esempio un trasferimento completato o un’interruzione, dopo che il server ha chiuso la connessione dati. La RFC 3659 lo usa anche per chiudere l’elenco inviato da MLSD.
    .seen = 226 è l’ultima risposta normale a RETR, STOR, STOU, APPE, LIST e NLST, dopo che tutti i dati sono passati sulla connessione dati. Dopo ABOR, il server invia 426 per un trasferimento interrotto e poi 226 per confermare l’interruzione, oppure solo 226 se il trasferimento era già terminato.
    .fix = Non c’è nulla da correggere: il trasferimento è completato e il client può inviare il comando successivo. In modalità a flusso, la connessione dati si chiude alla fine di ogni file: il trasferimento successivo ne richiede una nuova, da stabilire di nuovo con PASV, EPSV, PORT o EPRT.

code-227 = Entrata in modalità passiva
    .text = Entrata in modalità passiva (h1,h2,h3,h4,p1,p2)
    .description = Nella RFC 959, il testo di 227 è «Entrata in modalità passiva (h1,h2,h3,h4,p1,p2)». La RFC 959 definisce 227 come la risposta a PASV: il server attende la connessione dati all’indirizzo IPv4 h1.h2.h3.h4, sulla porta p1 per 256 più p2. La RFC 1123 osserva che questo formato è standardizzato male: un client deve quindi cercare nella risposta la prima cifra dei numeri invece di fare affidamento sulle parentesi.
    .seen = Si riceve 227 dopo PASV, inviato prima di ogni trasferimento o elenco in modalità passiva. In questa modalità è il client ad aprire la connessione dati, il che permette di attraversare i firewall che bloccano le connessioni in ingresso verso il client.
    .fix = Non c’è nulla da correggere: si connetta all’indirizzo e alla porta indicati, poi invii il comando di trasferimento. Se quell’indirizzo non è raggiungibile dal client, come quando il server si trova dietro un NAT, usi invece EPSV: la sua risposta 229 indica solo una porta e riutilizza l’indirizzo della connessione di controllo.

code-228 = Entrata in modalità passiva lunga
    .text = Entrata in modalità passiva lunga (af, hal, h1, h2, h3,..., pal, p1, p2...)
    .description = Nella RFC 1639, il testo di 228 è «Entrata in modalità passiva lunga (af, hal, h1, h2, h3,..., pal, p1, p2...)». La RFC 1639, una RFC sperimentale, definisce 228 come la risposta a LPSV: il server è in ascolto su un indirizzo lungo che indica la famiglia di indirizzi, la lunghezza e gli ottetti dell’indirizzo dell’host, poi la lunghezza e gli ottetti della porta.
    .seen = Si riceve 228 solo dopo che il client ha inviato LPSV. La RFC 2428 sottolinea che il meccanismo della RFC 1639 può fallire quando coesistono più protocolli di rete, e definisce EPSV per la modalità passiva in IPv6 e su altri protocolli di rete.
    .fix = Non c’è nulla da correggere: si connetta all’indirizzo e alla porta indicati nella risposta. Per IPv6 o dietro un NAT preferisca EPSV, definito dalla RFC 2428, che appartiene allo standards track, mentre la RFC 1639 è sperimentale.

code-229 = Entrata in modalità passiva estesa
    .text = Entrata in modalità passiva estesa (|||6446|)
    .description = Nella RFC 2428, il testo di esempio di 229 è «Entrata in modalità passiva estesa (|||6446|)». La RFC 2428 definisce 229 come la risposta a EPSV: il testo deve terminare con la porta tra parentesi, nella forma (<d><d><d>porta<d>), dove <d> è il carattere delimitatore che la sezione 2 definisce per EPRT, un qualsiasi carattere ASCII stampabile da 33 a 126, con | come carattere raccomandato. I primi due campi restano vuoti, perché la connessione dati usa lo stesso protocollo di rete e lo stesso indirizzo della connessione di controllo.
    .seen = Si riceve 229 dopo EPSV, che la RFC 2428 impone per ogni trasferimento in cui le connessioni di controllo e dati collegano le stesse due macchine, sia in IPv4 sia in IPv6.
    .fix = Non c’è nulla da correggere: si connetta alla porta indicata, all’indirizzo della connessione di controllo. Se il protocollo di rete scelto dal server non è adatto, invii ABOR e poi EPSV seguito dal numero di protocollo, 1 per IPv4 o 2 per IPv6; un server che non lo supporta risponde con 522.

code-230 = Utente connesso
    .text = Utente connesso, proseguire
    .description = Nella RFC 959, il testo di 230 è «Utente connesso, proseguire». La RFC 959 definisce 230 come la risposta che conclude l’autenticazione: il server ha accettato il nome utente e, se ne aveva bisogno, anche la password e l’account.
    .seen = In genere si riceve 230 dopo PASS. La RFC 959 lo consente anche subito dopo USER, quando non serve una password, e dopo ACCT, quando il server ha chiesto un account.
    .fix = Non c’è nulla da correggere: l’utente è connesso e può impostare i parametri di trasferimento o iniziare a trasferire file.

code-232 = Autorizzato dallo scambio di sicurezza
    .text = Utente connesso, autorizzato dallo scambio di dati di sicurezza
    .description = Nella RFC 2228, il testo di 232 è «Utente connesso, autorizzato dallo scambio di dati di sicurezza». La RFC 2228 definisce 232 come una risposta a USER: il server considera l’utente autenticato in base all’identità stabilita dallo scambio di sicurezza, senza chiedergli una password. Alcuni elenchi di codici FTP attribuiscono a 232 un testo sulla disconnessione, estraneo a questo codice, che nessuna RFC definisce.
    .seen = Si riceve 232 in risposta a USER, dopo AUTH e uno scambio di sicurezza andato a buon fine. Con TLS, la RFC 4217 mostra un server che invia 232 invece di 331 quando il certificato client e il nome utente bastano ad autenticare l’utente.
    .fix = Non c’è nulla da correggere: l’autenticazione è completata e PASS non serve. Se ci si aspettava una richiesta di password, verifichi che cosa il server ha accettato come certificato client o come identità di sicurezza.

code-234 = Scambio di sicurezza completato
    .text = Scambio di dati di sicurezza completato
    .description = Nella RFC 2228, il testo di 234 è «Scambio di dati di sicurezza completato». La RFC 2228 definisce 234 come la risposta ad AUTH quando il server accetta il meccanismo di sicurezza richiesto e non ha bisogno di dati di sicurezza dal client. La RFC 4217 ne fa la risposta a un comando AUTH TLS accettato dal server, dopo il quale la negoziazione TLS inizia sulla connessione di controllo.
    .seen = Si riceve 234 subito dopo aver inviato AUTH TLS a un server che supporta FTP su TLS. La RFC 4217 precisa che qui 334 sarebbe errato, perché TLS non usa uno scambio ADAT.
    .fix = Non c’è nulla da correggere: il client avvia subito la negoziazione TLS. La RFC 4217 reimposta l’autenticazione e i parametri di trasferimento dopo AUTH: invii quindi USER e PASS dopo la negoziazione, poi PBSZ 0 e PROT per proteggere le connessioni dati.

code-235 = Scambio ADAT completato
    .description = La RFC 2228 definisce 235 come la risposta ad ADAT quando lo scambio di dati di sicurezza si è concluso con successo. Questa risposta non ha un testo fisso: la RFC 2228 la scrive [ADAT=base64data], dove le parentesi quadre non vengono inviate e indicano solo che il server può aggiungere dati di sicurezza in base64 per il client.
    .seen = Con un meccanismo come GSSAPI o Kerberos versione 4, si riceve 235 alla fine dello scambio AUTH e ADAT, spesso dopo una o più risposte 335. Questo codice non compare mai con TLS, che non usa ADAT.
    .fix = Non c’è nulla da correggere: lo scambio di sicurezza è completato. Elabori con il meccanismo gli eventuali dati ADAT della risposta, poi prosegua con USER, e con PBSZ e PROT per proteggere i trasferimenti di dati.

code-250 = Azione sul file riuscita
    .text = Azione richiesta sul file corretta, completata
    .description = Nella RFC 959, il testo di 250 è «Azione richiesta sul file corretta, completata». La RFC 959 definisce 250 come la risposta di successo ai comandi del file system come CWD, DELE, RMD e RNTO, e come possibile risposta finale di un trasferimento quando il server lascia aperta la connessione dati. La RFC 3659 lo usa anche per MLST, le cui informazioni arrivano in una risposta 250 multiriga sulla connessione di controllo.
    .seen = Si riceve 250 dopo un cambio di directory con CWD, l’eliminazione di un file con DELE, quella di una directory con RMD o la conclusione di una ridenominazione con RNTO. Dopo un trasferimento sostituisce 226 quando la connessione dati resta aperta, come consentono le modalità a blocchi e compressa.
    .fix = Non c’è nulla da correggere: l’azione è completata. Dopo STOU, legga il nome univoco del file nella risposta 125 o 150 che precede, dove la RFC 1123 lo ha spostato dalla risposta 250 indicata dalla RFC 959.

code-257 = Percorso creato
    .text = “PERCORSO” creato
    .description = Nella RFC 959, il testo di 257 è «“PERCORSO” creato». La RFC 959 definisce 257 come la risposta a MKD e a PWD, nella forma 257 "nome-directory" commento, dove ogni virgoletta presente nel nome è raddoppiata. Dopo MKD, il nome deve essere il percorso assoluto della nuova directory.
    .seen = Si riceve 257 dopo PWD, che restituisce la directory di lavoro corrente, e dopo la creazione di una directory con MKD.
    .fix = Non c’è nulla da correggere. Prenda il nome tra la virgoletta di apertura e la virgoletta di chiusura corrispondente, riduca ogni virgoletta raddoppiata a una sola e usi quel nome ogni volta che in seguito deve fare riferimento a quella directory.
