## Kody odpowiedzi 6yz: odpowiedzi chronione.

code-631 = Odpowiedź chroniona integralnością
    .description = RFC 2228 definiuje 631 jako odpowiedź chronioną integralnością. Nie ma ona stałego tekstu: część tekstowa to zakodowany w base64 komunikat „bezpieczny” (safe) niosący właściwą odpowiedź serwera, wytworzony przez procedurę integralności mechanizmu zabezpieczeń. Odpowiedź chronioną można wysłać dopiero po pomyślnej wymianie danych zabezpieczeń.
    .seen = Odpowiedź 631 pojawia się po AUTH i pomyślnej wymianie ADAT: przy mechanizmie obsługującym integralność RFC 2228 wymaga poleceń chronionych przez MIC lub ENC i odpowiedzi 631 lub 632, dopóki nie zostanie przyjęte CCC. Odpowiedź 631 może zajmować kilka wierszy, z których każdy niesie jeden fragment base64.
    .fix = Wszystko w porządku: klient dekoduje tekst base64, weryfikuje go mechanizmem zabezpieczeń i obsługuje zawartą w nim odpowiedź. Jeśli klient wyświetla surowy wiersz 631, nie dekoduje odpowiedzi chronionych; użyj klienta obsługującego mechanizm wynegocjowany poleceniem AUTH.

code-632 = Odpowiedź chroniona poufnością i integralnością
    .description = RFC 2228 definiuje 632 jako odpowiedź chronioną poufnością i integralnością. Nie ma ona stałego tekstu: część tekstowa to zakodowany w base64 komunikat „prywatny” (private) niosący właściwą odpowiedź serwera, wytworzony przez procedurę poufności i integralności mechanizmu zabezpieczeń. Odpowiedź chronioną można wysłać dopiero po pomyślnej wymianie danych zabezpieczeń.
    .seen = Odpowiedź 632 pojawia się po AUTH i pomyślnej wymianie ADAT, jeśli połączenie sterujące jest chronione zarówno pod względem poufności, jak i integralności; odpowiadającym jej poleceniem jest ENC, którego argument też jest komunikatem „prywatnym”. Podobnie jak 631, odpowiedź 632 może zajmować kilka wierszy z fragmentami base64.
    .fix = Wszystko w porządku: klient dekoduje tekst base64, rozpakowuje go mechanizmem zabezpieczeń i obsługuje zawartą w nim odpowiedź. Jeśli klient wyświetla surowy wiersz 632, nie dekoduje odpowiedzi chronionych; użyj klienta obsługującego mechanizm wynegocjowany poleceniem AUTH.

code-633 = Odpowiedź chroniona poufnością
    .description = RFC 2228 definiuje 633 jako odpowiedź chronioną poufnością. Nie ma ona stałego tekstu: część tekstowa to zakodowany w base64 komunikat „poufny” (confidential) niosący właściwą odpowiedź serwera, wytworzony przez procedurę poufności mechanizmu zabezpieczeń. Odpowiedź chronioną można wysłać dopiero po pomyślnej wymianie danych zabezpieczeń.
    .seen = Odpowiedź 633 pojawia się tylko przy mechanizmie i zasadach serwera, które dopuszczają na połączeniu sterującym poufność bez integralności; odpowiadającym jej poleceniem jest CONF, którego argument też jest komunikatem „poufnym”. Dopóki dostępna jest integralność, RFC 2228 wymaga MIC lub ENC aż do CCC, a serwer może odrzucić CONF otrzymane przed CCC odpowiedzią 533.
    .fix = Wszystko w porządku: klient dekoduje tekst base64 mechanizmem zabezpieczeń i obsługuje zawartą w nim odpowiedź. Pamiętaj, że odpowiedź 633 nie ma ochrony integralności, więc nic nie gwarantuje, że nie została zmieniona po drodze.
