## Kody odpowiedzi 3yz: pośrednia odpowiedź pozytywna.

code-331 = Wymagane hasło
    .text = Nazwa użytkownika poprawna, wymagane hasło
    .description = RFC 959 nadaje kodowi 331 tekst „Nazwa użytkownika poprawna, wymagane hasło”. Definiuje 331 jako pośrednią odpowiedź pozytywną na USER: serwer przyjął nazwę i czeka na hasło, aby dokończyć logowanie. RFC 2577 sugeruje, by serwery odpowiadały kodem 331 na każde polecenie USER, aby odpowiedź nie zdradzała, które nazwy użytkowników istnieją.
    .seen = Odpowiedź 331 pojawia się zaraz po wysłaniu polecenia USER do serwera, który wymaga hasła – to normalna sekwencja logowania. Ze względu na zalecenie RFC 2577 odpowiedź 331 nie dowodzi, że nazwa użytkownika istnieje: serwer, który się do niego stosuje, odrzuca błędną nazwę dopiero po PASS, zwykle kodem 530.
    .fix = Wszystko w porządku. Wyślij PASS z hasłem; serwer odpowie wtedy kodem 230, jeśli logowanie jest zakończone, 332, jeśli potrzebuje jeszcze konta, albo 530, jeśli odrzuca dane uwierzytelniające.

code-332 = Wymagane konto
    .text = Wymagane konto do zalogowania
    .description = RFC 959 nadaje kodowi 332 tekst „Wymagane konto do zalogowania”. Definiuje 332 jako pośrednią odpowiedź pozytywną: serwer potrzebuje informacji o koncie, przesyłanych poleceniem ACCT, zanim będzie mógł dokończyć logowanie. Sekcja 4.1.1 RFC 959 pozwala też serwerowi odpowiedzieć kodem 332 na późniejsze polecenie wymagające konta, jeśli wstrzymuje to polecenie do nadejścia ACCT; jeśli zamiast tego je odrzuca, odpowiada kodem 532.
    .seen = Odpowiedź 332 pojawia się po USER lub PASS na serwerze, który oprócz nazwy użytkownika i hasła wymaga konta. Może też przyjść w odpowiedzi na późniejsze polecenie, takie jak STOR, w serwisie, który żąda konta tylko dla określonego dostępu, na przykład zapisywania plików.
    .fix = Wyślij ACCT z kontem otrzymanym od administratora serwera; logowanie lub wstrzymane polecenie zostanie wtedy wykonane. Jeśli nie masz konta, poproś o nie administratora: na tym serwerze sama nazwa użytkownika i hasło nie wystarczą.

code-334 = Wymagane dane zabezpieczeń
    .description = RFC 2228 definiuje 334 jako odpowiedź na AUTH, gdy serwer przyjmuje żądany mechanizm zabezpieczeń i do kontynuacji potrzebuje danych zabezpieczeń. Dokument nie ustala stałego tekstu: odpowiedź może zawierać ADAT=base64data, czyli dane zabezpieczeń od serwera, z których klient buduje kolejne polecenie ADAT. RFC 4217 stwierdza, że 334 jest niepoprawną odpowiedzią na AUTH TLS, ponieważ po negocjacji TLS nie następuje wymiana ADAT.
    .seen = Odpowiedź 334 pojawia się po AUTH z mechanizmem zabezpieczeń, który wymienia dane za pomocą ADAT. Serwer, który odpowiada kodem 334 na AUTH TLS, nie przestrzega RFC 4217, który przewiduje 234.
    .fix = Wszystko w porządku: kontynuuj wymianę, wysyłając ADAT z danymi base64 wytworzonymi przez mechanizm, aż serwer odpowie kodem 235. Jeśli klient wysłał AUTH TLS i otrzymał 334, zgłoś to administratorowi serwera, ponieważ klient TLS przed rozpoczęciem negocjacji TLS oczekuje odpowiedzi 234.

code-335 = Potrzebne dalsze dane zabezpieczeń
    .description = RFC 2228 definiuje 335 jako odpowiedź na ADAT, gdy serwer przyjmuje dane zabezpieczeń, ale do zakończenia wymiany danych zabezpieczeń potrzebuje ich więcej. Dokument nie ustala stałego tekstu: odpowiedź może zawierać ADAT=base64data, czyli dane, które klient przetwarza przed wysłaniem następnego ADAT.
    .seen = Odpowiedź 335 pojawia się w trakcie wymiany AUTH i ADAT przy mechanizmach zabezpieczeń, które wymagają więcej niż jednej wymiany w obie strony. Po 335 klient zwykle wysyła kolejne ADAT, aż serwer odpowie kodem 235.
    .fix = Wszystko w porządku: klient powinien wysłać kolejne polecenie ADAT z danymi wytworzonymi przez swój mechanizm zabezpieczeń. Jeśli wymiana się tu zatrzymuje, sprawdź, czy klient i serwer obsługują ten sam mechanizm; nieudana wymiana kończy się kodem 535, jeśli dane zostały odrzucone, lub 501, jeśli nie da się zdekodować base64.

code-336 = Wyzwanie dla hasła
    .text = Nazwa użytkownika poprawna, wymagane hasło. Wyzwanie to «....»
    .description = RFC 2228 nadaje kodowi 336 tekst „Nazwa użytkownika poprawna, wymagane hasło. Wyzwanie to «....»”. Definiuje 336 jako odpowiedź na USER, gdy mechanizm zabezpieczeń wymaga hasła typu wyzwanie-odpowiedź: tekst odpowiedzi powinien zawierać wyzwanie w postaci zrozumiałej dla człowieka. Klient musi pokazać to wyzwanie użytkownikowi, zanim zapyta o hasło.
    .seen = Odpowiedź 336 pojawia się zamiast 331 po poleceniu USER na serwerze, którego mechanizm zabezpieczeń, wynegocjowany poleceniami AUTH i ADAT, wymaga hasła typu wyzwanie-odpowiedź.
    .fix = Odczytaj wyzwanie z tekstu odpowiedzi, zbuduj na jego podstawie hasło, którego oczekuje mechanizm zabezpieczeń, i wyślij to hasło poleceniem PASS. Klient nie powinien pytać o hasło, zanim serwer odpowie na USER, ponieważ hasło zależy od wyzwania.

code-350 = Oczekiwanie na dalsze informacje
    .text = Żądana operacja na pliku oczekuje na dalsze informacje
    .description = RFC 959 nadaje kodowi 350 tekst „Żądana operacja na pliku oczekuje na dalsze informacje”. RFC 959 wymienia 350 jako pośrednią odpowiedź pozytywną na REST i RNFR: serwer przyjął polecenie i czeka na polecenie, które je dopełni. RFC 3659 zachowuje 350 jako odpowiedź na REST w trybie strumieniowym (STREAM), którego argumentem jest liczba bajtów następnego transferu do pominięcia.
    .seen = Odpowiedź 350 pojawia się po REST, przed poleceniem RETR lub STOR, które wznawia transfer, oraz po RNFR, przed poleceniem RNTO podającym nową nazwę. To normalny etap pośredni wznowionego transferu i zmiany nazwy.
    .fix = Wszystko w porządku: wyślij polecenie kończące sekwencję – RNTO zaraz po RNFR albo polecenie transferu zaraz po REST. RFC 959 wymaga, by te polecenia następowały bezpośrednio po sobie: RNTO, które nie następuje bezpośrednio po RNFR, otrzymuje 503, a RFC 3659 pozostawia nieokreślony skutek REST wysłanego w innym miejscu niż tuż przed transferem.
