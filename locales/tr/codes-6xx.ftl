## 6yz yanıt kodları: korumalı yanıtlar.

code-631 = Bütünlük korumalı yanıt
    .description = RFC 2228, 631 kodunu bütünlük korumalı bir yanıt olarak tanımlar. Sabit bir metni yoktur: metin kısmı, güvenlik mekanizmasının bütünlük yordamıyla üretilen ve sunucunun asıl yanıtını taşıyan, base64 ile kodlanmış bir “safe” iletidir. Korumalı bir yanıt ancak bir güvenlik verisi alışverişi başarılı olduktan sonra gönderilebilir.
    .seen = 631 yanıtını, AUTH ve başarılı bir ADAT alışverişinden sonra görürsünüz: bütünlüğü destekleyen bir mekanizmayla RFC 2228, CCC kabul edilene kadar komutların MIC veya ENC ile korunmasını, yanıtların da 631 veya 632 olmasını zorunlu kılar. Bir 631 yanıtı, her biri bir base64 parçası taşıyan birkaç satıra yayılabilir.
    .fix = Bir sorun yok: istemci base64 metnin kodunu çözer, onu güvenlik mekanizmasıyla doğrular ve içindeki yanıtı işler. İstemciniz ham 631 satırını gösteriyorsa korumalı yanıtları çözmüyordur; AUTH ile üzerinde anlaşılan mekanizmayı destekleyen bir istemci kullanın.

code-632 = Gizlilik ve bütünlük korumalı yanıt
    .description = RFC 2228, 632 kodunu gizlilik ve bütünlük korumalı bir yanıt olarak tanımlar. Sabit bir metni yoktur: metin kısmı, güvenlik mekanizmasının gizlilik ve bütünlük yordamıyla üretilen ve sunucunun asıl yanıtını taşıyan, base64 ile kodlanmış bir “private” iletidir. Korumalı bir yanıt ancak bir güvenlik verisi alışverişi başarılı olduktan sonra gönderilebilir.
    .seen = 632 yanıtını, kontrol bağlantısı hem gizlilik hem bütünlük için korunuyorsa AUTH ve başarılı bir ADAT alışverişinden sonra görürsünüz; karşılık gelen komut, bağımsız değişkeni de bir “private” ileti olan ENC komutudur. 631 gibi, bir 632 yanıtı da base64 parçalarından oluşan birkaç satıra yayılabilir.
    .fix = Bir sorun yok: istemci base64 metnin kodunu çözer, güvenlik mekanizmasıyla açar ve içindeki yanıtı işler. İstemciniz ham 632 satırını gösteriyorsa korumalı yanıtları çözmüyordur; AUTH ile üzerinde anlaşılan mekanizmayı destekleyen bir istemci kullanın.

code-633 = Yalnızca gizlilik korumalı yanıt
    .description = RFC 2228, 633 kodunu gizlilik korumalı bir yanıt olarak tanımlar. Sabit bir metni yoktur: metin kısmı, güvenlik mekanizmasının gizlilik yordamıyla üretilen ve sunucunun asıl yanıtını taşıyan, base64 ile kodlanmış bir “confidential” iletidir. Korumalı bir yanıt ancak bir güvenlik verisi alışverişi başarılı olduktan sonra gönderilebilir.
    .seen = 633 yanıtını yalnızca, kontrol bağlantısında bütünlük olmadan gizliliğe izin veren bir mekanizma ve sunucu politikasıyla görürsünüz; karşılık gelen komut, bağımsız değişkeni de bir “confidential” ileti olan CONF komutudur. Bütünlük kullanılabildiği sürece RFC 2228, CCC gelene kadar MIC veya ENC kullanılmasını zorunlu kılar ve sunucu CCC öncesinde alınan bir CONF komutunu 533 ile reddedebilir.
    .fix = Bir sorun yok: istemci base64 metnin kodunu güvenlik mekanizmasıyla çözer ve içindeki yanıtı işler. Bir 633 yanıtının bütünlük koruması olmadığını unutmayın; dolayısıyla yolda değiştirilmediğini hiçbir şey garanti etmez.
