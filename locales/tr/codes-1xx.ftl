## 1yz yanıt kodları: olumlu ön yanıt.

code-110 = Yeniden başlatma işareti
    .text = Yeniden başlatma işareti yanıtı
    .description = RFC 959, 110 koduna “Yeniden başlatma işareti yanıtı” metnini verir. 110 kodunu, bir aktarım sırasında yeniden başlatma işaretini bildiren bir ön yanıt olarak tanımlar; RFC 1123 ise biçimini düzeltir: yanıt tam olarak MARK ssss = rrrr biçiminde olmalıdır. Burada ssss, gönderenin veri akışına yerleştirdiği işaret, rrrr ise alıcının dosya sistemindeki karşılık gelen konumdur.
    .seen = Yeniden başlatma işaretleri yalnızca blok ve sıkıştırılmış modlarda bulunur; bu nedenle varsayılan akış modundaki bir aktarım hiçbir zaman 110 üretmez. Yeniden başlatma işaretleri taşıyan veri alan bir sunucu, veriyi bir işarete kadar her kaydettiğinde kontrol bağlantısı üzerinden 110 gönderir; RFC 959 bu kodu STOR, STOU, RETR ve APPE için listeler ve yanıt, veri akmaya devam ederken gelebilir.
    .fix = Bir sorun yok. Yeniden başlatmayı destekleyen bir istemci her işaret çiftini kaydetmeli ve bir hatadan sonra, sunucunun işaretiyle REST komutunu, hemen ardından da yarıda kalan aktarım komutunu göndermelidir.

code-120 = Hizmet birazdan hazır
    .text = Hizmet nnn dakika içinde hazır
    .description = RFC 959, 120 koduna “Hizmet nnn dakika içinde hazır” metnini verir. 120 kodunu bir ön yanıt olarak tanımlar: sunucu bağlantıyı kabul etmiştir ancak henüz komut alamaz; nnn beklenen gecikmeyi verir. Hizmet hazır olduğunda ardından bir 220 yanıtı gelir.
    .seen = Girdiyi hemen kabul edemeyen bir sunucuya bağlandıktan sonra ilk yanıt olarak gelir. RFC 959 bu yanıta, REIN komutundan sonra, sıfırlamayı onaylayan 220 yanıtından önce de izin verir.
    .fix = Bir sorun yok: bağlantıyı açık tutun ve herhangi bir komut göndermeden önce 220 yanıtını bekleyin. RFC 959'da sunucunun 120 göndermesinin amacı tam da budur: istemci, gecikme sırasında bağlantıyı kesmemesi gerektiğini bilir.

code-125 = Veri bağlantısı zaten açık
    .text = Veri bağlantısı zaten açık; aktarım başlıyor
    .description = RFC 959, 125 koduna “Veri bağlantısı zaten açık; aktarım başlıyor” metnini verir. 125 kodunu, bir veri bağlantısı zaten açıkken bir aktarım komutuna verilen ön yanıt olarak tanımlar; aktarım hemen bu bağlantı üzerinde başlar. STOU için RFC 1123, pppp yazılan dosyanın benzersiz yol adı olmak üzere tam olarak 125 FILE: pppp metnini zorunlu kılar.
    .seen = Bu yanıt, veri bağlantısı zaten kurulmuşken, örneğin blok veya sıkıştırılmış moddaki önceki bir aktarımdan açık kalmışken, STOR, STOU, RETR, LIST, NLST veya APPE komutlarının verisinden önce gelir. Aktarım bittiğinde ikinci bir yanıt, normalde 226 ya da 250 gelir.
    .fix = Bir sorun yok. Başka bir komut göndermeden önce tamamlanma yanıtını bekleyin; STOU komutundan sonra kaydedilen dosyanın adını 125 yanıtının metninden okuyun.

code-150 = Dosya durumu uygun
    .text = Dosya durumu uygun; veri bağlantısı açılmak üzere
    .description = RFC 959, 150 koduna “Dosya durumu uygun; veri bağlantısı açılmak üzere” metnini verir. 150 kodunu bir ön yanıt olarak tanımlar: sunucu aktarım komutunu kabul eder ve veri bağlantısını açmak üzeredir. STOU için RFC 1123, pppp yazılan dosyanın benzersiz yol adı olmak üzere tam olarak 150 FILE: pppp metnini zorunlu kılar.
    .seen = 150 yanıtı, RETR, STOR, STOU, APPE, LIST ve NLST komutlarına verilen olağan ilk yanıttır; RFC 3659 da MLSD ile gönderilen listelemeyi başlatmak için bu kodu kullanır. Aktarım bittiğinde 226 gibi bir tamamlanma yanıtı, veri bağlantısı başarısız olursa 425 ya da 426 gelir. TLS kullanıldığında RFC 4217'ye göre 150 yanıtı yalnızca komutun geçerli PROT düzeyinde kabul edilebilir olduğu anlamına gelir; veri bağlantısındaki TLS anlaşması başarısız olursa ardından yine de 522 gelebilir.
    .fix = Bir sorun yok: önce veriyi, sonra tamamlanma yanıtını bekleyin. Aktarım ardından takılırsa ya da 425 ile biterse veri bağlantısı kurulamamıştır: PASV, EPSV, PORT veya EPRT ile verilen adrese ve bağlantı noktasına istemci ile sunucu arasında erişilebildiğini denetleyin.
