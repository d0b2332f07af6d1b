# wegweiser default theme — UI strings, Deutsch.
# The site defines site-title and site-publisher in its own translations/de.ftl.

## Frame

skip-link = Zum Inhalt springen
nav-languages = Sprache
switcher-untranslated = noch nicht übersetzt
breadcrumb-label = Sie sind hier
footer-nav = Rechtliches
report-error = Einen Fehler auf dieser Seite melden
footer-publisher = Herausgeber: { $publisher }
print-url = Diese Seite im Internet:
page-updated = Stand: { $date }
home-sections = Themen
home-pages = Weitere Seiten
card-untranslated = Noch nicht übersetzt
chooser-heading = Sprache wählen

## Notices

example-data-label = Beispieldaten
example-data-text = Diese Website ist ein Beispiel. Namen, Adressen, Telefonnummern und Öffnungszeiten sind erfunden.
# $language: the language the text is shown in, named in the reader's language
notice-fallback = Diese Seite ist noch nicht in Ihre Sprache übersetzt. Sie lesen sie auf { $language }.
notice-outdated = Der Originaltext wurde am { $date } geändert. Diese Übersetzung ist vielleicht nicht mehr aktuell.
notice-outdated-undated = Der Originaltext wurde geändert, seit diese Übersetzung gemacht wurde. Sie ist vielleicht nicht mehr aktuell.
notice-outdated-link = Originaltext lesen
notice-machine = Dieser Text wurde maschinell übersetzt und noch nicht geprüft. Er kann Fehler enthalten. Im Zweifel gilt der deutsche Text.

## Facts

facts-heading = Das Wichtigste auf einen Blick
label-address = Adresse
label-floor = Etage
label-room = Raum
map-link = Karte (OpenStreetMap)
label-bus = Bus
bus-stop = Haltestelle
bus-lines = { $n ->
    [one] Linie
   *[other] Linien
}
hours-opening = Öffnungszeiten
hours-phone = Telefonisch erreichbar
hours-closed = geschlossen
hours-appointment-only = nur mit Termin
hours-holidays-closed = An Feiertagen geschlossen.
hours-holidays-list = Feiertage in den nächsten 12 Monaten
hours-exception-closed = Vom { $from } bis { $to } geschlossen.
hours-exception-closed-day = Am { $date } geschlossen.
hours-exception-changed = Vom { $from } bis { $to } gelten andere Öffnungszeiten.
hours-exception-changed-day = Am { $date } gelten andere Öffnungszeiten.
label-appointment = Termin
appointment-required = Sie brauchen einen Termin.
appointment-recommended = Ein Termin wird empfohlen.
appointment-none = Sie können ohne Termin kommen.
label-phone = Telefon
label-email = E-Mail
label-website = Internet
label-bring = Bitte mitbringen
label-languages = Sprachen
label-wheelchair = Rollstuhl
wheelchair-yes = Mit dem Rollstuhl erreichbar.
wheelchair-limited = Mit dem Rollstuhl nur eingeschränkt erreichbar.
wheelchair-no = Nicht mit dem Rollstuhl erreichbar.
wheelchair-unknown = Keine Angabe.
label-municipalities = Zuständig für
last-verified = Zuletzt geprüft am { $date }.
label-ages = Alter
ages-range = { $from } bis { $to } { $to ->
    [one] Jahr
   *[other] Jahre
}
label-registration = Anmeldung
label-target-group = Für wen?
label-dates = { $n ->
    [0] Wann?
    [one] Termin
   *[other] Termine
}
offer-ongoing = Laufendes Angebot – Einstieg jederzeit möglich.
label-cost = Kosten
label-provider = Anbieter
label-venue = Ort

## Signposts: the arrow shows the direction, the text says it

direction-left = Links
direction-right = Rechts
direction-ahead = Geradeaus
direction-up = Nach oben
direction-down = Nach unten

## Office categories

category-immigration = Aufenthalt und Einwanderung
category-jobs = Arbeit und Ausbildung
category-employment = Arbeitsvermittlung
category-counselling = Beratung
category-citizens = Bürgerservice
category-health = Gesundheit
category-family = Familie
category-school = Schule und Bildung
category-help = Hilfe und Notfall

## Languages, named in the reader's language

language-de = Deutsch
language-en = Englisch
language-ar = Arabisch
language-fa = Persisch (Farsi)
language-uk = Ukrainisch
language-tr = Türkisch
language-ru = Russisch
language-ku = Kurdisch
language-ps = Paschtu
language-prs = Dari
language-ti = Tigrinya
language-fr = Französisch
language-es = Spanisch
language-pl = Polnisch
language-ro = Rumänisch
language-bg = Bulgarisch
language-sq = Albanisch
language-so = Somali

## Days and dates

day-mo = Montag
day-tu = Dienstag
day-we = Mittwoch
day-th = Donnerstag
day-fr = Freitag
day-sa = Samstag
day-su = Sonntag
# short forms for a sign short of room
day-short-mo = Mo
day-short-tu = Di
day-short-we = Mi
day-short-th = Do
day-short-fr = Fr
day-short-sa = Sa
day-short-su = So
month-01 = Januar
month-02 = Februar
month-03 = März
month-04 = April
month-05 = Mai
month-06 = Juni
month-07 = Juli
month-08 = August
month-09 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
# $day: number, $month: month-NN, $year
date-long = { $day }. { $month } { $year }
date-day-month = { $day }. { $month }

## Signs and the sign maker

signmaker-link = Schilder für Unterkünfte und Eingangsbereiche drucken
signmaker-title = Schilder drucken
signmaker-intro = Aushänge für Unterkünfte und Eingangsbereiche: ein Blatt pro Amt, Kita oder Wegweiser, mit bis zu sechs Sprachen und einem QR-Code pro Sprache. Der QR-Code öffnet die Seite im Internet in dieser Sprache.
signmaker-pages = 1. Seiten wählen
# $n: how many languages fit on one sheet
signmaker-languages = 2. Sprachen wählen (höchstens { $n })
signmaker-paper = 3. Papiergröße wählen
signmaker-print = Drucken
signmaker-help = Drucken Sie mit dem Druckbefehl Ihres Browsers (Strg+P): Hochformat, ohne Ränder, ohne Kopf- und Fußzeilen. Jede gewählte Seite wird ein Blatt.
signmaker-nojs = JavaScript ist ausgeschaltet. Das Schildermachen geht trotzdem: Haken setzen und mit dem Browser drucken. Das Druckdatum bleibt dann frei: Schreiben Sie es von Hand auf das Blatt.
signmaker-empty = Wählen Sie oben mindestens eine Seite und eine Sprache. Dann sehen Sie hier das Blatt.
signmaker-preview = Vorschau der Blätter
sign-document-title = Schilder
sign-printed = Gedruckt:
sign-content-date = Stand der Angaben:
sign-hours-qr = Siehe QR-Code

## Page not found

notfound-title = Seite nicht gefunden
notfound-text = Diese Seite gibt es nicht. Vielleicht hat sich die Adresse geändert, oder sie ist falsch geschrieben.
notfound-home = Zur Startseite

## Filters of a listing
filter-label = Liste filtern
filter-municipality = Nach Gemeinde
filter-language = Nach gesprochener Sprache
filter-all = Alle
filter-showing-municipality = Angezeigt: Angebote für { $name }.
filter-showing-language = Angezeigt: Angebote auf { $language }.

## Public holidays (site.yaml `holidays:`; a site names its own as holiday-ID)
holiday-new-year = Neujahr
holiday-epiphany = Heilige Drei Könige
holiday-womens-day = Internationaler Frauentag
holiday-good-friday = Karfreitag
holiday-easter-sunday = Ostersonntag
holiday-easter-monday = Ostermontag
holiday-labour-day = Tag der Arbeit
holiday-ascension = Christi Himmelfahrt
holiday-whit-sunday = Pfingstsonntag
holiday-whit-monday = Pfingstmontag
holiday-corpus-christi = Fronleichnam
holiday-assumption = Mariä Himmelfahrt
holiday-childrens-day = Weltkindertag
holiday-unity-day = Tag der Deutschen Einheit
holiday-reformation-day = Reformationstag
holiday-all-saints = Allerheiligen
holiday-repentance-day = Buß- und Bettag
holiday-christmas-day = 1. Weihnachtstag
holiday-boxing-day = 2. Weihnachtstag
