# wegweiser default theme — UI strings, Leichte Sprache (easy-to-read German, de-x-ls).
# Only where Leichte Sprache says it differently: every other message comes from de.ftl
# along the fallback chain (de-x-ls → de). Short sentences, one statement each.

## Frame

switcher-untranslated = noch nicht in dieser Sprache
report-error = Hier ist ein Fehler? Schreiben Sie uns.
card-untranslated = Noch nicht in Leichter Sprache

## Notices

example-data-text = Diese Internet·seite ist ein Beispiel. Die Namen und Adressen sind ausgedacht. Die Telefon·nummern und Öffnungs·zeiten sind auch ausgedacht.
# $language is not used: the fallback of Leichte Sprache is always standard German.
notice-fallback = Diese Seite gibt es noch nicht in Leichter Sprache. Hier lesen Sie den Text in schwerer Sprache.
notice-outdated = Der Text in schwerer Sprache ist neu. Er ist vom { $date }. Dieser Text in Leichter Sprache ist vielleicht alt.
notice-outdated-link = Den neuen Text lesen
notice-machine = Ein Computer hat diesen Text geschrieben. Der Text kann Fehler haben.

## Facts

facts-heading = Das Wichtigste
appointment-required = Sie brauchen einen Termin.
appointment-recommended = Machen Sie am besten einen Termin.
wheelchair-limited = Mit dem Rollstuhl kommen Sie nur schwer hin.
label-municipalities = Für diese Orte

## Days: no short forms on signs (Leichte Sprache writes words out)

day-short-mo = Montag
day-short-tu = Dienstag
day-short-we = Mittwoch
day-short-th = Donnerstag
day-short-fr = Freitag
day-short-sa = Samstag
day-short-su = Sonntag

## Signs

sign-hours-qr = Die Öffnungs·zeiten finden Sie mit dem QR-Code.

## Page not found

notfound-text = Diese Seite gibt es nicht. Vielleicht ist die Adresse falsch.
