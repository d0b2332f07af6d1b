# wegweiser default theme — UI strings, English.
# The site defines site-title and site-publisher in its own translations/en.ftl.

## Frame

skip-link = Skip to main content
nav-languages = Language
switcher-untranslated = not translated yet
breadcrumb-label = You are here
footer-nav = Legal information
report-error = Report a mistake on this page
footer-publisher = Published by { $publisher }
print-url = This page online:
page-updated = Last updated: { $date }
home-sections = Topics
home-pages = More pages
card-untranslated = Not translated yet
chooser-heading = Choose your language

## Notices

example-data-label = Example data
example-data-text = This website is an example. Names, addresses, phone numbers and opening hours are made up.
notice-fallback = This page has not been translated into your language yet. You are reading it in { $language }.
notice-outdated = The original text was changed on { $date }. This translation may be out of date.
notice-outdated-undated = The original text has changed since this translation was made. It may be out of date.
notice-outdated-link = Read the original text
notice-machine = This text was translated by a machine and has not been checked yet. It may contain mistakes. If in doubt, the German text applies.

## Facts

facts-heading = At a glance
label-address = Address
label-floor = Floor
label-room = Room
map-link = Map (OpenStreetMap)
label-bus = Bus
bus-stop = Stop
bus-lines = { $n ->
    [one] Line
   *[other] Lines
}
hours-opening = Opening hours
hours-phone = Phone hours
hours-closed = closed
hours-appointment-only = by appointment only
hours-holidays-closed = Closed on public holidays.
hours-holidays-list = Public holidays in the next 12 months
hours-exception-closed = Closed from { $from } to { $to }.
hours-exception-closed-day = Closed on { $date }.
hours-exception-changed = Different opening hours from { $from } to { $to }.
hours-exception-changed-day = Different opening hours on { $date }.
label-appointment = Appointment
appointment-required = You need an appointment.
appointment-recommended = An appointment is recommended.
appointment-none = You can come without an appointment.
label-phone = Phone
label-email = Email
label-website = Website
label-bring = Please bring
label-languages = Languages
label-wheelchair = Wheelchair access
wheelchair-yes = Wheelchair accessible.
wheelchair-limited = Partly wheelchair accessible.
wheelchair-no = Not wheelchair accessible.
wheelchair-unknown = No information.
label-municipalities = Responsible for
last-verified = Last checked on { $date }.
label-ages = Ages
ages-range = { $from } to { $to } { $to ->
    [one] year
   *[other] years
}
label-registration = How to register
label-target-group = Who is it for?
label-dates = { $n ->
    [0] When?
    [one] Date
   *[other] Dates
}
offer-ongoing = Ongoing – you can join at any time.
label-cost = Cost
label-provider = Provider
label-venue = Where

## Signposts

direction-left = Left
direction-right = Right
direction-ahead = Straight ahead
direction-up = Upstairs
direction-down = Downstairs

## Office categories

category-immigration = Residence and immigration
category-jobs = Work and training
category-employment = Finding a job
category-counselling = Counselling
category-citizens = Citizens' services
category-health = Health
category-family = Family
category-school = School and education
category-help = Help and emergencies

## Languages

language-de = German
language-en = English
language-ar = Arabic
language-fa = Persian (Farsi)
language-uk = Ukrainian
language-tr = Turkish
language-ru = Russian
language-ku = Kurdish
language-ps = Pashto
language-prs = Dari
language-ti = Tigrinya
language-fr = French
language-es = Spanish
language-pl = Polish
language-ro = Romanian
language-bg = Bulgarian
language-sq = Albanian
language-so = Somali

## Days and dates

day-mo = Monday
day-tu = Tuesday
day-we = Wednesday
day-th = Thursday
day-fr = Friday
day-sa = Saturday
day-su = Sunday
# short forms for a sign short of room
day-short-mo = Mon
day-short-tu = Tue
day-short-we = Wed
day-short-th = Thu
day-short-fr = Fri
day-short-sa = Sat
day-short-su = Sun
month-01 = January
month-02 = February
month-03 = March
month-04 = April
month-05 = May
month-06 = June
month-07 = July
month-08 = August
month-09 = September
month-10 = October
month-11 = November
month-12 = December
date-long = { $day } { $month } { $year }
date-day-month = { $day } { $month }

## Signs and the sign maker

signmaker-link = Print signs for shelters and entrance halls
signmaker-title = Print signs
signmaker-intro = Notices for shelters and entrance halls: one sheet per office, Kita or signpost, with up to six languages and a QR code per language. The QR code opens the web page in that language.
signmaker-pages = 1. Choose pages
# $n: how many languages fit on one sheet
signmaker-languages = 2. Choose languages (at most { $n })
signmaker-paper = 3. Choose the paper size
signmaker-print = Print
signmaker-help = Print with your browser's print command (Ctrl+P): portrait, no margins, no headers and footers. Each chosen page becomes one sheet.
signmaker-nojs = JavaScript is switched off. You can still make signs: tick the boxes and print with your browser. The printed date stays empty: write it on the sheet by hand.
signmaker-empty = Choose at least one page and one language above. The sheet then appears here.
signmaker-preview = Preview of the sheets
sign-document-title = Signs
sign-printed = Printed:
sign-content-date = Information as of:
sign-hours-qr = See the QR code

## Page not found

notfound-title = Page not found
notfound-text = This page does not exist. The address may have changed, or it may be misspelt.
notfound-home = Go to the home page

## Filters of a listing
filter-label = Filter the list
filter-municipality = By municipality
filter-language = By language spoken
filter-all = All
filter-showing-municipality = Showing: services for { $name }.
filter-showing-language = Showing: services in { $language }.

## Public holidays (site.yaml `holidays:`; a site names its own as holiday-ID)
holiday-new-year = New Year's Day
holiday-epiphany = Epiphany
holiday-womens-day = International Women's Day
holiday-good-friday = Good Friday
holiday-easter-sunday = Easter Sunday
holiday-easter-monday = Easter Monday
holiday-labour-day = Labour Day
holiday-ascension = Ascension Day
holiday-whit-sunday = Whit Sunday
holiday-whit-monday = Whit Monday
holiday-corpus-christi = Corpus Christi
holiday-assumption = Assumption Day
holiday-childrens-day = World Children's Day
holiday-unity-day = Day of German Unity
holiday-reformation-day = Reformation Day
holiday-all-saints = All Saints' Day
holiday-repentance-day = Day of Repentance and Prayer
holiday-christmas-day = Christmas Day
holiday-boxing-day = Second day of Christmas
