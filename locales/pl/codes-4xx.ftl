## Kody odpowiedzi 4yz: przejściowa odpowiedź negatywna.

code-421 = Usługa niedostępna
    .text = Usługa niedostępna, zamykanie połączenia sterującego
    .description = RFC 959 nadaje kodowi 421 tekst „Usługa niedostępna, zamykanie połączenia sterującego”. RFC 959 pozwala serwerowi wysłać 421 zaraz po połączeniu się klienta, jeśli nie może go obsłużyć, oraz w odpowiedzi na dowolne polecenie, jeśli usługa wie, że musi zostać wyłączona; serwer zamyka wtedy połączenie sterujące. Jak każda odpowiedź 4yz, 421 zgłasza stan przejściowy: klient może połączyć się ponownie później.
    .seen = Odpowiedź 421 pojawia się zamiast powitania 220, jeśli serwer nie może przyjąć sesji, albo w odpowiedzi na polecenie, gdy usługa jest wyłączana. RFC 2577 sugeruje wysłanie 421 i zamknięcie połączenia po 3–5 błędnych hasłach, RFC 7151 używa tego kodu dla polecenia HOST, którego host wirtualny jest chwilowo niedostępny, a RFC 4217 – dla negocjacji TLS, która nie powiodła się po AUTH TLS.
    .fix = Odczekaj chwilę i połącz się ponownie; tekst odpowiedzi, przeznaczony dla człowieka, często podaje przyczynę. Jeśli odpowiedź nastąpiła po kilku nieudanych logowaniach, przed ponowną próbą sprawdź nazwę użytkownika i hasło. RFC 1123 zaleca, by klienci wykrywali zamknięcie połączenia sterującego, zamiast specjalnie interpretować kod 421.

code-425 = Nie można otworzyć połączenia danych
    .text = Nie można otworzyć połączenia danych
    .description = RFC 959 nadaje kodowi 425 tekst „Nie można otworzyć połączenia danych”. Definiuje 425 jako przejściową odpowiedź negatywną: serwer nie mógł zestawić połączenia danych potrzebnego do polecenia transferu, więc żaden plik ani listing nie został wysłany ani odebrany. RFC 959 umieszcza 425 po wstępnej odpowiedzi 125 lub 150 na polecenia STOR, STOU, RETR, LIST, NLST i APPE.
    .seen = Odpowiedź 425 pojawia się na początku listingu, pobierania lub wysyłania. Częstą przyczyną jest zapora sieciowa lub urządzenie NAT, które blokuje połączenie danych: w trybie aktywnym (PORT lub EPRT) serwer nie może dotrzeć do adresu i portu ogłoszonych przez klienta, a w trybie pasywnym (PASV lub EPSV) połączenie, które klient nawiązuje z portem ogłoszonym przez serwer, nigdy do niego nie dociera.
    .fix = Sprawdź, którego trybu używa klient, i upewnij się, że zapory sieciowe po obu stronach przepuszczają połączenie danych: w trybie aktywnym – port, który klient wysyła w PORT lub EPRT, a w trybie pasywnym – porty, które serwer ogłasza w odpowiedziach 227 lub 229. Jeśli klient stoi za NAT, często pomaga przełączenie go w tryb pasywny. Jako odpowiedź 4yz kod 425 pozwala ponowić transfer po usunięciu problemu z połączeniem.

code-426 = Transfer przerwany
    .text = Połączenie zamknięte; transfer przerwany
    .description = RFC 959 nadaje kodowi 426 tekst „Połączenie zamknięte; transfer przerwany”. Definiuje 426 jako odpowiedź kończącą polecenie transferu, jeśli połączenie danych zostało zamknięte przed zakończeniem transferu. Sekcja 4.1.3 RFC 959 używa jej dla polecenia ABOR: jeśli transfer trwa, serwer go przerywa, zamyka połączenie danych, odpowiada na polecenie transferu kodem 426, a następnie na ABOR kodem 226.
    .seen = Odpowiedź 426 pojawia się zaraz po wysłaniu przez klienta polecenia ABOR w trakcie transferu, a tuż po niej przychodzi 226: to normalne zakończenie anulowanego transferu. Pojawia się także bez ABOR, jeśli połączenie danych zostanie zerwane w trakcie transferu, na przykład przez urządzenie sieciowe albo dlatego, że druga strona przestała odpowiadać.
    .fix = Po poleceniu ABOR wszystko jest w porządku. W przeciwnym razie ponów transfer, wznawiając go poleceniem REST od miejsca przerwania, jeśli serwer to obsługuje, a jeśli błąd się powtarza, sprawdź ścieżkę sieciową połączenia danych.

code-431 = Zasób zabezpieczeń niedostępny
    .text = Do obsługi zabezpieczeń potrzebny jest niedostępny zasób
    .description = RFC 2228 nadaje kodowi 431 tekst „Do obsługi zabezpieczeń potrzebny jest niedostępny zasób”. Definiuje 431 jako odpowiedź na AUTH lub PROT, jeśli serwer nie jest w stanie przyjąć żądanego mechanizmu zabezpieczeń lub poziomu ochrony, na przykład dlatego, że potrzebny mu zasób jest niedostępny; serwer, który nie chce ich przyjąć, odpowiada zamiast tego kodem 534. RFC 959 pokazuje kod 431 tylko w przykładzie z dodatku II dotyczącym polecenia CWD w systemie TOPS-20, który jest ilustracją, a nie definicją kodu.
    .seen = Odpowiedź 431 pojawia się po AUTH lub PROT na serwerze, który obsługuje żądany mechanizm lub poziom ochrony, ale w danej chwili nie może go zapewnić, ponieważ brakuje czegoś, od czego zależy mechanizm, lub jest to nieosiągalne.
    .fix = Jako odpowiedź 4yz kod 431 opisuje stan przejściowy: wyślij polecenie ponownie później. Jeśli problem się utrzymuje, administrator serwera powinien sprawdzić w dzienniku serwera, jakiego zasobu brakuje mechanizmowi zabezpieczeń.

code-450 = Plik chwilowo niedostępny
    .text = Żądana operacja na pliku nie została wykonana. Plik niedostępny (np. zajęty)
    .description = RFC 959 nadaje kodowi 450 tekst „Żądana operacja na pliku nie została wykonana. Plik niedostępny (np. zajęty)”. RFC 959 definiuje 450 jako przejściową odpowiedź negatywną: operacji na pliku nie można było teraz wykonać, ale to samo polecenie może się powieść później – w przeciwieństwie do kodu 550, który zgłasza stan trwały, taki jak brak pliku lub brak dostępu.
    .seen = Odpowiedź 450 pojawia się po poleceniach RETR, STOR, STOU, APPE, DELE, RNFR, LIST, NLST lub STAT, jeśli plik lub katalog jest w użyciu albo zablokowany, na przykład przez inny transfer zapisujący ten sam plik.
    .fix = Odczekaj chwilę i wyślij polecenie ponownie, ponieważ ten stan ma być przejściowy. Jeśli odpowiedź 450 wciąż wraca dla tego samego pliku, ustal na serwerze, co go blokuje.

code-451 = Lokalny błąd przetwarzania
    .text = Żądana akcja przerwana: lokalny błąd przetwarzania
    .description = RFC 959 nadaje kodowi 451 tekst „Żądana akcja przerwana: lokalny błąd przetwarzania”. Definiuje 451 jako przejściową odpowiedź negatywną: błąd po stronie serwera przerwał polecenie, które może się powieść, jeśli zostanie powtórzone później. RFC 2389 używa kodu 451 także jako odpowiedzi na OPTS, jeśli przejściowy stan serwera uniemożliwia przyjęcie opcji.
    .seen = Odpowiedź 451 pojawia się w trakcie wykonywania poleceń RETR, STOR, STOU, APPE, LIST lub NLST albo zaraz po nich, jeśli serwer napotka własny problem, taki jak błąd odczytu lub zapisu w pamięci masowej albo inna awaria wewnętrzna.
    .fix = Ponów polecenie później: błąd leży po stronie serwera, a nie w żądaniu. Jeśli się powtarza, administrator serwera powinien poszukać jego przyczyny w dzienniku serwera.

code-452 = Za mało miejsca na dysku
    .text = Żądana akcja nie została wykonana. Za mało miejsca w systemie
    .description = RFC 959 nadaje kodowi 452 tekst „Żądana akcja nie została wykonana. Za mało miejsca w systemie”. RFC 959 definiuje 452 jako przejściową odpowiedź negatywną na STOR, STOU i APPE: serwer nie ma teraz dość miejsca, aby zapisać plik, a ten stan może ustąpić później.
    .seen = Odpowiedź 452 pojawia się przy wysyłaniu pliku poleceniem STOR, STOU lub APPE na serwer, którego dysk, wolumin lub obszar przechowywania jest pełny.
    .fix = Zwolnij miejsce na serwerze albo poproś o to administratora, a następnie powtórz wysyłanie. W przeciwieństwie do kodu 552, który oznacza przekroczenie przydziału miejsca dla katalogu lub zbioru danych, 452 dotyczy przestrzeni całego systemu.
