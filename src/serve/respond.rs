//! One HTTP request of the dev server → one reply, from the in-memory output of the last
//! build: a pure function, so that every rule here is tested without a socket.
//!
//! Owns: which methods are allowed, how a URL path becomes a key of the output (and why it
//! never leaves it), content types, directory URLs and their redirects, the 404 page in the
//! reader's language, and what dev mode adds to HTML pages (the reload script and the error
//! overlay). Must not: read files; everything served comes from the `Snapshot`.

use crate::diagnostic::Diagnostic;
use crate::render::Output;
use std::sync::{Arc, OnceLock};

/// Where the browser listens for finished builds.
pub const EVENTS_PATH: &str = "/__wegweiser/events";

/// What the server serves until the next build: the last good output, and the problems of
/// the last build when it failed.
pub struct Snapshot {
    /// The output of the last build without errors; empty when there was none yet.
    pub output: Arc<Output>,
    /// Files of the same build that are rendered after it is served (the sign maker, see
    /// `build::Later`); a request for one waits until they are there.
    pub later: Option<Arc<OnceLock<Arc<Output>>>>,
    /// The language whose 404 page is served when the URL names none.
    pub source_language: String,
    /// The diagnostics of the last build, when it had errors.
    pub problems: Vec<Diagnostic>,
    /// Changes with every build; pages carry the one they were served with, so a page that
    /// missed an event still notices that it is stale.
    pub generation: String,
}

impl Snapshot {
    fn has_site(&self) -> bool {
        !self.output.is_empty()
    }

    /// The file at `key` of the output. A file of the sign maker that is not among the
    /// others waits for the files rendered later.
    fn get(&self, key: &str) -> Option<&Vec<u8>> {
        match self.output.get(key) {
            Some(bytes) => Some(bytes),
            None if crate::render::is_sign_file(key) => self.later.as_ref()?.wait().get(key),
            None => None,
        }
    }
}

#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

impl Reply {
    fn new(status: u16, content_type: &str, body: Vec<u8>) -> Reply {
        Reply {
            status,
            headers: vec![("Content-Type", content_type.to_string())],
            body,
        }
    }

    fn text(status: u16, text: &str) -> Reply {
        Reply::new(
            status,
            "text/plain; charset=utf-8",
            format!("{text}\n").into_bytes(),
        )
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// Answers a request that is not the event stream. `method` as sent (`GET`), `target` the
/// request target as sent (`/de/kita/?x=1`).
pub fn respond(snapshot: &Snapshot, method: &str, target: &str) -> Reply {
    if method != "GET" && method != "HEAD" {
        let mut r = Reply::text(405, "405 only GET and HEAD are allowed");
        r.headers.push(("Allow", "GET, HEAD".into()));
        return r;
    }
    let (path, query) = match target.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (target, None),
    };
    let path = path.split('#').next().unwrap_or_default();
    let Some(key) = output_key(path) else {
        return Reply::text(400, "400 this address is not allowed");
    };
    if !snapshot.has_site() {
        return page(snapshot, 500, error_page(&snapshot.problems).into_bytes());
    }
    if let Some(bytes) = snapshot.get(&key) {
        let ty = content_type(&key);
        return if ty.starts_with("text/html") {
            page(snapshot, 200, bytes.clone())
        } else {
            Reply::new(200, ty, bytes.clone())
        };
    }
    // `/de/kita` → `/de/kita/`, so that the page's relative links resolve.
    let dir_index = format!("{key}/index.html");
    if !key.is_empty() && !key.ends_with("index.html") && snapshot.get(&dir_index).is_some() {
        let mut location = format!("{path}/");
        if let Some(q) = query {
            location.push('?');
            location.push_str(q);
        }
        let mut r = Reply::text(301, &format!("301 moved to {location}"));
        r.headers.push(("Location", location));
        return r;
    }
    not_found(snapshot, &key)
}

/// The key of the output that a URL path names, or `None` when the path is malformed or
/// tries to leave the output: `..` and `.` segments, encoded or not, encoded slashes and
/// backslashes, NUL and other control characters, and anything that is not UTF-8.
/// A path ending in `/` names the folder's `index.html`.
pub fn output_key(path: &str) -> Option<String> {
    let rest = path.strip_prefix('/')?;
    let mut segments = Vec::new();
    for raw in rest.split('/') {
        let seg = crate::site::percent_decode(raw)?;
        let bad = seg == "."
            || seg == ".."
            || seg.chars().any(|c| c == '/' || c == '\\' || c.is_control());
        if bad {
            return None;
        }
        segments.push(seg);
    }
    // `//` inside a path names nothing in the output.
    let (last, dirs) = segments.split_last()?;
    if dirs.iter().any(String::is_empty) {
        return None;
    }
    let mut key = dirs.join("/");
    if !key.is_empty() {
        key.push('/');
    }
    if last.is_empty() {
        key.push_str("index.html");
    } else {
        key.push_str(last);
    }
    Some(key)
}

/// The content type of an output file, by its ending.
pub fn content_type(key: &str) -> &'static str {
    let ext = key
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match ext.as_str() {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "json" => "application/json",
        "webmanifest" => "application/manifest+json",
        "xml" => "application/xml",
        "txt" => "text/plain; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "gif" => "image/gif",
        "webp" => "image/webp",
        "avif" => "image/avif",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "woff" => "font/woff",
        "ttf" => "font/ttf",
        "otf" => "font/otf",
        "pdf" => "application/pdf",
        _ => "application/octet-stream",
    }
}

/// The 404 page of the language the URL starts with, else the source language's.
fn not_found(snapshot: &Snapshot, key: &str) -> Reply {
    let first = key.split('/').next().unwrap_or_default();
    let candidates = [
        format!("{first}/404.html"),
        format!("{}/404.html", snapshot.source_language),
    ];
    match candidates.iter().find_map(|c| snapshot.get(c)) {
        Some(bytes) => page(snapshot, 404, bytes.clone()),
        None => Reply::text(404, "404 not found"),
    }
}

/// An HTML page with what dev mode adds: the reload script, and the overlay when the last
/// build failed.
fn page(snapshot: &Snapshot, status: u16, html: Vec<u8>) -> Reply {
    let mut extra = String::new();
    if snapshot.has_site() && !snapshot.problems.is_empty() {
        extra.push_str(&overlay(&snapshot.problems));
    }
    extra.push_str(&reload_script(&snapshot.generation));
    Reply::new(status, "text/html; charset=utf-8", inject(html, &extra))
}

/// Inserts `extra` before the last `</body>`, or at the end when there is none.
pub fn inject(mut html: Vec<u8>, extra: &str) -> Vec<u8> {
    let at = html
        .windows(7)
        .rposition(|w| w.eq_ignore_ascii_case(b"</body>"))
        .unwrap_or(html.len());
    html.splice(at..at, extra.bytes());
    html
}

/// Reloads the page when a build other than the one it was served from has finished. The
/// stream says the current build when it connects, so an event missed between loading the
/// page and connecting still reloads it.
fn reload_script(generation: &str) -> String {
    format!(
        "<script>(()=>{{const s=new EventSource(\"{EVENTS_PATH}\");s.addEventListener(\"build\",e=>{{if(e.data!==\"{}\"){{s.close();location.reload();}}}});}})();</script>",
        escape(generation)
    )
}

const OVERLAY_STYLE: &str = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:1.5rem;background:rgba(24,24,24,.96);color:#f4f4f4;font:14px/1.45 ui-monospace,monospace;text-align:left";

/// The diagnostics as the terminal shows them, over the page.
fn overlay(problems: &[Diagnostic]) -> String {
    format!(
        "<div id=\"wegweiser-errors\" role=\"alert\" lang=\"en\" dir=\"ltr\" style=\"{OVERLAY_STYLE}\"><button type=\"button\" onclick=\"this.parentNode.remove()\" style=\"float:right;font:inherit\">close</button><p style=\"margin:0 0 1rem;font-weight:bold;color:#ff8c8c\">{}</p><pre style=\"white-space:pre-wrap;margin:0\">{}</pre></div>",
        escape(&headline(problems, true)),
        escape(&rendered(problems))
    )
}

/// The page served while no build has succeeded yet.
fn error_page(problems: &[Diagnostic]) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\"><title>wegweiser: the site has errors</title></head><body style=\"margin:0\"><div id=\"wegweiser-errors\" role=\"alert\" style=\"{OVERLAY_STYLE}\"><p style=\"margin:0 0 1rem;font-weight:bold;color:#ff8c8c\">{}</p><pre style=\"white-space:pre-wrap;margin:0\">{}</pre></div></body></html>\n",
        escape(&headline(problems, false)),
        escape(&rendered(problems))
    )
}

fn headline(problems: &[Diagnostic], has_old: bool) -> String {
    let errors = problems.iter().filter(|d| d.is_error()).count();
    let what = if errors == 1 {
        "1 error".to_string()
    } else {
        format!("{errors} errors")
    };
    if has_old {
        format!(
            "The site has {what}; this is the last version that built. Fix them and save: the page reloads."
        )
    } else {
        format!("The site has {what} and could not be built. Fix them and save: the page reloads.")
    }
}

fn rendered(problems: &[Diagnostic]) -> String {
    problems
        .iter()
        .map(Diagnostic::render)
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn snapshot(problems: Vec<Diagnostic>) -> Snapshot {
        let mut output = Output::new();
        for (k, v) in [
            ("index.html", "<html><body>chooser</body></html>"),
            ("de/index.html", "<html><body>Start</body></html>"),
            ("de/kita/index.html", "<html><body>Kita</body></html>"),
            ("de/404.html", "<html><body>nicht gefunden</body></html>"),
            ("ar/404.html", "<html><body>غير موجود</body></html>"),
            ("theme/style.css", "body{}"),
            ("theme/logo.svg", "<svg/>"),
            ("sitemap.xml", "<urlset/>"),
            ("robots.txt", "User-agent: *"),
            ("data.json", "{}"),
        ] {
            output.insert(k.into(), v.as_bytes().to_vec());
        }
        Snapshot {
            output: Arc::new(output),
            later: None,
            source_language: "de".into(),
            problems,
            generation: "7-1".into(),
        }
    }

    fn body(r: &Reply) -> String {
        String::from_utf8_lossy(&r.body).into_owned()
    }

    #[test]
    fn files_rendered_later_are_waited_for() {
        let mut s = snapshot(vec![]);
        let slot = Arc::new(OnceLock::new());
        s.later = Some(slot.clone());
        // The files that are there, and missing files that are not the sign maker's, are
        // answered at once (this would hang if they waited).
        assert_eq!(respond(&s, "GET", "/data.json").status, 200);
        assert_eq!(respond(&s, "GET", "/favicon.ico").status, 404);
        assert_eq!(respond(&s, "GET", "/de/nothing/").status, 404);
        let filler = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(50));
            let mut files = Output::new();
            files.insert("de/signs/index.html".into(), b"<p>Schilder</p>".to_vec());
            slot.set(Arc::new(files)).unwrap();
        });
        // Asked before the files are there: the answer waits for them.
        let r = respond(&s, "GET", "/de/signs/");
        assert_eq!(r.status, 200);
        assert!(body(&r).contains("Schilder"));
        assert_eq!(respond(&s, "GET", "/de/signs").status, 301);
        filler.join().unwrap();
    }

    #[test]
    fn paths_never_leave_the_output() {
        for bad in [
            "/../site.yaml",
            "/de/../../site.yaml",
            "/%2e%2e/site.yaml",
            "/%2E%2E/site.yaml",
            "/.%2e/site.yaml",
            "/..%2fsite.yaml",
            "/..%2Fsite.yaml",
            "/de%2f..%2f..%2fsite.yaml",
            "/..%5csite.yaml",
            "/de\\..\\site.yaml",
            "/./index.html",
            "/de/%00",
            "/de%00/index.html",
            "/%ff",
            "/%zz",
            "/%2",
            "//etc/passwd",
            "relative",
            "",
        ] {
            assert_eq!(output_key(bad), None, "{bad}");
            let r = respond(&snapshot(vec![]), "GET", bad);
            assert_eq!(r.status, 400, "{bad}");
        }
        assert_eq!(output_key("/"), Some("index.html".into()));
        assert_eq!(output_key("/de/kita/"), Some("de/kita/index.html".into()));
        assert_eq!(output_key("/de/kita"), Some("de/kita".into()));
        assert_eq!(
            output_key("/ar/%D8%B9/"),
            Some("ar/\u{639}/index.html".into())
        );
        assert_eq!(output_key("/a%20b.txt"), Some("a b.txt".into()));
    }

    #[test]
    fn only_get_and_head() {
        let s = snapshot(vec![]);
        for m in ["POST", "PUT", "DELETE", "OPTIONS", "PATCH", "TRACE", "get"] {
            let r = respond(&s, m, "/de/");
            assert_eq!(r.status, 405, "{m}");
            assert_eq!(r.header("Allow"), Some("GET, HEAD"));
        }
        assert_eq!(respond(&s, "HEAD", "/de/").status, 200);
    }

    #[test]
    fn content_types() {
        let s = snapshot(vec![]);
        for (path, ty) in [
            ("/", "text/html; charset=utf-8"),
            ("/theme/style.css", "text/css; charset=utf-8"),
            ("/theme/logo.svg", "image/svg+xml"),
            ("/sitemap.xml", "application/xml"),
            ("/robots.txt", "text/plain; charset=utf-8"),
            ("/data.json", "application/json"),
        ] {
            let r = respond(&s, "GET", path);
            assert_eq!(r.status, 200, "{path}");
            assert_eq!(r.header("Content-Type"), Some(ty), "{path}");
        }
    }

    #[test]
    fn folders_serve_their_index_and_redirect_without_slash() {
        let s = snapshot(vec![]);
        let r = respond(&s, "GET", "/de/kita/?x=1");
        assert_eq!(r.status, 200);
        assert!(body(&r).contains("Kita"));
        let r = respond(&s, "GET", "/de/kita?x=1");
        assert_eq!(r.status, 301);
        assert_eq!(r.header("Location"), Some("/de/kita/?x=1"));
    }

    #[test]
    fn not_found_in_the_readers_language() {
        let s = snapshot(vec![]);
        let r = respond(&s, "GET", "/ar/nothing/");
        assert_eq!(r.status, 404);
        assert!(body(&r).contains("غير موجود"));
        let r = respond(&s, "GET", "/xx/nothing");
        assert_eq!(r.status, 404);
        assert!(body(&r).contains("nicht gefunden"));
        assert_eq!(r.header("Content-Type"), Some("text/html; charset=utf-8"));
    }

    #[test]
    fn html_gets_the_reload_script_and_other_files_stay_as_built() {
        let s = snapshot(vec![]);
        let b = body(&respond(&s, "GET", "/de/"));
        assert!(b.starts_with("<html><body>Start<script>"), "{b}");
        assert!(b.ends_with("</script></body></html>"), "{b}");
        assert!(b.contains(EVENTS_PATH) && b.contains("\"7-1\""));
        assert!(!b.contains("wegweiser-errors"));
        assert_eq!(body(&respond(&s, "GET", "/theme/style.css")), "body{}");
    }

    #[test]
    fn a_failed_build_shows_its_diagnostics_escaped_over_the_last_good_site() {
        let d = Diagnostic::error_file("content/a.de.md", "`<script>` & \"quotes\" are wrong")
            .with_hint("write it <b>differently</b>");
        let s = snapshot(vec![d.clone()]);
        let r = respond(&s, "GET", "/de/kita/");
        assert_eq!(r.status, 200);
        let b = body(&r);
        assert!(b.contains("Kita"), "the last good page is still served");
        assert!(b.contains("id=\"wegweiser-errors\""));
        assert!(b.contains(&escape(&d.render())), "{b}");
        assert!(b.contains("`&lt;script&gt;` &amp; &quot;quotes&quot; are wrong"));
        assert!(!b.contains("<b>differently"));
        // Without a good build, every address shows the problems.
        let mut s = snapshot(vec![d]);
        s.output = Arc::new(Output::new());
        let r = respond(&s, "GET", "/de/anything");
        assert_eq!(r.status, 500);
        assert!(body(&r).contains("content/a.de.md"));
        assert!(body(&r).contains(EVENTS_PATH));
    }

    #[test]
    fn inject_goes_before_the_last_body_end() {
        assert_eq!(
            inject(b"<p></body>x</BODY>".to_vec(), "S"),
            b"<p></body>xS</BODY>".to_vec()
        );
        assert_eq!(inject(b"<p>".to_vec(), "S"), b"<p>S".to_vec());
    }
}
