## Classi di risposta (prima cifra) e gruppi (seconda cifra), RFC 959,
## sezione 4.2.1; la classe 6 viene dalla RFC 2228, sezione 5.2.

reply-class-1 = Risposta positiva preliminare
    .summary = La prima cifra 1 indica che l’azione richiesta sta per iniziare: occorre attendere un’altra risposta prima di inviare un nuovo comando.
reply-class-2 = Risposta positiva di completamento
    .summary = La prima cifra 2 indica che l’azione richiesta è stata completata: si può inviare un nuovo comando.
reply-class-3 = Risposta positiva intermedia
    .summary = La prima cifra 3 indica che il comando è stato accettato, ma l’azione resta in attesa di ulteriori informazioni.
reply-class-4 = Risposta negativa temporanea
    .summary = La prima cifra 4 indica che il comando non è stato accettato, ma l’errore è transitorio: la richiesta può essere ripetuta più tardi, dopo una nuova connessione se il server ha chiuso la connessione (421).
reply-class-5 = Risposta negativa permanente
    .summary = La prima cifra 5 indica che il comando non è stato accettato e che ripetere la stessa richiesta nello stesso ordine non cambierà l’esito.
reply-class-6 = Risposta protetta
    .summary = La prima cifra 6 indica una risposta protetta: il suo testo è un’altra risposta, codificata dal meccanismo di sicurezza (RFC 2228).

reply-group-0 = Sintassi
reply-group-1 = Informazioni
reply-group-2 = Connessioni
reply-group-3 = Autenticazione e account
reply-group-4 = Non assegnato
reply-group-5 = File system
