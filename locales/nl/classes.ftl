## Antwoordklassen (eerste cijfer) en groepen (tweede cijfer), RFC 959, sectie 4.2.1;
## klasse 6 komt uit RFC 2228, sectie 5.2.

reply-class-1 = Positief voorlopig antwoord
    .summary = Het eerste cijfer 1 betekent dat de gevraagde actie wordt gestart: wacht op een volgend antwoord voordat u een nieuwe opdracht stuurt.
reply-class-2 = Positief eindantwoord
    .summary = Het eerste cijfer 2 betekent dat de gevraagde actie is voltooid: er kan een nieuwe opdracht worden gestuurd.
reply-class-3 = Positief tussenantwoord
    .summary = Het eerste cijfer 3 betekent dat de opdracht is aanvaard, maar dat de actie wacht tot de server meer informatie ontvangt.
reply-class-4 = Tijdelijk negatief eindantwoord
    .summary = Het eerste cijfer 4 betekent dat de opdracht niet is aanvaard, maar dat de fout tijdelijk is: het verzoek kan later opnieuw worden gedaan, na een nieuwe verbinding als de server de verbinding heeft gesloten (421).
reply-class-5 = Permanent negatief eindantwoord
    .summary = Het eerste cijfer 5 betekent dat de opdracht niet is aanvaard en dat het geen zin heeft hetzelfde verzoek in dezelfde volgorde te herhalen.
reply-class-6 = Beveiligd antwoord
    .summary = Het eerste cijfer 6 betekent een beveiligd antwoord: de tekst ervan is een ander antwoord, gecodeerd door het beveiligingsmechanisme (RFC 2228).

reply-group-0 = Syntaxis
reply-group-1 = Informatie
reply-group-2 = Verbindingen
reply-group-3 = Authenticatie en accounts
# Geen antwoordcode van de RFC’s heeft 4 als tweede cijfer; behouden zodat de groepen volledig zijn.
# ftpdocs: allow unused-message
reply-group-4 = Niet toegewezen
reply-group-5 = Bestandssysteem
