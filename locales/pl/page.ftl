## Nagłówki i zdania ramy stron. Każde zdanie to cały komunikat; zmienne niosą kody,
## nazwy i liczby.

## Nagłówki sekcji.

heading-description = Opis
heading-seen = Kiedy się pojawia
heading-fix = Co zrobić
heading-differences = Najważniejsze różnice
heading-which = Jak reagować na każdy z nich
heading-learn-more = Więcej informacji
heading-meaning = Znaczenie
heading-commands = Polecenia, które go zwracają
heading-sources = Sekcje RFC
heading-related = Powiązane kody
heading-exchange = Przykładowa wymiana
heading-instead = Kody RFC, których należy użyć zamiast niego
heading-comparisons = Porównania

## Strony porównań. $lowCode i $highCode to dwa kody, mniejszy pierwszy.

compare-title = FTP { $lowCode } { $lowName } a { $highCode } { $highName }: różnice
# $lowText i $highText: znaczenie każdego kodu, tekst odpowiedzi z RFC, a w jego braku nazwa kodu.
# $sameAction: yes, gdy oba kody wymagają od klienta tej samej reakcji.
compare-lead = { $sameAction ->
    [yes] FTP { $lowCode } oznacza „{ $lowText }”, a FTP { $highCode } – „{ $highText }”: oba wymagają od klienta tej samej reakcji, więc różnią się tym, co każdy z nich zgłasza.
   *[no] FTP { $lowCode } oznacza „{ $lowText }”, a FTP { $highCode } – „{ $highText }”: wymagają od klienta różnych reakcji, a najważniejsze jest to, co zrobić po każdym z nich.
}

## Tabela porównania: kolumna na kod, wiersz na właściwość.

# ftpdocs: same-as-source
compare-column = FTP { $code }
compare-row-text = Tekst odpowiedzi w RFC
compare-row-class = Klasa
compare-row-sent = Kiedy jest wysyłany
compare-row-commands = Polecenia
compare-row-action = Co zrobić
# $text to tekst odpowiedzi podany w RFC.
compare-cell-text = „{ $text }” (RFC { $rfc })
compare-cell-no-text = Brak stałego tekstu (RFC { $rfc })
# ftpdocs: same-as-source
compare-cell-class = { $className } ({ $class }yz)
# Kiedy serwer wysyła kod, według tego, czego żąda od klienta ($action).
compare-cell-sent = { $action ->
    [greeting] { $count ->
        [0] Po otwarciu połączenia sterującego
       *[other] Po otwarciu połączenia sterującego oraz w odpowiedzi na { $commandsOr }
    }
    [wait-final] { $onConnect ->
        [yes] Po otwarciu połączenia sterującego lub w odpowiedzi na { $commandsOr }, dopóki serwer nie jest gotowy
       *[no] Na początku wykonywania polecenia, przed odpowiedzią końcową
    }
    [success] Jako odpowiedź końcowa na polecenie zakończone powodzeniem
    [send-next] W środku sekwencji poleceń, przed poleceniem, które ją kończy
    [retry-later] Jako odpowiedź końcowa na polecenie, które chwilowo się nie powiodło
    [reconnect] Gdy usługa jest wyłączana: po otwarciu połączenia lub w odpowiedzi na dowolne polecenie
    [log-in] W odpowiedzi na nieudane logowanie lub na polecenie wysłane przed zalogowaniem się
    [send-account] W odpowiedzi na polecenie, które serwer wykonuje dopiero po podaniu konta poleceniem ACCT
    [change-request] Jako odpowiedź końcowa na polecenie odrzucone w postaci, w jakiej je wysłano
    [nothing-helps] Jako odpowiedź końcowa na polecenie, którego serwer nie wykonuje
    [session-over] { $count ->
        [0] Na zakończenie sesji
       *[other] W odpowiedzi na { $commandsOr }, na zakończenie sesji
    }
   *[decode] Zamiast każdej odpowiedzi, gdy klient chroni swoje polecenia za pomocą MIC, CONF lub ENC
}
compare-cell-commands = { $count ->
    [0] Żadne: nie odpowiada na jedno konkretne polecenie
   *[other] { $commandScope ->
        [all] Każde polecenie: { $total ->
            [one] jedyne opisane w dokumentach RFC
            [few] wszystkie { $total } opisane w dokumentach RFC
            [many] wszystkie { $total } opisanych w dokumentach RFC
           *[other] wszystkie { $total } opisanych w dokumentach RFC
        }
        [most] Większość poleceń: { $count } z { $total } opisanych w dokumentach RFC
       *[listed] { $commands }
    }
}
compare-cell-action = { $action ->
    [greeting] Zalogować się: wysłać USER
    [wait-final] Czekać na odpowiedź końcową
    [success] Przejść do następnego polecenia
    [send-next] Wysłać polecenie kończące wymianę
    [retry-later] Wysłać to samo polecenie później
    [reconnect] Połączyć się ponownie i zalogować
    [log-in] Zalogować się, a potem ponownie wysłać polecenie
    [send-account] Podać konto poleceniem ACCT, a potem ponownie wysłać polecenie
    [change-request] Poprawić żądanie, a potem wysłać je ponownie
    [nothing-helps] Obejść się bez niego: żadna zmiana polecenia nie pomoże
    [session-over] Nic: sesja się zakończyła
   *[decode] Zdekodować ją i obsłużyć odpowiedź zawartą w środku
}
# Jedno zdanie na kod, wybrane według tego, czego kod żąda od klienta ($action), nigdy
# według samej klasy.
compare-which = { $action ->
    [greeting] Kod { $code } ({ $name }) to powitanie: serwer jest gotowy dla nowego użytkownika, a następnym krokiem jest zalogowanie się poleceniem USER.
    [wait-final] Kod { $code } ({ $name }) oznacza, że akcja trwa: nie zamykaj połączenia sterującego i przed wysłaniem kolejnego polecenia poczekaj na odpowiedź końcową.
    [success] Kod { $code } ({ $name }) oznacza powodzenie: żądanie zostało wykonane i można wysłać następne polecenie.
    [send-next] Kod { $code } ({ $name }) oznacza, że serwer czeka na dalszą część: wyślij polecenie, które kończy wymianę.
    [retry-later] Kod { $code } ({ $name }) oznacza chwilowy błąd: połączenie sterujące pozostaje otwarte, a to samo polecenie wysłane później może się powieść.
    [reconnect] Kod { $code } ({ $name }) oznacza koniec połączenia: serwer je zamyka, więc połącz się ponownie i zaloguj, zanim wyślesz cokolwiek innego.
    [log-in] Kod { $code } ({ $name }) oznacza brak zalogowania lub konta: zanim ponownie wyślesz polecenie, zaloguj się poleceniami USER i PASS, a jeśli serwer wymaga konta – podaj je także poleceniem ACCT.
    [send-account] Kod { $code } ({ $name }) oznacza żądanie podania konta: możesz być już zalogowany, ale do wykonania tego polecenia serwer potrzebuje danych konta, a samo polecenie odrzucił, więc wyślij ACCT, a potem ponów polecenie.
    [change-request] Kod { $code } ({ $name }) odrzuca żądanie w postaci, w jakiej je wysłano: zanim wyślesz je ponownie, popraw argumenty, ich kolejność lub polecenie, od którego ono zależy.
    [nothing-helps] Kod { $code } ({ $name }) to odmowa, której nie zmieni żadna modyfikacja polecenia: przyczyna leży po stronie serwera, więc obejdź się bez tego polecenia albo zwróć się do administratora serwera.
    [session-over] Kod { $code } ({ $name }) kończy sesję na żądanie klienta: serwer zamyka połączenie sterujące i nie następuje już żadne polecenie.
   *[decode] Kod { $code } ({ $name }) opakowuje inną odpowiedź: zdekoduj jego tekst mechanizmem zabezpieczeń wynegocjowanym po AUTH, a potem obsłuż zawartą w nim odpowiedź.
}
learn-rfc = { $part ->
    [appendix] RFC { $rfc }, dodatek { $section }
   *[section] RFC { $rfc }, sekcja { $section }
}

## Strony kodów.

# ftpdocs: same-as-source
code-title = FTP { $code } { $name }
# RFC 2228, sekcja 5.2, nie nadaje drugiej cyfrze odpowiedzi chronionej (6yz) znaczenia grupy.
code-lead = { $ClassDigit ->
    [6] FTP { $code } ({ $name }) należy do klasy „{ $ClassName }” ({ $ClassDigit }yz), zdefiniowanej w RFC 2228, w której druga cyfra nie oznacza grupy.
   *[other] FTP { $code } ({ $name }) należy do klasy „{ $ClassName }” ({ $ClassDigit }yz) i do grupy „{ $GroupName }” (x{ $GroupDigit }z).
}
# Małe liczby zapisuje się słownie, jak w polskiej prozie. Kategorie CLDR: one, few, many, other.
code-several-meanings = { $count ->
    [one] Kod { $code } ma jedno znaczenie.
    [2] Kod { $code } ma dwa znaczenia, zdefiniowane w różnych dokumentach RFC; o tym, które obowiązuje, decyduje polecenie, na które odpowiada, oraz pozostałe odpowiedzi serwera.
    [3] Kod { $code } ma trzy znaczenia, zdefiniowane w różnych dokumentach RFC; o tym, które obowiązuje, decyduje polecenie, na które odpowiada, oraz pozostałe odpowiedzi serwera.
    [few] Kod { $code } ma { $count } znaczenia, zdefiniowane w różnych dokumentach RFC; o tym, które obowiązuje, decyduje polecenie, na które odpowiada, oraz pozostałe odpowiedzi serwera.
    [many] Kod { $code } ma { $count } znaczeń, zdefiniowanych w różnych dokumentach RFC; o tym, które obowiązuje, decyduje polecenie, na które odpowiada, oraz pozostałe odpowiedzi serwera.
   *[other] Kod { $code } ma { $count } znaczenia, zdefiniowane w różnych dokumentach RFC; o tym, które obowiązuje, decyduje polecenie, na które odpowiada, oraz pozostałe odpowiedzi serwera.
}
code-transcript-intro = Wymiana na połączeniu sterującym, która kończy się kodem { $code }. Wiersze oznaczone literą C wysyła klient, a oznaczone literą S – serwer; teksty po kodach serwera to przykłady tego, co wysyłają serwery.
code-on-connect = { $action ->
    [reconnect] Serwer wysyła tę odpowiedź po otwarciu połączenia sterującego, jeśli nie może obsłużyć klienta, albo w odpowiedzi na dowolne polecenie, jeśli wie, że usługa musi zostać wyłączona.
   *[other] { $count ->
        [0] Serwer wysyła tę odpowiedź po otwarciu połączenia sterującego, przed jakimkolwiek poleceniem.
       *[other] Serwer wysyła tę odpowiedź po otwarciu połączenia sterującego, a także w odpowiedzi na { $commandsOr }.
    }
}
# Dla kodu, który nie ma listy poleceń i nie jest wysyłany po połączeniu.
# ftpdocs: allow unused-message
code-any-command = Ta odpowiedź nie jest związana z jednym konkretnym poleceniem.

## Strony liczb, które nie są odpowiedziami FTP.

notftp-title = { $kind ->
    [unassigned] FTP { $number } { $title }: numer, którego nie definiuje żaden dokument RFC
   *[winsock] Błąd { $number } ({ $name }): to nie jest odpowiedź FTP
}
notftp-lead = { $kind ->
    [unassigned] Żaden dokument RFC nie definiuje kodu { $number }: niektóre serwery wysyłają go z tekstem takim jak „{ $name }” tam, gdzie dokumenty RFC przewidują { $instead }.
   *[winsock] Serwery FTP nigdy nie wysyłają numeru { $number }: każda odpowiedź FTP to kod trzycyfrowy, a { $number } to błąd Windows Sockets zgłaszany przez system operacyjny samego klienta.
}
# Nagłówek jednego ze znaczeń kodu, który ma ich kilka; $rfc to RFC, które je definiuje.
# ftpdocs: same-as-source
code-meaning-heading = { $title } (RFC { $rfc })
