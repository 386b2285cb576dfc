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

## Orientacja na stronie: tytuł karty, ścieżka nawigacji, poprzedni i następny kod, spis treści.

# Tytuł na karcie przeglądarki: $page to tytuł strony, $site to nazwa witryny.
# ftpdocs: same-as-source
site-page-title = { $page } – { $site }
# Etykieta ścieżki nawigacji, odczytywana przez czytniki ekranu.
site-breadcrumbs = Ścieżka nawigacji
# Pierwszy element ścieżki nawigacji: strona główna wersji językowej.
site-breadcrumb-home = Kody odpowiedzi
# Etykieta odnośników do poprzedniego i następnego kodu, odczytywana przez czytniki ekranu.
site-pager = Poprzedni i następny kod
# $title to tytuł strony kodu, na przykład „FTP 220 Usługa gotowa”.
site-previous-code = Poprzedni: { $title }
site-next-code = Następny: { $title }
# Etykieta spisu treści długiej strony.
site-toc = Na tej stronie

## Wyszukiwanie: pole na każdej stronie i strona wyszukiwania.

site-search-label = Szukaj w witrynie
site-search-button = Szukaj
search-title = Wyszukiwanie
search-lead = Przeszukaj wszystkie strony w tym języku według numeru kodu lub słów; znaki diakrytyczne nie mają znaczenia.
search-no-results = Żadna strona nie pasuje do tego wyszukiwania.
search-unavailable = Wyszukiwanie działa dopiero wtedy, gdy witryna jest udostępniana przez serwer WWW. Jeśli otwierasz ją z dysku, użyj filtra na stronie głównej.

## Tabela kodów na stronie głównej i jej filtr.

home-filter-label = Filtruj kody
home-filter-none = Żaden kod nie pasuje do tego filtra.
home-column-code = Kod
home-column-name = Nazwa
home-column-class = Klasa
home-column-meaning = Znaczenie
