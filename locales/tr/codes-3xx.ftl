## 3yz yanıt kodları: olumlu ara yanıt.

code-331 = Parola gerekli
    .text = Kullanıcı adı uygun, parola gerekli
    .description = RFC 959, 331 koduna “Kullanıcı adı uygun, parola gerekli” metnini verir. 331 kodunu USER komutuna verilen olumlu ara yanıt olarak tanımlar: sunucu adı kabul etmiştir ve oturum açmayı tamamlamak için parolayı bekler. RFC 2577, yanıtın hangi kullanıcı adlarının var olduğunu ele vermemesi için sunucuların her USER komutuna 331 ile yanıt vermesini önerir.
    .seen = 331 yanıtını, parola isteyen bir sunucuya USER gönderdikten hemen sonra görürsünüz; bu, olağan oturum açma sırasıdır. RFC 2577'nin önerisi yüzünden 331, kullanıcı adının var olduğunu kanıtlamaz: bu öneriye uyan bir sunucu yanlış bir adı ancak PASS komutundan sonra, genellikle 530 ile reddeder.
    .fix = Bir sorun yok. Parolayı PASS komutuyla gönderin; sunucu ardından oturum açma tamamlandıysa 230, ayrıca hesap gerekiyorsa 332, kimlik bilgilerini reddediyorsa 530 ile yanıt verir.

code-332 = Hesap gerekli
    .text = Oturum açmak için hesap gerekli
    .description = RFC 959, 332 koduna “Oturum açmak için hesap gerekli” metnini verir. 332 kodunu olumlu bir ara yanıt olarak tanımlar: sunucu, oturum açmayı tamamlayabilmek için ACCT komutuyla gönderilen hesap bilgisine ihtiyaç duyar. RFC 959'un 4.1.1. bölümü, sunucunun hesap gerektiren sonraki bir komuta da, o komutu ACCT gelene kadar bekletiyorsa 332 ile yanıt vermesine izin verir; komutu atıyorsa 532 ile yanıt verir.
    .seen = 332 yanıtını, kullanıcı adı ve parolaya ek olarak hesap isteyen bir sunucuda USER ya da PASS komutundan sonra görürsünüz. Yalnızca belirli erişimler için, örneğin dosya depolamak için hesap isteyen bir sitede, STOR gibi sonraki bir komuta yanıt olarak da gelebilir.
    .fix = Sunucu yöneticisinin size verdiği hesapla ACCT gönderin; oturum açma ya da bekleyen komut ardından devam eder. Hesabınız yoksa yöneticiden isteyin: bu sunucuda kullanıcı adı ve parola tek başına yeterli değildir.

code-334 = Güvenlik verisi gerekli
    .description = RFC 2228, 334 kodunu, sunucu istenen güvenlik mekanizmasını kabul ettiğinde ve devam etmek için güvenlik verisine ihtiyaç duyduğunda AUTH komutunun yanıtı olarak tanımlar. RFC sabit bir metin vermez: yanıt, sunucudan gelen ve istemcinin sonraki ADAT komutunu oluşturmak için kullandığı güvenlik verisini, ADAT=base64data biçiminde taşıyabilir. RFC 4217, TLS anlaşmasının ardından hiçbir ADAT alışverişi gelmediği için AUTH TLS komutuna 334 yanıtının yanlış olduğunu belirtir.
    .seen = 334 yanıtını, verisini ADAT üzerinden alıp veren bir güvenlik mekanizmasıyla gönderilen AUTH komutundan sonra görürsünüz. AUTH TLS komutuna 334 ile yanıt veren bir sunucu, 234 bekleyen RFC 4217'ye uymuyordur.
    .fix = Bir sorun yok: sunucu 235 ile yanıt verene kadar, mekanizmanın ürettiği base64 veriyle ADAT göndererek alışverişi sürdürün. İstemciniz AUTH TLS istediyse ve 334 aldıysa, bunu sunucu yöneticisine bildirin; çünkü bir TLS istemcisi TLS anlaşmasını başlatmadan önce 234 bekler.

code-335 = Daha fazla güvenlik verisi gerekli
    .description = RFC 2228, 335 kodunu, sunucu güvenlik verisini kabul ettiğinde ancak güvenlik verisi alışverişini tamamlamak için daha fazlasına ihtiyaç duyduğunda ADAT komutunun yanıtı olarak tanımlar. RFC sabit bir metin vermez: yanıt, istemcinin sonraki ADAT komutunu göndermeden önce işlediği veriyi ADAT=base64data biçiminde taşıyabilir.
    .seen = 335 yanıtını, birden fazla gidiş-dönüş gerektiren güvenlik mekanizmalarıyla, bir AUTH ve ADAT alışverişinin ortasında görürsünüz. 335 yanıtını normalde, sunucu 235 ile yanıt verene kadar istemciden gelen başka bir ADAT izler.
    .fix = Bir sorun yok: istemci, güvenlik mekanizmasının ürettiği veriyle sonraki ADAT komutunu göndermelidir. Alışveriş burada durursa istemcinin ve sunucunun aynı mekanizmayı desteklediğini denetleyin; başarısız bir alışveriş, veri reddedilirse 535, base64 çözülemezse 501 ile biter.

code-336 = Parola sınaması
    .text = Kullanıcı adı uygun, parola gerekli. Sınama: "...."
    .description = RFC 2228, 336 koduna “Kullanıcı adı uygun, parola gerekli. Sınama: "...."” metnini verir. 336 kodunu, güvenlik mekanizması sınama/yanıt türünde bir parola gerektirdiğinde USER komutunun yanıtı olarak tanımlar: yanıt metni, insan kullanıcı için anlamlı olacak biçimde seçilmiş sınamayı içermelidir. İstemci, parolayı istemeden önce bu sınamayı kullanıcıya göstermelidir.
    .seen = 336 yanıtını, AUTH ve ADAT ile üzerinde anlaşılan güvenlik mekanizması sınama/yanıt türünde bir parola gerektiren bir sunucuda, USER komutundan sonra 331 yerine görürsünüz.
    .fix = Yanıt metnindeki sınamayı okuyun, güvenlik mekanizmasının beklediği parolayı oluşturmak için onu kullanın ve bu parolayı PASS ile gönderin. Parola sınamaya bağlı olduğundan, istemci sunucu USER komutuna yanıt vermeden parolayı sormamalıdır.

code-350 = Ek bilgi bekleniyor
    .text = İstenen dosya işlemi ek bilgi bekliyor
    .description = RFC 959, 350 koduna “İstenen dosya işlemi ek bilgi bekliyor” metnini verir. RFC 959, 350 kodunu REST ve RNFR komutlarının olumlu ara yanıtı olarak listeler: sunucu komutu kabul etmiştir ve onu tamamlayacak komutu bekler. RFC 3659, 350 kodunu, bağımsız değişkeni sonraki aktarımda atlanacak bayt sayısı olan STREAM modundaki REST komutunun yanıtı olarak korur.
    .seen = 350 yanıtını, bir aktarımı sürdüren RETR veya STOR komutundan önce gönderilen REST komutundan sonra ve yeni adı veren RNTO komutundan önce gönderilen RNFR komutundan sonra görürsünüz. Bu, sürdürülen bir aktarımın ve bir yeniden adlandırmanın olağan ara adımıdır.
    .fix = Bir sorun yok: diziyi tamamlayan komutu, yani RNFR komutundan hemen sonra RNTO komutunu, REST komutundan hemen sonra da aktarım komutunu gönderin. RFC 959, bu komutların birbirini hemen izlemesini zorunlu kılar: RNFR komutunu doğrudan izlemeyen bir RNTO 503 alır ve RFC 3659, aktarımdan hemen önce dışında herhangi bir yerde gönderilen REST komutunun etkisini tanımsız bırakır.
