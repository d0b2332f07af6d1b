//! The example site (the repository root) as its readers and editors see it.

mod common;

use std::path::Path;

fn built() -> &'static Path {
    common::built_example()
}

fn page(path: &str) -> String {
    std::fs::read_to_string(built().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn html_files() -> Vec<(String, String)> {
    let mut out = vec![];
    fn walk(base: &Path, dir: &Path, out: &mut Vec<(String, String)>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(base, &p, out);
            } else if p.extension().is_some_and(|x| x == "html") {
                let rel = p
                    .strip_prefix(base)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.push((rel, std::fs::read_to_string(&p).unwrap()));
            }
        }
    }
    walk(built(), built(), &mut out);
    out.sort();
    out
}

fn attr<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let i = tag.find(&key)? + key.len();
    Some(&tag[i..i + tag[i..].find('"')?])
}

/// Every start tag `<NAME ...>` of a page.
fn tags<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name}");
    html.match_indices(&open)
        .filter(|(i, _)| html[i + open.len()..].starts_with([' ', '>']))
        .map(|(i, _)| &html[i..i + html[i..].find('>').unwrap() + 1])
        .collect()
}

#[test]
fn arabic_office_page_is_right_to_left_with_the_german_facts() {
    let ar = page("ar/behoerden/jobcenter/index.html");
    assert!(ar.contains("<html lang=\"ar\" dir=\"rtl\">"));
    let de_source = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/content/behoerden/jobcenter.de.md"
    ))
    .unwrap();
    let phone_line = de_source.lines().find(|l| l.starts_with("phone:")).unwrap();
    let phone = phone_line
        .trim_start_matches("phone:")
        .trim()
        .trim_matches('"');
    assert!(
        ar.contains(phone),
        "the Arabic page shows the German file's phone number {phone}"
    );
    let street = de_source
        .lines()
        .find(|l| l.trim_start().starts_with("street:"))
        .unwrap()
        .split_once(':')
        .unwrap()
        .1
        .trim();
    assert!(ar.contains(street), "and its street {street}");
    assert!(ar.contains("tel:+4942619833100"));
    // The switcher lists every language by its endonym, in its own lang and dir.
    for (tag, name, dir) in [
        ("de", "Deutsch", "ltr"),
        ("fa", "فارسی", "rtl"),
        ("uk", "Українська", "ltr"),
    ] {
        let link = tags(&ar, "a")
            .into_iter()
            .find(|t| attr(t, "hreflang") == Some(tag))
            .unwrap_or_else(|| panic!("switcher link {tag}"));
        assert_eq!(attr(link, "lang"), Some(tag));
        assert_eq!(attr(link, "dir"), Some(dir));
        assert!(ar.contains(&format!(">{name}")), "{name}");
        assert_eq!(
            attr(link, "href"),
            Some(format!("../../../{tag}/behoerden/jobcenter/").as_str())
        );
    }
}

#[test]
fn an_untranslated_page_shows_the_fallback_under_a_notice() {
    let ar = page("ar/ehrenamt/integrationshelfer/index.html");
    assert!(ar.contains("<html lang=\"ar\" dir=\"rtl\">"));
    assert!(ar.contains("<meta name=\"robots\" content=\"noindex\">"));
    assert!(
        !ar.contains("hreflang=\"x-default\""),
        "no alternates on a fallback page"
    );
    assert!(
        ar.contains("<h1 lang=\"de\" dir=\"ltr\">"),
        "the German text sits in a lang=de block"
    );
    assert!(
        ar.contains("هذه الصفحة غير مترجمة"),
        "the notice is in Arabic"
    );
    let sitemap = page("sitemap.xml");
    assert!(!sitemap.contains("/ar/ehrenamt/integrationshelfer/"));
    assert!(sitemap.contains("/de/ehrenamt/integrationshelfer/"));
    // Russian falls back to English first (site.yaml), then German.
    let ru = page("ru/ehrenamt/integrationshelfer/index.html");
    assert!(
        ru.contains("<h1 lang=\"en\" dir=\"ltr\">"),
        "ru falls back to en"
    );
}

#[test]
fn translated_pages_have_alternates_for_real_translations_only() {
    let de = page("de/ehrenamt/integrationshelfer/index.html");
    let alternates: Vec<&str> = tags(&de, "link")
        .into_iter()
        .filter(|t| attr(t, "rel") == Some("alternate"))
        .filter_map(|t| attr(t, "hreflang"))
        .collect();
    assert!(
        alternates.contains(&"x-default")
            && alternates.contains(&"en")
            && alternates.contains(&"fa")
    );
    assert!(
        !alternates.contains(&"ar") && !alternates.contains(&"tr"),
        "{alternates:?}"
    );
}

#[test]
fn heading_ids_come_from_the_german_file() {
    let de = page("de/behoerden/jobcenter/index.html");
    let ar = page("ar/behoerden/jobcenter/index.html");
    assert!(de.contains("id=\"termin\""));
    assert!(
        ar.contains("id=\"termin\""),
        "the anchor #termin works in Arabic too"
    );
}

#[test]
fn links_to_content_files_lead_to_the_readers_language() {
    let ar = page("ar/behoerden/jobcenter/index.html");
    assert!(
        ar.contains("href=\"../agentur-fuer-arbeit/\""),
        "the link in jobcenter.ar.md leads to the Arabic page"
    );
}

#[test]
fn no_bidi_isolation_marks_in_attributes_or_titles() {
    for (path, html) in html_files() {
        let title = html
            .split("<title>")
            .nth(1)
            .and_then(|t| t.split("</title>").next())
            .unwrap_or("");
        assert!(
            !title.contains(['\u{2068}', '\u{2069}']),
            "{path}: <title> has isolation marks"
        );
        let mut rest = html.as_str();
        while let Some(i) = rest.find('<') {
            let end = rest[i..].find('>').map_or(rest.len(), |e| i + e);
            let tag = &rest[i..end];
            assert!(
                !tag.contains(['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}']),
                "{path}: isolation marks in {tag}"
            );
            rest = &rest[end..];
        }
    }
}

#[test]
fn every_internal_link_resolves_and_nothing_loads_from_elsewhere() {
    let root = built();
    for (path, html) in html_files() {
        let dir = std::path::Path::new(&path).parent().unwrap().to_path_buf();
        for t in tags(&html, "a")
            .into_iter()
            .chain(tags(&html, "link"))
            .chain(tags(&html, "script"))
            .chain(tags(&html, "img"))
        {
            let url = attr(t, "href").or_else(|| attr(t, "src"));
            let Some(url) = url else { continue };
            let is_anchor_tag = t.starts_with("<a ");
            if url.contains("://") || url.starts_with("//") {
                let canonical =
                    attr(t, "rel").is_some_and(|r| r == "canonical" || r == "alternate");
                assert!(
                    is_anchor_tag || canonical,
                    "{path}: loads from another origin: {t}"
                );
                continue;
            }
            if url.starts_with("mailto:") || url.starts_with("tel:") || url.starts_with('#') {
                continue;
            }
            if path.ends_with("404.html") {
                continue; // absolute paths from the base URL's path; checked by the browser tests
            }
            let file_part = url.split('#').next().unwrap();
            let mut target = root.join(&dir).join(file_part);
            if file_part.ends_with('/') || file_part.is_empty() {
                target = target.join("index.html");
            }
            assert!(
                target.is_file(),
                "{path}: the link {url} leads to no file ({})",
                target.display()
            );
        }
    }
}

#[test]
fn the_root_is_a_language_chooser_without_javascript() {
    let index = page("index.html");
    assert!(!index.contains("<script"));
    for (tag, name) in [
        ("de", "Deutsch"),
        ("ar", "العربية"),
        ("fa", "فارسی"),
        ("uk", "Українська"),
        ("tr", "Türkçe"),
        ("ru", "Русский"),
        ("en", "English"),
    ] {
        assert!(index.contains(&format!("href=\"{tag}/\"")), "{tag}");
        assert!(index.contains(name), "{name}");
    }
    assert!(built().join("robots.txt").is_file());
    for tag in ["de", "ar", "fa"] {
        assert!(built().join(format!("{tag}/404.html")).is_file());
    }
}

#[test]
fn every_page_says_it_is_example_data() {
    for (path, html) in html_files() {
        if path == "index.html" || path.ends_with("404.html") {
            continue;
        }
        assert!(
            html.contains("notice-example"),
            "{path} lacks the example-data banner"
        );
    }
}

#[test]
fn office_json_ld_parses_and_agrees_with_the_hours_table() {
    let de = page("de/behoerden/jobcenter/index.html");
    let json = de
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .and_then(|s| s.split("</script>").next())
        .expect("JSON-LD");
    let ld: serde_json::Value = serde_json::from_str(json).expect("JSON-LD parses");
    assert_eq!(ld["@type"], "GovernmentOffice");
    assert_eq!(ld["telephone"], "+4942619833100");
    assert_eq!(ld["address"]["streetAddress"], "Goethestraße 20");
    // The first hours table: one row per weekday, Monday first.
    let table = de
        .split("<table class=\"hours-table\">")
        .nth(1)
        .unwrap()
        .split("</table>")
        .next()
        .unwrap();
    let rows: Vec<&str> = table.split("<tr").skip(1).collect();
    assert_eq!(rows.len(), 7);
    let days = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    for (row, day) in rows.iter().zip(days) {
        let shown: Vec<String> = row
            .split("<bdi dir=\"ltr\">")
            .skip(1)
            .map(|t| t.split("</bdi>").next().unwrap().to_string())
            .collect();
        let spec: Vec<String> = ld["openingHoursSpecification"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["dayOfWeek"] == format!("https://schema.org/{day}"))
            .map(|s| {
                format!(
                    "{}–{}",
                    s["opens"].as_str().unwrap(),
                    s["closes"].as_str().unwrap()
                )
            })
            .collect();
        assert_eq!(shown, spec, "{day}");
    }
    assert!(page("ar/behoerden/jobcenter/index.html").contains("\"@type\":\"GovernmentOffice\""));
    assert!(!page("de/kita/bildungssystem/index.html").contains("application/ld+json"));
}

#[test]
fn opening_hours_use_each_languages_day_names() {
    for (lang, monday, closed) in [
        ("de", "Montag", "geschlossen"),
        ("en", "Monday", "Closed"),
        ("ar", "الاثنين", "مغلق"),
        ("uk", "Понеділок", "Зачинено"),
        ("fa", "دوشنبه", "تعطیل"),
    ] {
        let html = page(&format!("{lang}/behoerden/jobcenter/index.html"));
        let table = html
            .split("<table class=\"hours-table\">")
            .nth(1)
            .unwrap()
            .split("</table>")
            .next()
            .unwrap();
        assert!(
            table.contains(&format!("<th scope=\"row\">{monday}</th>")),
            "{lang}: {table}"
        );
        assert!(
            table.to_lowercase().contains(&closed.to_lowercase()),
            "{lang}: closed on Saturday: {table}"
        );
    }
}

#[test]
fn the_sign_maker_is_there_in_every_language_and_pages_stay_light() {
    for lang in ["de", "en", "ar", "uk", "fa", "tr", "ru"] {
        let maker = page(&format!("{lang}/signs/index.html"));
        assert!(
            maker.contains("id=\"p-behoerden--auslaenderbehoerde\""),
            "{lang}"
        );
        assert!(
            maker.contains("id=\"sheet-behoerden--wegweiser-kreishaus\""),
            "{lang}"
        );
        // Without JavaScript: the ticks work by CSS, and the page says how to print.
        assert!(maker.contains("<noscript>"), "{lang}");
        // Every content page links to it.
        let office = page(&format!("{lang}/behoerden/jobcenter/index.html"));
        assert!(office.contains("href=\"../../signs/\""), "{lang}");
    }
    // Every QR code file a sign maker shows is there.
    let ar = page("ar/signs/index.html");
    assert!(ar.contains("src=\"../../signs/qr/behoerden/auslaenderbehoerde/fa.svg\""));
    // A content page with its stylesheet stays within 60 KB; its QR code is print-only.
    let css = std::fs::metadata(built().join("theme/style.css"))
        .unwrap()
        .len();
    for (path, html) in html_files() {
        if path.contains("/signs/") {
            continue;
        }
        assert!(
            html.len() as u64 + css <= 60_000,
            "{path}: {} bytes",
            html.len()
        );
        if html.contains("<svg class=\"qr\"") {
            let foot = html.split("print-only print-foot").nth(1).unwrap();
            assert!(
                foot.contains("role=\"img\" aria-label=\"QR: https://"),
                "{path}"
            );
        }
    }
}
