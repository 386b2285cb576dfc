## Kody odpowiedzi 5yz: trwała odpowiedź negatywna.

code-500 = Nierozpoznane polecenie
    .text = Błąd składni, nierozpoznane polecenie
    .description = RFC 959 nadaje kodowi 500 tekst „Błąd składni, nierozpoznane polecenie”. RFC 959 używa kodu 500, gdy serwer nie potrafi zrozumieć samego polecenia, i zaznacza, że może to obejmować błędy takie jak zbyt długi wiersz polecenia. Późniejsze dokumenty RFC opierają się na tej samej odpowiedzi: serwer, który nie zna AUTH, musi odpowiedzieć kodem 500 (RFC 2228), a 500 lub 502 informuje klienta, że FEAT nie jest obsługiwane (RFC 2389).
    .seen = Odpowiedź 500 pojawia się po poleceniu z literówką, po nazwie polecenia, której serwer nie zna, lub po zbyt długim wierszu. To także typowa odpowiedź starszego serwera na niezaimplementowane polecenia rozszerzeń, takie jak AUTH, FEAT, EPSV, MLSD czy SIZE.
    .fix = Sprawdź pisownię polecenia i długość wiersza wysyłanego przez klienta. Jeśli polecenie jest rozszerzeniem, serwer go nie obsługuje: wyślij FEAT, aby sprawdzić, jakie rozszerzenia ogłasza (RFC 2389), albo użyj polecenia z RFC 959, na przykład PASV zamiast EPSV lub LIST zamiast MLSD.

code-501 = Błąd składni w parametrach
    .text = Błąd składni w parametrach lub argumentach
    .description = RFC 959 nadaje kodowi 501 tekst „Błąd składni w parametrach lub argumentach”. RFC 959 używa kodu 501 dla polecenia, które serwer rozpoznaje, ale którego argumentów w podanej postaci nie może przyjąć, i wymienia go dla prawie każdego polecenia. Dokumenty RFC z rozszerzeniami używają go tak samo, na przykład dla FEAT wysłanego z parametrem (RFC 2389), błędnie zbudowanego EPRT lub EPSV (RFC 2428) czy danych ADAT, które nie są poprawnym base64 (RFC 2228).
    .seen = Odpowiedź 501 pojawia się zwykle po poleceniu PORT lub EPRT z błędnie zapisanym adresem, po wartości PBSZ, której serwer nie potrafi przetworzyć, albo po poleceniu wysłanym z argumentem, którego nie przyjmuje, na przykład FEAT z parametrem. RFC 3659 przewiduje też 501, gdy MLSD wskazuje plik zamiast katalogu, a RFC 7151 – gdy HOST zawiera numer portu.
    .fix = Porównaj polecenie wysłane przez klienta ze składnią zdefiniowaną w jego RFC, argument po argumencie: serwer zrozumiał nazwę polecenia, więc problem leży w tym, co po niej następuje. Aby uzyskać fakty o pojedynczym pliku, użyj MLST zamiast MLSD, ponieważ MLSD wyświetla tylko katalogi.

code-502 = Polecenie niezaimplementowane
    .text = Polecenie niezaimplementowane
    .description = RFC 959 nadaje kodowi 502 tekst „Polecenie niezaimplementowane”. RFC 959 rezerwuje kod 502 dla polecenia, które żąda akcji niezwiązanej ze specyfiką serwisu i którego serwer nie implementuje; polecenie bez znaczenia w danym systemie otrzymuje zamiast tego 202, a zaimplementowane polecenie z parametrem, którego serwer nie implementuje – 504. RFC 2228 używa kodu 502, gdy serwer rozpoznaje AUTH, ale nie implementuje rozszerzeń zabezpieczeń, a RFC 2389 dopuszcza 500 lub 502 od serwera bez FEAT.
    .seen = Odpowiedź 502 pojawia się, gdy serwer pominął polecenie, którego nie wymaga RFC 1123, takie jak SMNT, REIN, REST czy ABOR, albo rozszerzenie takie jak FEAT, LANG czy AUTH. Klient, który sprawdza dostępność rozszerzenia, powinien traktować 502, podobnie jak 500, jako zwykłe „nie”.
    .fix = Samo polecenie nie jest błędne: serwer go nie oferuje i jego powtarzanie nic nie da. Osiągnij ten sam cel inaczej, na przykład pełnym transferem zamiast wznowienia przez REST, albo zapytaj administratora, czy funkcję można włączyć. RFC 1123 wymaga, by każdy serwer obsługiwał polecenia takie jak PASV, LIST, DELE, MKD i STAT, chyba że jego system na to nie pozwala, więc odpowiedź 502 na jedno z nich wskazuje serwer odbiegający od RFC 1123 lub ograniczenie jego systemu.

code-503 = Zła kolejność poleceń
    .text = Zła kolejność poleceń
    .description = RFC 959 nadaje kodowi 503 tekst „Zła kolejność poleceń”. Serwer zrozumiał polecenie, ale w tym miejscu sesji jest ono niedozwolone. RFC 959 wymienia 503 dla poleceń PASS, ACCT i RNTO. Sekcja 3 RFC 2228 dodaje go dla ADAT wysłanego przed przyjęciem AUTH lub po zakończonej wymianie zabezpieczeń, której nie zresetowało nowe AUTH, dla PBSZ, MIC, CONF i ENC wysłanych przed zakończeniem wymiany danych zabezpieczeń, dla PROT wysłanego przed PBSZ oraz dla MIC, CONF i ENC na serwerze, którego zasady wymagają najpierw CCC. RFC 3659 wymienia go wśród możliwych odpowiedzi na MLST i MLSD.
    .seen = Serwer odpowiada kodem 503, gdy PASS przychodzi bez poprzedzającego go USER, gdy ACCT zostaje wysłane przed rozpoczęciem logowania albo gdy RNTO nie następuje bezpośrednio po RNFR. Przy rozszerzeniach zabezpieczeń, takich jak TLS, odpowiada kodem 503 także wtedy, gdy PBSZ lub PROT przychodzi przed pomyślnym AUTH albo PROT przed PBSZ. Serwer obsługujący RFC 7151 odpowiada kodem 503 również na polecenie HOST wysłane po zalogowaniu.
    .fix = Wysyłaj polecenia w kolejności wymaganej przez protokół: USER przed PASS, RNFR bezpośrednio przed RNTO, AUTH przed PBSZ i PBSZ przed PROT. Sprawdź, czy klient zachowuje tę kolejność po ponownym połączeniu, i przejrzyj dziennik serwera, aby zobaczyć, które polecenie przyszło pierwsze.

code-504 = Parametr niezaimplementowany
    .text = Polecenie niezaimplementowane dla tego parametru
    .description = RFC 959 nadaje kodowi 504 tekst „Polecenie niezaimplementowane dla tego parametru”. RFC 959 opisuje 504 jako uściślenie kodu 502: serwer implementuje polecenie, ale nie żądany parametr, i wymienia go dla poleceń MODE, TYPE, STRU i ALLO. Późniejsze dokumenty RFC używają go dla nieznanego mechanizmu AUTH lub poziomu PROT (RFC 2228), znacznika języka, którego LANG nie implementuje (RFC 2640), oraz hosta wirtualnego, którego polecenie HOST nie zna lub nie chce obsłużyć (RFC 7151).
    .seen = Odpowiedź 504 pojawia się po zażądaniu trybu, typu lub struktury transferu, których serwer nie ma, na przykład MODE B lub STRU P, albo gdy AUTH wskazuje mechanizm nieznany serwerowi. RFC 2577 sugeruje kod 504 dla polecenia PORT wskazującego port TCP poniżej 1024, aby blokować ataki typu bounce, a RFC 2228 pozwala serwerowi odpowiedzieć 504 zamiast 534, gdy nie chce ujawniać, że obsługuje odrzucany mechanizm.
    .fix = Użyj wartości, które według RFC 959 i RFC 1123 musi przyjmować każdy serwer: MODE S, STRU F oraz TYPE A lub TYPE I. Dla AUTH użyj mechanizmu obsługiwanego przez serwer, takiego jak TLS (RFC 4217); przy odrzuconym PORT pozwól klientowi nasłuchiwać na porcie powyżej 1023 albo użyj trybu pasywnego.

code-521 = Nie można otworzyć połączenia danych

code-521-rfc1639 = Nieobsługiwana rodzina adresów
    .text = Obsługiwane rodziny adresów to (af1, af2, ..., afn)
    .description = RFC 1639, eksperymentalne rozszerzenie dla długich adresów sieciowych, dodaje kod 521 dla serwera, który obsługuje LPRT lub LPSV, ale nie żądaną rodzinę adresów. Sugerowany tekst to „Obsługiwane rodziny adresów to (af1, af2, ..., afn)”, gdzie lista podaje numery rodzin przyjmowanych przez serwer. Błędy składni w tych poleceniach otrzymują 500 lub 501, tak jak w przypadku PORT i PASV.
    .seen = To znaczenie występuje tylko u klientów i serwerów używających poleceń LPRT i LPSV z RFC 1639, gdy klient zażąda połączenia danych w rodzinie adresów, której serwer nie obsługuje.
    .fix = Odczytaj listę rodzin z odpowiedzi i wyślij ponownie LPRT z jedną z nich. RFC 1639 numeruje rodziny według wersji IP (4 dla IP), więc wartości te różnią się od wartości EPRT; dla IPv4 i IPv6 standardowym wyborem są polecenia EPRT i EPSV z RFC 2428.

code-521-rfc4217 = Nieodpowiednie ustawienie PROT
    .text = nie można otworzyć połączenia danych przy tym ustawieniu PROT
    .description = RFC 4217, który zabezpiecza FTP za pomocą TLS, wykorzystuje kod 521 dla transferu odrzuconego z powodu poziomu ochrony danych ustawionego poleceniem PROT. Jego tekst to „nie można otworzyć połączenia danych przy tym ustawieniu PROT”, a serwer wysyła go w odpowiedzi na STOR, RETR, NLST, LIST, STOU lub APPE przed jakąkolwiek odpowiedzią 1xx, więc połączenie danych nie zostaje otwarte.
    .seen = Ta odpowiedź 521 pojawia się na serwerze FTPS, który sprawdza poziom ochrony każdego transferu, gdy obowiązujący poziom nie jest tym, którego serwer wymaga – zwykle Clear tam, gdzie serwer wymaga poziomu Private. RFC 4217 ustala Clear jako poziom początkowy, więc klient, który nigdy nie wysyła PROT P, otrzymuje tę odpowiedź od takiego serwera przy pierwszym listingu lub transferze.
    .fix = Po AUTH TLS wyślij PBSZ 0, a potem PROT P, i powtórz polecenie: RFC 4217 wymaga PBSZ przed PROT i używa tylko poziomów C i P. Jeśli klient już używa PROT P, zapytaj administratora, jakiego poziomu wymaga każdy transfer, ponieważ serwer może decydować o tym osobno dla każdego transferu.

code-522 = Błąd rozszerzonego portu

code-522-rfc2428 = Nieobsługiwany protokół sieciowy
    .text = Nieobsługiwany protokół sieciowy, użyj (1,2)
    .description = RFC 2428 definiuje 522 jako „Błąd rozszerzonego portu – nieznany protokół sieciowy”: serwer nie obsługuje protokołu sieciowego wskazanego w EPRT lub w EPSV z argumentem. Tekst musi kończyć się numerami obsługiwanych rodzin adresów w nawiasach, jak w „Nieobsługiwany protokół sieciowy, użyj (1,2)”, gdzie 1 oznacza IPv4, a 2 – IPv6.
    .seen = Ta odpowiedź 522 pojawia się, gdy klient wysyła EPRT z rodziną adresów, której serwer nie obsługuje, na przykład adres IPv6 do serwera obsługującego tylko IPv4, albo żąda takiego protokołu poleceniem EPSV 2 lub EPSV 1.
    .fix = Odczytaj numery rodzin w nawiasach i ponów próbę z jednym z nich, na przykład EPRT z adresem IPv4. Zwykłe EPSV bez argumentu pozwala uniknąć problemu, ponieważ serwer używa wtedy protokołu połączenia sterującego.

code-522-rfc4217 = Negocjacja TLS nieudana
    .description = RFC 4217 wykorzystuje kod 522 dla awarii TLS na połączeniu danych: po odpowiedzi 150 serwer zamyka port danych i wysyła 522, gdy negocjacja TLS się nie powiodła lub była nie do przyjęcia. Sekcja 11.4 pozwala też serwerowi odpowiedzieć kodem 522 na polecenie transferu, gdy bieżący poziom ochrony danych jest niewystarczający dla tego transferu. RFC 4217 nie ustala stałego tekstu tej odpowiedzi.
    .seen = Ta odpowiedź 522 pojawia się przy transferach i listingach FTPS, gdy uzgadnianie TLS na połączeniu danych się nie powiedzie, na przykład dlatego, że serwer uznał wynegocjowany zestaw szyfrów za nie do przyjęcia. RFC 4217 pozwala też serwerowi wymagać, by połączenie danych wznawiało zapisaną sesję TLS – z wcześniejszego połączenia danych albo z połączenia sterującego, które później zostało odszyfrowane poleceniem CCC – i odrzucić klienta, który rozpoczyna nową.
    .fix = Sprawdź ustawienia TLS, które klient stosuje do połączeń danych: włącz dla nich wznawianie sesji TLS i zaoferuj zestawy szyfrów akceptowane przez serwer, a także przeczytaj tekst odpowiedzi 522, który powinien podawać przyczynę odmowy. Jeśli odpowiedź 522 przyszła od razu po poleceniu, ustaw ochronę wymaganą przez serwer poleceniami PBSZ 0 i PROT P, a potem spróbuj ponownie.

code-530 = Niezalogowany
    .text = Niezalogowany
    .description = RFC 959 nadaje kodowi 530 tekst „Niezalogowany”. RFC 959 używa kodu 530, aby odmówić zalogowania, w odpowiedzi na USER, PASS lub ACCT, oraz aby odrzucić prawie każde inne polecenie wysłane przed zalogowaniem użytkownika. RFC 2228 dodaje go dla PBSZ i PROT, a RFC 3659 – dla MLST i MLSD.
    .seen = Najczęściej odpowiedź 530 pojawia się po PASS, ponieważ nazwa użytkownika lub hasło są błędne albo konto nie ma prawa się logować. Przychodzi też po poleceniu takim jak CWD, LIST czy RETR wysłanym przed udanym zalogowaniem. RFC 2577 sugeruje, by serwery odpowiadały kodem 331 na każde USER i odrzucały nazwę i hasło łącznie, więc odpowiedź 530 po PASS nie mówi, które z nich było błędne.
    .fix = Sprawdź nazwę użytkownika, hasło i ewentualne konto wymagane przez serwer, a następnie zaloguj się poleceniami USER i PASS przed innymi poleceniami. RFC 4217 pozwala serwerowi odrzucać polecenia, dopóki sesja nie jest chroniona, więc jeśli serwer wymaga FTPS, wyślij AUTH TLS przed USER. Unikaj wielokrotnych prób: RFC 2577 sugeruje, by serwery zamykały połączenie kodem 421 po 3–5 błędnych hasłach.

code-532 = Wymagane konto do zapisu
    .text = Wymagane konto do zapisywania plików
    .description = RFC 959 nadaje kodowi 532 tekst „Wymagane konto do zapisywania plików”. RFC 959 wymienia 532 dla poleceń STOR, STOU, APPE i RNTO na serwerach, które żądają informacji o koncie poleceniem ACCT przy niektórych operacjach, a nie przy logowaniu. Wyjaśnia też wybór między 332 a 532: serwer odpowiada kodem 332, gdy wstrzymuje polecenie do nadejścia ACCT, a kodem 532, gdy je odrzuca.
    .seen = Odpowiedź 532 pojawia się po zalogowaniu bez konta, przy wysyłaniu, dopisywaniu lub zmianie nazwy pliku na serwerze, który przed zapisaniem plików wymaga informacji o koncie.
    .fix = Wyślij ACCT z informacjami o koncie, a następnie powtórz polecenie, ponieważ po odpowiedzi 532 serwer je odrzucił. Jeśli nie masz identyfikatora konta, poproś o niego administratora.

code-533 = Odmowa poziomu ochrony
    .text = Odmowa poziomu ochrony polecenia ze względu na zasady
    .description = RFC 2228 nadaje kodowi 533 tekst „Odmowa poziomu ochrony polecenia ze względu na zasady”. RFC 2228 definiuje 533 dla polecenia, którego ochrony nie akceptują zasady serwera: odrzucanego polecenia MIC, CONF lub ENC, na przykład CONF przed CCC, polecenia CCC, które samo nie było chronione integralnością, albo dowolnego niechronionego polecenia, gdy serwer wymaga ochrony wszystkich poleceń. RFC 4217 używa go, gdy CCC przychodzi na połączeniu sterującym niechronionym przez TLS.
    .seen = Przy TLS odpowiedź 533 pojawia się, gdy klient wysyła CCC, zanim AUTH TLS zabezpieczy połączenie sterujące. Przy innych mechanizmach z RFC 2228 pojawia się, gdy polecenie zostaje wysłane bez ochrony (jawnym tekstem) lub z ochroną, którą zasady serwera odrzucają.
    .fix = Najpierw zabezpiecz połączenie sterujące: przed CCC wyślij AUTH TLS i dokończ uzgadnianie. Przy innych mechanizmach wysyłaj polecenie z ochroną wymaganą przez serwer, na przykład ENC zamiast MIC, gdy zasady wymagają poufności.

code-534 = Odmowa ze względu na zasady
    .text = Żądanie odrzucone ze względu na zasady
    .description = RFC 2228 nadaje kodowi 534 tekst „Żądanie odrzucone ze względu na zasady”. RFC 2228 definiuje 534 dla żądania, które serwer mógłby obsłużyć, ale nie chce go przyjąć: mechanizmu zabezpieczeń wskazanego w AUTH, poziomu ochrony w PROT albo polecenia CCC, które wyłączyłoby ochronę integralności. Obejmuje też polecenia STOR, STOU, RETR, LIST, NLST i APPE, gdy bieżący poziom ochrony nie spełnia wymagań serwera dla danego transferu.
    .seen = Przy FTPS odpowiedź 534 pojawia się po AUTH TLS, gdy serwer nie chce przyjąć TLS od tego klienta, po poziomie PROT, którego serwer odmawia, albo po CCC na serwerze, który utrzymuje szyfrowanie połączenia sterującego (RFC 4217). Według RFC 2228 polecenie transferu otrzymuje 534, gdy jego dane byłyby przesyłane z mniejszą ochroną, niż wymaga serwer.
    .fix = Odmowa jest celowa, więc powtarzanie tego samego żądania nic nie da: wybierz to, na co pozwalają zasady serwera, na przykład inny poziom PROT, albo pozostaw połączenie sterujące chronione, zamiast wysyłać CCC. Przy odrzuconym transferze podnieś poziom ochrony, na przykład poleceniem PROT P, spróbuj ponownie i zapytaj administratora, jakich poziomów wymagają zasady.

code-535 = Nieudana kontrola zabezpieczeń
    .text = Nieudana kontrola zabezpieczeń (skrót, sekwencja itp.)
    .description = RFC 2228 nadaje kodowi 535 tekst „Nieudana kontrola zabezpieczeń (skrót, sekwencja itp.)”. RFC 2228 definiuje 535 dla chronionych danych, które nie przeszły weryfikacji: danych zabezpieczeń w ADAT odrzuconych przez serwer, na przykład z powodu błędnej sumy kontrolnej, albo polecenia MIC, CONF lub ENC, którego kontrola się nie powiodła. Serwer wysyła go także w odpowiedzi na STOR, STOU, RETR, LIST, NLST lub APPE, gdy ochrona danych zawiedzie w trakcie transferu, w tym przy bloku większym niż rozmiar bufora uzgodniony poleceniem PBSZ.
    .seen = Odpowiedź 535 pojawia się przy mechanizmach z RFC 2228, takich jak GSS-API lub Kerberos, podczas wymiany ADAT albo gdy chronione polecenie lub blok danych zostanie uszkodzony lub powtórzony (atak przez powtórzenie) albo dotrze poza kolejnością. RFC 4217 nie używa jej dla TLS.
    .fix = Po nieudanym ADAT wymiana zabezpieczeń zakończyła się niepowodzeniem, a RFC 2228 wymaga, by klient zresetował swój stan zabezpieczeń, więc zacznij od nowa od AUTH. Przy nieudanym transferze sprawdź rozmiar bufora ustawiony przez klienta poleceniem PBSZ i spróbuj ponownie; powtarzające się błędy wskazują na niezgodność między dwiema implementacjami zabezpieczeń lub na dane zmienione w drodze.

code-536 = Nieobsługiwany poziom PROT
    .text = Żądany poziom PROT nie jest obsługiwany przez mechanizm
    .description = RFC 2228 nadaje kodowi 536 tekst „Żądany poziom PROT nie jest obsługiwany przez mechanizm”. Definiuje 536 jako odpowiedź na PROT, gdy serwer zna żądany poziom, ale używany mechanizm zabezpieczeń nie może go zapewnić; poziom nieznany serwerowi otrzymuje zamiast tego 504. Poziomy to C (Clear), S (Safe), E (Confidential) i P (Private).
    .seen = Odpowiedź 536 pojawia się po poziomie PROT, którego wynegocjowany mechanizm nie oferuje, na przykład PROT S lub PROT E w sesji TLS: RFC 4217 używa tylko poziomów C i P, ponieważ TLS zapewnia integralność i poufność jednocześnie.
    .fix = Wybierz poziom obsługiwany przez mechanizm: przy TLS PROT P dla chronionych połączeń danych lub PROT C dla niechronionych.

code-537 = Nieobsługiwana ochrona poleceń
    .text = Poziom ochrony polecenia nie jest obsługiwany przez mechanizm zabezpieczeń
    .description = RFC 2228 nadaje kodowi 537 tekst „Poziom ochrony polecenia nie jest obsługiwany przez mechanizm zabezpieczeń”. Definiuje 537 jako odpowiedź na MIC, CONF lub ENC, gdy używany mechanizm zabezpieczeń nie może zapewnić poleceniom tego rodzaju ochrony. Różni się od kodu 533, przy którym mechanizm mógłby zapewnić ochronę, ale odmawiają jej zasady serwera.
    .seen = Odpowiedź 537 pojawia się przy mechanizmach z RFC 2228, gdy klient wysyła na przykład CONF lub ENC, a wynegocjowany mechanizm oferuje tylko ochronę integralności. Sesje TLS według RFC 4217 nie używają MIC, CONF ani ENC, więc w przypadku klientów FTPS zwykle się jej nie spotyka.
    .fix = Użyj polecenia ochrony obsługiwanego przez wynegocjowany mechanizm, na przykład MIC, albo rozpocznij nową wymianę zabezpieczeń poleceniem AUTH dla mechanizmu zapewniającego potrzebną ochronę.

code-550 = Plik niedostępny
    .text = Żądana akcja nie została wykonana. Plik niedostępny (np. nie znaleziono pliku, brak dostępu)
    .description = RFC 959 nadaje kodowi 550 tekst „Żądana akcja nie została wykonana. Plik niedostępny (np. nie znaleziono pliku, brak dostępu)”. RFC 959 używa kodu 550, gdy operacja na pliku lub katalogu, taka jak RETR, DELE, CWD, MKD czy RNFR, kończy się trwałym niepowodzeniem, a RFC 3659 – gdy MDTM, SIZE, MLST lub MLSD nie mogą podać informacji o wskazanej nazwie. Jego przejściowym odpowiednikiem jest 450.
    .seen = Odpowiedź 550 pojawia się, gdy ścieżka jest błędna lub plik nie istnieje albo gdy konto nie ma prawa odczytać, usunąć lub utworzyć obiektu bądź wejść do katalogu. RFC 3659 dopuszcza też 550 w odpowiedzi na SIZE, gdy rozmiar jest niedostępny, na przykład dlatego, że jego obliczenie zbyt dużo kosztuje serwer, i zaznacza, że takiej odpowiedzi 550 nie należy traktować jako oznaki, że pliku nie da się przesłać.
    .fix = Sprawdź poleceniem PWD i listingiem katalogu dokładną ścieżkę, z uwzględnieniem wielkości liter, a także uprawnienia konta na serwerze. Jeśli SIZE lub MDTM kończy się kodem 550, ale plik widać w listingu, przeprowadź transfer bez tej informacji.

code-551 = Nieznany typ strony
    .text = Żądana akcja przerwana: nieznany typ strony
    .description = RFC 959 nadaje kodowi 551 tekst „Żądana akcja przerwana: nieznany typ strony”. RFC 959 definiuje 551 dla poleceń STOR, STOU i APPE, gdy plik wysłany ze strukturą stronicową (STRU P) zawiera typ strony nieznany serwerowi; zdefiniowane typy to strona ostatnia, strona prosta, strona deskryptora i strona z kontrolą dostępu. Sekcja 4.2.1 RFC 959 podaje ten sam tekst z kropką zamiast dwukropka po słowie „przerwana”.
    .seen = Odpowiedź 551 jest mało prawdopodobna, ponieważ występuje tylko przy wysyłaniu ze strukturą stronicową, której implementowania RFC 1123 nie zaleca. Przychodzi jako odpowiedź końcowa na wysyłanie, po wstępnej odpowiedzi 125 lub 150.
    .fix = Wyślij plik ze strukturą plikową (STRU F), domyślną, chyba że obie strony naprawdę potrzebują struktury stronicowej. Jeśli tak, używaj tylko typów stron zdefiniowanych w RFC 959.

code-552 = Przekroczony przydział miejsca
    .text = Żądana operacja na pliku przerwana. Przekroczony przydział miejsca (dla bieżącego katalogu lub zbioru danych)
    .description = RFC 959 nadaje kodowi 552 tekst „Żądana operacja na pliku przerwana. Przekroczony przydział miejsca (dla bieżącego katalogu lub zbioru danych)”. RFC 959 wymienia 552 dla poleceń STOR, STOU i APPE jako odpowiedź końcową po rozpoczęciu transferu. W przeciwieństwie do kodu 452, oznaczającego chwilowy brak miejsca w systemie, 552 zgłasza wyczerpanie przydziału miejsca dla danego katalogu lub zbioru danych.
    .seen = Odpowiedź 552 pojawia się w trakcie lub na końcu wysyłania, gdy plik przekroczyłby miejsce przydzielone kontu lub katalogowi docelowemu.
    .fix = Zwolnij miejsce w przydziale, usuwając niepotrzebne pliki, albo poproś administratora o jego zwiększenie, a następnie wyślij plik ponownie. Na serwerach, które tego wymagają, polecenie ALLO pozwala klientowi zarezerwować miejsce na plik przed jego wysłaniem.

code-553 = Niedozwolona nazwa pliku
    .text = Żądana akcja nie została wykonana. Niedozwolona nazwa pliku
    .description = RFC 959 nadaje kodowi 553 tekst „Żądana akcja nie została wykonana. Niedozwolona nazwa pliku”. RFC 959 wymienia 553 dla poleceń STOR, STOU, APPE i RNTO, gdy serwer odrzuca nazwę podaną dla tworzonego pliku lub pliku, którego nazwa jest zmieniana. RFC 3659 wymienia go też wśród możliwych odpowiedzi na MLST i MLSD.
    .seen = Odpowiedź 553 pojawia się, gdy przy wysyłaniu lub zmianie nazwy użyto nazwy, którą serwer odrzuca, na przykład zawierającej znaki lub o długości nieakceptowanej przez jego system plików, albo lokalizacji, w której konto nie może tworzyć plików.
    .fix = Wybierz krótszą nazwę złożoną ze zwykłych liter, cyfr, kropek, łączników i podkreśleń i sprawdź, czy katalog docelowy istnieje i czy konto ma do niego prawo zapisu. Jeśli nazwa nie ma znaczenia, polecenie STOU pozwala serwerowi wybrać dla wysyłanego pliku nazwę unikatową.

code-554 = Nieprawidłowy parametr REST
    .text = Żądana akcja nie została wykonana: nieprawidłowy parametr REST
    .description = RFC 1123 nadaje kodowi 554 tekst „Żądana akcja nie została wykonana: nieprawidłowy parametr REST”. RFC 1123 definiuje 554 dla polecenia transferu następującego po REST, gdy istniejącego pliku na serwerze nie da się ustawić w pozycji wskazanej przez REST. RFC 3659 potwierdza, że problemy takie jak znacznik wznowienia poza zakresem są zgłaszane przy tym następnym poleceniu, a nie przy samym REST.
    .seen = Odpowiedź 554 pojawia się, gdy klient wznawia transfer: REST otrzymuje odpowiedź 350, a potem RETR, STOR lub APPE kończy się kodem 554, ponieważ przesunięcie wykracza poza koniec pliku lub w inny sposób nie pasuje do pliku na serwerze.
    .fix = Porównaj przesunięcie wznowienia z rzeczywistym rozmiarem pliku po obu stronach, na przykład za pomocą SIZE, a następnie wznów transfer od poprawnego przesunięcia albo wyślij REST 0, aby przesłać cały plik od nowa. RFC 3659 wymaga, by klient, którego polecenie transferu nie powiodło się po REST, przed następnym transferem ponownie wysłał REST.

code-555 = Niezgodny typ lub struktura
    .text = Żądana akcja nie została wykonana: niezgodność typu lub struktury
    .description = RFC 1123 nadaje kodowi 555 tekst „Żądana akcja nie została wykonana: niezgodność typu lub struktury”. RFC 1123 definiuje 555 dla polecenia APPE lub dowolnego polecenia transferu następującego po REST, gdy bieżące parametry transferu ustawione poleceniami TYPE i STRU nie pasują do atrybutów istniejącego pliku.
    .seen = Odpowiedź 555 pojawia się przy dopisywaniu do pliku lub wznawianiu jego transferu w systemie, w którym pliki zachowują typ lub strukturę, na przykład pliki o strukturze rekordowej, podczas gdy sesja używa innych wartości TYPE lub STRU.
    .fix = Ustaw TYPE i STRU na wartości użyte przy pierwszym zapisaniu pliku, a następnie powtórz REST i polecenie transferu. Jeśli ich nie znasz, prześlij cały plik ponownie bez REST.
