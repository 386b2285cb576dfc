## Klasy odpowiedzi (pierwsza cyfra) i grupy (druga cyfra), RFC 959, sekcja 4.2.1; klasa 6
## pochodzi z RFC 2228, sekcja 5.2.

reply-class-1 = Wstępna odpowiedź pozytywna
    .summary = Pierwsza cyfra 1 oznacza, że żądana akcja się rozpoczyna: przed wysłaniem nowego polecenia należy oczekiwać kolejnej odpowiedzi.
reply-class-2 = Końcowa odpowiedź pozytywna
    .summary = Pierwsza cyfra 2 oznacza, że żądana akcja została wykonana: można wysłać nowe polecenie.
reply-class-3 = Pośrednia odpowiedź pozytywna
    .summary = Pierwsza cyfra 3 oznacza, że polecenie zostało przyjęte, ale akcja jest wstrzymana, dopóki serwer nie otrzyma dalszych informacji.
reply-class-4 = Przejściowa odpowiedź negatywna
    .summary = Pierwsza cyfra 4 oznacza, że polecenie nie zostało przyjęte, ale błąd jest przejściowy: żądanie można ponowić później, po ponownym połączeniu, jeśli serwer zamknął połączenie (421).
reply-class-5 = Trwała odpowiedź negatywna
    .summary = Pierwsza cyfra 5 oznacza, że polecenie nie zostało przyjęte, a powtórzenie tego samego żądania w tej samej sekwencji nic nie da.
reply-class-6 = Odpowiedź chroniona
    .summary = Pierwsza cyfra 6 oznacza odpowiedź chronioną: jej tekstem jest inna odpowiedź, zakodowana przez mechanizm zabezpieczeń (RFC 2228).

reply-group-0 = Składnia
reply-group-1 = Informacja
reply-group-2 = Połączenia
reply-group-3 = Uwierzytelnianie i konta
# Żaden kod odpowiedzi z dokumentów RFC nie ma 4 jako drugiej cyfry; zachowany, by lista grup była pełna.
# ftpdocs: allow unused-message
reply-group-4 = Nieokreślona
reply-group-5 = System plików
