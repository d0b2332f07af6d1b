//! `wegweiser serve` as a browser meets it: the real binary on a free loopback port, raw
//! HTTP over TCP (so that no client tidies `..` away before sending), the event stream, and
//! real edits of a scratch copy of a fixture site.
//!
//! Every server a test starts is killed when the test ends, passed or failed (`Server`'s
//! `Drop`), and every wait has a deadline.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// Generous: a debug build on a busy two-core machine.
const DEADLINE: Duration = Duration::from_secs(90);

fn fixture_site(name: &str) -> PathBuf {
    static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let dir =
        std::env::temp_dir().join(format!("wegweiser-serve-{name}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name)
            .join("site"),
        &dir,
    );
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &to.join(e.file_name()));
        } else {
            std::fs::copy(e.path(), to.join(e.file_name())).unwrap();
        }
    }
}

/// A running `wegweiser serve`; killed on drop.
struct Server {
    child: Child,
    addr: SocketAddr,
    stderr: mpsc::Receiver<String>,
}

impl Server {
    fn start(root: &Path) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
            .args(["serve", "--port", "0", "--root"])
            .arg(root)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let (tx, rx) = mpsc::channel();
        let pipe = child.stderr.take().unwrap();
        std::thread::spawn(move || {
            for line in BufReader::new(pipe).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut server = Server {
            child,
            addr: "127.0.0.1:1".parse().unwrap(),
            stderr: rx,
        };
        let line = server.wait_for_line(|l| l.starts_with("serving http://"));
        let url = line
            .trim_start_matches("serving http://")
            .split('/')
            .next()
            .unwrap();
        server.addr = url.parse().unwrap();
        assert!(server.addr.ip().is_loopback(), "{line}");
        server
    }

    /// The next line on stderr that matches; panics at the deadline with what was printed.
    fn wait_for_line(&self, want: impl Fn(&str) -> bool) -> String {
        let end = Instant::now() + DEADLINE;
        let mut seen = String::new();
        loop {
            let left = end.saturating_duration_since(Instant::now());
            match self.stderr.recv_timeout(left) {
                Ok(l) if want(&l) => return l,
                Ok(l) => {
                    seen.push_str(&l);
                    seen.push('\n');
                }
                Err(_) => panic!("the server did not print the expected line; it printed:\n{seen}"),
            }
        }
    }

    fn get(&self, target: &str) -> Response {
        self.request("GET", target)
    }

    /// Sends exactly this request line: `..` and `%2e` reach the server as written.
    fn request(&self, method: &str, target: &str) -> Response {
        let mut s = TcpStream::connect(self.addr).unwrap();
        s.set_read_timeout(Some(DEADLINE)).unwrap();
        write!(
            s,
            "{method} {target} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            self.addr
        )
        .unwrap();
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).unwrap();
        Response::parse(&raw)
    }

    /// Opens the event stream and returns it with the first build it announces.
    fn events(&self) -> (Events, String) {
        let s = TcpStream::connect(self.addr).unwrap();
        s.set_read_timeout(Some(Duration::from_millis(500)))
            .unwrap();
        let mut w = s.try_clone().unwrap();
        write!(
            w,
            "GET /__wegweiser/events HTTP/1.1\r\nHost: {}\r\n\r\n",
            self.addr
        )
        .unwrap();
        let mut events = Events {
            reader: BufReader::new(s),
        };
        let mut head = String::new();
        events.reader.read_line(&mut head).unwrap();
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        let first = events.next_build(None);
        (events, first)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

struct Events {
    reader: BufReader<TcpStream>,
}

impl Events {
    /// The next `data:` of an `event: build` that differs from `not`.
    fn next_build(&mut self, not: Option<&str>) -> String {
        let end = Instant::now() + DEADLINE;
        let mut is_build = false;
        let mut line = String::new();
        while Instant::now() < end {
            line.clear();
            match self.reader.read_line(&mut line) {
                Ok(0) => panic!("the event stream closed"),
                Ok(_) => {}
                Err(e)
                    if matches!(
                        e.kind(),
                        std::io::ErrorKind::WouldBlock | std::io::ErrorKind::TimedOut
                    ) =>
                {
                    continue;
                }
                Err(e) => panic!("reading the event stream: {e}"),
            }
            let l = line.trim_end();
            if l == "event: build" {
                is_build = true;
            } else if let Some(data) = l.strip_prefix("data: ") {
                if is_build && Some(data) != not {
                    return data.to_string();
                }
            } else if l.is_empty() {
                is_build = false;
            }
        }
        panic!("no build was announced in time");
    }

    /// The first build after `from` for which `done` holds (a save can arrive as two
    /// changes: the first build announced may show the file half written).
    fn build_where(&mut self, from: &str, done: impl Fn() -> bool) -> String {
        let mut generation = from.to_string();
        for _ in 0..5 {
            generation = self.next_build(Some(&generation));
            if done() {
                return generation;
            }
        }
        panic!("five builds after {from}, none shows the change");
    }
}

struct Response {
    status: u16,
    head: String,
    body: String,
}

impl Response {
    fn parse(raw: &[u8]) -> Response {
        let text = String::from_utf8_lossy(raw);
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
        let status = head
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        Response {
            status,
            head: head.to_string(),
            body: body.to_string(),
        }
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.head.lines().find_map(|l| {
            let (n, v) = l.split_once(':')?;
            n.eq_ignore_ascii_case(name).then(|| v.trim())
        })
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

fn replace_in(file: &Path, from: &str, to: &str) {
    let text = std::fs::read_to_string(file).unwrap();
    assert!(text.contains(from), "{}: no `{from}`", file.display());
    std::fs::write(file, text.replacen(from, to, 1)).unwrap();
}

#[test]
fn an_edit_reaches_every_language_after_the_reload_event() {
    let site = fixture_site("basic");
    let server = Server::start(&site);
    let page = server.get("/de/behoerden/amt/");
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Ausländerbehörde"));
    assert!(
        page.body.contains("/__wegweiser/events"),
        "the reload script"
    );

    let (mut events, first) = server.events();
    replace_in(
        &site.join("content/behoerden/amt.de.md"),
        "services: Aufenthaltstitel und Verlängerungen.",
        "services: Aufenthaltstitel, Verlängerungen und Einbürgerung.",
    );
    let second = events.next_build(Some(&first));
    assert_ne!(first, second);
    server.wait_for_line(|l| l.contains("content/behoerden/amt.de.md changed: rebuilt"));

    let de = server.get("/de/behoerden/amt/");
    assert!(de.body.contains("Einbürgerung"), "{}", de.body);
    assert!(
        de.body.contains(&format!("\"{second}\"")),
        "served with the new build"
    );
    // English has no translation of this page: it shows the German text, changed too.
    let en = server.get("/en/behoerden/amt/");
    assert_eq!(en.status, 200);
    assert!(en.body.contains("Einbürgerung"), "{}", en.body);
    // The other languages are served from the same build, with a working switcher.
    let ar = server.get("/ar/behoerden/amt/");
    assert_eq!(ar.status, 200);
    assert!(ar.body.contains("lang=\"ar\" dir=\"rtl\""));
    assert!(
        ar.body.contains("href=\"../../../de/behoerden/amt/\""),
        "{}",
        ar.body
    );

    // A title is shown by the sign maker, which a rebuild renders after the reload event:
    // it is served as part of the same build all the same.
    replace_in(
        &site.join("content/behoerden/amt.de.md"),
        "title: Ausländerbehörde",
        "title: Ausländerbehörde Teststadt",
    );
    let third = events.build_where(&second, || {
        server
            .get("/de/behoerden/amt/")
            .body
            .contains("Ausländerbehörde Teststadt")
    });
    // The sign maker shows the new title (the page that was rendered after the reload
    // event, into the same build).
    let signs_show_the_title = || {
        let signs = server.get("/de/signs/");
        assert_eq!(signs.status, 200);
        assert!(
            signs.body.contains("Ausländerbehörde Teststadt"),
            "{}",
            signs.body
        );
    };
    signs_show_the_title();
    server.wait_for_line(|l| l.contains("content/behoerden/amt.de.md changed: rebuilt"));
    // The next rebuild keeps the sign maker of the one before (a body text is not on signs).
    replace_in(
        &site.join("content/behoerden/amt.de.md"),
        "Wir helfen bei Fragen zum Aufenthalt.",
        "Wir helfen bei allen Fragen zum Aufenthalt.",
    );
    events.build_where(&third, || {
        server
            .get("/de/behoerden/amt/")
            .body
            .contains("allen Fragen")
    });
    signs_show_the_title();
    assert!(
        server
            .get("/de/behoerden/amt/")
            .body
            .contains("allen Fragen")
    );
    assert!(!site.join("public").exists(), "serve writes nothing");
}

#[test]
fn a_broken_file_shows_the_terminals_words_over_the_last_good_site_until_fixed() {
    let site = fixture_site("basic");
    let server = Server::start(&site);
    let (mut events, first) = server.events();
    let file = site.join("content/behoerden/amt.de.md");
    replace_in(
        &file,
        "title: Ausländerbehörde",
        "titel: <Ausländerbehörde>",
    );
    let broken = events.next_build(Some(&first));
    // The terminal's words, as printed:
    let message = server.wait_for_line(|l| l.starts_with("error: "));
    let location = server.wait_for_line(|l| l.contains("--> content/behoerden/amt.de.md"));
    server.wait_for_line(|l| l.contains("still serving the last good build"));

    for path in ["/de/behoerden/amt/", "/ar/", "/en/nothing/"] {
        let page = server.get(path);
        assert!(
            page.body.contains("id=\"wegweiser-errors\""),
            "{path}: {}",
            page.body
        );
        assert!(
            page.body.contains(&escape(&message)),
            "{path}: the overlay says `{message}`:\n{}",
            page.body
        );
        assert!(
            page.body.contains(&escape(location.trim())),
            "{path}: {location}"
        );
        assert!(
            !page.body.contains("<Ausländerbehörde>"),
            "{path}: the source line is escaped"
        );
    }
    let last_good = server.get("/de/behoerden/amt/");
    assert_eq!(last_good.status, 200);
    assert!(
        last_good.body.contains("<h1"),
        "the last good page is still served"
    );

    replace_in(
        &file,
        "titel: <Ausländerbehörde>",
        "title: Ausländerbehörde",
    );
    events.build_where(&broken, || {
        !server
            .get("/de/behoerden/amt/")
            .body
            .contains("wegweiser-errors")
    });
    let fixed = server.get("/de/behoerden/amt/");
    assert!(fixed.body.contains("Ausländerbehörde"));
}

#[test]
fn a_first_build_that_fails_shows_the_errors_and_recovers() {
    let site = fixture_site("basic");
    let file = site.join("content/behoerden/amt.de.md");
    replace_in(&file, "kind: office", "kind: offfice");
    let server = Server::start(&site);
    let page = server.get("/de/");
    assert_eq!(page.status, 500);
    assert!(
        page.body.contains("content/behoerden/amt.de.md:4:7"),
        "{}",
        page.body
    );
    assert!(page.body.contains("/__wegweiser/events"));
    let (mut events, first) = server.events();
    replace_in(&file, "kind: offfice", "kind: office");
    events.next_build(Some(&first));
    let page = server.get("/de/");
    assert_eq!(page.status, 200);
    assert!(!page.body.contains("wegweiser-errors"));
}

#[test]
fn requests_cannot_leave_the_output() {
    let site = fixture_site("basic");
    let server = Server::start(&site);
    let secret = std::fs::read_to_string(site.join("site.yaml")).unwrap();
    let secret_line = secret
        .lines()
        .find(|l| l.contains("source_language"))
        .unwrap();
    for target in [
        "/../site.yaml",
        "/de/../../site.yaml",
        "/%2e%2e/site.yaml",
        "/%2E%2E/site.yaml",
        "/.%2e/site.yaml",
        "/%2e%2e%2fsite.yaml",
        "/..%2fsite.yaml",
        "/de%2f..%2f..%2fsite.yaml",
        "/..%5csite.yaml",
        "/..\\site.yaml",
        "/%00/../site.yaml",
        "/site.yaml",
        "/content/behoerden/amt.de.md",
        "//site.yaml",
    ] {
        let r = server.get(target);
        assert!(
            r.status == 400 || r.status == 404,
            "{target}: {} {}",
            r.status,
            r.body
        );
        assert!(!r.body.contains(secret_line), "{target} returned site.yaml");
        assert!(!r.body.contains("Aufenthaltstitel und"), "{target}");
    }
}

#[test]
fn only_get_and_head_with_the_right_content_types() {
    let site = fixture_site("basic");
    std::fs::create_dir_all(site.join("static")).unwrap();
    std::fs::write(
        site.join("static/logo.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
    )
    .unwrap();
    std::fs::write(site.join("static/places.json"), "{}").unwrap();
    let server = Server::start(&site);
    for method in ["POST", "PUT", "DELETE", "OPTIONS"] {
        let r = server.request(method, "/de/");
        assert_eq!(r.status, 405, "{method}");
        assert_eq!(r.header("Allow"), Some("GET, HEAD"));
    }
    let head = server.request("HEAD", "/de/");
    assert_eq!(head.status, 200);
    assert!(head.body.is_empty());
    for (path, ty) in [
        ("/", "text/html; charset=utf-8"),
        ("/de/behoerden/amt/", "text/html; charset=utf-8"),
        ("/theme/style.css", "text/css; charset=utf-8"),
        ("/logo.svg", "image/svg+xml"),
        ("/places.json", "application/json"),
        ("/sitemap.xml", "application/xml"),
        ("/robots.txt", "text/plain; charset=utf-8"),
    ] {
        let r = server.get(path);
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(r.header("Content-Type"), Some(ty), "{path}");
    }
    let r = server.get("/de/behoerden?x=1");
    assert_eq!(r.status, 301);
    assert_eq!(r.header("Location"), Some("/de/behoerden/?x=1"));
    // Not found, in the reader's language when the address names one.
    let r = server.get("/ar/nothing/here/");
    assert_eq!(r.status, 404);
    assert!(r.body.contains("lang=\"ar\""), "{}", r.body);
    let r = server.get("/nothing");
    assert_eq!(r.status, 404);
    assert!(r.body.contains("lang=\"de\""), "{}", r.body);
}

#[test]
fn the_built_site_never_carries_the_dev_script() {
    let site = fixture_site("basic");
    let out = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args(["build", "--root"])
        .arg(&site)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut html = 0;
    for e in walk(&site.join("public")) {
        let text = std::fs::read_to_string(&e).unwrap_or_default();
        assert!(
            !text.contains("__wegweiser") && !text.contains("EventSource"),
            "{}",
            e.display()
        );
        html += usize::from(e.extension().is_some_and(|x| x == "html"));
    }
    assert!(html > 10);
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            out.extend(walk(&p));
        } else {
            out.push(p);
        }
    }
    out
}

#[test]
fn without_a_terminal_build_prints_plain_lines_and_a_summary_per_language() {
    let site = fixture_site("basic");
    let out = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args(["build", "--root"])
        .arg(&site)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        !stderr.contains('\x1b') && !stderr.contains('\r'),
        "{stderr:?}"
    );
    let last = stderr.lines().last().unwrap();
    assert!(last.starts_with("built 5 pages in 4 languages ("), "{last}");
    assert!(
        last.ends_with(", 0 warnings; text per language: de 5, en 1, ar 3, fa 0"),
        "{last}"
    );
}
