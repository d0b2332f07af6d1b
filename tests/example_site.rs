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
fn an_offer_names_the_office_it_takes_place_at_in_the_readers_language() {
    // `venue: behoerden/jobcenter` in the German file only; each language shows the
    // Jobcenter's own title in that language, linked to its page in that language.
    let ar = page("ar/ausbildung/bewerbungswerkstatt/index.html");
    assert!(
        ar.contains("<dt>المكان</dt>\n<dd><a href=\"../../behoerden/jobcenter/\">مركز العمل (Jobcenter)</a></dd>"),
        "{ar}"
    );
    let de = page("de/ausbildung/bewerbungswerkstatt/index.html");
    assert!(
        de.contains("<dt>Ort</dt>\n<dd><a href=\"../../behoerden/jobcenter/\">Jobcenter</a></dd>"),
        "{de}"
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

const BASE_URL: &str = "https://integration.example.org/";

/// The output file an absolute URL of the site means, if it is one of the site's.
fn file_of_permalink(url: &str) -> Option<std::path::PathBuf> {
    let path = url.strip_prefix(BASE_URL)?;
    let path = path.split('#').next().unwrap();
    let mut file = built().join(path);
    if path.is_empty() || path.ends_with('/') {
        file = file.join("index.html");
    }
    Some(file)
}

/// Does the HTML file hold an element with this id?
fn has_id(file: &Path, id: &str) -> bool {
    std::fs::read_to_string(file).is_ok_and(|h| h.contains(&format!(" id=\"{id}\"")))
}

#[test]
fn every_internal_link_and_anchor_resolves_to_a_file_of_the_output() {
    let root = built();
    let mut failures = vec![];
    for (path, html) in html_files() {
        let dir = std::path::Path::new(&path).parent().unwrap().to_path_buf();
        for t in tags(&html, "a")
            .into_iter()
            .chain(tags(&html, "link"))
            .chain(tags(&html, "script"))
            .chain(tags(&html, "img"))
        {
            let Some(url) = attr(t, "href").or_else(|| attr(t, "src")) else {
                continue;
            };
            let url = url.replace("&amp;", "&");
            if url.starts_with("mailto:") || url.starts_with("tel:") {
                continue;
            }
            let target = if url.contains("://") {
                // Canonical and hreflang links are the site's own absolute URLs.
                if !url.starts_with(BASE_URL) {
                    continue; // a link to another site: checked below for what it loads
                }
                file_of_permalink(&url).unwrap()
            } else {
                let file_part = url.split('#').next().unwrap();
                let mut target = if let Some(abs) = file_part.strip_prefix('/') {
                    root.join(abs) // the 404 pages link from the base URL's path
                } else if file_part.is_empty() {
                    root.join(&path)
                } else {
                    root.join(&dir).join(file_part)
                };
                if file_part.ends_with('/') {
                    target = target.join("index.html");
                }
                target
            };
            if !target.is_file() {
                failures.push(format!(
                    "{path}: {url} leads to no file ({})",
                    target.display()
                ));
                continue;
            }
            if let Some((_, anchor)) = url.split_once('#') {
                if !has_id(&target, anchor) {
                    failures.push(format!("{path}: {url}: the target has no id `{anchor}`"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_hreflang_alternate_and_sitemap_url_is_a_file_of_the_output() {
    let sitemap = page("sitemap.xml");
    let mut urls: Vec<String> = vec![];
    for piece in sitemap.split("<loc>").skip(1) {
        urls.push(piece.split("</loc>").next().unwrap().to_string());
    }
    for piece in sitemap.split("href=\"").skip(1) {
        urls.push(piece.split('"').next().unwrap().to_string());
    }
    for (_, html) in html_files() {
        for t in tags(&html, "link") {
            if attr(t, "rel") == Some("alternate") || attr(t, "rel") == Some("canonical") {
                urls.push(attr(t, "href").unwrap().to_string());
            }
        }
    }
    assert!(urls.len() > 500, "{} URLs", urls.len());
    for url in urls {
        let file = file_of_permalink(&url.replace("&amp;", "&"))
            .unwrap_or_else(|| panic!("{url} is not under the base URL"));
        assert!(file.is_file(), "{url} leads to no file of the output");
    }
    // Pages shown in a fallback language are not in the sitemap.
    assert!(!sitemap.contains("/de-x-ls/ausbildung/"));
    assert!(sitemap.contains("/de-x-ls/behoerden/jobcenter/"));
}

/// Everything in the output that a browser would load: only the site's own files. Links
/// (`<a href>`) may lead anywhere; canonical and hreflang links name the site's own URLs;
/// JSON-LD is data, not loaded; SVG namespaces are names, not addresses.
#[test]
fn nothing_loads_from_another_origin() {
    let mut files: Vec<(String, String)> = html_files();
    fn walk(base: &Path, dir: &Path, out: &mut Vec<(String, String)>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(base, &p, out);
            } else if p
                .extension()
                .is_some_and(|x| x == "css" || x == "js" || x == "mjs")
            {
                let rel = p.strip_prefix(base).unwrap().to_string_lossy().into_owned();
                out.push((rel, std::fs::read_to_string(&p).unwrap()));
            }
        }
    }
    walk(built(), built(), &mut files);
    let is_remote = |v: &str| v.contains("://") || v.trim_start().starts_with("//");
    for (path, text) in &files {
        if path.ends_with(".css") || path.ends_with(".js") || path.ends_with(".mjs") {
            let mut code = text.clone();
            while let (Some(s), Some(e)) = (code.find("/*"), code.find("*/")) {
                if e < s {
                    break;
                }
                code.replace_range(s..e + 2, "");
            }
            assert!(!code.contains("://"), "{path} refers to another origin");
            assert!(!code.contains("url(//"), "{path} refers to another origin");
            continue;
        }
        let mut rest = text.as_str();
        while let Some(i) = rest.find('<') {
            let end = rest[i..].find('>').map_or(rest.len(), |e| i + e + 1);
            let tag = &rest[i..end];
            rest = &rest[end..];
            let name: String = tag[1..]
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            if name == "script" || name == "style" {
                let close = format!("</{name}>");
                let body_end = rest.find(&close).unwrap_or(rest.len());
                let body = &rest[..body_end];
                let data = attr(tag, "type") == Some("application/ld+json");
                assert!(
                    data || !is_remote(body),
                    "{path}: an inline {name} refers to another origin"
                );
                rest = &rest[body_end..];
            }
            // Every attribute value that is an address.
            let mut attrs = tag;
            while let Some(eq) = attrs.find("=\"") {
                let key_start = attrs[..eq].rfind(' ').map_or(0, |k| k + 1);
                let key = &attrs[key_start..eq];
                let value_end = attrs[eq + 2..]
                    .find('"')
                    .map_or(attrs.len(), |v| eq + 2 + v);
                let value = &attrs[eq + 2..value_end];
                attrs = &attrs[(value_end + 1).min(attrs.len())..];
                if !is_remote(value) {
                    continue;
                }
                // Only attributes that make the browser load something count.
                let loads = [
                    "href",
                    "src",
                    "srcset",
                    "action",
                    "formaction",
                    "data",
                    "poster",
                    "xlink:href",
                    "background",
                ]
                .contains(&key);
                let allowed = !loads
                    || (name == "a" && key == "href")
                    || key == "xmlns"
                    || (name == "link"
                        && key == "href"
                        && value.starts_with(BASE_URL)
                        && matches!(attr(tag, "rel"), Some("canonical" | "alternate")));
                assert!(allowed, "{path}: loads from another origin: {tag}");
            }
        }
    }
}

/// A content page with its stylesheet and scripts is at most 60 KB before images.
#[test]
fn every_page_with_its_css_and_scripts_weighs_at_most_60_kb() {
    let root = built();
    let mut heaviest = (0, String::new());
    for (path, html) in html_files() {
        if path.ends_with("/signs/index.html") {
            // The sign maker is a tool that holds every printable sheet, not a content page.
            continue;
        }
        let dir = Path::new(&path).parent().unwrap().to_path_buf();
        let mut bytes = html.len();
        for t in tags(&html, "link").into_iter().chain(tags(&html, "script")) {
            let url = match (attr(t, "rel"), attr(t, "src")) {
                (Some("stylesheet"), _) => attr(t, "href"),
                (_, Some(src)) => Some(src),
                _ => None,
            };
            if let Some(url) = url {
                let file = match url.strip_prefix('/') {
                    Some(abs) => root.join(abs),
                    None => root.join(&dir).join(url),
                };
                bytes += std::fs::metadata(&file)
                    .unwrap_or_else(|e| panic!("{path}: {url}: {e}"))
                    .len() as usize;
            }
        }
        heaviest = heaviest.max((bytes, path));
    }
    assert!(
        heaviest.0 <= 60 * 1024,
        "{} weighs {} bytes with its CSS and scripts",
        heaviest.1,
        heaviest.0
    );
}

#[test]
fn every_page_links_the_legal_pages_and_a_prefilled_error_report() {
    for (path, html) in html_files() {
        if path == "index.html" {
            continue;
        }
        let lang = path.split('/').next().unwrap();
        // The site's footer (sign sheets have footers of their own).
        let footer = html
            .split("<footer class=\"site-footer\"")
            .nth(1)
            .or_else(|| html.split("<footer").nth(1))
            .expect("a footer");
        for legal in ["impressum/", "datenschutz/", "barrierefreiheit/"] {
            // On the legal page itself, the link leads to `./`.
            let here = path.ends_with(&format!("/{legal}index.html"));
            assert!(
                footer.contains(legal) || (here && footer.contains("href=\"./\"")),
                "{path}: the footer links {legal}"
            );
        }
        if path.ends_with("404.html") {
            continue; // no page to report
        }
        let mailto = tags(footer, "a")
            .into_iter()
            .filter_map(|t| attr(t, "href"))
            .find(|h| h.starts_with("mailto:"))
            .unwrap_or_else(|| panic!("{path}: a report-an-error link"));
        let url = format!("{BASE_URL}{}", path.trim_end_matches("index.html"));
        let encoded: String = url
            .bytes()
            .map(|b| match b {
                b':' => "%3A".to_string(),
                b'/' => "%2F".to_string(),
                b => (b as char).to_string(),
            })
            .collect();
        assert!(
            mailto.contains(&encoded),
            "{path}: the mail names the page: {mailto}"
        );
        assert!(
            mailto.contains(&format!("%3A%20{lang}%0A")),
            "{path}: the mail names the language: {mailto}"
        );
    }
}

#[test]
fn the_accessibility_statement_has_what_the_law_asks_for() {
    let de = page("de/barrierefreiheit/index.html");
    for (what, text) in [
        ("the state of compliance", "teilweise barrierefrei"),
        ("what is not accessible", "Nicht barrierefreie Inhalte"),
        ("a feedback contact", "mailto:barrierefreiheit@example.org"),
        ("the arbitration body", "Schlichtungsstelle"),
        ("when it was made", "erstellt"),
        ("when it was last reviewed", "zuletzt am"),
    ] {
        assert!(de.contains(text), "the statement says {what}");
    }
    // Its core in Leichte Sprache (BITV 2.0 § 4).
    let ls = page("de-x-ls/barrierefreiheit/index.html");
    assert!(ls.contains("<html lang=\"de-x-ls\""));
    assert!(!ls.contains("notice-info") && !ls.contains("noindex"));
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
            let foot = html.split("print-only print-corner").nth(1).unwrap();
            assert!(
                foot.contains("role=\"img\" aria-label=\"QR: https://"),
                "{path}"
            );
        }
    }
}

#[test]
fn closed_on_public_holidays_lists_lower_saxonys_in_the_readers_language() {
    // The build's day is 2026-11-25 (SOURCE_DATE_EPOCH in tests/common): the next twelve
    // months, Christmas 2026 to Reformation Day 2027.
    let de =
        page("de/behoerden/auslaenderbehoerde/index.html").replace(['\u{2068}', '\u{2069}'], "");
    let list = de
        .split("<details class=\"holidays\">")
        .nth(1)
        .and_then(|s| s.split("</details>").next())
        .expect("a holiday list under the hours");
    let shown: Vec<&str> = list
        .split("<time datetime=\"")
        .skip(1)
        .map(|s| &s[..10])
        .collect();
    assert_eq!(shown.first(), Some(&"2026-12-25"));
    assert!(
        list.contains("<time datetime=\"2027-10-31\">31. Oktober 2027</time>: Reformationstag"),
        "{list}"
    );
    assert_eq!(shown.len(), 10, "{list}");
    let ar =
        page("ar/behoerden/auslaenderbehoerde/index.html").replace(['\u{2068}', '\u{2069}'], "");
    assert!(ar.contains("<summary>العطل الرسمية في الأشهر الاثني عشر القادمة</summary>"));
    assert!(
        ar.contains("2027</time>: يوم الإصلاح"),
        "Arabic name of Reformation Day"
    );
    // The JSON-LD says the same days are closed.
    let json = de
        .split("<script type=\"application/ld+json\">")
        .nth(1)
        .and_then(|s| s.split("</script>").next())
        .unwrap();
    let ld: serde_json::Value = serde_json::from_str(json).unwrap();
    let special: Vec<&str> = ld["specialOpeningHoursSpecification"]
        .as_array()
        .expect("closed days in the JSON-LD")
        .iter()
        .map(|s| {
            assert_eq!(s["opens"], "00:00");
            assert_eq!(s["closes"], "00:00");
            assert_eq!(s["validFrom"], s["validThrough"]);
            s["validFrom"].as_str().unwrap()
        })
        .collect();
    assert_eq!(special, shown);
}
