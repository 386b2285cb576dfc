## Witryna wokół stron: nazwa, nawigacja, strona główna i strona 404.

# Nazwa tego języka w nim samym: przełącznik języków pokazuje ją bez zmian.
language-name = Polski
site-name = Kody odpowiedzi FTP
# Pierwszy odnośnik każdej strony, dla użytkowników klawiatury i czytników ekranu.
site-skip = Przejdź do treści
# Etykieta przełącznika języków, odczytywana przez czytniki ekranu.
site-languages = Język
site-footer = Każda strona opiera się na dokumentach RFC definiujących FTP i odsyła do cytowanych sekcji.
# Strona główna witryny z listą języków.
site-choose-language = Wybierz język.

## Strona główna wersji językowej.

home-title = Kody odpowiedzi FTP – objaśnienia
home-lead = Co oznacza każdy kod odpowiedzi FTP, kiedy się pojawia i co wtedy zrobić, a do tego zestawienia kodów, które łatwo pomylić.
# Klasa kodów odpowiedzi: $digit to pierwsza cyfra, $name to nazwa klasy.
# ftpdocs: same-as-source
home-class-heading = { $digit }yz: { $name }
home-heading-not-ftp = Numery, które nie są odpowiedziami FTP

## Strona wyświetlana pod adresem, pod którym nie ma strony.

not-found-title = Nie znaleziono strony
not-found-lead = Pod tym adresem nie ma żadnej strony. Odnośnik, który tu prowadził, może być błędny albo strona została przeniesiona.
not-found-next = Dokąd przejść
not-found-home = Lista kodów odpowiedzi FTP
