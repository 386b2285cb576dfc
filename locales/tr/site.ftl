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

## Yolunu bulmak: sekmenin başlığı, gezinme yolu, önceki ve sonraki, içindekiler.

# Tarayıcı sekmesindeki başlık: $page sayfanın başlığı, $site sitenin adı.
# ftpdocs: same-as-source
site-page-title = { $page } – { $site }
# Gezinme yolunun etiketi, ekran okuyucular tarafından okunur.
site-breadcrumbs = Gezinme yolu
# Gezinme yolunun ilk adımı: dilin ana sayfası.
site-breadcrumb-home = Yanıt kodları
# Önceki ve sonraki koda giden bağlantıların etiketi, ekran okuyucular tarafından okunur.
site-pager = Önceki ve sonraki kod
# $title kodun sayfasının başlığıdır, örneğin “FTP 220 Hizmet hazır”.
site-previous-code = Önceki: { $title }
site-next-code = Sonraki: { $title }
# Uzun bir sayfanın içindekiler bölümünün etiketi.
site-toc = Bu sayfada

## Arama: her sayfadaki kutu ve arama sayfası.

site-search-label = Sitede ara
site-search-button = Ara
search-title = Arama
search-lead = Bu dildeki tüm sayfalarda kod numarasına ya da sözcüklere göre arayın; ç, ğ, ö, ş ve ü yerine c, g, o, s ve u yazabilirsiniz.
search-no-results = Bu aramayla eşleşen sayfa yok.
search-unavailable = Arama, site bir web sunucusuna yerleştirildiğinde çalışır. Siteyi diskten açtıysanız ana sayfadaki filtreyi kullanın.

## Ana sayfadaki kod tablosu ve filtresi.

home-filter-label = Kodları filtrele
home-filter-none = Bu filtreyle eşleşen kod yok.
home-column-code = Kod
home-column-name = Ad
home-column-class = Sınıf
home-column-meaning = Anlam
