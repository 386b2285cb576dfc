## Yanıt sınıfları (ilk basamak) ve grupları (ikinci basamak), RFC 959 bölüm 4.2.1; 6. sınıf
## RFC 2228 bölüm 5.2'dedir.

reply-class-1 = Olumlu ön yanıt
    .summary = İlk basamağın 1 olması, istenen işlemin başlatıldığını gösterir: yeni bir komut göndermeden önce başka bir yanıt bekleyin.
reply-class-2 = Olumlu tamamlanma
    .summary = İlk basamağın 2 olması, istenen işlemin tamamlandığını gösterir: yeni bir komut gönderilebilir.
reply-class-3 = Olumlu ara yanıt
    .summary = İlk basamağın 3 olması, komutun kabul edildiğini ancak sunucu daha fazla bilgi alana kadar işlemin beklemede olduğunu gösterir.
reply-class-4 = Geçici olumsuz tamamlanma
    .summary = İlk basamağın 4 olması, komutun kabul edilmediğini ancak hatanın geçici olduğunu gösterir: istek daha sonra yinelenebilir; sunucu bağlantıyı kapattıysa (421) önce yeniden bağlanılır.
reply-class-5 = Kalıcı olumsuz tamamlanma
    .summary = İlk basamağın 5 olması, komutun kabul edilmediğini ve aynı isteği aynı sırayla yinelemenin işe yaramayacağını gösterir.
reply-class-6 = Korumalı yanıt
    .summary = İlk basamağın 6 olması, korumalı bir yanıtı gösterir: metni, güvenlik mekanizmasıyla kodlanmış başka bir yanıttır (RFC 2228).

reply-group-0 = Sözdizimi
reply-group-1 = Bilgi
reply-group-2 = Bağlantılar
reply-group-3 = Kimlik doğrulama ve hesap
# RFC'lerde ikinci basamağı 4 olan yanıt kodu yoktur; gruplar eksiksiz olsun diye tutulur.
# ftpdocs: allow unused-message
reply-group-4 = Belirtilmemiş
reply-group-5 = Dosya sistemi
