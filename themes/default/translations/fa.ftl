# wegweiser default theme — UI strings, فارسی.
# The site defines site-title and site-publisher in its own translations/fa.ftl.

## Frame

skip-link = رفتن به محتوای اصلی
nav-languages = زبان
switcher-untranslated = هنوز ترجمه نشده
breadcrumb-label = شما اینجا هستید
footer-nav = اطلاعات حقوقی
report-error = گزارش یک اشتباه در این صفحه
footer-publisher = ناشر: { $publisher }
print-url = این صفحه در اینترنت:
page-updated = آخرین به‌روزرسانی: { $date }
home-sections = موضوع‌ها
home-pages = صفحه‌های دیگر
card-untranslated = هنوز ترجمه نشده
chooser-heading = زبان خود را انتخاب کنید

## Notices

example-data-label = داده‌های نمونه
example-data-text = این وب‌سایت فقط یک نمونه است. نام‌ها، نشانی‌ها، شماره‌های تلفن و ساعت‌های کاری ساختگی هستند.
notice-fallback = این صفحه هنوز به زبان شما ترجمه نشده است. شما آن را به زبان { $language } می‌خوانید.
notice-outdated = متن اصلی در تاریخ { $date } تغییر کرده است. ممکن است این ترجمه به‌روز نباشد.
notice-outdated-undated = متن اصلی پس از تهیهٔ این ترجمه تغییر کرده است. ممکن است این ترجمه به‌روز نباشد.
notice-outdated-link = خواندن متن اصلی
notice-machine = این متن با ترجمهٔ ماشینی ترجمه شده و هنوز بررسی نشده است. ممکن است اشتباه داشته باشد. در صورت تردید، متن آلمانی معتبر است.

## Facts

facts-heading = مهم‌ترین اطلاعات در یک نگاه
label-address = نشانی
label-floor = طبقه
label-room = اتاق
map-link = نقشه (OpenStreetMap)
label-bus = اتوبوس
bus-stop = ایستگاه
bus-lines = { $n ->
    [one] خط
   *[other] خط‌ها
}
hours-opening = ساعت‌های کاری
hours-phone = ساعت‌های تماس تلفنی
hours-closed = تعطیل
hours-appointment-only = فقط با وقت قبلی
hours-holidays-closed = در روزهای تعطیل رسمی بسته است.
hours-holidays-list = تعطیلات رسمی در ۱۲ ماه آینده
hours-exception-closed = از { $from } تا { $to } تعطیل است.
hours-exception-closed-day = در تاریخ { $date } تعطیل است.
hours-exception-changed = از { $from } تا { $to } ساعت‌های کاری متفاوت است.
hours-exception-changed-day = در تاریخ { $date } ساعت‌های کاری متفاوت است.
label-appointment = وقت قبلی
appointment-required = باید از قبل وقت بگیرید.
appointment-recommended = بهتر است از قبل وقت بگیرید.
appointment-none = می‌توانید بدون وقت قبلی مراجعه کنید.
label-phone = تلفن
label-email = ایمیل
label-website = وب‌سایت
label-bring = لطفاً همراه داشته باشید
label-languages = زبان‌ها
label-wheelchair = ویلچر
wheelchair-yes = با ویلچر قابل دسترسی است.
wheelchair-limited = با ویلچر فقط تا حدی قابل دسترسی است.
wheelchair-no = با ویلچر قابل دسترسی نیست.
wheelchair-unknown = اطلاعاتی موجود نیست.
label-municipalities = مناطق تحت پوشش
last-verified = آخرین بررسی: { $date }
label-ages = سن
# Persian nouns stay singular after a number.
ages-range = از { $from } تا { $to } سال
label-registration = ثبت‌نام
label-target-group = برای چه کسانی؟
label-dates = { $n ->
    [0] چه زمانی؟
    [one] تاریخ
   *[other] تاریخ‌ها
}
offer-ongoing = برنامهٔ دائمی – هر زمان می‌توانید شرکت کنید.
label-cost = هزینه
label-provider = برگزارکننده
label-venue = محل برگزاری

## Signposts

direction-left = سمت چپ
direction-right = سمت راست
direction-ahead = مستقیم
direction-up = طبقهٔ بالا
direction-down = طبقهٔ پایین

## Office categories

category-immigration = اقامت و مهاجرت
category-jobs = کار و آموزش حرفه‌ای
category-employment = کاریابی
category-counselling = مشاوره
category-citizens = خدمات شهروندی
category-health = بهداشت و درمان
category-family = خانواده
category-school = مدرسه و آموزش
category-help = کمک و موارد اضطراری

## Languages

language-de = آلمانی
language-en = انگلیسی
language-ar = عربی
language-fa = فارسی
language-uk = اوکراینی
language-tr = ترکی
language-ru = روسی
language-ku = کردی
language-ps = پشتو
language-prs = دری
language-ti = تیگرینیا
language-fr = فرانسوی
language-es = اسپانیایی
language-pl = لهستانی
language-ro = رومانیایی
language-bg = بلغاری
language-sq = آلبانیایی
language-so = سومالیایی

## Days and dates

day-mo = دوشنبه
day-tu = سه‌شنبه
day-we = چهارشنبه
day-th = پنجشنبه
day-fr = جمعه
day-sa = شنبه
day-su = یکشنبه
# short forms for a sign short of room: no customary abbreviation, so the full names
day-short-mo = دوشنبه
day-short-tu = سه‌شنبه
day-short-we = چهارشنبه
day-short-th = پنجشنبه
day-short-fr = جمعه
day-short-sa = شنبه
day-short-su = یکشنبه
month-01 = ژانویه
month-02 = فوریه
month-03 = مارس
month-04 = آوریل
month-05 = مه
month-06 = ژوئن
month-07 = ژوئیه
month-08 = اوت
month-09 = سپتامبر
month-10 = اکتبر
month-11 = نوامبر
month-12 = دسامبر
date-long = { $day } { $month } { $year }
date-day-month = { $day } { $month }

## Signs and the sign maker

signmaker-link = چاپ تابلو برای اقامتگاه‌ها و ورودی ساختمان‌ها
signmaker-title = چاپ تابلو
signmaker-intro = اطلاعیه برای اقامتگاه‌ها و ورودی ساختمان‌ها: یک برگه برای هر اداره، مهدکودک یا راهنما، با حداکثر شش زبان و یک کد QR برای هر زبان. کد QR صفحهٔ اینترنتی را به همان زبان باز می‌کند.
signmaker-pages = ۱. صفحه‌ها را انتخاب کنید
# $n: how many languages fit on one sheet
signmaker-languages = ۲. زبان‌ها را انتخاب کنید (حداکثر { $n })
signmaker-paper = ۳. اندازهٔ کاغذ را انتخاب کنید
signmaker-print = چاپ
signmaker-help = با فرمان چاپ مرورگر چاپ کنید (Ctrl+P): عمودی، بدون حاشیه، بدون سرصفحه و پاصفحه. هر صفحهٔ انتخاب‌شده یک برگه می‌شود.
signmaker-nojs = جاوااسکریپت خاموش است. باز هم می‌توانید تابلو بسازید: گزینه‌ها را علامت بزنید و با مرورگر چاپ کنید. تاریخ چاپ خالی می‌ماند: آن را با دست روی برگه بنویسید.
signmaker-empty = در بالا دست‌کم یک صفحه و یک زبان انتخاب کنید. برگه اینجا نمایش داده می‌شود.
signmaker-preview = پیش‌نمایش برگه‌ها
sign-document-title = تابلوها
sign-printed = تاریخ چاپ:
sign-content-date = اطلاعات به‌روز تا:
sign-hours-qr = کد QR را ببینید

## Page not found

notfound-title = صفحه پیدا نشد
notfound-text = این صفحه وجود ندارد. شاید نشانی تغییر کرده یا اشتباه نوشته شده است.
notfound-home = رفتن به صفحهٔ اصلی

## Filters of a listing
filter-label = فیلتر کردن فهرست
filter-municipality = بر اساس شهرداری
filter-language = بر اساس زبان
filter-all = همه
filter-showing-municipality = نمایش: خدمات برای { $name }.
filter-showing-language = نمایش: خدمات به زبان { $language }.

## Public holidays (site.yaml `holidays:`; a site names its own as holiday-ID)
holiday-new-year = سال نو میلادی
holiday-epiphany = عید ظهور
holiday-womens-day = روز جهانی زن
holiday-good-friday = جمعهٔ نیک
holiday-easter-sunday = یکشنبهٔ عید پاک
holiday-easter-monday = دوشنبهٔ عید پاک
holiday-labour-day = روز کارگر
holiday-ascension = عید صعود مسیح
holiday-whit-sunday = یکشنبهٔ پنطیکاست
holiday-whit-monday = دوشنبهٔ پنطیکاست
holiday-corpus-christi = عید جسد مسیح
holiday-assumption = عید عروج مریم
holiday-childrens-day = روز جهانی کودک
holiday-unity-day = روز وحدت آلمان
holiday-reformation-day = روز اصلاحات دینی
holiday-all-saints = روز همهٔ قدیسان
holiday-repentance-day = روز توبه و دعا
holiday-christmas-day = کریسمس
holiday-boxing-day = روز دوم کریسمس
