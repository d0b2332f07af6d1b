# wegweiser default theme — UI strings, Türkçe.
# The site defines site-title and site-publisher in its own translations/tr.ftl.

## Frame

skip-link = Ana içeriğe geç
nav-languages = Dil
switcher-untranslated = henüz çevrilmedi
breadcrumb-label = Buradasınız
footer-nav = Yasal bilgiler
report-error = Bu sayfadaki bir hatayı bildirin
footer-publisher = Yayımlayan: { $publisher }
print-url = Bu sayfa internette:
page-updated = Son güncelleme: { $date }
home-sections = Konular
home-pages = Diğer sayfalar
card-untranslated = Henüz çevrilmedi
chooser-heading = Dilinizi seçin

## Notices

example-data-label = Örnek veriler
example-data-text = Bu web sitesi yalnızca bir örnektir. İsimler, adresler, telefon numaraları ve çalışma saatleri gerçek değildir.
notice-fallback = Bu sayfa henüz dilinize çevrilmedi. Sayfayı şu dilde okuyorsunuz: { $language }.
notice-outdated = Orijinal metin { $date } tarihinde değiştirildi. Bu çeviri güncel olmayabilir.
notice-outdated-undated = Bu çeviri yapıldıktan sonra orijinal metin değiştirildi. Çeviri güncel olmayabilir.
notice-outdated-link = Orijinal metni okuyun
notice-machine = Bu metin makine çevirisiyle çevrildi ve henüz kontrol edilmedi. Hatalar içerebilir. Şüphe durumunda Almanca metin geçerlidir.

## Facts

facts-heading = Bir bakışta en önemli bilgiler
label-address = Adres
label-floor = Kat
label-room = Oda
map-link = Harita (OpenStreetMap)
label-bus = Otobüs
bus-stop = Durak
bus-lines = { $n ->
    [one] Hat
   *[other] Hatlar
}
hours-opening = Çalışma saatleri
hours-phone = Telefonla ulaşılabilecek saatler
hours-closed = kapalı
hours-appointment-only = yalnızca randevuyla
hours-holidays-closed = Resmî tatillerde kapalıdır.
hours-holidays-list = Önümüzdeki 12 aydaki resmî tatiller
hours-exception-closed = { $from } – { $to } tarihleri arasında kapalıdır.
hours-exception-closed-day = { $date } tarihinde kapalıdır.
hours-exception-changed = { $from } – { $to } tarihleri arasında farklı çalışma saatleri geçerlidir.
hours-exception-changed-day = { $date } tarihinde farklı çalışma saatleri geçerlidir.
label-appointment = Randevu
appointment-required = Randevu almanız gerekir.
appointment-recommended = Randevu almanız önerilir.
appointment-none = Randevusuz gelebilirsiniz.
label-phone = Telefon
label-email = E-posta
label-website = Web sitesi
label-bring = Lütfen yanınızda getirin
label-languages = Diller
label-wheelchair = Tekerlekli sandalye
wheelchair-yes = Tekerlekli sandalyeyle erişilebilir.
wheelchair-limited = Tekerlekli sandalyeyle kısmen erişilebilir.
wheelchair-no = Tekerlekli sandalyeyle erişilemez.
wheelchair-unknown = Bilgi yok.
label-municipalities = Sorumlu olduğu yerler
last-verified = Son kontrol: { $date }.
label-ages = Yaş
# Turkish nouns stay singular after a number.
ages-range = { $from } ile { $to } yaş arası
label-registration = Kayıt
label-target-group = Kimler için?
label-dates = { $n ->
    [0] Ne zaman?
    [one] Tarih
   *[other] Tarihler
}
offer-ongoing = Sürekli bir hizmet – istediğiniz zaman katılabilirsiniz.
label-cost = Ücret
label-provider = Düzenleyen
label-venue = Yer

## Signposts

direction-left = Sola
direction-right = Sağa
direction-ahead = Düz ileri
direction-up = Üst kata
direction-down = Alt kata

## Office categories

category-immigration = Oturum ve göç
category-jobs = İş ve meslek eğitimi
category-employment = İş bulma
category-counselling = Danışmanlık
category-citizens = Vatandaş hizmetleri
category-health = Sağlık
category-family = Aile
category-school = Okul ve eğitim
category-help = Yardım ve acil durumlar

## Languages

language-de = Almanca
language-en = İngilizce
language-ar = Arapça
language-fa = Farsça
language-uk = Ukraynaca
language-tr = Türkçe
language-ru = Rusça
language-ku = Kürtçe
language-ps = Peştuca
language-prs = Darice
language-ti = Tigrinyaca
language-fr = Fransızca
language-es = İspanyolca
language-pl = Lehçe
language-ro = Rumence
language-bg = Bulgarca
language-sq = Arnavutça
language-so = Somalice

## Days and dates

day-mo = Pazartesi
day-tu = Salı
day-we = Çarşamba
day-th = Perşembe
day-fr = Cuma
day-sa = Cumartesi
day-su = Pazar
# short forms for a sign short of room
day-short-mo = Pzt
day-short-tu = Sal
day-short-we = Çar
day-short-th = Per
day-short-fr = Cum
day-short-sa = Cmt
day-short-su = Paz
month-01 = Ocak
month-02 = Şubat
month-03 = Mart
month-04 = Nisan
month-05 = Mayıs
month-06 = Haziran
month-07 = Temmuz
month-08 = Ağustos
month-09 = Eylül
month-10 = Ekim
month-11 = Kasım
month-12 = Aralık
date-long = { $day } { $month } { $year }
date-day-month = { $day } { $month }

## Signs and the sign maker

signmaker-link = Konaklama yerleri ve giriş holleri için tabela yazdır
signmaker-title = Tabela yazdır
signmaker-intro = Konaklama yerleri ve giriş holleri için duyurular: her kurum, kreş veya yönlendirme için bir sayfa, en fazla altı dil ve her dil için bir QR kodu. QR kodu internet sayfasını o dilde açar.
signmaker-pages = 1. Sayfaları seçin
# $n: how many languages fit on one sheet
signmaker-languages = 2. Dilleri seçin (en fazla { $n })
signmaker-paper = 3. Kâğıt boyutunu seçin
signmaker-print = Yazdır
signmaker-help = Tarayıcınızın yazdırma komutuyla yazdırın (Ctrl+P): dikey, kenar boşluğu olmadan, üst ve alt bilgi olmadan. Seçtiğiniz her sayfa bir yaprak olur.
signmaker-nojs = JavaScript kapalı. Yine de tabela yapabilirsiniz: kutuları işaretleyin ve tarayıcıyla yazdırın. Yazdırma tarihi boş kalır: elle yaprağın üzerine yazın.
signmaker-empty = Yukarıda en az bir sayfa ve bir dil seçin. Yaprak burada görünür.
signmaker-preview = Yaprakların önizlemesi
sign-document-title = Tabelalar
sign-printed = Yazdırıldı:
sign-content-date = Bilgilerin tarihi:
sign-hours-qr = QR koduna bakın

## Page not found

notfound-title = Sayfa bulunamadı
notfound-text = Bu sayfa mevcut değil. Adres değişmiş ya da yanlış yazılmış olabilir.
notfound-home = Ana sayfaya git

## Filters of a listing
filter-label = Listeyi filtrele
filter-municipality = Belediyeye göre
filter-language = Konuşulan dile göre
filter-all = Tümü
filter-showing-municipality = Gösterilen: { $name } için hizmetler.
filter-showing-language = Gösterilen: { $language } dilinde hizmetler.

## Public holidays (site.yaml `holidays:`; a site names its own as holiday-ID)
holiday-new-year = Yılbaşı
holiday-epiphany = Epifani
holiday-womens-day = Dünya Kadınlar Günü
holiday-good-friday = Kutsal Cuma
holiday-easter-sunday = Paskalya Pazarı
holiday-easter-monday = Paskalya Pazartesisi
holiday-labour-day = Emek ve Dayanışma Günü
holiday-ascension = İsa'nın Göğe Yükselişi
holiday-whit-sunday = Pentekost Pazarı
holiday-whit-monday = Pentekost Pazartesisi
holiday-corpus-christi = Kutsal Beden Bayramı
holiday-assumption = Meryem'in Göğe Kabulü
holiday-childrens-day = Dünya Çocuklar Günü
holiday-unity-day = Alman Birliği Günü
holiday-reformation-day = Reform Günü
holiday-all-saints = Azizler Günü
holiday-repentance-day = Tövbe ve Dua Günü
holiday-christmas-day = Noel
holiday-boxing-day = Noel'in ikinci günü
