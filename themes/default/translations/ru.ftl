# wegweiser default theme — UI strings, русский.
# The site defines site-title and site-publisher in its own translations/ru.ftl.

## Frame

skip-link = Перейти к основному содержанию
nav-languages = Язык
switcher-untranslated = ещё не переведено
breadcrumb-label = Вы здесь
footer-nav = Правовая информация
report-error = Сообщить об ошибке на этой странице
footer-publisher = Издатель: { $publisher }
print-url = Эта страница в интернете:
page-updated = По состоянию на { $date }
home-sections = Темы
home-pages = Другие страницы
card-untranslated = Ещё не переведено
chooser-heading = Выберите язык

## Notices

example-data-label = Демонстрационные данные
example-data-text = Этот сайт — только пример. Имена, адреса, номера телефонов и часы работы вымышлены.
notice-fallback = Эта страница ещё не переведена на ваш язык. Вы читаете её на языке: { $language }.
notice-outdated = Оригинальный текст был изменён { $date }. Этот перевод может быть устаревшим.
notice-outdated-undated = Оригинальный текст изменился после того, как был сделан этот перевод. Перевод может быть устаревшим.
notice-outdated-link = Читать оригинальный текст
notice-machine = Этот текст переведён машинным переводом и ещё не проверен. Он может содержать ошибки. В случае сомнений действует немецкий текст.

## Facts

facts-heading = Самое важное кратко
label-address = Адрес
label-floor = Этаж
label-room = Кабинет
map-link = Карта (OpenStreetMap)
label-bus = Автобус
bus-stop = Остановка
bus-lines = { $n ->
    [one] Маршрут
   *[other] Маршруты
}
hours-opening = Часы работы
hours-phone = Время для звонков
hours-closed = закрыто
hours-appointment-only = только по предварительной записи
hours-holidays-closed = В праздничные дни закрыто.
hours-holidays-list = Праздничные дни в ближайшие 12 месяцев
hours-exception-closed = Закрыто с { $from } по { $to }.
hours-exception-closed-day = { $date } закрыто.
hours-exception-changed = С { $from } по { $to } действуют другие часы работы.
hours-exception-changed-day = { $date } действуют другие часы работы.
label-appointment = Запись на приём
appointment-required = Нужна предварительная запись.
appointment-recommended = Рекомендуем записаться заранее.
appointment-none = Можно прийти без записи.
label-phone = Телефон
label-email = Электронная почта
label-website = Сайт
label-bring = Возьмите с собой
label-languages = Языки
label-wheelchair = Доступ на коляске
wheelchair-yes = Доступно для инвалидной коляски.
wheelchair-limited = Частично доступно для инвалидной коляски.
wheelchair-no = Недоступно для инвалидной коляски.
wheelchair-unknown = Нет информации.
label-municipalities = Обслуживает общины
last-verified = Последняя проверка: { $date }.
label-ages = Возраст
ages-range = от { $from } до { $to } { $to ->
    [one] года
   *[other] лет
}
label-registration = Запись
label-target-group = Для кого?
label-dates = { $n ->
    [0] Когда?
    [one] Дата
   *[other] Даты
}
offer-ongoing = Постоянное предложение – присоединиться можно в любое время.
label-cost = Стоимость
label-provider = Организатор
label-venue = Место проведения

## Signposts

direction-left = Налево
direction-right = Направо
direction-ahead = Прямо
direction-up = Наверх
direction-down = Вниз

## Office categories

category-immigration = Пребывание и иммиграция
category-jobs = Работа и профобучение
category-employment = Поиск работы
category-counselling = Консультации
category-citizens = Услуги для граждан
category-health = Здоровье
category-family = Семья
category-school = Школа и образование
category-help = Помощь и экстренные случаи

## Languages

language-de = немецкий
language-en = английский
language-ar = арабский
language-fa = персидский (фарси)
language-uk = украинский
language-tr = турецкий
language-ru = русский
language-ku = курдский
language-ps = пушту
language-prs = дари
language-ti = тигринья
language-fr = французский
language-es = испанский
language-pl = польский
language-ro = румынский
language-bg = болгарский
language-sq = албанский
language-so = сомалийский

## Days and dates

day-mo = Понедельник
day-tu = Вторник
day-we = Среда
day-th = Четверг
day-fr = Пятница
day-sa = Суббота
day-su = Воскресенье
# short forms for a sign short of room
day-short-mo = Пн
day-short-tu = Вт
day-short-we = Ср
day-short-th = Чт
day-short-fr = Пт
day-short-sa = Сб
day-short-su = Вс
# Months in the genitive, as used in a date: "15 октября 2026 г."
month-01 = января
month-02 = февраля
month-03 = марта
month-04 = апреля
month-05 = мая
month-06 = июня
month-07 = июля
month-08 = августа
month-09 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
date-long = { $day } { $month } { $year } г.
date-day-month = { $day } { $month }

## Signs and the sign maker

signmaker-link = Печатать таблички для общежитий и входов в учреждения
signmaker-title = Печатать таблички
signmaker-intro = Объявления для общежитий и входов в учреждения: один лист на учреждение, детский сад или указатель, до шести языков и QR-код для каждого языка. QR-код открывает страницу в интернете на этом языке.
signmaker-pages = 1. Выберите страницы
# $n: how many languages fit on one sheet
signmaker-languages = 2. Выберите языки (не более { $n })
signmaker-paper = 3. Выберите формат бумаги
signmaker-print = Печатать
signmaker-help = Печатайте командой печати браузера (Ctrl+P): книжная ориентация, без полей, без колонтитулов. Каждая выбранная страница станет одним листом.
signmaker-nojs = JavaScript выключен. Таблички всё равно можно сделать: поставьте галочки и печатайте из браузера. Дата печати останется пустой: впишите её на листе от руки.
signmaker-empty = Выберите вверху хотя бы одну страницу и один язык. Тогда здесь появится лист.
signmaker-preview = Предварительный просмотр листов
sign-document-title = Таблички
sign-printed = Напечатано:
sign-content-date = Информация по состоянию на:
sign-hours-qr = Смотрите QR-код

## Page not found

notfound-title = Страница не найдена
notfound-text = Такой страницы нет. Возможно, адрес изменился или в нём есть ошибка.
notfound-home = На главную страницу

## Filters of a listing
filter-label = Фильтр списка
filter-municipality = По общине
filter-language = По языку общения
filter-all = Все
filter-showing-municipality = Показаны: услуги для { $name }.
filter-showing-language = Показаны: услуги на языке { $language }.

## Public holidays (site.yaml `holidays:`; a site names its own as holiday-ID)
holiday-new-year = Новый год
holiday-epiphany = Богоявление
holiday-womens-day = Международный женский день
holiday-good-friday = Страстная пятница
holiday-easter-sunday = Пасхальное воскресенье
holiday-easter-monday = Пасхальный понедельник
holiday-labour-day = День труда
holiday-ascension = Вознесение
holiday-whit-sunday = Троица
holiday-whit-monday = Духов день
holiday-corpus-christi = Праздник Тела и Крови Христовых
holiday-assumption = Успение Богородицы
holiday-childrens-day = Всемирный день детей
holiday-unity-day = День единства Германии
holiday-reformation-day = День Реформации
holiday-all-saints = День всех святых
holiday-repentance-day = День покаяния и молитвы
holiday-christmas-day = Рождество
holiday-boxing-day = Второй день Рождества
