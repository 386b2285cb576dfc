## 2yz yanıt kodları: olumlu tamamlanma.

code-200 = Komut uygun
    .text = Komut uygun
    .description = RFC 959, 200 koduna “Komut uygun” metnini verir. RFC 959, 200 kodunu istemciye yeni bir bilgi vermeden başarılı olan TYPE, MODE, STRU, PORT veya NOOP gibi komutlar için kullanır. Sonraki RFC'ler bu kodu EPRT (RFC 2428), OPTS (RFC 2389), LANG (RFC 2640) ile PBSZ, PROT ve CCC (RFC 2228 ve RFC 4217) komutlarının başarı yanıtı yapar.
    .seen = 200 yanıtını, aktarım parametrelerini TYPE, MODE, STRU, PORT veya EPRT ile ayarladıktan sonra, NOOP komutundan sonra ve AUTH TLS komutunun ardından gelen PBSZ 0 ve PROT P komutlarından sonra görürsünüz. OPTS veya LANG komutuna verilen 200, sunucunun seçeneği ya da dili kabul ettiği anlamına gelir; LANG yanıtının metni hangi çeşidin seçildiğini de belirtebilir.
    .fix = Bir sorun yok: sonraki komutu gönderin. PBSZ komutuna verilen 200 yanıtının metninde PBSZ=sayı varsa sunucu daha küçük bir arabellek istiyordur ve RFC 2228, iki tarafın da iki boyuttan küçüğünü kullanmasını zorunlu kılar.

code-202 = Gereksiz komut
    .text = Komut uygulanmadı, bu sitede gereksiz
    .description = RFC 959, 202 koduna “Komut uygulanmadı, bu sitede gereksiz” metnini verir. 202 kodunu, bu sunucuda anlamı olmayan bir komut için olumlu tamamlanma yanıtı olarak tanımlar; böylece basit bir istemci, komut başarılı olmuş gibi devam edebilir. Verdiği örnek, önceden depolama alanı ayrılmasına gerek duymayan bir sistemdeki ALLO komutudur.
    .seen = Bu yanıtı en sık, aktarımdan önce yer ayırmayan sunuculardaki ALLO komutundan sonra görürsünüz. RFC 959, 202 kodunu PASS, ACCT, SMNT ve SITE için de listeler.
    .fix = Bir sorun yok: komut gereksizdi ve oturum sürer. Uygulanmamış bir komutu reddeden 502'nin aksine 202 bir başarı yanıtıdır.

code-211 = Sistem durumu
    .text = Sistem durumu veya sistem yardım yanıtı
    .description = RFC 959, 211 kodunu “Sistem durumu veya sistem yardım yanıtı” olarak listeler: bu sözcükler yanıtı betimler ama metnini sabitlemez; sunucu bu metni kullanıcıya yönelik durum ya da yardım bilgileriyle doldurur. RFC 2389 bu kodu FEAT komutunun yanıtı da yapar; bu yanıtın çok satırlı biçimi, desteklenen her uzantıyı tek bir boşlukla girintilenmiş ayrı bir satırda listeler ve 211 End ile biter.
    .seen = 211 yanıtını, sunucunun durumunu, aktarım parametrelerini ve bağlantılarını bildiren bağımsız değişkensiz STAT komutuna yanıt olarak ve bazen de RFC 959'un 211 veya 214 ile yanıtlanmasına izin verdiği HELP komutuna yanıt olarak görürsünüz. FEAT gönderen bir istemci, sunucunun desteklediği MDTM, SIZE, MLST veya AUTH TLS gibi uzantıların listesiyle birlikte 211 alır.
    .fix = Bir sorun yok. FEAT komutuna verilen tek satırlık bir 211, sunucunun bildirecek uzantısı olmadığı anlamına gelir; FEAT komutuna 500 veya 502 alan bir istemci, RFC 2389'un önerdiği gibi ihtiyaç duyduğu uzantıları tek tek denemelidir.

code-212 = Dizin durumu
    .text = Dizin durumu
    .description = RFC 959, 212 kodunu “Dizin durumu” olarak listeler: STAT komutuna verilen bir bilgi yanıtıdır; metni sabit değildir, bir dizinin durumunu taşır.
    .seen = Sunucu, bağımsız değişken olarak bir dizin verilen STAT komutuna 212 ile yanıt verebilir ve LIST komutunun veri bağlantısı üzerinden göndereceğini kontrol bağlantısı üzerinden gönderir. Birkaç satırlık bir listeleme, çok satırlı bir yanıt olarak gelir.
    .fix = Bir sorun yok. Yanıtı, 212 ve ardından bir boşlukla başlayan son satırına kadar okuyun.

code-213 = Dosya durumu
    .text = Dosya durumu
    .description = RFC 959, 213 kodunu “Dosya durumu” olarak listeler: STAT komutuna verilen bir bilgi yanıtıdır; metni sabit değildir, bir dosyanın durumunu taşır. RFC 3659 bu kodu, tek satırlık kesin bir biçimle MDTM ve SIZE komutlarının yanıtı yapar: 213, bir boşluk, ardından MDTM için UTC cinsinden YYYYMMDDHHMMSS biçiminde değişiklik zamanı ya da SIZE için sekizli cinsinden aktarım boyutu.
    .seen = 213 yanıtını çoğunlukla, istemcilerin yarıda kalan bir aktarımı sürdürmeden önce dosyanın ne kadarının aktarıldığını ve o zamandan beri değişip değişmediğini öğrenmek için gönderdiği MDTM ve SIZE komutlarından sonra görürsünüz. Sunucu bu kodu, bir dosya adıyla gönderilen STAT komutunu yanıtlamak için de kullanabilir.
    .fix = Bir sorun yok. MDTM zamanı UTC cinsindendir ve SIZE değeri geçerli TYPE, MODE ve STRU ayarlarına bağlıdır; bu yüzden SIZE göndermeden önce aktarımda kullanacağınız TYPE değerini ayarlayın.

code-214 = Yardım iletisi
    .text = Yardım iletisi
    .description = RFC 959, 214 kodunu “Yardım iletisi” olarak listeler: insan kullanıcıya yönelik bir yanıttır; metni sabit değildir, sunucunun nasıl kullanılacağını ya da standart dışı bir komutun ne anlama geldiğini açıklar.
    .seen = 214 yanıtını, tek başına ya da ardından bir komut adı gelen HELP komutuna yanıt olarak görürsünüz. RFC 959, HELP SITE komutunun sunucunun SITE komutlarını açıklamasını önerir.
    .fix = Bir sorun yok. Metin insanlar için yazılmıştır; bu yüzden bir programa yorumlatmak yerine kullanıcıya gösterin.

code-215 = Sistem türü
    .text = NAME sistem türü
    .description = RFC 959, 215 koduna “NAME sistem türü” metnini verir. 215 kodunu SYST komutunun yanıtı olarak tanımlar. Metnin ilk sözcüğü, Assigned Numbers belgesinde listelenen UNIX gibi resmî sistem adlarından biri olmalıdır.
    .seen = İstemciler, sunucunun işletim sistemini öğrenmek için SYST gönderir; bu bilgi, LIST gibi sisteme bağlı çıktılardan ne bekleneceğini gösterir.
    .fix = Bir sorun yok. Sistem adı olarak yalnızca ilk sözcüğü alın; sunucu MLSD ve MLST komutlarını (RFC 3659) destekliyorsa LIST çıktısını ayrıştırmak yerine bu komutların kesin tanımlı biçimini tercih edin.

code-220 = Hizmet hazır
    .text = Hizmet yeni kullanıcı için hazır
    .description = RFC 959, 220 koduna “Hizmet yeni kullanıcı için hazır” metnini verir. 220 kodunu, kontrol bağlantısı kurulduğunda ve komut kabul edebildiğinde sunucunun gönderdiği yanıt olarak tanımlar; bu kod aynı zamanda REIN komutunun ve RFC 7151'e göre HOST komutunun olumlu yanıtıdır.
    .seen = İstemcinizin bağlandıktan sonra aldığı ilk satırdır ve genellikle sunucu yazılımını adlandıran bir karşılama metni içerir. Bu yanıtı ayrıca REIN oturumu sıfırladıktan sonra, 120 yanıtının ardından ertelenen hizmet hazır olduğunda ve sunucunun kabul ettiği bir HOST komutundan sonra da görürsünüz.
    .fix = Bir sorun yok. Sıradaki adım oturum açmaktır: USER komutunu, sunucu 331 ile yanıt verirse ardından PASS komutunu gönderin.

code-221 = Kontrol bağlantısı kapatılıyor
    .text = Hizmet kontrol bağlantısını kapatıyor
    .description = RFC 959, 221 koduna “Hizmet kontrol bağlantısını kapatıyor” metnini verir. 221 kodunu QUIT komutunun yanıtı olarak tanımlar: sunucu gerekiyorsa kullanıcının oturumunu kapatır, ardından kontrol bağlantısını sonlandırır.
    .seen = Bu yanıtı bir oturumun sonunda, QUIT gönderdikten sonra görürsünüz. Bir dosya aktarımı hâlâ sürüyorsa RFC 959, sunucunun aktarımın sonuç yanıtı için bağlantıyı açık tutmasını ve ardından kapatmasını öngörür.
    .fix = Bir sorun yok: oturum olağan biçimde sona erdi. Yeniden bağlanmadan başka bir kullanıcı olarak oturum açmak için QUIT yerine REIN gönderin.

code-225 = Veri bağlantısı açık
    .text = Veri bağlantısı açık; sürmekte olan aktarım yok
    .description = RFC 959, 225 koduna “Veri bağlantısı açık; sürmekte olan aktarım yok” metnini verir. RFC 959, 225 kodunu bağlantılar grubunda tanımlar ve komut-yanıt tablosu onu, 226 ile birlikte, ABOR komutunun başarı yanıtı olarak listeler.
    .seen = 225 seyrek görülür. RFC 959 bu kodu yalnızca ABOR için listeler: ABOR komutu veri bağlantısını açık, ancak sürmekte olan bir aktarım olmadan bulduğunda verilen yanıttır.
    .fix = Bir sorun yok: iptal edilecek bir şey yoktu ve istemci sonraki komutunu gönderebilir.

code-226 = Veri bağlantısı kapatılıyor
    .text = Veri bağlantısı kapatılıyor
    .description = RFC 959, 226 koduna “Veri bağlantısı kapatılıyor” metnini verir. 226 kodunu, sunucu veri bağlantısını kapattıktan sonra tamamlanmış bir aktarım ya da bir iptal gibi başarılı bir dosya işlemini bildiren yanıt olarak tanımlar. RFC 3659 da bu kodu MLSD ile gönderilen listelemeyi bitirmek için kullanır.
    .seen = 226 yanıtı, tüm veriler veri bağlantısından geçtikten sonra RETR, STOR, STOU, APPE, LIST ve NLST komutlarına verilen olağan son yanıttır. ABOR komutundan sonra sunucu, yarıda kesilen aktarım için 426, ardından iptali onaylamak için 226 gönderir; aktarım zaten bitmişse yalnızca 226 gönderir.
    .fix = Bir sorun yok: aktarım tamamlandı ve istemci sonraki komutu gönderebilir. Akış modunda veri bağlantısı her dosyanın sonunda kapanır; bu yüzden sonraki aktarım, PASV, EPSV, PORT veya EPRT ile yeniden kurulan yeni bir bağlantı gerektirir.

code-227 = Pasif moda geçiliyor
    .text = Pasif moda geçiliyor (h1,h2,h3,h4,p1,p2)
    .description = RFC 959, 227 koduna “Pasif moda geçiliyor (h1,h2,h3,h4,p1,p2)” metnini verir. 227 kodunu PASV komutunun yanıtı olarak tanımlar: sunucu veri bağlantısını h1.h2.h3.h4 IPv4 adresinde, p1 çarpı 256 artı p2 bağlantı noktasında bekler. RFC 1123, bu biçimin iyi standartlaştırılmadığını belirtir; bu nedenle istemci parantezlere güvenmek yerine yanıtta sayıların ilk basamağını aramalıdır.
    .seen = 227 yanıtını, pasif modda her aktarımdan ya da listelemeden önce gönderilen PASV komutundan sonra alırsınız. Bu modda veri bağlantısını istemcinin kendisi açar; böylece istemciye gelen bağlantıları engelleyen güvenlik duvarları aşılır.
    .fix = Bir sorun yok: verilen adrese ve bağlantı noktasına bağlanın, ardından aktarım komutunu gönderin. Bu adrese istemciden erişilemiyorsa (sunucu NAT arkasındayken olduğu gibi), bunun yerine EPSV kullanın: EPSV komutunun 229 yanıtı yalnızca bir bağlantı noktası taşır ve kontrol bağlantısının adresini yeniden kullanır.

code-228 = Uzun pasif moda geçiliyor
    .text = Uzun pasif moda geçiliyor (af, hal, h1, h2, h3,..., pal, p1, p2...)
    .description = RFC 1639, 228 koduna “Uzun pasif moda geçiliyor (af, hal, h1, h2, h3,..., pal, p1, p2...)” metnini verir. Deneysel bir RFC olan RFC 1639, 228 kodunu LPSV komutunun yanıtı olarak tanımlar: sunucu, adres ailesini, ana bilgisayar adresinin uzunluğunu ve baytlarını, ardından bağlantı noktasının uzunluğunu ve baytlarını veren uzun bir adreste bekler.
    .seen = 228 yanıtını yalnızca istemciniz LPSV gönderdikten sonra görürsünüz. RFC 2428, RFC 1639 mekanizmasının birden çok ağ protokolünün kullanıldığı yerlerde başarısız olabileceğine dikkat çeker ve IPv6 ile diğer ağ protokolleri üzerinde pasif mod için EPSV komutunu tanımlar.
    .fix = Bir sorun yok: yanıtta verilen adrese ve bağlantı noktasına bağlanın. IPv6 veya NAT için, RFC 1639 deneysel iken standartlar yolunda olan RFC 2428'deki EPSV komutunu tercih edin.

code-229 = Genişletilmiş pasif moda geçiliyor
    .text = Genişletilmiş pasif moda geçiliyor (|||6446|)
    .description = RFC 2428, örnek olarak 229 koduna “Genişletilmiş pasif moda geçiliyor (|||6446|)” metnini verir. RFC 2428, 229 kodunu EPSV komutunun yanıtı olarak tanımlar: metni, parantez içindeki bağlantı noktasıyla (<d><d><d>port<d>) biçiminde bitmelidir; burada <d>, 2. bölümün EPRT için tanımladığı ayırıcı karakterdir; 33 ile 126 arasındaki herhangi bir yazdırılabilir ASCII karakteri olabilir ve | önerilir. İlk iki alan boş kalır, çünkü veri bağlantısı kontrol bağlantısıyla aynı ağ protokolünü ve adresi kullanır.
    .seen = 229 yanıtını EPSV komutundan sonra alırsınız; RFC 2428, kontrol ve veri bağlantıları aynı iki makine arasında kurulan her aktarım için, IPv4 üzerinde de IPv6 üzerinde de bu komutu zorunlu kılar.
    .fix = Bir sorun yok: kontrol bağlantısının adresinde verilen bağlantı noktasına bağlanın. Sunucunun seçtiği ağ protokolü uygun değilse ABOR, ardından protokol numarasıyla birlikte EPSV gönderin: IPv4 için 1, IPv6 için 2; bunu desteklemeyen bir sunucu 522 ile yanıt verir.

code-230 = Kullanıcı oturum açtı
    .text = Kullanıcı oturum açtı, devam edin
    .description = RFC 959, 230 koduna “Kullanıcı oturum açtı, devam edin” metnini verir. 230 kodunu oturum açmayı tamamlayan yanıt olarak tanımlar: sunucu kullanıcı adını ve gerekiyorsa parolayı ve hesabı kabul etmiştir.
    .seen = 230 yanıtını genellikle PASS komutundan sonra görürsünüz. RFC 959 bu yanıta, parola gerekmediğinde doğrudan USER komutundan sonra, sunucu hesap istediğinde de ACCT komutundan sonra izin verir.
    .fix = Bir sorun yok: kullanıcı oturum açmıştır ve aktarım parametrelerini ayarlayabilir ya da dosya aktarmaya başlayabilir.

code-232 = Güvenlik alışverişiyle yetkilendirildi
    .text = Kullanıcı oturum açtı, güvenlik verisi alışverişiyle yetkilendirildi
    .description = RFC 2228, 232 koduna “Kullanıcı oturum açtı, güvenlik verisi alışverişiyle yetkilendirildi” metnini verir. 232 kodunu USER komutunun bir yanıtı olarak tanımlar: sunucu, parola istemeden, güvenlik alışverişiyle belirlenen kimlik üzerinden kullanıcının oturum açmasına izin verir. Bazı FTP kodu listeleri 232 koduna, hiçbir RFC'nin tanımlamadığı, ilgisiz bir oturum kapatma metni verir.
    .seen = 232 yanıtını, AUTH komutundan ve tamamlanmış bir güvenlik alışverişinden sonra USER komutuna yanıt olarak görürsünüz. TLS kullanıldığında RFC 4217, istemci sertifikası ile kullanıcı adının kullanıcının kimliğini doğrulamaya yettiği durumda 331 yerine 232 gönderen bir sunucu örneği verir.
    .fix = Bir sorun yok: oturum açma tamamlanmıştır ve PASS gerekmez. Sizden parola istenmesini bekliyorduysanız, sunucunun hangi istemci sertifikasını ya da güvenlik kimliğini kabul ettiğini denetleyin.

code-234 = Güvenlik alışverişi tamamlandı
    .text = Güvenlik verisi alışverişi tamamlandı
    .description = RFC 2228, 234 koduna “Güvenlik verisi alışverişi tamamlandı” metnini verir. 234 kodunu, sunucu adı verilen güvenlik mekanizmasını kabul ettiğinde ve istemciden güvenlik verisi gerekmediğinde AUTH komutunun yanıtı olarak tanımlar. RFC 4217 bu kodu, sunucunun yerine getireceği bir AUTH TLS komutunun yanıtı yapar; ardından kontrol bağlantısında TLS el sıkışması başlar.
    .seen = 234 yanıtını, TLS üzerinden FTP'yi destekleyen bir sunucuya AUTH TLS gönderdikten hemen sonra görürsünüz. RFC 4217, TLS hiçbir ADAT alışverişi kullanmadığı için burada 334 yanıtının yanlış olacağını belirtir.
    .fix = Bir sorun yok: istemci TLS el sıkışmasını hemen başlatır. RFC 4217, AUTH komutundan sonra oturum açmayı ve aktarım parametrelerini sıfırlar; bu yüzden el sıkışmasından sonra USER ve PASS, veri bağlantılarını korumak için de PBSZ 0 ve ardından PROT gönderin.

code-235 = ADAT alışverişi tamamlandı
    .description = RFC 2228, 235 kodunu güvenlik verisi alışverişi başarıyla tamamlandığında ADAT komutunun yanıtı olarak tanımlar. Sabit bir metni yoktur: RFC 2228 onu [ADAT=base64data] olarak yazar; köşeli parantezler gönderilmez ve yalnızca sunucunun istemci için base64 güvenlik verisi ekleyebileceğini gösterir.
    .seen = GSSAPI veya Kerberos sürüm 4 gibi bir mekanizmayla, 235 yanıtını AUTH ve ADAT alışverişinin sonunda, çoğu zaman bir ya da daha fazla 335 yanıtından sonra görürsünüz. ADAT kullanmayan TLS ile bu yanıt hiç görülmez.
    .fix = Bir sorun yok: güvenlik alışverişi bitmiştir. Yanıttaki ADAT verisini mekanizmayla işleyin, ardından USER ile, veri aktarımlarını korumak için de PBSZ ve PROT ile devam edin.

code-250 = Dosya işlemi uygun
    .text = İstenen dosya işlemi uygun, tamamlandı
    .description = RFC 959, 250 koduna “İstenen dosya işlemi uygun, tamamlandı” metnini verir. 250 kodunu CWD, DELE, RMD ve RNTO gibi dosya sistemi komutlarının başarı yanıtı olarak ve sunucu veri bağlantısını açık bıraktığında bir aktarımın olası tamamlanma yanıtı olarak tanımlar. RFC 3659 da bu kodu, olguları kontrol bağlantısında çok satırlı bir 250 yanıtıyla gelen MLST için kullanır.
    .seen = 250 yanıtını CWD ile dizin değiştirdikten, DELE ile bir dosyayı sildikten, RMD ile bir dizini kaldırdıktan ya da RNTO ile bir yeniden adlandırmayı bitirdikten sonra görürsünüz. Bir aktarımdan sonra, blok ve sıkıştırılmış modların izin verdiği gibi veri bağlantısı açık kaldığında 226 yanıtının yerini alır.
    .fix = Bir sorun yok: işlem tamamlanmıştır. STOU komutundan sonra benzersiz dosya adını önceki 125 veya 150 yanıtından okuyun: RFC 1123 bu adı, RFC 959'un öngördüğü 250 yanıtından oraya taşımıştır.

code-257 = Yol adı oluşturuldu
    .text = "PATHNAME" oluşturuldu
    .description = RFC 959, 257 koduna “"PATHNAME" oluşturuldu” metnini verir. 257 kodunu MKD ve PWD komutlarının yanıtı olarak, 257 "directory-name" commentary biçiminde tanımlar; adın içindeki her çift tırnak iki kez yazılır. MKD komutundan sonra ad, yeni dizinin mutlak yol adı olmalıdır.
    .seen = 257 yanıtını, geçerli çalışma dizinini bildiren PWD komutundan ve MKD bir dizin oluşturduktan sonra görürsünüz.
    .fix = Bir sorun yok. Açılış çift tırnağı ile ona karşılık gelen kapanış tırnağı arasındaki adı alın, ikilenmiş her tırnağı teke indirin ve dizine daha sonra başvururken bu adı kullanın.
