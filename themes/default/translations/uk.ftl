# wegweiser default theme — UI strings, українська.
# The site defines site-title and site-publisher in its own translations/uk.ftl.

## Frame

skip-link = Перейти до основного змісту
nav-languages = Мова
switcher-untranslated = ще не перекладено
breadcrumb-label = Ви тут
footer-nav = Правова інформація
report-error = Повідомити про помилку на цій сторінці
footer-publisher = Видавець: { $publisher }
print-url = Ця сторінка в інтернеті:
page-updated = Станом на { $date }
home-sections = Теми
home-pages = Інші сторінки
card-untranslated = Ще не перекладено
chooser-heading = Оберіть мову

## Notices

example-data-label = Демонстраційні дані
example-data-text = Цей сайт — лише приклад. Імена, адреси, номери телефонів і години роботи вигадані.
notice-fallback = Цю сторінку ще не перекладено вашою мовою. Ви читаєте її мовою: { $language }.
notice-outdated = Оригінальний текст змінено { $date }. Цей переклад може бути застарілим.
notice-outdated-undated = Оригінальний текст змінився після того, як було зроблено цей переклад. Переклад може бути застарілим.
notice-outdated-link = Читати оригінальний текст
notice-machine = Цей текст перекладено машинним перекладом, і його ще не перевірено. Він може містити помилки. У разі сумніву чинним є німецький текст.

## Facts

facts-heading = Найважливіше коротко
label-address = Адреса
label-floor = Поверх
label-room = Кабінет
map-link = Карта (OpenStreetMap)
label-bus = Автобус
bus-stop = Зупинка
bus-lines = { $n ->
    [one] Маршрут
   *[other] Маршрути
}
hours-opening = Години роботи
hours-phone = Години телефонного зв’язку
hours-closed = зачинено
hours-appointment-only = лише за попереднім записом
hours-holidays-closed = У святкові дні зачинено.
hours-holidays-list = Святкові дні в найближчі 12 місяців
hours-exception-closed = Зачинено з { $from } по { $to }.
hours-exception-closed-day = { $date } зачинено.
hours-exception-changed = З { $from } по { $to } діють інші години роботи.
hours-exception-changed-day = { $date } діють інші години роботи.
label-appointment = Запис на прийом
appointment-required = Потрібен попередній запис.
appointment-recommended = Радимо записатися заздалегідь.
appointment-none = Можна прийти без запису.
label-phone = Телефон
label-email = Електронна пошта
label-website = Вебсайт
label-bring = Візьміть із собою
label-languages = Мови
label-wheelchair = Доступ для візка
wheelchair-yes = Доступно для людей на кріслі колісному.
wheelchair-limited = Частково доступно для людей на кріслі колісному.
wheelchair-no = Недоступно для людей на кріслі колісному.
wheelchair-unknown = Немає інформації.
label-municipalities = Обслуговує громади
last-verified = Востаннє перевірено { $date }.
label-ages = Вік
ages-range = від { $from } до { $to } { $to ->
    [one] року
   *[other] років
}
label-registration = Реєстрація
label-target-group = Для кого?
label-dates = { $n ->
    [0] Коли?
    [one] Дата
   *[other] Дати
}
offer-ongoing = Постійна пропозиція – приєднатися можна будь-коли.
label-cost = Вартість
label-provider = Організатор
label-venue = Місце проведення

## Signposts

direction-left = Ліворуч
direction-right = Праворуч
direction-ahead = Прямо
direction-up = Нагору
direction-down = Униз

## Office categories

category-immigration = Перебування та імміграція
category-jobs = Робота й професійне навчання
category-employment = Пошук роботи
category-counselling = Консультації
category-citizens = Послуги для громадян
category-health = Здоров’я
category-family = Сім’я
category-school = Школа та освіта
category-help = Допомога та екстрені випадки

## Languages

language-de = німецька
language-en = англійська
language-ar = арабська
language-fa = перська (фарсі)
language-uk = українська
language-tr = турецька
language-ru = російська
language-ku = курдська
language-ps = пушту
language-prs = дарі
language-ti = тигринья
language-fr = французька
language-es = іспанська
language-pl = польська
language-ro = румунська
language-bg = болгарська
language-sq = албанська
language-so = сомалі

## Days and dates

day-mo = Понеділок
day-tu = Вівторок
day-we = Середа
day-th = Четвер
day-fr = П’ятниця
day-sa = Субота
day-su = Неділя
# short forms for a sign short of room
day-short-mo = Пн
day-short-tu = Вт
day-short-we = Ср
day-short-th = Чт
day-short-fr = Пт
day-short-sa = Сб
day-short-su = Нд
# Months in the genitive, as used in a date: "15 жовтня 2026 р."
month-01 = січня
month-02 = лютого
month-03 = березня
month-04 = квітня
month-05 = травня
month-06 = червня
month-07 = липня
month-08 = серпня
month-09 = вересня
month-10 = жовтня
month-11 = листопада
month-12 = грудня
date-long = { $day } { $month } { $year } р.
date-day-month = { $day } { $month }

## Signs and the sign maker

signmaker-link = Друкувати таблички для гуртожитків і входів до установ
signmaker-title = Друкувати таблички
signmaker-intro = Оголошення для гуртожитків і входів до установ: один аркуш на установу, дитсадок або покажчик, до шести мов і QR-код для кожної мови. QR-код відкриває сторінку в інтернеті цією мовою.
signmaker-pages = 1. Виберіть сторінки
# $n: how many languages fit on one sheet
signmaker-languages = 2. Виберіть мови (не більше { $n })
signmaker-paper = 3. Виберіть формат паперу
signmaker-print = Друкувати
signmaker-help = Друкуйте командою друку у браузері (Ctrl+P): книжкова орієнтація, без полів, без колонтитулів. Кожна вибрана сторінка стає одним аркушем.
signmaker-nojs = JavaScript вимкнено. Таблички все одно можна зробити: поставте позначки й друкуйте з браузера. Дата друку залишиться порожньою: напишіть її на аркуші від руки.
signmaker-empty = Виберіть угорі щонайменше одну сторінку й одну мову. Тоді тут з’явиться аркуш.
signmaker-preview = Попередній перегляд аркушів
sign-document-title = Таблички
sign-printed = Надруковано:
sign-content-date = Інформація станом на:
sign-hours-qr = Дивіться QR-код

## Page not found

notfound-title = Сторінку не знайдено
notfound-text = Такої сторінки немає. Можливо, адреса змінилася або в ній є помилка.
notfound-home = На головну сторінку

## Filters of a listing
filter-label = Фільтрувати список
filter-municipality = За громадою
filter-language = За мовою спілкування
filter-all = Усі
filter-showing-municipality = Показано: послуги для { $name }.
filter-showing-language = Показано: послуги мовою { $language }.

## Public holidays (site.yaml `holidays:`; a site names its own as holiday-ID)
holiday-new-year = Новий рік
holiday-epiphany = Богоявлення
holiday-womens-day = Міжнародний жіночий день
holiday-good-friday = Страсна п'ятниця
holiday-easter-sunday = Великдень
holiday-easter-monday = Великодній понеділок
holiday-labour-day = День праці
holiday-ascension = Вознесіння
holiday-whit-sunday = Трійця
holiday-whit-monday = Духів день
holiday-corpus-christi = Свято Тіла і Крові Христових
holiday-assumption = Успіння Богородиці
holiday-childrens-day = Всесвітній день дітей
holiday-unity-day = День єдності Німеччини
holiday-reformation-day = День Реформації
holiday-all-saints = День усіх святих
holiday-repentance-day = День покаяння і молитви
holiday-christmas-day = Різдво
holiday-boxing-day = Другий день Різдва
