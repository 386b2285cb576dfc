## Sayfa çerçevesinin başlıkları ve cümleleri. Her cümle tek bir iletidir; değişkenler
## kodları, adları ve sayıları taşır.

## Bölüm başlıkları.

heading-description = Açıklama
heading-seen = Ne zaman görülür
heading-fix = Çözüm
heading-differences = Temel farklar
heading-which = Hangisine nasıl tepki verilir
heading-learn-more = Daha fazla bilgi
heading-meaning = Anlamı
heading-commands = Bu yanıtı döndüren komutlar
heading-sources = RFC bölümleri
heading-related = İlgili kodlar
heading-exchange = Bu yanıta götüren bir alışveriş
heading-instead = Bunun yerine kullanılacak RFC kodları
heading-comparisons = Karşılaştırmalar

## Karşılaştırma sayfaları. $lowCode ve $highCode iki koddur, küçüğü önce.

compare-title = FTP { $lowCode } { $lowName } ve { $highCode } { $highName }: farklar
# $lowText ve $highText: her kodun anlamı, RFC'deki yanıt metni ya da kodun adı.
# $sameAction: iki kod istemciden aynı tepkiyi istiyorsa yes.
compare-lead = { $sameAction ->
    [yes] FTP { $lowCode } kodu “{ $lowText }”, FTP { $highCode } kodu ise “{ $highText }” anlamına gelir: ikisi de istemciden aynı tepkiyi ister, bu yüzden onları ayıran, her birinin neyi bildirdiğidir.
   *[no] FTP { $lowCode } kodu “{ $lowText }”, FTP { $highCode } kodu ise “{ $highText }” anlamına gelir: istemciden farklı tepkiler isterler ve onları asıl ayıran, her birinden sonra ne yapılacağıdır.
}

## Karşılaştırma tablosu: her kod için bir sütun, her özellik için bir satır.

# ftpdocs: same-as-source
compare-column = FTP { $code }
compare-row-text = RFC'deki yanıt metni
compare-row-class = Sınıf
compare-row-sent = Ne zaman gönderilir
compare-row-commands = Komutlar
compare-row-action = Ne yapılmalı
# $text, RFC'nin verdiği yanıt metnidir.
# ftpdocs: same-as-source
compare-cell-text = “{ $text }” (RFC { $rfc })
compare-cell-no-text = Sabit metni yok (RFC { $rfc })
# ftpdocs: same-as-source
compare-cell-class = { $className } ({ $class }yz)
# Sunucunun kodu ne zaman gönderdiği, istemciden istediğine göre ($action).
compare-cell-sent = { $action ->
    [greeting] { $count ->
        [0] Kontrol bağlantısı açıldığında
       *[other] Kontrol bağlantısı açıldığında ve { $commandsOr } komutuna yanıt olarak
    }
    [wait-final] { $onConnect ->
        [yes] Kontrol bağlantısı açılırken ya da { $commandsOr } komutuna yanıt olarak, sunucu henüz hazır değilken
       *[no] Bir komut başlarken, son yanıtından önce
    }
    [success] Başarılı olan bir komuta son yanıt olarak
    [send-next] Bir komut dizisinin ortasında, diziyi tamamlayan komuttan önce
    [retry-later] Şimdilik başarısız olan bir komuta son yanıt olarak
    [reconnect] Hizmet kapanırken: bağlantı açılırken ya da herhangi bir komuta yanıt olarak
    [log-in] Başarısız olan bir oturum açmaya ya da oturum açmadan önce gönderilen bir komuta yanıt olarak
    [send-account] Sunucunun ancak ACCT ile hesap bilgisi verildikten sonra yerine getirdiği bir komuta yanıt olarak
    [change-request] Gönderildiği biçimiyle reddedilen bir komuta son yanıt olarak
    [nothing-helps] Sunucunun yerine getirmediği bir komuta son yanıt olarak
    [session-over] { $count ->
        [0] Oturum sona ererken
       *[other] { $commandsOr } komutuna yanıt olarak, oturum sona ererken
    }
   *[decode] İstemci komutlarını MIC, CONF veya ENC ile korumaya başladıktan sonra, herhangi bir yanıtın yerine
}
# Kod, RFC'lerde kodların yanıt verdiği toplam $total komutun hepsine yanıt veriyorsa
# $commandScope all, yarısından fazlasına yanıt veriyorsa most olur; o zaman hücre komut adları
# yerine sayıları verir.
compare-cell-commands = { $count ->
    [0] Yok: tek bir komuta yanıt vermez
   *[other] { $commandScope ->
        [all] Komutların tümü: RFC'lerdeki { $total } komutun tamamı
        [most] Komutların çoğu: RFC'lerdeki { $total } komutun { $count } tanesi
       *[listed] { $commands }
    }
}
compare-cell-action = { $action ->
    [greeting] Oturum açın: USER komutunu gönderin
    [wait-final] Son yanıtı bekleyin
    [success] Sonraki komuta geçin
    [send-next] Alışverişi tamamlayan komutu gönderin
    [retry-later] Aynı komutu daha sonra yeniden gönderin
    [reconnect] Yeniden bağlanın ve yeniden oturum açın
    [log-in] Oturum açın, ardından komutu yeniden gönderin
    [send-account] Önce ACCT komutunu, ardından komutu yeniden gönderin
    [change-request] İsteği düzeltin, ardından yeniden gönderin
    [nothing-helps] Komuttan vazgeçin: komutu değiştirmek işe yaramaz
    [session-over] Yapılacak bir şey yok: oturum sona erdi
   *[decode] Yanıtın kodunu çözün ve içindeki yanıta göre davranın
}
# Kod başına bir cümle; kodun istemciden istediğine ($action) göre seçilir, yalnızca sınıfına
# göre değil.
compare-which = { $action ->
    [greeting] { $code } ({ $name }) yanıtını sunucunun karşılama yanıtı olarak değerlendirin: sunucu yeni bir kullanıcı için hazırdır ve sonraki adım USER komutuyla oturum açmaktır.
    [wait-final] { $code } ({ $name }) yanıtını bir ilerleme bildirimi olarak değerlendirin: bağlantıyı açık tutun ve başka bir komut göndermeden önce son yanıtı bekleyin.
    [success] { $code } ({ $name }) yanıtını başarı olarak değerlendirin: istek yerine getirilmiştir ve sonraki komutu gönderebilirsiniz.
    [send-next] { $code } ({ $name }) yanıtını bir devam isteği olarak değerlendirin: alışverişi tamamlayan komutu gönderin.
    [retry-later] { $code } ({ $name }) yanıtını geçici bir hata olarak değerlendirin: kontrol bağlantısı açık kalır ve aynı komutu daha sonra yeniden gönderirseniz başarılı olabilir.
    [reconnect] { $code } ({ $name }) yanıtını bağlantının sonu olarak değerlendirin: sunucu bağlantıyı kapatır, bu nedenle başka bir şey göndermeden önce yeniden bağlanın ve yeniden oturum açın.
    [log-in] { $code } ({ $name }) yanıtını oturum açılmadığının bildirimi olarak değerlendirin: komutu yeniden göndermeden önce USER ve PASS komutlarını, sunucu hesap isterse ACCT komutunu da gönderin.
    [send-account] { $code } ({ $name }) yanıtını bir hesap bilgisi isteği olarak değerlendirin: oturumunuz zaten açık olabilir, ancak sunucu bu komut için hesap bilgilerinize ihtiyaç duyar ve komutu atmıştır; bu nedenle önce ACCT komutunu, ardından komutu yeniden gönderin.
    [change-request] { $code } ({ $name }) yanıtını isteğin gönderildiği biçimiyle reddedilmesi olarak değerlendirin: yeniden göndermeden önce bağımsız değişkenlerini, sırasını ya da bağlı olduğu komutu düzeltin.
    [nothing-helps] { $code } ({ $name }) yanıtını komutta yapılacak hiçbir değişikliğin kaldıramayacağı bir ret olarak değerlendirin: neden sunucu tarafındadır, bu yüzden bu komuttan vazgeçin ya da konuyu sunucu yöneticisine iletin.
    [session-over] { $code } ({ $name }) yanıtını, sizin istediğiniz oturum kapanışı olarak değerlendirin: sunucu kontrol bağlantısını kapatır ve ardından başka komut gönderilmez.
   *[decode] { $code } ({ $name }) yanıtını bir zarf olarak değerlendirin: metnin kodunu AUTH sonrasında üzerinde anlaşılan güvenlik mekanizmasıyla çözün, ardından içindeki yanıta göre davranın.
}
# $part, RFC'nin bir eki için appendix olur ($section o zaman II gibi ekin numarasıdır), aksi
# hâlde section.
learn-rfc = { $part ->
    [appendix] RFC { $rfc }, Ek { $section }
   *[section] RFC { $rfc }, bölüm { $section }
}

## Kod sayfaları.

# ftpdocs: same-as-source
code-title = FTP { $code } { $name }
# RFC 2228 bölüm 5.2, korumalı bir yanıtın (6yz) ikinci basamağına grup anlamı vermez.
code-lead = { $ClassDigit ->
    [6] FTP { $code } ({ $name }), RFC 2228'in tanımladığı “{ $ClassName }” sınıfından ({ $ClassDigit }yz) bir yanıttır; bu RFC ikinci basamağa grup anlamı vermez.
   *[other] FTP { $code } ({ $name }), “{ $ClassName }” sınıfından ({ $ClassDigit }yz) ve “{ $GroupName }” grubundan (x{ $GroupDigit }z) bir yanıttır.
}
# Küçük sayılar Türkçe düzyazıda olduğu gibi yazıyla yazılır.
code-several-meanings = { $count ->
    [one] { $code } kodunun tek bir anlamı vardır.
    [2] { $code } kodunun farklı RFC'lerde tanımlanmış iki anlamı vardır; hangisinin geçerli olduğunu, yanıt verdiği komut ve sunucunun diğer yanıtları gösterir.
    [3] { $code } kodunun farklı RFC'lerde tanımlanmış üç anlamı vardır; hangisinin geçerli olduğunu, yanıt verdiği komut ve sunucunun diğer yanıtları gösterir.
   *[other] { $code } kodunun farklı RFC'lerde tanımlanmış { $count } anlamı vardır; hangisinin geçerli olduğunu, yanıt verdiği komut ve sunucunun diğer yanıtları gösterir.
}
code-transcript-intro = Kontrol bağlantısında { $code } koduyla biten bir alışveriş. C ile işaretli satırları istemci, S ile işaretli satırları sunucu gönderir; sunucu kodlarından sonraki metinler, sunucuların gönderdiklerine örnektir.
# Sunucunun bağlantı açılırken gönderebileceği bir kodun ne zaman gönderildiği: kodun istemciden
# istediğine ($action) ve yanıt verdiği komutlara ($count, $commandsOr) göre seçilir.
code-on-connect = { $action ->
    [reconnect] Sunucu bu yanıtı, istemciye hizmet veremiyorsa kontrol bağlantısı açıldığında, hizmetin kapanması gerektiğini biliyorsa da herhangi bir komuta yanıt olarak gönderir.
   *[other] { $count ->
        [0] Sunucu bu yanıtı kontrol bağlantısı açıldığında, herhangi bir komuttan önce gönderir.
       *[other] Sunucu bu yanıtı kontrol bağlantısı açıldığında ve ayrıca { $commandsOr } komutuna yanıt olarak gönderir.
    }
}
# Hiçbir komutu listelenmeyen ve bağlantı sırasında gönderilmeyen bir kod için.
# ftpdocs: allow unused-message
code-any-command = Bu yanıt tek bir komuta bağlı değildir.

## FTP yanıtı olmayan sayılar için sayfalar.

notftp-title = { $kind ->
    [unassigned] FTP { $number } { $title }: hiçbir RFC'nin tanımlamadığı bir sayı
   *[winsock] { $number } hatası ({ $name }): bir FTP yanıtı değildir
}
notftp-lead = { $kind ->
    [unassigned] { $number } sayısını hiçbir RFC tanımlamaz: bazı sunucular bunu “{ $name }” gibi İngilizce bir metinle gönderir; RFC'ler ise bu durumda { $instead } ile yanıt verir.
   *[winsock] FTP sunucuları { $number } sayısını asla göndermez: her FTP yanıtı üç basamaklı bir koddur; { $number } ise istemcinin kendi sisteminin bildirdiği bir Windows Sockets hatasıdır.
}
# Birden çok anlamı olan bir kodun bir anlamının başlığı; $rfc o anlamı tanımlayan RFC'dir.
# ftpdocs: same-as-source
code-meaning-heading = { $title } (RFC { $rfc })
