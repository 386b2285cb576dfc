## Numery, które nie są odpowiedziami FTP: błędy Windows Sockets.

winsock-10054 = Połączenie zresetowane przez drugą stronę
    .description = 10054 to nie odpowiedź FTP, lecz błąd Windows Sockets WSAECONNRESET – połączenie zresetowane przez drugą stronę: zdalny host lub urządzenie na trasie gwałtownie zresetowało połączenie TCP. Błąd zgłasza system operacyjny klienta; serwer FTP nigdy go nie wysyła, ponieważ odpowiedź FTP jest liczbą trzycyfrową (RFC 959, sekcja 4.2).
    .seen = Klienci FTP dla systemu Windows pokazują 10054 w dziennikach, jeśli połączenie sterujące lub połączenie danych zostanie zerwane w trakcie sesji, na przykład dlatego, że proces serwera się zatrzymał, serwer gwałtownie zamknął połączenie albo przerwała je zapora sieciowa.
    .fix = Połącz się ponownie i sprawdź ostatnią prawdziwą odpowiedź FTP przed błędem: odpowiedź 421 oznacza, że serwer celowo zamknął sesję. Jeśli resety się powtarzają, przejrzyj dziennik serwera oraz wszelkie zapory sieciowe i urządzenia NAT między klientem a serwerem, które mogą przerywać długie lub bezczynne połączenia.

winsock-10060 = Przekroczony limit czasu połączenia
    .description = 10060 to nie odpowiedź FTP, lecz błąd Windows Sockets WSAETIMEDOUT – przekroczony limit czasu połączenia: zdalny host nie odpowiedział na próbę połączenia w dozwolonym czasie albo nawiązane połączenie przestało odpowiadać. Pochodzi on od systemu operacyjnego klienta, nigdy od serwera FTP, którego odpowiedzi są liczbami trzycyfrowymi (RFC 959, sekcja 4.2).
    .seen = Klienci FTP dla systemu Windows zgłaszają 10060, jeśli w ogóle nie mogą dotrzeć do serwera z powodu błędnej nazwy hosta lub adresu, wyłączonego serwera albo zapory sieciowej, która po cichu odrzuca pakiety. Błąd pojawia się też, gdy logowanie działa, ale nie można otworzyć połączenia danych dla listingu lub transferu.
    .fix = Sprawdź nazwę hosta i port oraz to, czy serwer działa i jest osiągalny z twojej sieci. Jeśli logowanie działa, ale listingi lub transfery przekraczają limit czasu, połączenie danych jest blokowane: sprawdź, czy zapory sieciowe przepuszczają port, który klient wysyła w PORT lub EPRT, albo porty pasywne ogłaszane w odpowiedzi 227 lub 229.

winsock-10061 = Połączenie odrzucone
    .description = 10061 to nie odpowiedź FTP, lecz błąd Windows Sockets WSAECONNREFUSED – połączenie odrzucone: host docelowy aktywnie odmówił połączenia, zwykle dlatego, że na tym porcie nie nasłuchuje żaden program. Błąd zgłasza system operacyjny klienta; serwer FTP nie może go wysłać, ponieważ odpowiedzi FTP są liczbami trzycyfrowymi (RFC 959, sekcja 4.2).
    .seen = Klienci FTP dla systemu Windows zgłaszają 10061 zaraz przy próbie połączenia, jeśli serwer FTP nie działa, nasłuchuje na innym porcie albo zapora sieciowa odrzuca połączenie. Błąd może wystąpić także na połączeniu danych, jeśli nic nie nasłuchuje na porcie podanym dla transferu.
    .fix = Sprawdź, czy serwer FTP działa, na jakim porcie nasłuchuje (domyślnie 21) i czy klient łączy się z tym hostem i portem. Jeśli odrzucane są tylko połączenia danych, sprawdź adresy i porty wymieniane w PORT, EPRT albo w odpowiedzi 227 lub 229.

winsock-10066 = Katalog nie jest pusty
    .description = 10066 to nie odpowiedź FTP, lecz błąd Windows Sockets WSAENOTEMPTY – katalog nie jest pusty, jedna z nazw błędów, które Winsock przejmuje z listy błędów systemu BSD Unix. Serwer FTP nigdy go nie wysyła, ponieważ odpowiedzi FTP są liczbami trzycyfrowymi (RFC 959, sekcja 4.2).
    .seen = Pojawia się na listach kodów błędów FTP publikowanych dla niektórych klientów Windows jako błąd usuwania katalogu, który wciąż zawiera pliki. W samym protokole FTP serwer, który odmawia usunięcia katalogu, odpowiada na RMD trzycyfrowym kodem, takim jak 550.
    .fix = Sprawdź w dzienniku klienta, jaką odpowiedź serwer faktycznie wysłał na RMD. Aby usunąć katalog, najpierw usuń jego pliki i podkatalogi, a potem ponownie wyślij RMD.

winsock-10068 = Przekroczony limit użytkowników
    .description = 10068 to nie odpowiedź FTP, lecz błąd Windows Sockets WSAEUSERS – przekroczony limit użytkowników, kolejna nazwa błędu, którą Winsock przejmuje z listy błędów systemu BSD Unix. Serwer FTP nigdy go nie wysyła, ponieważ odpowiedzi FTP są liczbami trzycyfrowymi (RFC 959, sekcja 4.2).
    .seen = Niektóre listy kodów błędów FTP dla klientów Windows podają go jako zbyt wielu użytkowników na zapełnionym serwerze. Prawdziwy serwer FTP, który nie może przyjąć kolejnej sesji, informuje o tym trzycyfrową odpowiedzią: RFC 959 dopuszcza 421 zamiast powitania 220, gdy usługa jest niedostępna.
    .fix = Sprawdź w dzienniku klienta, jaką odpowiedź serwer faktycznie wysłał. Jeśli to odpowiedź 421 o zbyt wielu użytkownikach, połącz się ponownie później albo poproś administratora o podniesienie limitu połączeń.

## Liczby trzycyfrowe, których nie definiuje żaden dokument RFC, spotykane na listach kodów FTP i w niektórych serwerach.

unassigned-231 = Użytkownik wylogowany
    .description = Żaden dokument RFC nie definiuje kodu 231. Niektóre listy kodów FTP podają dla niego tekst „Użytkownik wylogowany; usługa zakończona”, ale odpowiedzią, którą RFC 959 definiuje dla końca sesji, jest 221 „Usługa zamyka połączenie sterujące”, odpowiedź na QUIT (sekcja 4.1.1). Klient zgodny z RFC zna kod 231 tylko po pierwszej cyfrze, która oznacza końcową odpowiedź pozytywną (sekcja 4.2).
    .seen = Odpowiedź 231 pojawia się tylko od serwera, który numeruje odpowiedzi po swojemu, w odpowiedzi na QUIT lub gdy kończy sesję; standardowe serwery odpowiadają na QUIT kodem 221.
    .fix = Wszystko w porządku: traktuj 231 jako koniec sesji, tak jak 221. Jeśli piszesz serwer, odpowiadaj na QUIT kodem 221, jak podaje RFC 959, sekcja 5.4.

unassigned-430 = Błędna nazwa użytkownika lub hasło
    .description = Żaden dokument RFC nie definiuje kodu 430. Niektóre serwery i listy kodów FTP używają go z tekstem „Błędna nazwa użytkownika lub hasło”, ale RFC 959 odpowiada na nieudane logowanie kodem 530 „Niezalogowany”, który sekcja 5.4 wymienia dla poleceń USER, PASS i ACCT. Pierwsza cyfra 4 oznaczałaby wręcz, że błąd jest przejściowy (sekcja 4.2), a błędne hasło takim błędem nie jest.
    .seen = Odpowiedź 430 pojawia się po USER lub PASS na serwerze, który numeruje odpowiedzi po swojemu, gdy nazwa użytkownika lub hasło są błędne.
    .fix = Sprawdź nazwę użytkownika i hasło, a następnie zaloguj się ponownie; nie powtarzaj tych samych danych w pętli, ponieważ błąd nie jest przejściowy. Jeśli piszesz serwer, odpowiadaj na nieudane logowanie kodem 530.

unassigned-434 = Żądany host niedostępny
    .description = Żaden dokument RFC nie definiuje kodu 434. Niektóre listy kodów FTP podają dla niego tekst „Żądany host niedostępny”, ale RFC 7151, który definiuje polecenie HOST dla hostów wirtualnych, odpowiada istniejącymi kodami: 421, gdy host jest zwykle akceptowany, ale chwilowo niedostępny, po czym serwer zamyka połączenie, oraz 504, gdy host jest nieznany lub serwer nie chce traktować połączenia jako połączenia z tym hostem.
    .seen = Odpowiedź 434 pojawia się po poleceniu HOST na serwerze, który numeruje odpowiedzi po swojemu, gdy nie obsługuje wskazanego hosta wirtualnego.
    .fix = Sprawdź nazwę hosta wysyłaną w HOST. Jeśli host powinien istnieć, połącz się ponownie później albo zwróć się do administratora serwera. Jeśli piszesz serwer, odpowiadaj kodem 421 lub 504, jak opisuje RFC 7151, sekcja 3.
