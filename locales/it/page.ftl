## Titoli e frasi della struttura delle pagine. Ogni frase è un messaggio intero; le
## variabili portano i codici, i nomi e i numeri.

## Titoli delle sezioni.

heading-description = Descrizione
heading-seen = Quando si presenta
heading-fix = Come risolvere
heading-differences = Differenze principali
heading-which = Come reagire a ciascuno
heading-learn-more = Per saperne di più
heading-meaning = Significato
heading-commands = Comandi che lo restituiscono
heading-sources = Sezioni delle RFC
heading-related = Codici correlati
heading-exchange = Uno scambio che lo produce
heading-instead = I codici RFC da usare al loro posto
heading-comparisons = Confronti

## Pagine di confronto. $lowCode e $highCode sono i due codici, il minore per primo.

compare-title = FTP { $lowCode } { $lowName } e { $highCode } { $highName }: le differenze
# $lowText e $highText: che cosa significa ciascun codice, il testo di risposta della RFC, altrimenti il nome del codice.
# $sameAction: yes quando i due codici richiedono la stessa reazione del client.
compare-lead = { $sameAction ->
    [yes] FTP { $lowCode } significa «{ $lowText }» e FTP { $highCode } «{ $highText }»: entrambi richiedono la stessa reazione da parte del client, e a distinguerli è ciò che ciascuno segnala.
   *[no] FTP { $lowCode } significa «{ $lowText }» e FTP { $highCode } «{ $highText }»: richiedono reazioni diverse da parte del client, e a distinguerli davvero è ciò che occorre fare dopo ciascuno.
}

## La tabella di un confronto: una colonna per codice, una riga per proprietà.

# ftpdocs: same-as-source
compare-column = FTP { $code }
compare-row-text = Testo della RFC
compare-row-class = Classe
compare-row-sent = Quando il server lo invia
compare-row-commands = Comandi
compare-row-action = Che cosa fare
# $text è il testo di risposta come lo stampa la RFC.
compare-cell-text = «{ $text }» (RFC { $rfc })
compare-cell-no-text = Nessun testo fisso (RFC { $rfc })
# ftpdocs: same-as-source
compare-cell-class = { $className } ({ $class }yz)
# Quando il server invia il codice, in base a ciò che chiede al client ($action).
compare-cell-sent = { $action ->
    [greeting] { $count ->
        [0] All’apertura della connessione di controllo
       *[other] All’apertura della connessione di controllo, e in risposta a { $commandsOr }
    }
    [wait-final] { $onConnect ->
        [yes] All’apertura della connessione di controllo, o in risposta a { $commandsOr }, finché il server non è pronto
       *[no] All’inizio dell’esecuzione di un comando, prima della sua risposta finale
    }
    [success] Come risposta finale a un comando riuscito
    [send-next] A metà di una sequenza di comandi, prima del comando che la conclude
    [retry-later] Come risposta finale a un comando per ora non riuscito
    [reconnect] Quando il servizio si arresta: all’apertura della connessione, o in risposta a qualsiasi comando
    [log-in] In risposta a un’autenticazione non riuscita, o a un comando inviato prima di autenticarsi
    [send-account] In risposta a un comando che il server esegue solo dopo che l’account è stato indicato con ACCT
    [change-request] Come risposta finale a un comando rifiutato così come è stato inviato
    [nothing-helps] Come risposta finale a un comando che il server non esegue
    [session-over] { $count ->
        [0] Alla fine della sessione
       *[other] In risposta a { $commandsOr }, alla fine della sessione
    }
   *[decode] Al posto di qualsiasi risposta, quando il client protegge i propri comandi con MIC, CONF o ENC
}
compare-cell-commands = { $count ->
    [0] Nessuno: non risponde ad alcun comando in particolare
   *[other] { $commandScope ->
        [all] Tutti i comandi: { $total } su { $total } nelle RFC
        [most] La maggior parte dei comandi: { $count } su { $total } nelle RFC
       *[listed] { $commands }
    }
}
compare-cell-action = { $action ->
    [greeting] Autenticarsi: inviare USER
    [wait-final] Attendere la risposta finale
    [success] Passare al comando successivo
    [send-next] Inviare il comando che conclude lo scambio
    [retry-later] Inviare di nuovo lo stesso comando più tardi
    [reconnect] Riconnettersi e autenticarsi di nuovo
    [log-in] Autenticarsi, poi inviare di nuovo il comando
    [send-account] Inviare ACCT, poi inviare di nuovo il comando
    [change-request] Correggere la richiesta, poi inviarla di nuovo
    [nothing-helps] Farne a meno: nessuna modifica del comando cambia l’esito
    [session-over] Nulla: la sessione è terminata
   *[decode] Decodificarla, poi gestire la risposta che contiene
}
# Una frase per codice, scelta in base a ciò che il codice chiede al client ($action), mai
# in base alla sola classe.
compare-which = { $action ->
    [greeting] { $code } ({ $name }) è il messaggio di benvenuto del server: il servizio è pronto per un nuovo utente e il passo successivo è autenticarsi con USER.
    [wait-final] { $code } ({ $name }) indica che l’azione è in corso: mantenga aperta la connessione di controllo e attenda la risposta finale prima di inviare un altro comando.
    [success] { $code } ({ $name }) segnala un esito positivo: la richiesta è stata soddisfatta e si può inviare il comando successivo.
    [send-next] { $code } ({ $name }) chiede un’informazione aggiuntiva: invii il comando che conclude lo scambio.
    [retry-later] { $code } ({ $name }) segnala un errore temporaneo: la connessione di controllo resta aperta e lo stesso comando può riuscire se viene inviato di nuovo più tardi.
    [reconnect] { $code } ({ $name }) pone fine alla connessione: il server la chiude, quindi si riconnetta e si autentichi di nuovo prima di inviare qualsiasi cosa.
    [log-in] { $code } ({ $name }) segnala che mancano l’autenticazione o l’account: invii USER e PASS, e ACCT se il server chiede un account, prima di inviare di nuovo il comando.
    [send-account] { $code } ({ $name }) chiede un account: potrebbe essere già autenticato, ma il server ha bisogno dei dati del suo account per eseguire questo comando, che ha scartato; invii quindi ACCT, poi di nuovo il comando.
    [change-request] { $code } ({ $name }) rifiuta la richiesta così come è stata inviata: ne corregga gli argomenti, l’ordine o il comando da cui dipende prima di inviarla di nuovo.
    [nothing-helps] { $code } ({ $name }) segnala un rifiuto che nessuna modifica del comando può superare: la causa è sul server, quindi rinunci a questo comando o si rivolga all’amministratore del server.
    [session-over] { $code } ({ $name }) segna la fine della sessione, come chiesto dal client: il server chiude la connessione di controllo e non segue alcun comando.
   *[decode] { $code } ({ $name }) è un involucro: ne decodifichi il testo con il meccanismo di sicurezza concordato dopo AUTH, poi gestisca la risposta che contiene.
}
learn-rfc = { $part ->
    [appendix] RFC { $rfc }, appendice { $section }
   *[section] RFC { $rfc }, sezione { $section }
}

## Pagine dei codici.

code-title = FTP { $code } { $name }
# La sezione 5.2 della RFC 2228 non dà alcun significato di gruppo alla seconda cifra di una risposta protetta (6yz).
code-lead = { $ClassDigit ->
    [6] FTP { $code } ({ $name }) appartiene alla classe «{ $ClassName }» ({ $ClassDigit }yz), definita dalla RFC 2228, che non dà alcun significato di gruppo alla seconda cifra.
   *[other] FTP { $code } ({ $name }) appartiene alla classe «{ $ClassName }» ({ $ClassDigit }yz) e al gruppo «{ $GroupName }» (x{ $GroupDigit }z).
}
# I numeri piccoli si scrivono in lettere, come nella prosa italiana.
code-several-meanings = { $count ->
    [one] Il codice { $code } ha un solo significato.
    [2] Il codice { $code } ha due significati, definiti da RFC diverse; il comando a cui risponde e le altre risposte del server indicano quale si applica.
    [3] Il codice { $code } ha tre significati, definiti da RFC diverse; il comando a cui risponde e le altre risposte del server indicano quale si applica.
   *[other] Il codice { $code } ha { $count } significati, definiti da RFC diverse; il comando a cui risponde e le altre risposte del server indicano quale si applica.
}
code-transcript-intro = Uno scambio sulla connessione di controllo che termina con { $code }. Le righe contrassegnate con C sono inviate dal client, quelle con S dal server; i testi che seguono i codici del server sono esempi di ciò che inviano i server.
code-on-connect = { $action ->
    [reconnect] Il server invia questa risposta all’apertura della connessione di controllo, se non può servire il client, oppure in risposta a qualsiasi comando, se sa che il servizio deve arrestarsi.
   *[other] { $count ->
        [0] Il server invia questa risposta all’apertura della connessione di controllo, prima di qualsiasi comando.
       *[other] Il server invia questa risposta all’apertura della connessione di controllo, e anche in risposta a { $commandsOr }.
    }
}
code-any-command = Questa risposta non è legata a un comando specifico.

## Pagine dei numeri che non sono risposte FTP.

notftp-title = { $kind ->
    [unassigned] FTP { $number } { $title }: un numero che nessuna RFC definisce
   *[winsock] Errore { $number } ({ $name }): non è una risposta FTP
}
notftp-lead = { $kind ->
    [unassigned] Nessuna RFC definisce { $number }: alcuni server lo inviano con un testo come «{ $name }», mentre in questi casi le RFC rispondono con { $instead }.
   *[winsock] Un server FTP non invia mai { $number }: ogni risposta FTP è un codice a tre cifre, e { $number } è un errore di Windows Sockets segnalato dal sistema del client stesso.
}
# Il titolo di uno dei significati di un codice che ne ha più d’uno; $rfc elenca i numeri di RFC.
code-meaning-heading = { $title } (RFC { $rfc })
