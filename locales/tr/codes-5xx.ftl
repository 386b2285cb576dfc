## 5yz yanıt kodları: kalıcı olumsuz tamamlanma.

code-500 = Komut tanınmadı
    .text = Sözdizimi hatası, komut tanınmadı
    .description = RFC 959, 500 koduna “Sözdizimi hatası, komut tanınmadı” metnini verir. RFC 959, 500 kodunu sunucu komutun kendisini anlamlandıramadığında kullanır ve bunun çok uzun bir komut satırı gibi hataları da kapsayabileceğini belirtir. Sonraki RFC'ler de aynı yanıta dayanır: AUTH komutunu tanımayan bir sunucu 500 ile yanıt vermelidir (RFC 2228) ve 500 ya da 502, istemciye FEAT komutunun desteklenmediğini bildirir (RFC 2389).
    .seen = 500 yanıtını, yanlış yazılmış bir komuttan, sunucunun tanımadığı bir komut adından ya da çok uzun bir satırdan sonra görürsünüz. Eski bir sunucunun, uygulamadığı AUTH, FEAT, EPSV, MLSD veya SIZE gibi uzantı komutlarına verdiği olağan yanıt da budur.
    .fix = Komutun yazımını ve istemcinizin gönderdiği satırın uzunluğunu denetleyin. Komut bir uzantıysa sunucu onu desteklemiyordur: hangi uzantıları bildirdiğini görmek için FEAT gönderin (RFC 2389) ya da RFC 959 komutuna geri dönün; örneğin EPSV yerine PASV, MLSD yerine LIST kullanın.

code-501 = Parametrelerde sözdizimi hatası
    .text = Parametrelerde veya bağımsız değişkenlerde sözdizimi hatası
    .description = RFC 959, 501 koduna “Parametrelerde veya bağımsız değişkenlerde sözdizimi hatası” metnini verir. RFC 959, 501 kodunu sunucunun tanıdığı ancak bağımsız değişkenlerini yazıldığı biçimiyle kabul edemediği bir komut için kullanır ve onu neredeyse her komut için listeler. Uzantı RFC'leri de bu kodu aynı biçimde kullanır; örneğin parametreyle gönderilen FEAT (RFC 2389), bozuk biçimli bir EPRT veya EPSV (RFC 2428) ya da geçerli base64 olmayan ADAT verisi (RFC 2228) için.
    .seen = 501 yanıtını genellikle adresi bozuk biçimli bir PORT veya EPRT komutundan, sunucunun ayrıştıramadığı bir PBSZ değerinden ya da bağımsız değişken almayan bir komutun bağımsız değişkenle gönderilmesinden (örneğin parametreli FEAT) sonra görürsünüz. RFC 3659, MLSD bir dizin yerine bir dosyayı adlandırdığında, RFC 7151 de HOST bir bağlantı noktası numarası taşıdığında 501 yanıtını öngörür.
    .fix = İstemcinizin gönderdiği komutu, RFC'sinin tanımladığı sözdizimiyle, bağımsız değişkenleri tek tek karşılaştırarak denetleyin: sunucu komut adını anlamıştır, dolayısıyla sorun ondan sonra gelen kısımdadır. Tek bir dosyanın olgularını almak için MLSD yerine MLST kullanın; MLSD yalnızca dizinleri listeler.

code-502 = Komut uygulanmadı
    .text = Komut uygulanmadı
    .description = RFC 959, 502 koduna “Komut uygulanmadı” metnini verir. RFC 959, 502 kodunu siteye özgü olmayan bir işlem isteyen ve sunucunun uygulamadığı bir komuta ayırır; o sistemde anlamı olmayan bir komut bunun yerine 202, uygulanmamış bir parametreyle istenen uygulanmış bir komut ise 504 alır. RFC 2228, AUTH komutunu tanıyan ancak güvenlik uzantılarını uygulamayan bir sunucu için 502 kullanır; RFC 2389 ise FEAT komutu olmayan bir sunucudan 500 veya 502 gelmesine izin verir.
    .seen = 502 yanıtını, sunucu RFC 1123'ün zorunlu kılmadığı SMNT, REIN, REST veya ABOR gibi bir komutu ya da FEAT, LANG veya AUTH gibi bir uzantıyı dışarıda bıraktığında görürsünüz. Bir uzantının varlığını yoklayan istemci, 502 yanıtını da 500 gibi düz bir “hayır” olarak okumalıdır.
    .fix = Sorun komutun kendisinde değildir: sunucu onu sunmaz ve yinelemek işe yaramaz. Aynı amaca başka bir yoldan ulaşın, örneğin REST ile yeniden başlatma yerine tam bir aktarımla, ya da yöneticiye özelliğin etkinleştirilip etkinleştirilemeyeceğini sorun. RFC 1123, sistemi izin vermedikçe her sunucunun PASV, LIST, DELE, MKD ve STAT gibi komutları desteklemesini zorunlu kılar; bu yüzden bunlardan birine verilen 502, RFC 1123'ten sapan bir sunucuya ya da sisteminin bir sınırına işaret eder.

code-503 = Hatalı komut sırası
    .text = Hatalı komut sırası
    .description = RFC 959, 503 koduna “Hatalı komut sırası” metnini verir. Sunucu komutu anlamıştır, ancak komut oturumun bu noktasında geçerli değildir. RFC 959, 503 kodunu PASS, ACCT ve RNTO için listeler. RFC 2228'in 3. bölümü bu kodu şu durumlar için ekler: AUTH kabul edilmeden önce ya da yeni bir AUTH komutunun sıfırlamadığı tamamlanmış bir güvenlik alışverişinden sonra gönderilen ADAT; güvenlik verisi alışverişi tamamlanmadan önce gönderilen PBSZ, MIC, CONF ve ENC; PBSZ komutundan önce gönderilen PROT; politikası önce CCC gerektiren bir sunucuya gönderilen MIC, CONF ve ENC. RFC 3659 da onu MLST ve MLSD komutlarının olası yanıtları arasında sayar.
    .seen = 503 yanıtını, PASS komutu kendisinden önce USER gönderilmeden geldiğinde, ACCT komutu oturum açma başlamadan gönderildiğinde ya da RNTO komutu RNFR komutunu doğrudan izlemediğinde görürsünüz. TLS gibi güvenlik uzantılarında, PBSZ veya PROT komutu AUTH başarılı olmadan önce ya da PROT komutu PBSZ komutundan önce geldiğinde de aynı yanıtı görürsünüz. RFC 7151'i destekleyen bir sunucu, oturum açıldıktan sonra gönderilen bir HOST komutuna da 503 ile yanıt verir.
    .fix = Komutları protokolün gerektirdiği sırayla gönderin: PASS komutundan önce USER, RNTO komutundan hemen önce RNFR, PBSZ komutundan önce AUTH ve PROT komutundan önce PBSZ. İstemcinizin yeniden bağlandıktan sonra da bu sırayı koruduğunu denetleyin ve hangi komutun önce geldiğini görmek için sunucu günlüğünü okuyun.

code-504 = Parametre uygulanmadı
    .text = Komut bu parametre için uygulanmadı
    .description = RFC 959, 504 koduna “Komut bu parametre için uygulanmadı” metnini verir. RFC 959, 504 kodunu 502'nin daha özel bir biçimi olarak tanımlar: sunucu komutu uygular ama istenen parametreyi uygulamaz; RFC 959 bu kodu MODE, TYPE, STRU ve ALLO için listeler. Sonraki RFC'ler onu bilinmeyen bir AUTH mekanizması ya da PROT düzeyi (RFC 2228), LANG komutunun uygulamadığı bir dil etiketi (RFC 2640) ve HOST komutunun tanımadığı ya da hizmet vermeyeceği bir sanal konak (RFC 7151) için yeniden kullanır.
    .seen = 504 yanıtını, sunucuda bulunmayan MODE B veya STRU P gibi bir aktarım modu, türü ya da yapısı istedikten sonra veya AUTH sunucunun tanımadığı bir mekanizmayı adlandırdıktan sonra görürsünüz. RFC 2577, sıçrama (bounce) saldırılarını engellemek için 1024'ün altındaki bir TCP bağlantı noktasını adlandıran PORT komutuna 504 yanıtını önerir; RFC 2228 de reddettiği mekanizmayı desteklediğini açığa vurmak istemeyen bir sunucunun 534 yerine 504 ile yanıt vermesine izin verir.
    .fix = RFC 959 ve RFC 1123'ün her sunucunun kabul etmesini zorunlu kıldığı değerlere dönün: MODE S, STRU F ve TYPE A veya TYPE I. AUTH için sunucunun desteklediği bir mekanizma, örneğin TLS (RFC 4217) kullanın; reddedilen bir PORT için istemcinin 1023'ün üzerindeki bir bağlantı noktasında beklemesini sağlayın ya da pasif modu kullanın.

code-521 = Veri bağlantısı açılamaz

code-521-rfc1639 = Adres ailesi desteklenmiyor
    .text = Desteklenen adres aileleri: (af1, af2, ..., afn)
    .description = Uzun ağ adresleri için deneysel bir uzantı olan RFC 1639, LPRT veya LPSV komutlarını destekleyen ancak istenen adres ailesini desteklemeyen bir sunucu için 521 kodunu ekler. Önerdiği metin, desteklenen adres ailelerini (af1, af2, ..., afn) biçiminde bildirir; listede sunucunun kabul ettiği aile numaraları yer alır. Bu komutlardaki sözdizimi hataları, PORT ve PASV için olduğu gibi 500 veya 501 alır.
    .seen = Bu anlamı yalnızca RFC 1639'un LPRT ve LPSV komutlarını kullanan istemci ve sunucularda, istemci sunucunun işleyemediği bir adres ailesinde veri bağlantısı istedikten sonra görürsünüz.
    .fix = Yanıttaki aile listesini okuyun ve LPRT komutunu bunlardan biriyle yeniden gönderin. RFC 1639 aileleri IP sürümüne göre numaralandırır (IP için 4); bu yüzden bu değerler EPRT değerlerinden farklıdır. IPv4 ve IPv6 için standart seçim, RFC 2428'in EPRT ve EPSV komutlarıdır.

code-521-rfc4217 = Yanlış PROT ayarı
    .text = bu PROT ayarıyla veri bağlantısı açılamaz
    .description = FTP'yi TLS ile güvenli kılan RFC 4217, 521 kodunu PROT ile ayarlanan veri koruma düzeyi yüzünden reddedilen bir aktarım için yeniden kullanır. Metni, bu PROT ayarıyla veri bağlantısının açılamayacağını bildirir ve sunucu bunu STOR, RETR, NLST, LIST, STOU veya APPE komutuna herhangi bir 1yz yanıtından önce gönderir; dolayısıyla hiçbir veri bağlantısı açılmaz.
    .seen = Bu 521 yanıtını, her aktarımın koruma düzeyini denetleyen bir FTPS sunucusunda, geçerli düzey sunucunun istediği düzey olmadığında, tipik olarak sunucu Private üzerinde ısrar ederken düzey Clear olduğunda görürsünüz. RFC 4217 başlangıç düzeyini Clear yapar; bu yüzden hiç PROT P göndermeyen bir istemci böyle bir sunucudan bu yanıtı ilk listelemesinde ya da aktarımında alır.
    .fix = AUTH TLS sonrasında PBSZ 0 ve ardından PROT P gönderin ve komutu yineleyin: RFC 4217, PROT komutundan önce PBSZ komutunu zorunlu kılar ve yalnızca C ve P düzeylerini kullanır. İstemci zaten PROT P kullanıyorsa, sunucu aktarım başına karar verebileceğinden, yöneticiye her aktarımın hangi düzeyi gerektirdiğini sorun.

code-522 = Genişletilmiş bağlantı noktası hatası

code-522-rfc2428 = Ağ protokolü desteklenmiyor
    .text = Ağ protokolü desteklenmiyor, (1,2) kullanın
    .description = RFC 2428, 522 kodunu “Genişletilmiş bağlantı noktası hatası - bilinmeyen ağ protokolü” olarak tanımlar: sunucu, EPRT komutunda ya da bağımsız değişkenli EPSV komutunda adı geçen ağ protokolünü desteklemez. Metin, protokolün desteklenmediğini söylemeli ve desteklenen adres ailesi numaralarıyla, parantez içinde, örneğin (1,2) ile bitmelidir; burada 1 IPv4'ü, 2 IPv6'yı gösterir.
    .seen = Bu 522 yanıtını, istemci sunucunun desteklemediği bir adres ailesiyle EPRT gönderdiğinde, örneğin yalnızca IPv4 işleyen bir sunucuya bir IPv6 adresi gönderdiğinde, ya da böyle bir protokolü EPSV 2 veya EPSV 1 ile istediğinde görürsünüz.
    .fix = Parantez içindeki aile numaralarını okuyun ve bunlardan biriyle yeniden deneyin, örneğin bir IPv4 adresiyle EPRT gönderin. Bağımsız değişkensiz düz EPSV bu sorunu ortadan kaldırır, çünkü sunucu bu durumda kontrol bağlantısının protokolünü kullanır.

code-522-rfc4217 = TLS anlaşması başarısız
    .description = RFC 4217, 522 kodunu veri bağlantısındaki bir TLS hatası için yeniden kullanır: sunucu, 150 yanıtından sonra TLS anlaşması başarısız olduğunda ya da kabul edilemez olduğunda veri bağlantı noktasını kapatır ve 522 gönderir. 11.4. bölüm, geçerli veri koruma düzeyi o aktarım için yeterli olmadığında sunucunun bir aktarım komutuna 522 ile yanıt vermesine de izin verir. RFC 4217 bu yanıt için sabit bir metin vermez.
    .seen = Bu 522 yanıtını, veri bağlantısındaki TLS el sıkışması başarısız olduğunda, örneğin sunucu üzerinde anlaşılan şifre paketini kabul edilemez bulduğunda, FTPS aktarımlarında ve listelemelerinde görürsünüz. RFC 4217, sunucunun veri bağlantısının önceki bir veri bağlantısından ya da sonradan CCC ile şifresiz hâle getirilmiş bir kontrol bağlantısından önbelleğe alınmış bir TLS oturumunu yeniden kullanmasında ısrar etmesine ve yeni bir oturum başlatan istemciyi reddetmesine de izin verir.
    .fix = İstemcinizin veri bağlantılarına uyguladığı TLS ayarlarını denetleyin: bu bağlantılar için TLS oturumunun yeniden kullanımını etkinleştirin, sunucunun kabul ettiği şifre paketlerini sunun ve sunucunun neden reddettiğini belirtmesi gereken 522 metnini okuyun. 522 doğrudan komutun ardından geldiyse, sunucunun istediği korumayı PBSZ 0 ve PROT P ile ayarlayın, ardından yeniden deneyin.

code-530 = Oturum açılmadı
    .text = Oturum açılmadı
    .description = RFC 959, 530 koduna “Oturum açılmadı” metnini verir. RFC 959, 530 kodunu USER, PASS veya ACCT komutuna yanıt olarak bir oturum açma isteğini reddetmek ve kullanıcı oturum açmadan önce gönderilen neredeyse her komutu reddetmek için kullanır. RFC 2228 bu kodu PBSZ ve PROT için, RFC 3659 ise MLST ve MLSD için ekler.
    .seen = 530 yanıtını çoğunlukla, kullanıcı adı veya parola yanlış olduğu ya da hesabın oturum açmasına izin verilmediği için PASS komutundan sonra görürsünüz. Başarılı bir oturum açmadan önce gönderilen CWD, LIST veya RETR gibi bir komuttan sonra da gelir. RFC 2577, sunucuların her USER komutuna 331 ile yanıt vermesini ve adı ve parolayı birlikte reddetmesini önerir; bu yüzden PASS sonrasındaki bir 530, ikisinden hangisinin yanlış olduğunu söylemez.
    .fix = Kullanıcı adını, parolayı ve sunucunun istediği hesabı denetleyin, ardından diğer komutlardan önce USER ve PASS ile oturum açın. RFC 4217, sunucunun oturum korunana kadar komutları reddetmesine izin verir; bu yüzden sunucu FTPS gerektiriyorsa USER komutundan önce AUTH TLS gönderin. Tekrar tekrar denemekten kaçının: RFC 2577, sunucuların 3 ila 5 hatalı paroladan sonra bağlantıyı 421 ile kapatmasını önerir.

code-532 = Depolama için hesap gerekli
    .text = Dosya depolamak için hesap gerekli
    .description = RFC 959, 532 koduna “Dosya depolamak için hesap gerekli” metnini verir. RFC 959, 532 kodunu, hesap bilgisini oturum açarken değil bazı işlemler için ACCT ile isteyen sunucularda STOR, STOU, APPE ve RNTO komutları için listeler. 332 ile 532 arasındaki seçimi de açıklar: sunucu, komutu ACCT gelene kadar bekletiyorsa 332, komutu atıyorsa 532 ile yanıt verir.
    .seen = 532 yanıtını, hesap olmadan oturum açtıktan sonra, dosya depolamadan önce hesap bilgisi isteyen bir sunucuda bir dosyayı karşıya yüklediğinizde, bir dosyaya ekleme yaptığınızda ya da bir dosyayı yeniden adlandırdığınızda görürsünüz.
    .fix = Hesap bilgilerinizle ACCT gönderin, ardından komutu yineleyin; çünkü sunucu 532 sonrasında komutu atmıştır. Hesap bilginiz yoksa yöneticiden isteyin.

code-533 = Koruma düzeyi reddedildi
    .text = Komut koruma düzeyi politika gereği reddedildi
    .description = RFC 2228, 533 koduna “Komut koruma düzeyi politika gereği reddedildi” metnini verir. RFC 2228, 533 kodunu, korumasını sunucu politikasının kabul etmediği bir komut için tanımlar: sunucunun reddettiği bir MIC, CONF veya ENC komutu (örneğin CCC öncesinde CONF), kendisi bütünlük korumalı olmayan bir CCC ya da sunucu tüm komutların korunmasını istediğinde korumasız herhangi bir komut. RFC 4217 bu kodu, CCC komutu TLS'nin korumadığı bir kontrol bağlantısında geldiğinde kullanır.
    .seen = TLS ile, 533 yanıtını istemciniz AUTH TLS kontrol bağlantısını korumadan önce CCC gönderdiğinde görürsünüz. Diğer RFC 2228 mekanizmalarında, bir komut açık metin olarak ya da sunucu politikasının reddettiği bir korumayla gönderildiğinde görülür.
    .fix = Önce kontrol bağlantısını koruyun: CCC göndermeden önce AUTH TLS gönderin ve el sıkışmasını tamamlayın. Diğer mekanizmalarda komutu sunucunun istediği korumayla gönderin; örneğin politika gizlilik gerektiriyorsa MIC yerine ENC kullanın.

code-534 = Politika gereği reddedildi
    .text = İstek politika gereği reddedildi
    .description = RFC 2228, 534 koduna “İstek politika gereği reddedildi” metnini verir. RFC 2228, 534 kodunu sunucunun işleyebileceği ancak kabul etmeye istekli olmadığı bir istek için tanımlar: AUTH komutunda adı geçen bir güvenlik mekanizması, PROT komutunda bir koruma düzeyi ya da bütünlük korumasını kapatacak bir CCC. Geçerli koruma düzeyi sunucunun o aktarım için istediğinin altında kaldığında STOR, STOU, RETR, LIST, NLST ve APPE komutlarını da kapsar.
    .seen = FTPS ile, 534 yanıtını sunucu istemcinizden TLS kabul etmek istemediğinde AUTH TLS komutundan sonra, sunucunun reddettiği bir PROT düzeyinden sonra ya da kontrol bağlantısını şifreli tutan bir sunucuda CCC komutundan sonra görürsünüz (RFC 4217). RFC 2228'e göre, verisi sunucunun istediğinden daha az korumayla iletilecek bir aktarım komutu 534 alır.
    .fix = Ret bilinçlidir; bu yüzden aynı isteği yinelemek işe yaramaz: sunucu politikasının izin verdiğini seçin; örneğin PROT ile başka bir düzey isteyin ya da CCC göndermek yerine kontrol bağlantısını korumalı tutun. Reddedilen bir aktarım için koruma düzeyini yükseltin, örneğin PROT P ile, ardından yeniden deneyin ve yöneticiye politikanın hangi düzeyleri gerektirdiğini sorun.

code-535 = Güvenlik denetimi başarısız
    .text = Güvenlik denetimi başarısız (özet, sıra vb.)
    .description = RFC 2228, 535 koduna “Güvenlik denetimi başarısız (özet, sıra vb.)” metnini verir. RFC 2228, 535 kodunu doğrulamadan geçemeyen korumalı veri için tanımlar: sunucunun, örneğin bir sağlama toplamı tutmadığı için reddettiği ADAT içindeki güvenlik verisi ya da denetimi başarısız olan bir MIC, CONF veya ENC komutu. Sunucu bu kodu, aktarım sırasında veri koruması başarısız olduğunda da, PBSZ ile üzerinde anlaşılan arabellek boyutundan büyük bir blok dahil, STOR, STOU, RETR, LIST, NLST veya APPE komutuna gönderir.
    .seen = 535 yanıtını GSS-API veya Kerberos gibi RFC 2228 mekanizmalarıyla, ADAT alışverişi sırasında ya da korumalı bir komut veya veri bloğu bozulduğunda, yeniden oynatıldığında veya sırası bozulduğunda görürsünüz. RFC 4217 bu kodu TLS için kullanmaz.
    .fix = Başarısız bir ADAT sonrasında güvenlik alışverişi başarısız olmuştur ve RFC 2228 istemcinin güvenlik durumunu sıfırlamasını zorunlu kılar; bu yüzden AUTH ile yeniden başlayın. Başarısız bir aktarım için istemcinin PBSZ ile ayarladığı arabellek boyutunu denetleyin ve yeniden deneyin; yinelenen hatalar iki güvenlik uygulaması arasında bir uyumsuzluğa ya da yolda değiştirilmiş veriye işaret eder.

code-536 = PROT düzeyi desteklenmiyor
    .text = İstenen PROT düzeyi mekanizma tarafından desteklenmiyor
    .description = RFC 2228, 536 koduna “İstenen PROT düzeyi mekanizma tarafından desteklenmiyor” metnini verir. 536 kodunu, sunucu istenen düzeyi bildiği halde kullanılan güvenlik mekanizması onu sağlayamadığında PROT komutunun yanıtı olarak tanımlar; sunucunun bilmediği bir düzey ise bunun yerine 504 alır. Düzeyler C (Clear), S (Safe), E (Confidential) ve P (Private) düzeyleridir.
    .seen = 536 yanıtını, üzerinde anlaşılan mekanizmanın sahip olmadığı bir PROT düzeyinden sonra görürsünüz; örneğin bir TLS oturumunda PROT S veya PROT E: TLS bütünlüğü ve gizliliği birlikte sağladığından RFC 4217 yalnızca C ve P düzeylerini kullanır.
    .fix = Mekanizmanın desteklediği bir düzey seçin: TLS ile korumalı veri bağlantıları için PROT P, korumasız bağlantılar için PROT C.

code-537 = Komut koruması desteklenmiyor
    .text = Komut koruma düzeyi güvenlik mekanizması tarafından desteklenmiyor
    .description = RFC 2228, 537 koduna “Komut koruma düzeyi güvenlik mekanizması tarafından desteklenmiyor” metnini verir. 537 kodunu, kullanılan güvenlik mekanizması komutlar için o tür bir korumayı sağlayamadığında MIC, CONF veya ENC komutunun yanıtı olarak tanımlar. Mekanizmanın korumayı sağlayabildiği ancak sunucu politikasının reddettiği 533'ten farklıdır.
    .seen = 537 yanıtını RFC 2228 mekanizmalarıyla, bir istemci örneğin CONF veya ENC gönderdiğinde ve üzerinde anlaşılan mekanizma yalnızca bütünlük koruması sunduğunda görürsünüz. RFC 4217 kapsamındaki TLS oturumları MIC, CONF veya ENC kullanmaz; bu yüzden FTPS istemcileriyle bu yanıtı normalde görmezsiniz.
    .fix = Üzerinde anlaşılan mekanizmanın desteklediği MIC gibi bir koruma komutu kullanın ya da ihtiyacınız olan korumayı sağlayan bir mekanizma için AUTH ile yeni bir güvenlik alışverişi başlatın.

code-550 = Dosya kullanılamıyor
    .text = İstenen işlem yapılmadı. Dosya kullanılamıyor (örneğin dosya bulunamadı, erişim yok)
    .description = RFC 959, 550 koduna “İstenen işlem yapılmadı. Dosya kullanılamıyor (örneğin dosya bulunamadı, erişim yok)” metnini verir. RFC 959, 550 kodunu RETR, DELE, CWD, MKD veya RNFR gibi bir dosya ya da dizin işlemi kalıcı olarak başarısız olduğunda kullanır; RFC 3659 ise MDTM, SIZE, MLST veya MLSD verilen ad hakkında bilgi veremediğinde kullanır. Geçici karşılığı 450'dir.
    .seen = 550 yanıtını, yol yanlış olduğunda ya da dosya bulunmadığında veya hesabın nesneyi okumasına, silmesine ya da oluşturmasına veya dizine girmesine izin verilmediğinde görürsünüz. RFC 3659, boyut kullanılamadığında, örneğin hesaplaması sunucuya çok pahalıya mal olduğu için, SIZE komutuna da 550 verilmesine izin verir ve böyle bir 550 yanıtının dosyanın aktarılamayacağının işareti sayılmaması gerektiğini belirtir.
    .fix = Tam yolu, büyük ve küçük harfler dahil, PWD ve bir dizin listelemesiyle denetleyin ve hesabın sunucudaki izinlerini kontrol edin. SIZE veya MDTM 550 ile başarısız olur ama dosya listelemede görünürse, bu bilgi olmadan aktarıma devam edin.

code-551 = Sayfa türü bilinmiyor
    .text = İstenen işlem iptal edildi: sayfa türü bilinmiyor
    .description = RFC 959, 551 koduna “İstenen işlem iptal edildi: sayfa türü bilinmiyor” metnini verir. RFC 959, 551 kodunu, sayfa yapısıyla (STRU P) gönderilen bir dosya sunucunun bilmediği bir sayfa türü taşıdığında STOR, STOU ve APPE için tanımlar; tanımlı türler son sayfa, basit sayfa, tanımlayıcı sayfa ve erişim denetimli sayfadır. RFC 959'un 4.2.1. bölümü aynı metni, “iptal edildi” sözünden sonra iki nokta yerine bir noktayla yazar.
    .seen = 551 yanıtını görmeniz olası değildir; çünkü yalnızca, RFC 1123'ün uygulanmasını önermediği sayfa yapısını kullanan karşıya yüklemelerde ortaya çıkar. Karşıya yüklemenin son yanıtı olarak, 125 veya 150 ön yanıtından sonra gelir.
    .fix = İki taraf gerçekten sayfa yapısına ihtiyaç duymuyorsa dosyayı varsayılan olan dosya yapısıyla (STRU F) gönderin. Duyuyorsa yalnızca RFC 959'un tanımladığı sayfa türlerini kullanın.

code-552 = Depolama alanı aşıldı
    .text = İstenen dosya işlemi iptal edildi. Ayrılan depolama alanı aşıldı (geçerli dizin veya veri kümesi için)
    .description = RFC 959, 552 koduna “İstenen dosya işlemi iptal edildi. Ayrılan depolama alanı aşıldı (geçerli dizin veya veri kümesi için)” metnini verir. RFC 959, 552 kodunu STOR, STOU ve APPE için, aktarım başladıktan sonraki son yanıt olarak listeler. Sistemdeki geçici bir yer yetersizliği olan 452'nin aksine 552, o dizin veya veri kümesi için ayrılan depolama alanının tükendiğini bildirir.
    .seen = 552 yanıtını, dosya hesabınıza ya da hedef dizine ayrılan alanı aşacağı zaman, bir karşıya yükleme sırasında ya da sonunda görürsünüz.
    .fix = Artık ihtiyaç duymadığınız dosyaları silerek ayrılan alanınızda yer açın ya da yöneticiden alanı artırmasını isteyin, ardından yeniden karşıya yükleyin. Buna ihtiyaç duyan sunucularda ALLO komutu, istemcinin bir dosyayı göndermeden önce ona yer ayırmasını sağlar.

code-553 = Dosya adına izin verilmiyor
    .text = İstenen işlem yapılmadı. Dosya adına izin verilmiyor
    .description = RFC 959, 553 koduna “İstenen işlem yapılmadı. Dosya adına izin verilmiyor” metnini verir. RFC 959, 553 kodunu, sunucu oluşturulacak ya da yeniden adlandırılacak dosya için verilen adı reddettiğinde STOR, STOU, APPE ve RNTO için listeler. RFC 3659 da onu MLST ve MLSD komutlarının olası yanıtları arasında sayar.
    .seen = 553 yanıtını, bir karşıya yükleme ya da yeniden adlandırma sunucunun reddettiği bir ad kullandığında görürsünüz; örneğin dosya sisteminin kabul etmediği karakterler ya da uzunluk içeren bir ad veya hesabın dosya oluşturamadığı bir konum.
    .fix = Düz harfler, rakamlar, noktalar, kısa çizgiler ve alt çizgilerden oluşan daha kısa bir ad seçin ve hedef dizinin var olduğunu ve hesabınız için yazılabilir olduğunu denetleyin. Ad önemli değilse STOU komutu, karşıya yükleme için benzersiz bir adı sunucunun seçmesini sağlar.

code-554 = Geçersiz REST parametresi
    .text = İstenen işlem yapılmadı: geçersiz REST parametresi
    .description = RFC 1123, 554 koduna “İstenen işlem yapılmadı: geçersiz REST parametresi” metnini verir. RFC 1123, 554 kodunu REST komutunu izleyen bir aktarım komutu için, sunucudaki mevcut dosya REST komutunun istediği konuma getirilemediğinde tanımlar. RFC 3659, aralık dışındaki bir yeniden başlatma işareti gibi sorunların REST komutunun kendisinde değil, onu izleyen komutta bildirildiğini doğrular.
    .seen = 554 yanıtını, bir istemci bir aktarımı sürdürürken görürsünüz: REST 350 ile yanıtlanır, ardından konum dosyanın sonunun ötesinde olduğu ya da sunucudaki dosyayla başka bir biçimde uyuşmadığı için RETR, STOR veya APPE 554 ile başarısız olur.
    .fix = Yeniden başlatma konumunu, örneğin SIZE ile, iki taraftaki dosyanın gerçek boyutuyla karşılaştırın, ardından geçerli bir konumdan sürdürün ya da tüm dosyayı yeniden aktarmak için REST 0 gönderin. RFC 3659, REST sonrasında aktarım komutu başarısız olan bir istemciden, sonraki aktarımdan önce REST komutunu yeniden göndermesini ister.

code-555 = Tür veya yapı uyuşmazlığı
    .text = İstenen işlem yapılmadı: TYPE veya STRU uyuşmazlığı
    .description = RFC 1123, 555 koduna “İstenen işlem yapılmadı: TYPE veya STRU uyuşmazlığı” metnini verir. RFC 1123, 555 kodunu, TYPE ve STRU ile ayarlanan geçerli aktarım parametreleri mevcut dosyanın öznitelikleriyle uyuşmadığında APPE için ya da REST komutunu izleyen herhangi bir aktarım komutu için tanımlar.
    .seen = 555 yanıtını, dosyaların bir tür veya yapı (örneğin kayıt yapılı dosyalar) taşıdığı bir sistemde, oturum farklı TYPE veya STRU değerleri kullanırken bir dosyaya ekleme yaptığınızda ya da dosyanın aktarımını sürdürdüğünüzde görürsünüz.
    .fix = TYPE ve STRU değerlerini dosya ilk depolandığında kullanılan değerlere ayarlayın, ardından REST ve aktarım komutunu yineleyin. Bu değerleri bilmiyorsanız tüm dosyayı REST olmadan yeniden aktarın.
