## Sayfaları çevreleyen web sitesi: adı, gezinme, ana sayfa ve 404 sayfası.

# Bu yerel ayarın kendi dilindeki adı: dil seçici bunu olduğu gibi gösterir.
language-name = Türkçe
site-name = FTP Yanıt Kodları
# Her sayfanın ilk bağlantısı, klavye ve ekran okuyucu kullanıcıları için.
site-skip = İçeriğe geç
# Dil seçicinin etiketi, ekran okuyucular tarafından okunur.
site-languages = Dil
site-footer = Her sayfa FTP'yi tanımlayan RFC'lere dayanır ve alıntıladığı bölümlere bağlantı verir.
# Dilleri listeleyen sitenin kök sayfası.
site-choose-language = Dilinizi seçin.

## Bir yerel ayarın ana sayfası.

home-title = FTP yanıt kodları ve anlamları
home-lead = Her FTP yanıt kodunun ne anlama geldiği, ne zaman karşınıza çıktığı ve ne yapmanız gerektiği; sık karıştırılan kodların yan yana karşılaştırmalarıyla birlikte.
# Bir yanıt kodu sınıfı: $digit ilk basamak, $name sınıfın adı.
# ftpdocs: same-as-source
home-class-heading = { $digit }yz: { $name }
home-heading-not-ftp = FTP yanıtı olmayan sayılar

## Sayfası olmayan bir adreste gösterilen sayfa.

not-found-title = Sayfa bulunamadı
not-found-lead = Bu adreste bir sayfa yok. Sizi buraya getiren bağlantı hatalı olabilir ya da sayfa taşınmış olabilir.
not-found-next = Buradan nereye gidebilirsiniz
not-found-home = FTP yanıt kodlarının listesi
