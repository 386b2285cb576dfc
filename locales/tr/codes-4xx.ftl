## 4yz yanıt kodları: geçici olumsuz tamamlanma.

code-421 = Hizmet kullanılamıyor
    .text = Hizmet kullanılamıyor, kontrol bağlantısı kapatılıyor
    .description = RFC 959, 421 koduna “Hizmet kullanılamıyor, kontrol bağlantısı kapatılıyor” metnini verir. RFC 959'a göre sunucu, bir istemciye hizmet veremeyecekse istemci bağlanır bağlanmaz, hizmetin kapanması gerektiğini biliyorsa da herhangi bir komuta yanıt olarak 421 gönderebilir; ardından kontrol bağlantısını kapatır. Her 4yz yanıtı gibi 421 de geçici bir durumu bildirir: istemci daha sonra yeniden bağlanabilir.
    .seen = 421 yanıtını, sunucu oturumu kabul edemiyorsa 220 karşılama yanıtının yerine ya da hizmet kapanırken bir komuta yanıt olarak görürsünüz. RFC 2577, 3 ila 5 hatalı paroladan sonra 421 gönderilip bağlantının kapatılmasını önerir; RFC 7151 bu kodu sanal konağı geçici olarak kullanılamayan bir HOST komutu için, RFC 4217 ise AUTH TLS sonrasında başarısız olan bir TLS anlaşması için kullanır.
    .fix = Bekleyin, ardından yeniden bağlanın; insan kullanıcıya yönelik yanıt metni çoğu zaman nedeni belirtir. Yanıt birkaç başarısız oturum açma denemesinin ardından geldiyse, yeniden denemeden önce kullanıcı adını ve parolayı denetleyin. RFC 1123, istemcilere 421 yanıtını özel olarak yorumlamak yerine kontrol bağlantısının kapanmasını algılamalarını önerir.

code-425 = Veri bağlantısı açılamıyor
    .text = Veri bağlantısı açılamıyor
    .description = RFC 959, 425 koduna “Veri bağlantısı açılamıyor” metnini verir. 425 kodunu geçici bir olumsuz yanıt olarak tanımlar: sunucu, bir aktarım komutunun gerektirdiği veri bağlantısını kuramamıştır; bu yüzden hiçbir dosya ya da listeleme gönderilmemiş veya alınmamıştır. RFC 959, 425 yanıtını STOR, STOU, RETR, LIST, NLST ve APPE komutlarının 125 veya 150 ön yanıtından sonraya yerleştirir.
    .seen = 425 yanıtını bir listeleme, indirme veya karşıya yükleme başlarken görürsünüz. Sık rastlanan bir neden, veri bağlantısını engelleyen bir güvenlik duvarı ya da NAT aygıtıdır: aktif modda (PORT veya EPRT) sunucu, istemcinin bildirdiği adrese ve bağlantı noktasına ulaşamaz; pasif modda (PASV veya EPSV) ise istemcinin, sunucunun bildirdiği bağlantı noktasına yaptığı bağlantı hiç ulaşmaz.
    .fix = İstemcinin hangi modu kullandığını denetleyin ve iki taraftaki güvenlik duvarlarının veri bağlantısına izin verdiğinden emin olun: aktif modda istemcinin PORT veya EPRT ile gönderdiği bağlantı noktasına, pasif modda sunucunun 227 veya 229 yanıtlarında bildirdiği bağlantı noktalarına. İstemci NAT arkasındaysa pasif moda geçmek çoğu zaman sorunu çözer. Bir 4yz yanıtı olan 425, bağlantı sorunu giderildikten sonra aktarımın yeniden denenmesine izin verir.

code-426 = Aktarım iptal edildi
    .text = Bağlantı kapatıldı; aktarım iptal edildi
    .description = RFC 959, 426 koduna “Bağlantı kapatıldı; aktarım iptal edildi” metnini verir. 426 kodunu, veri bağlantısı aktarım tamamlanmadan kapandığında bir aktarım komutunu sonlandıran yanıt olarak tanımlar. RFC 959'un 4.1.3. bölümü bu kodu ABOR için kullanır: bir aktarım sürüyorsa sunucu onu iptal eder, veri bağlantısını kapatır, aktarım komutuna 426 ile, ardından ABOR komutuna 226 ile yanıt verir.
    .seen = 426 yanıtını, istemciniz bir aktarım sırasında ABOR gönderdikten hemen sonra, ardından hemen gelen 226 ile birlikte görürsünüz: bu, iptal edilen bir aktarımın olağan sonudur. Veri bağlantısı bir aktarımın ortasında koparsa, örneğin bir ağ aygıtı bağlantıyı kestiği ya da karşı taraf durduğu için, ABOR olmadan da görülür.
    .fix = Yanıt ABOR komutundan sonra geldiyse bir sorun yok. Aksi durumda aktarımı yeniden deneyin; sunucu destekliyorsa kaldığı yerden sürdürmek için REST kullanın ve hata yinelenirse veri bağlantısının ağ yolunu denetleyin.

code-431 = Güvenlik kaynağı kullanılamıyor
    .text = Güvenliği işlemek için kullanılamayan bir kaynak gerekli
    .description = RFC 2228, 431 koduna “Güvenliği işlemek için kullanılamayan bir kaynak gerekli” metnini verir. 431 kodunu, sunucu istenen güvenlik mekanizmasını ya da koruma düzeyini kabul edebilecek durumda değilse, örneğin ihtiyaç duyduğu bir kaynak kullanılamıyorsa, AUTH veya PROT komutunun yanıtı olarak tanımlar; kabul etmek istemeyen bir sunucu ise bunun yerine 534 ile yanıt verir. RFC 959, 431 kodunu yalnızca Ek II'deki TOPS-20 üzerinde bir CWD örneğinde gösterir; bu, kodun bir tanımı değil, bir örnektir.
    .seen = 431 yanıtını, istenen mekanizmayı ya da koruma düzeyini destekleyen ancak mekanizmanın bağlı olduğu bir şey eksik veya erişilemez olduğu için o anda sağlayamayan bir sunucuda, AUTH veya PROT komutundan sonra görürsünüz.
    .fix = Bir 4yz yanıtı olarak 431 geçici bir durumu anlatır: komutu daha sonra yeniden gönderin. Durum sürerse sunucu yöneticisi, güvenlik mekanizmasının eksik olan kaynağını sunucu günlüğünde aramalıdır.

code-450 = Dosya geçici olarak kullanılamıyor
    .text = İstenen dosya işlemi yapılmadı. Dosya kullanılamıyor (örneğin dosya meşgul)
    .description = RFC 959, 450 koduna “İstenen dosya işlemi yapılmadı. Dosya kullanılamıyor (örneğin dosya meşgul)” metnini verir. RFC 959, 450 kodunu geçici bir olumsuz yanıt olarak tanımlar: dosya işlemi şu anda yapılamamıştır, ancak aynı komut daha sonra başarılı olabilir; bu, eksik bir dosya ya da erişim izninin olmaması gibi kalıcı bir durumu bildiren 550'den farkıdır.
    .seen = 450 yanıtını, dosya veya dizin kullanımdaysa ya da kilitliyse (örneğin aynı dosyaya başka bir aktarım yazıyorsa) RETR, STOR, STOU, APPE, DELE, RNFR, LIST, NLST veya STAT komutuna yanıt olarak görürsünüz.
    .fix = Durumun geçici olması beklendiğinden bekleyin ve komutu yeniden gönderin. Aynı dosya için 450 gelmeye devam ederse, dosyayı neyin meşgul tuttuğunu sunucuda araştırın.

code-451 = Yerel işleme hatası
    .text = İstenen işlem iptal edildi: işlemede yerel hata
    .description = RFC 959, 451 koduna “İstenen işlem iptal edildi: işlemede yerel hata” metnini verir. 451 kodunu geçici bir olumsuz yanıt olarak tanımlar: sunucu tarafındaki bir hata komutu durdurmuştur; komut daha sonra yinelenirse başarılı olabilir. RFC 2389 da sunucudaki geçici bir durum seçeneğin kabul edilmesini engellediğinde 451 kodunu OPTS komutunun yanıtı olarak kullanır.
    .seen = 451 yanıtını, sunucu depolama biriminde bir okuma veya yazma hatası ya da başka bir iç arıza gibi kendine ait bir sorunla karşılaştığında, bir RETR, STOR, STOU, APPE, LIST veya NLST komutu sırasında ya da hemen ardından görürsünüz.
    .fix = Komutu daha sonra yeniden deneyin: hata isteğinizde değil, sunucu tarafındadır. Yinelenirse sunucu yöneticisi, altta yatan hatayı sunucu günlüğünde aramalıdır.

code-452 = Yetersiz depolama alanı
    .text = İstenen işlem yapılmadı. Sistemde yetersiz depolama alanı
    .description = RFC 959, 452 koduna “İstenen işlem yapılmadı. Sistemde yetersiz depolama alanı” metnini verir. RFC 959, 452 kodunu STOR, STOU ve APPE komutlarına verilen geçici bir olumsuz yanıt olarak tanımlar: sunucunun dosyayı şu anda depolamaya yetecek alanı yoktur; bu durum daha sonra ortadan kalkabilir.
    .seen = 452 yanıtını, diski, birimi ya da depolama alanı dolu olan bir sunucuya STOR, STOU veya APPE ile karşıya yükleme yaparken görürsünüz.
    .fix = Sunucuda yer açın ya da yöneticisinden açmasını isteyin, ardından karşıya yüklemeyi yineleyin. Dizininiz veya veri kümeniz için ayrılan depolama alanının aşıldığı anlamına gelen 552'nin aksine, 452 tüm sistemin depolama alanıyla ilgilidir.
