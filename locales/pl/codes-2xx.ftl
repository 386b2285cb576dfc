## Kody odpowiedzi 2yz: końcowa odpowiedź pozytywna.

code-200 = Polecenie poprawne
    .text = Polecenie poprawne
    .description = RFC 959 nadaje kodowi 200 tekst „Polecenie poprawne”. RFC 959 używa kodu 200 dla polecenia, które się powiodło, a nie przekazuje klientowi żadnych nowych informacji, takiego jak TYPE, MODE, STRU, PORT czy NOOP. Późniejsze dokumenty RFC czynią z niego odpowiedź o powodzeniu dla poleceń EPRT (RFC 2428), OPTS (RFC 2389), LANG (RFC 2640) oraz PBSZ, PROT i CCC (RFC 2228 i RFC 4217).
    .seen = Odpowiedź 200 pojawia się po ustawieniu parametrów transferu poleceniami TYPE, MODE, STRU, PORT lub EPRT, po NOOP oraz po poleceniach PBSZ 0 i PROT P, które następują po AUTH TLS. Odpowiedź 200 na OPTS lub LANG oznacza, że serwer przyjął opcję lub język, a tekst odpowiedzi na LANG może wskazywać wybrany wariant.
    .fix = Wszystko w porządku: wyślij następne polecenie. Jeśli odpowiedź 200 na PBSZ zawiera w tekście PBSZ=liczba, serwer chce mniejszego bufora, a RFC 2228 wymaga, by obie strony używały mniejszego z dwóch rozmiarów.

code-202 = Polecenie zbędne
    .text = Polecenie niezaimplementowane, zbędne w tym serwisie
    .description = RFC 959 nadaje kodowi 202 tekst „Polecenie niezaimplementowane, zbędne w tym serwisie”. Definiuje 202 jako końcową odpowiedź pozytywną na polecenie, które na tym serwerze nie ma znaczenia, aby prosty klient mógł kontynuować tak, jakby się powiodło. Jej przykładem jest ALLO w systemie, który nie wymaga wcześniejszego przydzielania miejsca.
    .seen = Odpowiedź 202 pojawia się najczęściej po poleceniu ALLO na serwerach, które nie rezerwują miejsca przed transferem. RFC 959 wymienia 202 także dla poleceń PASS, ACCT, SMNT i SITE.
    .fix = Wszystko w porządku: polecenie było niepotrzebne, a sesja trwa dalej. W przeciwieństwie do kodu 502, który odrzuca niezaimplementowane polecenie, 202 jest odpowiedzią o powodzeniu.

code-211 = Stan systemu
    .text = Stan systemu lub odpowiedź pomocy systemu
    .description = RFC 959 wymienia kod 211 jako „Stan systemu lub odpowiedź pomocy systemu”: te słowa opisują odpowiedź, a nie ustalają jej tekstu, w którym serwer umieszcza informacje o stanie lub pomoc dla użytkownika. RFC 2389 czyni kod 211 także odpowiedzią na FEAT, której postać wielowierszowa wymienia po jednym obsługiwanym rozszerzeniu w wierszu, każde wcięte jedną spacją, i kończy się wierszem 211 End.
    .seen = Odpowiedź 211 pojawia się po poleceniu STAT bez argumentu, które zgłasza stan serwera, parametry transferu i połączenia, a czasem po poleceniu HELP, na które RFC 959 pozwala odpowiadać kodem 211 lub 214. Klient, który wysyła FEAT, otrzymuje 211 z listą rozszerzeń obsługiwanych przez serwer, takich jak MDTM, SIZE, MLST czy AUTH TLS.
    .fix = Wszystko w porządku. Jednowierszowa odpowiedź 211 na FEAT oznacza, że serwer nie ma żadnych rozszerzeń do zgłoszenia; klient, który otrzymuje 500 lub 502 na FEAT, powinien sprawdzić potrzebne rozszerzenia po kolei, jak zaleca RFC 2389.

code-212 = Stan katalogu
    .text = Stan katalogu
    .description = RFC 959 wymienia kod 212 jako „Stan katalogu”: to odpowiedź informacyjna na polecenie STAT, której tekst nie jest stały, lecz zawiera stan katalogu.
    .seen = Serwer może odpowiedzieć kodem 212 na polecenie STAT z katalogiem jako argumentem, wysyłając przez połączenie sterujące to, co LIST wysłałoby przez połączenie danych. Listing z wieloma wierszami przychodzi jako odpowiedź wielowierszowa.
    .fix = Wszystko w porządku. Czytaj odpowiedź aż do ostatniego wiersza, który zaczyna się od 212 i spacji.

code-213 = Stan pliku
    .text = Stan pliku
    .description = RFC 959 wymienia kod 213 jako „Stan pliku”: to odpowiedź informacyjna na polecenie STAT, której tekst nie jest stały, lecz zawiera stan pliku. RFC 3659 czyni kod 213 odpowiedzią na MDTM i SIZE w ściśle określonym formacie jednowierszowym: 213, spacja, a potem czas modyfikacji jako YYYYMMDDHHMMSS w UTC dla MDTM lub rozmiar transferu w oktetach dla SIZE.
    .seen = Odpowiedź 213 pojawia się najczęściej po poleceniach MDTM i SIZE, które klienci wysyłają przed wznowieniem przerwanego transferu, aby ustalić, jaka część pliku została przesłana i czy plik od tego czasu się zmienił. Serwer może jej też użyć w odpowiedzi na STAT z nazwą pliku.
    .fix = Wszystko w porządku. Czas z MDTM jest podany w UTC, a wartość SIZE zależy od bieżących ustawień TYPE, MODE i STRU, więc przed wysłaniem SIZE ustaw TYPE, z którym będzie odbywał się transfer.

code-214 = Komunikat pomocy
    .text = Komunikat pomocy
    .description = RFC 959 wymienia kod 214 jako „Komunikat pomocy”: to odpowiedź przeznaczona dla człowieka, której tekst nie jest stały, lecz wyjaśnia, jak korzystać z serwera lub co oznacza niestandardowe polecenie.
    .seen = Odpowiedź 214 pojawia się po poleceniu HELP, wysłanym samodzielnie lub z nazwą polecenia. RFC 959 sugeruje, by HELP SITE opisywało polecenia SITE serwera.
    .fix = Wszystko w porządku. Tekst jest przeznaczony dla ludzi, więc pokaż go użytkownikowi, zamiast interpretować go programowo.

code-215 = Typ systemu
    .text = NAZWA – typ systemu
    .description = RFC 959 nadaje kodowi 215 tekst „NAZWA – typ systemu”. Definiuje 215 jako odpowiedź na polecenie SYST. Pierwsze słowo tekstu musi być jedną z oficjalnych nazw systemów wymienionych w dokumencie Assigned Numbers, na przykład UNIX.
    .seen = Klienci wysyłają SYST, aby poznać system operacyjny serwera, co mówi im, czego oczekiwać od wyników zależnych od systemu, takich jak wynik polecenia LIST.
    .fix = Wszystko w porządku. Jako nazwę systemu traktuj tylko pierwsze słowo, a jeśli serwer obsługuje MLSD i MLST (RFC 3659), zamiast analizować wynik LIST korzystaj z ich ściśle zdefiniowanego formatu.

code-220 = Usługa gotowa
    .text = Usługa gotowa dla nowego użytkownika
    .description = RFC 959 nadaje kodowi 220 tekst „Usługa gotowa dla nowego użytkownika”. Definiuje 220 jako odpowiedź, którą serwer wysyła po nawiązaniu połączenia sterującego, gdy może już przyjmować polecenia; jest to także pozytywna odpowiedź na REIN, a według RFC 7151 – na HOST.
    .seen = To pierwszy wiersz, który klient otrzymuje po połączeniu, zwykle z banerem podającym nazwę oprogramowania serwera. Odpowiedź 220 pojawia się też po zresetowaniu sesji poleceniem REIN, po odpowiedzi 120, gdy opóźniona usługa staje się gotowa, oraz po poleceniu HOST, które serwer przyjął.
    .fix = Wszystko w porządku. Następnie zaloguj się: wyślij USER, a potem PASS, jeśli serwer odpowie kodem 331.

code-221 = Zamykanie połączenia sterującego
    .text = Usługa zamyka połączenie sterujące
    .description = RFC 959 nadaje kodowi 221 tekst „Usługa zamyka połączenie sterujące”. Definiuje 221 jako odpowiedź na polecenie QUIT: serwer w razie potrzeby wylogowuje użytkownika i zamyka połączenie sterujące.
    .seen = Odpowiedź 221 pojawia się na końcu sesji, po wysłaniu polecenia QUIT. Jeśli transfer pliku wciąż trwa, według RFC 959 serwer utrzymuje połączenie do wysłania odpowiedzi z wynikiem transferu i dopiero potem je zamyka.
    .fix = Wszystko w porządku: sesja zakończyła się normalnie. Aby zalogować się ponownie jako inny użytkownik bez ponownego łączenia, wyślij REIN zamiast QUIT.

code-225 = Połączenie danych otwarte
    .text = Połączenie danych otwarte; żaden transfer nie trwa
    .description = RFC 959 nadaje kodowi 225 tekst „Połączenie danych otwarte; żaden transfer nie trwa”. RFC 959 umieszcza 225 w grupie połączeń, a jego tabela poleceń i odpowiedzi wymienia ten kod, obok kodu 226, jako odpowiedź o powodzeniu na ABOR.
    .seen = Odpowiedź 225 jest rzadka. RFC 959 wymienia ją tylko dla polecenia ABOR, gdzie pasuje do przerwania, które zastaje połączenie danych otwarte, ale bez trwającego transferu.
    .fix = Wszystko w porządku: nie było czego przerywać i klient może wysłać następne polecenie.

code-226 = Zamykanie połączenia danych
    .text = Zamykanie połączenia danych
    .description = RFC 959 nadaje kodowi 226 tekst „Zamykanie połączenia danych”. Definiuje 226 jako odpowiedź zgłaszającą pomyślne wykonanie operacji na pliku, takiej jak zakończony transfer lub przerwanie, po zamknięciu przez serwer połączenia danych. RFC 3659 używa jej także do zakończenia listingu wysyłanego w odpowiedzi na MLSD.
    .seen = 226 to normalna ostatnia odpowiedź na RETR, STOR, STOU, APPE, LIST i NLST, gdy wszystkie dane przeszły przez połączenie danych. Po poleceniu ABOR serwer wysyła 426 dla przerwanego transferu, a następnie 226 na potwierdzenie przerwania, albo samo 226, jeśli transfer już się zakończył.
    .fix = Wszystko w porządku: transfer jest zakończony i klient może wysłać następne polecenie. W trybie strumieniowym połączenie danych zamyka się na końcu każdego pliku, więc następny transfer wymaga nowego połączenia, zestawionego ponownie poleceniem PASV, EPSV, PORT lub EPRT.

code-227 = Przejście w tryb pasywny
    .text = Przejście w tryb pasywny (h1,h2,h3,h4,p1,p2)
    .description = RFC 959 nadaje kodowi 227 tekst „Przejście w tryb pasywny (h1,h2,h3,h4,p1,p2)”. Definiuje 227 jako odpowiedź na PASV: serwer nasłuchuje połączenia danych pod adresem IPv4 h1.h2.h3.h4 na porcie p1 razy 256 plus p2. RFC 1123 zauważa, że ten format nie jest dobrze ustandaryzowany, więc klient musi szukać w odpowiedzi pierwszej cyfry liczb, zamiast polegać na nawiasach.
    .seen = Odpowiedź 227 przychodzi po poleceniu PASV, wysyłanym przed każdym transferem lub listingiem w trybie pasywnym. W tym trybie klient sam otwiera połączenie danych, co pozwala przejść przez zapory sieciowe blokujące połączenia przychodzące do klienta.
    .fix = Wszystko w porządku: połącz się z podanym adresem i portem, a następnie wyślij polecenie transferu. Jeśli ten adres jest nieosiągalny z klienta, co zdarza się, gdy serwer stoi za NAT, użyj zamiast tego EPSV: odpowiedź 229 zawiera tylko port i wykorzystuje adres połączenia sterującego.

code-228 = Przejście w długi tryb pasywny
    .text = Przejście w długi tryb pasywny (af, hal, h1, h2, h3,..., pal, p1, p2...)
    .description = RFC 1639 nadaje kodowi 228 tekst „Przejście w długi tryb pasywny (af, hal, h1, h2, h3,..., pal, p1, p2...)”. RFC 1639, dokument eksperymentalny, definiuje 228 jako odpowiedź na LPSV: serwer nasłuchuje pod długim adresem, który podaje rodzinę adresów, długość i bajty adresu hosta, a potem długość i bajty portu.
    .seen = Odpowiedź 228 pojawia się tylko wtedy, gdy klient wyśle LPSV. RFC 2428 zwraca uwagę, że mechanizm z RFC 1639 może zawodzić tam, gdzie używa się kilku protokołów sieciowych, i definiuje EPSV dla trybu pasywnego przez IPv6 i inne protokoły sieciowe.
    .fix = Wszystko w porządku: połącz się z adresem i portem podanymi w odpowiedzi. Dla IPv6 lub NAT wybierz raczej EPSV z RFC 2428, który należy do ścieżki standaryzacyjnej, podczas gdy RFC 1639 jest eksperymentalny.

code-229 = Przejście w rozszerzony tryb pasywny
    .text = Przejście w rozszerzony tryb pasywny (|||6446|)
    .description = RFC 2428 podaje jako przykład dla kodu 229 tekst „Przejście w rozszerzony tryb pasywny (|||6446|)”. RFC 2428 definiuje 229 jako odpowiedź na EPSV: jej tekst musi kończyć się portem w nawiasach w postaci (<d><d><d>port<d>), gdzie <d> to znak ogranicznika zdefiniowany w sekcji 2 dla polecenia EPRT – dowolny drukowalny znak ASCII od 33 do 126, przy czym zalecany jest |. Pierwsze dwa pola pozostają puste, ponieważ połączenie danych korzysta z tego samego protokołu sieciowego i adresu co połączenie sterujące.
    .seen = Odpowiedź 229 przychodzi po poleceniu EPSV, którego RFC 2428 wymaga dla każdego transferu, w którym połączenie sterujące i połączenie danych łączą te same dwie maszyny, zarówno przez IPv4, jak i przez IPv6.
    .fix = Wszystko w porządku: połącz się z podanym portem pod adresem połączenia sterującego. Jeśli protokół sieciowy wybrany przez serwer nie odpowiada klientowi, wyślij ABOR, a potem EPSV z numerem protokołu: 1 dla IPv4 lub 2 dla IPv6; serwer, który go nie obsługuje, odpowie kodem 522.

code-230 = Użytkownik zalogowany
    .text = Użytkownik zalogowany, kontynuuj
    .description = RFC 959 nadaje kodowi 230 tekst „Użytkownik zalogowany, kontynuuj”. Definiuje 230 jako odpowiedź kończącą logowanie: serwer przyjął nazwę użytkownika oraz hasło i konto, jeśli ich wymagał.
    .seen = Odpowiedź 230 pojawia się zwykle po poleceniu PASS. RFC 959 dopuszcza ją też bezpośrednio po USER, gdy hasło nie jest potrzebne, oraz po ACCT, gdy serwer zażądał konta.
    .fix = Wszystko w porządku: użytkownik jest zalogowany i może ustawić parametry transferu lub rozpocząć przesyłanie plików.

code-232 = Autoryzacja przez wymianę zabezpieczeń
    .text = Użytkownik zalogowany, autoryzowany przez wymianę danych zabezpieczeń
    .description = RFC 2228 nadaje kodowi 232 tekst „Użytkownik zalogowany, autoryzowany przez wymianę danych zabezpieczeń”. Definiuje 232 jako odpowiedź na USER: serwer pozwala użytkownikowi zalogować się na podstawie tożsamości ustalonej podczas wymiany danych zabezpieczeń, bez pytania o hasło. Niektóre listy kodów FTP podają dla 232 niezwiązany tekst o wylogowaniu, którego nie definiuje żaden dokument RFC.
    .seen = Odpowiedź 232 pojawia się po poleceniu USER, po AUTH i zakończonej wymianie danych zabezpieczeń. Przy TLS RFC 4217 pokazuje serwer, który wysyła 232 zamiast 331, gdy certyfikat klienta i nazwa użytkownika wystarczają do uwierzytelnienia użytkownika.
    .fix = Wszystko w porządku: logowanie jest zakończone i polecenie PASS nie jest potrzebne. Jeśli spodziewano się pytania o hasło, sprawdź, który certyfikat klienta lub którą tożsamość zabezpieczeń przyjął serwer.

code-234 = Wymiana zabezpieczeń zakończona
    .text = Wymiana danych zabezpieczeń zakończona
    .description = RFC 2228 nadaje kodowi 234 tekst „Wymiana danych zabezpieczeń zakończona”. Definiuje 234 jako odpowiedź na AUTH, gdy serwer przyjmuje wskazany mechanizm zabezpieczeń i nie potrzebuje od klienta żadnych danych zabezpieczeń. RFC 4217 czyni z niej odpowiedź, którą serwer przyjmuje polecenie AUTH TLS; zaraz po niej na połączeniu sterującym rozpoczyna się uzgadnianie TLS.
    .seen = Odpowiedź 234 pojawia się zaraz po wysłaniu polecenia AUTH TLS do serwera obsługującego FTP przez TLS. RFC 4217 zaznacza, że kod 334 byłby tu niepoprawny, ponieważ TLS nie korzysta z wymiany ADAT.
    .fix = Wszystko w porządku: klient od razu rozpoczyna uzgadnianie TLS. RFC 4217 po AUTH resetuje logowanie i parametry transferu, więc po uzgodnieniu wyślij USER i PASS, a następnie PBSZ 0 i PROT, aby chronić połączenia danych.

code-235 = Wymiana ADAT zakończona
    .description = RFC 2228 definiuje 235 jako odpowiedź na ADAT, gdy wymiana danych zabezpieczeń zakończyła się powodzeniem. Odpowiedź nie ma stałego tekstu: RFC 2228 zapisuje ją jako [ADAT=base64data], gdzie nawiasy kwadratowe nie są wysyłane i oznaczają jedynie, że serwer może dołączyć dla klienta dane zabezpieczeń w base64.
    .seen = Przy mechanizmie takim jak GSSAPI lub Kerberos w wersji 4 odpowiedź 235 pojawia się na końcu wymiany AUTH i ADAT, często po jednej lub kilku odpowiedziach 335. Nigdy nie występuje przy TLS, który nie używa ADAT.
    .fix = Wszystko w porządku: wymiana zabezpieczeń jest zakończona. Przetwórz mechanizmem ewentualne dane ADAT z odpowiedzi, a następnie kontynuuj poleceniem USER oraz PBSZ i PROT, aby chronić transfery danych.

code-250 = Operacja na pliku wykonana
    .text = Żądana operacja na pliku poprawna, zakończona
    .description = RFC 959 nadaje kodowi 250 tekst „Żądana operacja na pliku poprawna, zakończona”. Definiuje 250 jako odpowiedź o powodzeniu na polecenia systemu plików, takie jak CWD, DELE, RMD i RNTO, oraz jako możliwą odpowiedź kończącą transfer, gdy serwer pozostawia połączenie danych otwarte. RFC 3659 używa jej także dla MLST, którego fakty przychodzą w wielowierszowej odpowiedzi 250 na połączeniu sterującym.
    .seen = Odpowiedź 250 pojawia się po zmianie katalogu poleceniem CWD, usunięciu pliku poleceniem DELE, usunięciu katalogu poleceniem RMD lub dokończeniu zmiany nazwy poleceniem RNTO. Po transferze zastępuje 226, gdy połączenie danych pozostaje otwarte, na co pozwalają tryby blokowy i skompresowany.
    .fix = Wszystko w porządku: operacja została wykonana. Po poleceniu STOU odczytaj unikatową nazwę pliku z poprzedzającej odpowiedzi 125 lub 150, do której RFC 1123 przeniósł ją z odpowiedzi 250 wskazanej w RFC 959.

code-257 = Utworzono ścieżkę
    .text = Utworzono «ŚCIEŻKĘ»
    .description = RFC 959 nadaje kodowi 257 tekst „Utworzono «ŚCIEŻKĘ»”. Definiuje 257 jako odpowiedź na MKD i PWD w postaci 257 "nazwa-katalogu" komentarz, w której każdy cudzysłów wewnątrz nazwy jest zapisany podwójnie. Po MKD nazwa musi być bezwzględną ścieżką nowego katalogu.
    .seen = Odpowiedź 257 pojawia się po poleceniu PWD, które podaje bieżący katalog roboczy, oraz po utworzeniu katalogu poleceniem MKD.
    .fix = Wszystko w porządku. Weź nazwę między cudzysłowem otwierającym a odpowiadającym mu cudzysłowem zamykającym, zamień każdy podwojony cudzysłów z powrotem na pojedynczy i używaj tej nazwy, ilekroć później odwołujesz się do katalogu.
