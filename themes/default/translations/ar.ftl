# wegweiser default theme — UI strings, العربية.
# The site defines site-title and site-publisher in its own translations/ar.ftl.

## Frame

skip-link = انتقل إلى المحتوى الرئيسي
nav-languages = اللغة
switcher-untranslated = غير مترجمة بعد
breadcrumb-label = أنت هنا
footer-nav = معلومات قانونية
report-error = الإبلاغ عن خطأ في هذه الصفحة
footer-publisher = الناشر: { $publisher }
print-url = هذه الصفحة على الإنترنت:
page-updated = آخر تحديث: { $date }
home-sections = المواضيع
home-pages = صفحات أخرى
card-untranslated = غير مترجمة بعد
chooser-heading = اختر لغتك

## Notices

example-data-label = بيانات تجريبية
example-data-text = هذا الموقع مجرد مثال. الأسماء والعناوين وأرقام الهواتف ومواعيد الدوام غير حقيقية.
notice-fallback = هذه الصفحة غير مترجمة إلى لغتك بعد. أنت تقرؤها باللغة { $language }.
notice-outdated = تم تعديل النص الأصلي بتاريخ { $date }. قد لا تكون هذه الترجمة محدّثة.
notice-outdated-undated = تم تعديل النص الأصلي بعد إعداد هذه الترجمة. قد لا تكون هذه الترجمة محدّثة.
notice-outdated-link = اقرأ النص الأصلي
notice-machine = تُرجم هذا النص آليًا ولم تتم مراجعته بعد، وقد يحتوي على أخطاء. عند الشك يُعتمد النص الألماني.

## Facts

facts-heading = أهم المعلومات باختصار
label-address = العنوان
label-floor = الطابق
label-room = الغرفة
map-link = الخريطة (OpenStreetMap)
label-bus = الحافلة
bus-stop = المحطة
bus-lines = { $n ->
    [one] الخط
    [two] الخطّان
   *[other] الخطوط
}
hours-opening = مواعيد الدوام
hours-phone = أوقات الاتصال الهاتفي
hours-closed = مغلق
hours-appointment-only = بموعد مسبق فقط
hours-holidays-closed = مغلق في أيام العطل الرسمية.
hours-holidays-list = العطل الرسمية في الأشهر الاثني عشر القادمة
hours-exception-closed = مغلق من { $from } حتى { $to }.
hours-exception-closed-day = مغلق بتاريخ { $date }.
hours-exception-changed = مواعيد دوام مختلفة من { $from } حتى { $to }.
hours-exception-changed-day = مواعيد دوام مختلفة بتاريخ { $date }.
label-appointment = الموعد
appointment-required = تحتاج إلى موعد مسبق.
appointment-recommended = يُنصح بحجز موعد مسبق.
appointment-none = يمكنك الحضور بدون موعد.
label-phone = الهاتف
label-email = البريد الإلكتروني
label-website = الموقع الإلكتروني
label-bring = يرجى إحضار
label-languages = اللغات
label-wheelchair = الكرسي المتحرك
wheelchair-yes = يمكن الوصول بالكرسي المتحرك.
wheelchair-limited = يمكن الوصول بالكرسي المتحرك بشكل محدود.
wheelchair-no = لا يمكن الوصول بالكرسي المتحرك.
wheelchair-unknown = لا تتوفر معلومات.
label-municipalities = البلديات المشمولة
last-verified = آخر تحقق من المعلومات: { $date }.
label-ages = العمر
ages-range = من { $from } إلى { $to } { $to ->
    [few] سنوات
   *[other] سنة
}
label-registration = التسجيل
label-target-group = لمن هذا العرض؟
label-dates = { $n ->
    [0] متى؟
    [one] الموعد
    [two] الموعدان
   *[other] المواعيد
}
offer-ongoing = عرض مستمر – يمكنك الانضمام في أي وقت.
label-cost = التكلفة
label-provider = الجهة المنظِّمة
label-venue = المكان

## Signposts

direction-left = إلى اليسار
direction-right = إلى اليمين
direction-ahead = إلى الأمام مباشرة
direction-up = إلى الطابق الأعلى
direction-down = إلى الطابق الأسفل

## Office categories

category-immigration = الإقامة والهجرة
category-jobs = العمل والتدريب المهني
category-employment = البحث عن عمل
category-counselling = الاستشارات
category-citizens = خدمات المواطنين
category-health = الصحة
category-family = العائلة
category-school = المدرسة والتعليم
category-help = المساعدة والطوارئ

## Languages

language-de = الألمانية
language-en = الإنجليزية
language-ar = العربية
language-fa = الفارسية
language-uk = الأوكرانية
language-tr = التركية
language-ru = الروسية
language-ku = الكردية
language-ps = البشتو
language-prs = الدرية
language-ti = التغرينية
language-fr = الفرنسية
language-es = الإسبانية
language-pl = البولندية
language-ro = الرومانية
language-bg = البلغارية
language-sq = الألبانية
language-so = الصومالية

## Days and dates

day-mo = الاثنين
day-tu = الثلاثاء
day-we = الأربعاء
day-th = الخميس
day-fr = الجمعة
day-sa = السبت
day-su = الأحد
# short forms for a sign short of room: no customary abbreviation, so the full names
day-short-mo = الاثنين
day-short-tu = الثلاثاء
day-short-we = الأربعاء
day-short-th = الخميس
day-short-fr = الجمعة
day-short-sa = السبت
day-short-su = الأحد
month-01 = يناير
month-02 = فبراير
month-03 = مارس
month-04 = أبريل
month-05 = مايو
month-06 = يونيو
month-07 = يوليو
month-08 = أغسطس
month-09 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
date-long = { $day } { $month } { $year }
date-day-month = { $day } { $month }

## Signs and the sign maker

signmaker-link = طباعة لافتات لمراكز الإيواء ومداخل المباني
signmaker-title = طباعة اللافتات
signmaker-intro = لافتات لمراكز الإيواء ومداخل المباني: ورقة واحدة لكل دائرة أو روضة أو لوحة إرشادية، بست لغات كحد أقصى ورمز QR لكل لغة. يفتح رمز QR الصفحة على الإنترنت بتلك اللغة.
signmaker-pages = ١. اختر الصفحات
# $n: how many languages fit on one sheet
signmaker-languages = ٢. اختر اللغات (بحد أقصى { $n })
signmaker-paper = ٣. اختر حجم الورق
signmaker-print = طباعة
signmaker-help = اطبع باستخدام أمر الطباعة في المتصفح (Ctrl+P): اتجاه عمودي، بلا هوامش، بلا رأس وتذييل. كل صفحة تختارها تصبح ورقة واحدة.
signmaker-nojs = جافاسكريبت معطّل. يمكنك مع ذلك صنع اللافتات: ضع العلامات واطبع من المتصفح. يبقى تاريخ الطباعة فارغًا: اكتبه بخط اليد على الورقة.
signmaker-empty = اختر في الأعلى صفحة واحدة ولغة واحدة على الأقل. ستظهر الورقة هنا.
signmaker-preview = معاينة الأوراق
sign-document-title = لافتات
sign-printed = تاريخ الطباعة:
sign-content-date = المعلومات محدّثة حتى:
sign-hours-qr = انظر رمز QR

## Page not found

notfound-title = الصفحة غير موجودة
notfound-text = هذه الصفحة غير موجودة. ربما تغيّر العنوان أو كُتب بشكل خاطئ.
notfound-home = الذهاب إلى الصفحة الرئيسية

## Filters of a listing
filter-label = تصفية القائمة
filter-municipality = حسب البلدية
filter-language = حسب اللغة المستخدمة
filter-all = الكل
filter-showing-municipality = المعروض: الخدمات في { $name }.
filter-showing-language = المعروض: الخدمات باللغة { $language }.

## Public holidays (site.yaml `holidays:`; a site names its own as holiday-ID)
holiday-new-year = رأس السنة الميلادية
holiday-epiphany = عيد الغطاس
holiday-womens-day = اليوم العالمي للمرأة
holiday-good-friday = الجمعة العظيمة
holiday-easter-sunday = أحد الفصح
holiday-easter-monday = اثنين الفصح
holiday-labour-day = عيد العمال
holiday-ascension = عيد الصعود
holiday-whit-sunday = أحد العنصرة
holiday-whit-monday = اثنين العنصرة
holiday-corpus-christi = عيد القربان
holiday-assumption = عيد انتقال العذراء
holiday-childrens-day = اليوم العالمي للطفل
holiday-unity-day = يوم الوحدة الألمانية
holiday-reformation-day = يوم الإصلاح
holiday-all-saints = عيد جميع القديسين
holiday-repentance-day = يوم التوبة والصلاة
holiday-christmas-day = عيد الميلاد
holiday-boxing-day = اليوم الثاني لعيد الميلاد
