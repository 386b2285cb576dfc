## FTP yanıtı olmayan sayılar: Windows Sockets hataları.

winsock-10054 = Bağlantı karşı taraf tarafından sıfırlandı
    .description = 10054 bir FTP yanıtı değil, Windows Sockets'in WSAECONNRESET (bağlantı karşı taraf tarafından sıfırlandı) hatasıdır: uzak ana bilgisayar ya da yol üzerindeki bir aygıt TCP bağlantısını aniden sıfırlamıştır. Hatayı istemcinin işletim sistemi bildirir; bir FTP yanıtı üç basamaklı bir sayı olduğundan FTP sunucusu bunu asla göndermez (RFC 959, bölüm 4.2).
    .seen = Windows FTP istemcileri, kontrol ya da veri bağlantısı bir oturumun ortasında koparsa, örneğin sunucu işlemi durduğu, sunucu bağlantıyı aniden kapattığı ya da bir güvenlik duvarı bağlantıyı kestiği için, günlüklerinde 10054 gösterir.
    .fix = Yeniden bağlanın ve hatadan önceki son gerçek FTP yanıtına bakın: 421, sunucunun oturumu bilerek kapattığı anlamına gelir. Sıfırlamalar yinelenirse sunucu günlüğünü ve istemci ile sunucu arasında uzun süren ya da boşta kalan bağlantıları kesebilecek güvenlik duvarı veya NAT aygıtlarını denetleyin.

winsock-10060 = Bağlantı zaman aşımına uğradı
    .description = 10060 bir FTP yanıtı değil, Windows Sockets'in WSAETIMEDOUT (bağlantı zaman aşımına uğradı) hatasıdır: uzak ana bilgisayar bir bağlantı girişimine izin verilen süre içinde yanıt vermemiş ya da kurulu bir bağlantı yanıt vermez olmuştur. Hata, yanıtları üç basamaklı sayılar olan FTP sunucusundan değil, her zaman istemcinin işletim sisteminden gelir (RFC 959, bölüm 4.2).
    .seen = Windows FTP istemcileri, yanlış bir ana bilgisayar adı ya da adresi, kapalı bir sunucu veya paketleri sessizce atan bir güvenlik duvarı yüzünden sunucuya hiç ulaşamadıklarında 10060 bildirir. Oturum açma çalıştığı halde bir listeleme ya da aktarım için veri bağlantısı açılamadığında da görülür.
    .fix = Ana bilgisayar adını ve bağlantı noktasını denetleyin, sunucunun çalıştığından ve ağınızdan erişilebildiğinden emin olun. Oturum açma çalışıyor ama listelemeler ya da aktarımlar zaman aşımına uğruyorsa veri bağlantısı engelleniyordur: güvenlik duvarlarının, istemcinin PORT veya EPRT ile gönderdiği bağlantı noktasına ya da 227 veya 229 yanıtında bildirilen pasif bağlantı noktalarına izin verdiğini denetleyin.

winsock-10061 = Bağlantı reddedildi
    .description = 10061 bir FTP yanıtı değil, Windows Sockets'in WSAECONNREFUSED (bağlantı reddedildi) hatasıdır: hedef ana bilgisayar bağlantıyı etkin olarak reddetmiştir; bunun nedeni genellikle o bağlantı noktasında bekleyen bir programın olmamasıdır. Hatayı istemcinin işletim sistemi bildirir; FTP yanıtları üç basamaklı sayılar olduğundan FTP sunucusu bunu gönderemez (RFC 959, bölüm 4.2).
    .seen = Windows FTP istemcileri, FTP sunucusu çalışmıyorsa, başka bir bağlantı noktasında bekliyorsa ya da bir güvenlik duvarı bağlantıyı reddediyorsa, bağlanmayı dener denemez 10061 bildirir. Aktarım için verilen bağlantı noktasında hiçbir şey beklemiyorsa bir veri bağlantısında da ortaya çıkabilir.
    .fix = FTP sunucusunun çalıştığını, hangi bağlantı noktasında beklediğini (varsayılan olarak 21) ve istemcinin bu ana bilgisayara ve bağlantı noktasına bağlandığını denetleyin. Yalnızca veri bağlantıları reddediliyorsa PORT, EPRT ya da 227 veya 229 yanıtında alınıp verilen adresleri ve bağlantı noktalarını denetleyin.

winsock-10066 = Dizin boş değil
    .description = 10066 bir FTP yanıtı değil, Windows Sockets'in WSAENOTEMPTY (dizin boş değil) hatasıdır; Winsock'un BSD Unix hata listesinden devraldığı hata adlarından biridir. FTP yanıtları üç basamaklı sayılar olduğundan FTP sunucusu bunu asla göndermez (RFC 959, bölüm 4.2).
    .seen = Bazı Windows istemcileri için yayımlanan FTP hata kodu listelerinde, hâlâ dosya içeren bir dizini silmeyle ilgili bir hata olarak etiketlenmiş biçimde karşınıza çıkar. FTP protokolünün kendisinde, bir dizini kaldırmayı reddeden sunucu RMD komutuna 550 gibi üç basamaklı bir yanıtla karşılık verir.
    .fix = Sunucunun RMD komutuna gerçekte gönderdiği yanıtı istemci günlüğünde arayın. Bir dizini kaldırmak için önce dosyalarını ve alt dizinlerini silin, ardından RMD komutunu yeniden gönderin.

winsock-10068 = Kullanıcı kotası aşıldı
    .description = 10068 bir FTP yanıtı değil, Windows Sockets'in WSAEUSERS (kullanıcı kotası aşıldı) hatasıdır; Winsock'un BSD Unix hata listesinden devraldığı hata adlarından bir başkasıdır. FTP yanıtları üç basamaklı sayılar olduğundan FTP sunucusu bunu asla göndermez (RFC 959, bölüm 4.2).
    .seen = Windows istemcileri için bazı FTP hata kodu listeleri bunu, dolu bir sunucuya çok fazla kullanıcı bağlandığını bildiren bir hata olarak gösterir. Başka bir oturumu kabul edemeyen gerçek bir FTP sunucusu bunu üç basamaklı bir yanıtla söyler: RFC 959, hizmet kullanılamadığında 220 karşılama yanıtının yerine 421 gönderilmesine izin verir.
    .fix = Sunucunun gerçekte gönderdiği yanıtı istemci günlüğünde arayın. Bu, çok fazla kullanıcıdan söz eden bir 421 ise daha sonra yeniden bağlanın ya da yöneticiden bağlantı sınırını yükseltmesini isteyin.

## Hiçbir RFC'nin tanımlamadığı, FTP kodu listelerinde ve bazı sunucularda görülen üç basamaklı sayılar.

unassigned-231 = Kullanıcı oturumu kapattı
    .description = 231 kodunu hiçbir RFC tanımlamaz. Bazı FTP kodu listeleri ona “Kullanıcı oturumu kapattı; hizmet sonlandırıldı” metnini verir, ancak RFC 959'un bir oturumun sonu için tanımladığı yanıt, QUIT komutunun yanıtı olan 221'dir: “Hizmet kontrol bağlantısını kapatıyor” (bölüm 4.1.1). RFC'lere uyan bir istemci 231 kodunu yalnızca ilk basamağından tanır; bu basamak olumlu bir tamamlanma yanıtını gösterir (bölüm 4.2).
    .seen = 231 yanıtını yalnızca yanıtlarını kendine göre numaralandıran bir sunucudan, QUIT komutuna yanıt olarak ya da sunucu oturumu sonlandırdığında görürsünüz; standart sunucular QUIT komutuna 221 ile yanıt verir.
    .fix = Bir sorun yok: 231 yanıtını, 221 yanıtını değerlendireceğiniz gibi oturumun sonu olarak değerlendirin. Sunucuyu siz yazıyorsanız, RFC 959'un 5.4. bölümünde listelendiği gibi QUIT komutuna 221 ile yanıt verin.

unassigned-430 = Geçersiz kullanıcı adı veya parola
    .description = 430 kodunu hiçbir RFC tanımlamaz. Bazı sunucular ve FTP kodu listeleri onu “Geçersiz kullanıcı adı veya parola” metniyle kullanır, ancak RFC 959 başarısız bir oturum açmaya, 5.4. bölümün USER, PASS ve ACCT için listelediği 530 ile yanıt verir: “Oturum açılmadı”. Üstelik ilk basamağı olan 4, hatayı geçici olarak işaretler (bölüm 4.2); oysa yanlış bir parola geçici bir durum değildir.
    .seen = 430 yanıtını, yanıtlarını kendine göre numaralandıran bir sunucuda, kullanıcı adı ya da parola yanlış olduğunda USER veya PASS komutundan sonra görürsünüz.
    .fix = Kullanıcı adını ve parolayı denetleyin, ardından yeniden oturum açın; hata geçici olmadığından aynı kimlik bilgilerini döngü içinde yinelemeyin. Sunucuyu siz yazıyorsanız başarısız bir oturum açmaya 530 ile yanıt verin.

unassigned-434 = İstenen konak kullanılamıyor
    .description = 434 kodunu hiçbir RFC tanımlamaz. Bazı FTP kodu listeleri ona “İstenen konak kullanılamıyor” metnini verir, ancak sanal konaklar için HOST komutunu tanımlayan RFC 7151 mevcut kodlarla yanıt verir: konak normalde kabul edilebilir ama geçici olarak kullanılamıyorsa 421 (ardından sunucu bağlantıyı kapatır), konak bilinmiyorsa ya da sunucu bağlantıyı o konağa yönelik saymayacaksa 504.
    .seen = 434 yanıtını, yanıtlarını kendine göre numaralandıran bir sunucuda, adlandırdığınız sanal konağa hizmet vermediğinde HOST komutundan sonra görürsünüz.
    .fix = HOST ile gönderdiğiniz konak adını denetleyin. Konağın var olması gerekiyorsa daha sonra yeniden bağlanın ya da sunucunun yöneticisine başvurun. Sunucuyu siz yazıyorsanız RFC 7151'in 3. bölümünde açıklandığı gibi 421 veya 504 ile yanıt verin.
