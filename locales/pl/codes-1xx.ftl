## Kody odpowiedzi 1yz: wstępna odpowiedź pozytywna.

code-110 = Znacznik wznowienia
    .text = Odpowiedź ze znacznikiem wznowienia
    .description = RFC 959 nadaje kodowi 110 tekst „Odpowiedź ze znacznikiem wznowienia”. Definiuje 110 jako odpowiedź wstępną, która zgłasza znacznik wznowienia w trakcie transferu, a RFC 1123 poprawia jej format, który musi mieć dokładnie postać MARK ssss = rrrr. Tutaj ssss to znacznik umieszczony przez nadawcę w strumieniu danych, a rrrr – odpowiadające mu położenie w systemie plików odbiorcy.
    .seen = Znaczniki wznowienia występują tylko w trybie blokowym i skompresowanym, więc transfer w domyślnym trybie strumieniowym nigdy nie powoduje odpowiedzi 110. Serwer, który odbiera dane zawierające znaczniki wznowienia, wysyła 110 przez połączenie sterujące za każdym razem, gdy zapisze dane aż do znacznika; RFC 959 wymienia tę odpowiedź dla poleceń STOR, STOU, RETR i APPE, a może ona nadejść, gdy dane wciąż płyną.
    .fix = Wszystko w porządku. Klient obsługujący wznawianie powinien zapisywać każdą parę znaczników, a po awarii wysłać REST ze znacznikiem serwera i zaraz po nim przerwane polecenie transferu.

code-120 = Usługa wkrótce gotowa
    .text = Usługa gotowa za nnn minut
    .description = RFC 959 nadaje kodowi 120 tekst „Usługa gotowa za nnn minut”. Definiuje 120 jako odpowiedź wstępną: serwer przyjął połączenie, ale nie może jeszcze przyjmować poleceń, a nnn podaje przewidywane opóźnienie. Gdy usługa będzie gotowa, nastąpi odpowiedź 220.
    .seen = Odpowiedź 120 przychodzi jako pierwsza po nawiązaniu połączenia, gdy serwer nie może od razu przyjmować danych wejściowych. RFC 959 dopuszcza ją także po poleceniu REIN, przed odpowiedzią 220 potwierdzającą reset.
    .fix = Wszystko w porządku: nie zamykaj połączenia i przed wysłaniem jakiegokolwiek polecenia poczekaj na odpowiedź 220. RFC 959 każe serwerowi wysłać 120 właśnie po to, by klient wiedział, że nie powinien rozłączać się w czasie oczekiwania.

code-125 = Połączenie danych już otwarte
    .text = Połączenie danych już otwarte; rozpoczęcie transferu
    .description = RFC 959 nadaje kodowi 125 tekst „Połączenie danych już otwarte; rozpoczęcie transferu”. Definiuje 125 jako odpowiedź wstępną na polecenie transferu, gdy połączenie danych jest już otwarte, więc transfer od razu się na nim rozpoczyna. Dla polecenia STOU RFC 1123 wymaga dokładnego tekstu 125 FILE: pppp, gdzie pppp to unikatowa ścieżka zapisywanego pliku.
    .seen = Ta odpowiedź poprzedza dane poleceń STOR, STOU, RETR, LIST, NLST lub APPE, gdy połączenie danych jest już nawiązane, na przykład pozostawione otwarte po wcześniejszym transferze w trybie blokowym lub skompresowanym. Po zakończeniu transferu następuje druga odpowiedź, zwykle 226 lub 250.
    .fix = Wszystko w porządku. Przed wysłaniem kolejnego polecenia poczekaj na odpowiedź o zakończeniu, a po poleceniu STOU odczytaj nazwę zapisanego pliku z tekstu odpowiedzi 125.

code-150 = Stan pliku poprawny
    .text = Stan pliku poprawny; otwieranie połączenia danych
    .description = RFC 959 nadaje kodowi 150 tekst „Stan pliku poprawny; otwieranie połączenia danych”. Definiuje 150 jako odpowiedź wstępną: serwer przyjmuje polecenie transferu i zaraz otworzy połączenie danych. Dla polecenia STOU RFC 1123 wymaga dokładnego tekstu 150 FILE: pppp, gdzie pppp to unikatowa ścieżka zapisywanego pliku.
    .seen = 150 to zwykła pierwsza odpowiedź na RETR, STOR, STOU, APPE, LIST i NLST, a RFC 3659 używa jej do rozpoczęcia listingu wysyłanego w odpowiedzi na MLSD. Po zakończeniu transferu następuje odpowiedź o zakończeniu, na przykład 226, albo 425 lub 426, jeśli połączenie danych zawiedzie. Przy TLS według RFC 4217 odpowiedź 150 oznacza tylko, że polecenie jest dopuszczalne przy bieżącym poziomie PROT, a jeśli negocjacja TLS na połączeniu danych się nie powiedzie, może jeszcze nastąpić 522.
    .fix = Wszystko w porządku: poczekaj na dane, a potem na odpowiedź o zakończeniu. Jeśli transfer następnie utknie lub zakończy się kodem 425, nie udało się nawiązać połączenia danych: sprawdź, czy adres i port podane przez PASV, EPSV, PORT lub EPRT są osiągalne między klientem a serwerem.
