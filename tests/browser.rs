//! The example site in headless Chromium: what a reader's browser computes.
//!
//! A small server on 127.0.0.1 serves the built site and a check page that opens each page
//! in a same-origin frame and reports what the browser computed (direction of `<html>`,
//! `lang`/`dir` of embedded other-language blocks, direction of phone numbers). Chromium's
//! `--dump-dom` returns the report.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;

const CHECK_PAGE: &str = r#"<!DOCTYPE html><html><body><pre id="report"></pre><script>
const pages = PAGES;
(async () => {
  const out = [];
  for (const p of pages) {
    const f = document.createElement('iframe');
    f.style.width = '1280px'; f.style.height = '800px';
    document.body.appendChild(f);
    await new Promise(r => { f.onload = r; f.src = p; });
    const d = f.contentDocument, w = f.contentWindow;
    const html = d.documentElement;
    const blocks = [...d.querySelectorAll('[lang]')].filter(e => e !== html);
    const phones = [...d.querySelectorAll('a[href^="tel:"]')];
    out.push({
      page: p,
      lang: html.getAttribute('lang'),
      dir: html.getAttribute('dir'),
      direction: w.getComputedStyle(html).direction,
      blocks_without_dir: blocks.filter(e => !e.hasAttribute('dir')).map(e => e.outerHTML.slice(0, 80)),
      rtl_blocks_computed_ltr: blocks.filter(e => e.getAttribute('dir') === 'rtl' && w.getComputedStyle(e).direction !== 'rtl').length,
      phones_not_ltr: phones.filter(a => w.getComputedStyle(a).direction !== 'ltr' && !a.querySelector('[dir=ltr], bdi')).map(a => a.outerHTML),
      scroll_width: d.documentElement.scrollWidth,
    });
    f.remove();
  }
  document.getElementById('report').textContent = JSON.stringify(out);
})();
</script></body></html>"#;

/// Serves `root` on a free loopback port until the process ends.
fn serve(root: PathBuf, check_page: String) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().take(10_000) {
            let Ok(mut stream) = stream else { continue };
            let mut line = String::new();
            if BufReader::new(&stream).read_line(&mut line).is_err() {
                continue;
            }
            let path = line
                .split_whitespace()
                .nth(1)
                .unwrap_or("/")
                .split('?')
                .next()
                .unwrap_or("/")
                .to_string();
            let (status, body, kind) = if path == "/__check.html" {
                (
                    "200 OK",
                    check_page.clone().into_bytes(),
                    "text/html; charset=utf-8",
                )
            } else {
                let mut file = root.join(path.trim_start_matches('/'));
                if path.ends_with('/') {
                    file = file.join("index.html");
                }
                let kind = match file.extension().and_then(|e| e.to_str()) {
                    Some("css") => "text/css",
                    Some("svg") => "image/svg+xml",
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
    port
}

fn dump_dom(chromium: &Path, url: &str) -> String {
    let profile = std::env::temp_dir().join(format!("wegweiser-chromium-{}", std::process::id()));
    let out = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--virtual-time-budget=20000",
            "--window-size=1280,900",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(["--dump-dom", url])
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&profile);
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn browsers_compute_the_right_direction_for_every_language() {
    let Some(chromium) = common::chromium() else {
        return;
    };
    let site = common::built_example();
    let pages = [
        "/de/behoerden/jobcenter/",
        "/ar/behoerden/jobcenter/",
        "/fa/behoerden/auslaenderbehoerde/",
        "/uk/behoerden/jobcenter/",
        "/ar/ehrenamt/integrationshelfer/",
        "/ar/behoerden/",
        "/fa/",
        "/ar/404.html",
        "/",
    ];
    let list = format!(
        "[{}]",
        pages
            .iter()
            .map(|p| format!("\"{p}\""))
            .collect::<Vec<_>>()
            .join(",")
    );
    let port = serve(site.to_path_buf(), CHECK_PAGE.replace("PAGES", &list));
    let dom = dump_dom(&chromium, &format!("http://127.0.0.1:{port}/__check.html"));
    let json = dom
        .split("<pre id=\"report\">")
        .nth(1)
        .and_then(|r| r.split("</pre>").next())
        .unwrap_or("");
    let json = json
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
    let report: serde_json::Value = serde_json::from_str(&json)
        .unwrap_or_else(|e| panic!("no report from Chromium ({e}):\n{dom}"));
    let report = report.as_array().unwrap();
    assert_eq!(report.len(), pages.len());
    for r in report {
        let page = r["page"].as_str().unwrap();
        let lang = r["lang"].as_str().unwrap_or("");
        let want = if ["ar", "fa"].contains(&lang) {
            "rtl"
        } else {
            "ltr"
        };
        assert_eq!(r["dir"], want, "{page}: dir attribute");
        assert_eq!(r["direction"], want, "{page}: computed direction of <html>");
        assert_eq!(
            r["blocks_without_dir"],
            serde_json::json!([]),
            "{page}: every other-language block carries dir"
        );
        assert_eq!(r["rtl_blocks_computed_ltr"], 0, "{page}");
        assert_eq!(
            r["phones_not_ltr"],
            serde_json::json!([]),
            "{page}: phone numbers are left-to-right"
        );
    }
}
