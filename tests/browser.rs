//! The example site in headless Chromium: what a reader's browser computes, and axe-core's
//! WCAG 2.0/2.1 A and AA rules on every page.
//!
//! A small server on 127.0.0.1 serves the built site, axe-core (`tests/browser/node_modules`,
//! pinned in `tests/browser/package.json`) and a check page (`tests/browser/check.js`) that
//! opens each page in a same-origin frame, reports what the browser computed and what axe
//! found, and posts the report back to the server. Chromium is Debian's; nothing is
//! downloaded.

mod common;

use serde_json::Value;
use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

const CHECK_JS: &str = include_str!("browser/check.js");

/// Serves `root`, `/__check.html` and `/__axe.js` on a free loopback port; the body of
/// `POST /__report` goes to the returned channel. The server ends with the test process.
fn serve(root: PathBuf, check_page: String, axe: Vec<u8>) -> (u16, mpsc::Receiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(20_000) {
            let Ok(mut stream) = stream else { continue };
            let mut reader = BufReader::new(&stream);
            let mut line = String::new();
            if reader.read_line(&mut line).is_err() {
                continue;
            }
            let mut length = 0;
            loop {
                let mut header = String::new();
                if reader.read_line(&mut header).is_err() || header.trim().is_empty() {
                    break;
                }
                if let Some((k, v)) = header.split_once(':') {
                    if k.eq_ignore_ascii_case("content-length") {
                        length = v.trim().parse().unwrap_or(0);
                    }
                }
            }
            let mut parts = line.split_whitespace();
            let method = parts.next().unwrap_or("GET").to_string();
            let path = parts
                .next()
                .unwrap_or("/")
                .split(['?', '#'])
                .next()
                .unwrap_or("/")
                .to_string();
            let (status, body, kind) = if method == "POST" && path == "/__report" {
                let mut body = vec![0; length];
                let _ = reader.read_exact(&mut body);
                let _ = tx.send(String::from_utf8_lossy(&body).into_owned());
                ("200 OK", b"ok".to_vec(), "text/plain")
            } else if path == "/__check.html" {
                (
                    "200 OK",
                    check_page.clone().into_bytes(),
                    "text/html; charset=utf-8",
                )
            } else if path == "/__axe.js" {
                ("200 OK", axe.clone(), "text/javascript; charset=utf-8")
            } else {
                let mut file = root.join(path.trim_start_matches('/'));
                if path.ends_with('/') {
                    file = file.join("index.html");
                }
                let kind = match file.extension().and_then(|e| e.to_str()) {
                    Some("css") => "text/css; charset=utf-8",
                    Some("js") => "text/javascript; charset=utf-8",
                    Some("svg") => "image/svg+xml",
                    Some("png") => "image/png",
                    _ => "text/html; charset=utf-8",
                };
                match (path.contains(".."), std::fs::read(&file)) {
                    (false, Ok(b)) => ("200 OK", b, kind),
                    _ => ("404 Not Found", b"not found".to_vec(), "text/plain"),
                }
            };
            let _ = write!(
                stream,
                "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                body.len()
            );
            let _ = stream.write_all(&body);
        }
    });
    (port, rx)
}

/// Runs the check page over `pages` of the site in `root`; one report per page.
fn run_checks(root: &Path, pages: &[String]) -> Option<Vec<Value>> {
    let chromium = common::chromium()?;
    let axe = std::fs::read(common::npm_file("axe-core/axe.min.js")?).unwrap();
    let list = serde_json::to_string(pages).unwrap();
    let page = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>checks</title></head><body><script>{}</script></body></html>",
        CHECK_JS.replace("PAGES", &list)
    );
    let (port, reports) = serve(root.to_path_buf(), page, axe);
    let profile = common::scratch_dir("chromium-profile");
    let mut child = Command::new(&chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--window-size=1400,900",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("http://127.0.0.1:{port}/__check.html"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("Chromium starts");
    let report = reports.recv_timeout(Duration::from_secs(900));
    let _ = child.kill();
    let _ = child.wait();
    let _ = std::fs::remove_dir_all(&profile);
    let report = report.expect("Chromium reported within 15 minutes");
    let report: Value = serde_json::from_str(&report).expect("the report is JSON");
    let report = report.as_array().unwrap().clone();
    if let Some(e) = report.iter().find_map(|r| r.get("error")) {
        panic!("the check page failed: {}", e.as_str().unwrap_or_default());
    }
    assert_eq!(report.len(), pages.len(), "one report per page");
    Some(report)
}

/// Every page of the built site: each content page in each language, the 404 pages, the
/// language chooser.
fn all_pages(root: &Path) -> Vec<String> {
    fn walk(base: &Path, dir: &Path, out: &mut Vec<String>) {
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
                out.push(format!(
                    "/{}",
                    rel.strip_suffix("index.html").unwrap_or(&rel)
                ));
            }
        }
    }
    let mut out = vec![];
    walk(root, root, &mut out);
    out.sort();
    // Filtered listings (`/de/behoerden/filter/municipality/zeven/`) are the section's
    // template with fewer cards: the first of each kind per section and language stands for
    // the rest, which keeps the run at a few minutes.
    let mut seen = BTreeSet::new();
    out.retain(|p| match p.split_once("/filter/") {
        Some((section, rest)) => seen.insert(format!(
            "{section}/{}",
            rest.split('/').next().unwrap_or_default()
        )),
        None => true,
    });
    out
}

/// The example site's report, made once for all tests of this file.
fn example_report() -> Option<&'static [Value]> {
    static REPORT: std::sync::OnceLock<Option<Vec<Value>>> = std::sync::OnceLock::new();
    REPORT
        .get_or_init(|| {
            let site = common::built_example();
            let pages = all_pages(site);
            // Two browsers, one per core: each checks every other page.
            let halves: Vec<Vec<String>> = (0..2)
                .map(|n| pages.iter().skip(n).step_by(2).cloned().collect())
                .collect();
            let reports: Vec<Option<Vec<Value>>> = std::thread::scope(|scope| {
                let runs: Vec<_> = halves
                    .iter()
                    .map(|half| scope.spawn(|| run_checks(site, half)))
                    .collect();
                runs.into_iter()
                    .map(|r| r.join().expect("the browser run finished"))
                    .collect()
            });
            let mut all: Vec<Value> = reports.into_iter().collect::<Option<Vec<_>>>()?.concat();
            all.sort_by(|a, b| a["page"].as_str().cmp(&b["page"].as_str()));
            assert_eq!(all.len(), pages.len(), "every page was checked");
            Some(all)
        })
        .as_deref()
}

fn is_rtl(lang: &str) -> bool {
    ["ar", "fa"].contains(&lang)
}

#[test]
fn axe_finds_no_wcag_a_or_aa_violations_on_any_page_in_any_language() {
    let Some(report) = example_report() else {
        return;
    };
    // Every page kind in at least these languages.
    let kinds = [
        "/LANG/",
        "/LANG/behoerden/",
        "/LANG/kita/bildungssystem/",
        "/LANG/behoerden/jobcenter/",
        "/LANG/kita/kita-regenbogen/",
        "/LANG/ausbildung/berufssprachkurs/",
        "/LANG/behoerden/wegweiser-kreishaus/",
        "/LANG/ehrenamt/integrationshelfer/",
        "/LANG/404.html",
        "/LANG/behoerden/filter/language/ar/",
    ];
    let checked: BTreeSet<&str> = report.iter().filter_map(|r| r["page"].as_str()).collect();
    for lang in ["de", "en", "ar", "fa", "uk", "de-x-ls"] {
        for k in kinds {
            let page = k.replace("LANG", lang);
            assert!(checked.contains(page.as_str()), "{page} was checked");
        }
    }
    assert!(checked.contains("/"), "the chooser was checked");
    let mut failures = vec![];
    for r in report {
        assert!(r["axe_ran"].is_string(), "axe ran on {}", r["page"]);
        for v in r["axe"].as_array().unwrap() {
            failures.push(format!(
                "{}: {} ({}): {}\n    {}",
                r["page"].as_str().unwrap(),
                v["id"].as_str().unwrap(),
                v["impact"].as_str().unwrap_or(""),
                v["help"].as_str().unwrap(),
                v["nodes"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|n| n.as_str().unwrap())
                    .collect::<Vec<_>>()
                    .join("\n    ")
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "axe-core found {} violations:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Checks every page's report and lists all failures at once.
fn check_each(report: &[Value], check: impl Fn(&str, &Value, &mut Vec<String>)) {
    let mut failures = vec![];
    for r in report {
        let page = r["page"].as_str().unwrap();
        let mut found = vec![];
        check(page, r, &mut found);
        failures.extend(found.into_iter().map(|f| format!("{page}: {f}")));
    }
    assert!(
        failures.is_empty(),
        "{} problems:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn expect_empty(r: &Value, key: &str, what: &str, found: &mut Vec<String>) {
    if r[key] != serde_json::json!([]) {
        found.push(format!("{what}: {}", r[key]));
    }
}

#[test]
fn browsers_compute_the_right_language_and_direction_everywhere() {
    let Some(report) = example_report() else {
        return;
    };
    check_each(report, |page, r, found| {
        let lang = r["lang"].as_str().unwrap_or("");
        let want_lang = page
            .split('/')
            .nth(1)
            .filter(|l| !l.is_empty() && !l.ends_with(".html"))
            .unwrap_or("de");
        if lang != want_lang {
            found.push(format!("<html lang=\"{lang}\">, expected {want_lang}"));
        }
        let want = if is_rtl(lang) { "rtl" } else { "ltr" };
        if r["dir"] != want || r["direction"] != want {
            found.push(format!(
                "dir=\"{}\" computed {}, expected {want}",
                r["dir"], r["direction"]
            ));
        }
        expect_empty(
            r,
            "blocks_without_dir",
            "other-language blocks without dir",
            found,
        );
        if r["rtl_blocks_computed_ltr"] != 0 || r["ltr_blocks_computed_rtl"] != 0 {
            found.push("a block computes another direction than its dir".into());
        }
        expect_empty(
            r,
            "phones_not_ltr",
            "phone numbers not left-to-right",
            found,
        );
        // The breadcrumb separator points forward: to the left in right-to-left pages.
        if let Some(sep) = r["crumb_separator"].as_str() {
            let forward = if want == "rtl" { '‹' } else { '›' };
            if !sep.contains(forward) {
                found.push(format!("breadcrumb separator {sep}, expected {forward}"));
            }
        }
        expect_empty(
            r,
            "untagged_foreign_text",
            "Latin-script text of the theme on a right-to-left page without its own lang",
            found,
        );
    });
}

#[test]
fn every_page_has_one_h1_no_skipped_heading_levels_landmarks_and_a_skip_link() {
    let Some(report) = example_report() else {
        return;
    };
    check_each(report, |_, r, found| {
        let levels: Vec<u64> = r["headings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l.as_u64().unwrap())
            .collect();
        if levels.iter().filter(|&&l| l == 1).count() != 1 || levels.first() != Some(&1) {
            found.push(format!("not one h1 first: {levels:?}"));
        }
        if levels.windows(2).any(|w| w[1] > w[0] + 1) {
            found.push(format!("a skipped heading level: {levels:?}"));
        }
        let l = &r["landmarks"];
        if (
            &l["banner"],
            &l["main"],
            &l["contentinfo"],
            &l["nav_unlabelled"],
        ) != (&1.into(), &1.into(), &1.into(), &0.into())
        {
            found.push(format!("landmarks {l}"));
        }
        if r["skip_link"] != true {
            found.push("the first focusable element is not a skip link to main".into());
        }
        expect_empty(r, "no_focus_ring", "no visible focus", found);
    });
}

#[test]
fn every_page_reflows_at_320_px_and_with_wider_text_spacing() {
    let Some(report) = example_report() else {
        return;
    };
    check_each(report, |_, r, found| {
        expect_empty(r, "overflow_320", "sticks out at 320 px", found);
        expect_empty(
            r,
            "overflow_640",
            "sticks out at 640 px (200 % zoom)",
            found,
        );
        expect_empty(
            r,
            "overflow_text_spacing",
            "sticks out at 320 px with WCAG 1.4.12 text spacing",
            found,
        );
    });
}

#[test]
fn leichte_sprache_is_left_aligned_unhyphenated_and_widely_spaced() {
    let Some(report) = example_report() else {
        return;
    };
    let mut seen = 0;
    for r in report {
        let page = r["page"].as_str().unwrap();
        let t = &r["text"];
        if t.is_null() {
            continue;
        }
        let line_height = t["line_height"].as_f64().unwrap();
        if r["lang"] == "de-x-ls" && page.ends_with('/') {
            seen += 1;
            assert!(
                ["start", "left"].contains(&t["text_align"].as_str().unwrap()),
                "{page}: {t}"
            );
            assert_eq!(t["hyphens"], "none", "{page}");
            assert!(line_height >= 1.75, "{page}: line height {line_height}");
        } else if r["lang"] == "de" && page.ends_with('/') {
            assert!(
                line_height < 1.75,
                "{page}: German is set tighter: {line_height}"
            );
        }
    }
    assert!(seen > 20, "Leichte Sprache pages were checked");
}

/// Breaking the theme's contrast or leaving out an `alt` must fail: the checker is proven
/// on a copy of the basic fixture with a grey text colour and an image without alt.
#[test]
fn axe_catches_low_contrast_and_a_missing_alt() {
    let dir = common::scratch_dir("inaccessible");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    common::copy_dir(&repo.join("tests/fixtures/basic/site"), &dir);
    common::copy_dir(&repo.join("themes/default"), &dir.join("themes/default"));
    let css = dir.join("themes/default/static/theme/style.css");
    let text = std::fs::read_to_string(&css).unwrap();
    let mut broken = text.replacen("color: #0b0c0c;", "color: #949494;", 1);
    assert_ne!(text, broken, "the theme's text colour was found");
    // No focus ring, and a box too wide for a phone.
    broken.push_str(
        "\n:focus, :focus-visible { outline: none !important; box-shadow: none !important; }\n.prose { min-inline-size: 500px; }\n",
    );
    std::fs::write(&css, broken).unwrap();
    let site_yaml = dir.join("site.yaml");
    let mut yaml = std::fs::read_to_string(&site_yaml).unwrap();
    yaml.push_str("trusted_html: true\n");
    std::fs::write(&site_yaml, yaml).unwrap();
    std::fs::write(
        dir.join("content/bild.de.md"),
        "---\ntitle: Ein Bild\n---\n\n### Zu tief\n\nHier ist ein Bild:\n\n<img src=\"../../bild.svg\" width=\"20\" height=\"20\">\n",
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("static")).unwrap();
    std::fs::write(
        dir.join("static/bild.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 2 2\"><rect width=\"2\" height=\"2\"/></svg>",
    )
    .unwrap();
    let out = dir.join("public");
    common::build(&dir, &out);
    let Some(report) = run_checks(&out, &["/de/bild/".to_string()]) else {
        return;
    };
    let ids: BTreeSet<&str> = report[0]["axe"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v["id"].as_str())
        .collect();
    assert!(
        ids.contains("color-contrast"),
        "axe reports the grey text: {ids:?}"
    );
    assert!(
        ids.contains("image-alt"),
        "axe reports the image without alt: {ids:?}"
    );
    // The browser's own checks catch the rest.
    let r = &report[0];
    assert_eq!(
        r["headings"],
        serde_json::json!([1, 3]),
        "the skipped level is seen"
    );
    assert_ne!(
        r["no_focus_ring"],
        serde_json::json!([]),
        "the missing focus ring is seen"
    );
    assert_ne!(
        r["overflow_320"],
        serde_json::json!([]),
        "the overflow is seen"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
