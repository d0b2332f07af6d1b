//! `wegweiser serve`: builds the site in memory, serves every language of it at once, and
//! builds again when a file of the site changes; open pages reload themselves.
//!
//! Owns: listening (loopback unless told otherwise), the watch on the site's folders, the
//! rebuild loop, and swapping what is served. A build replaces what is served only when it
//! has no errors; until then the last good site is served with the problems over every page.
//! Must not: write anything to disk (`public/` stays as `wegweiser build` left it).

mod events;
pub mod incremental;
pub mod respond;

use crate::diagnostic::Diagnostic;
use crate::render::Output;
use events::Listeners;
use notify::{EventKind, RecursiveMode, event::AccessKind, event::AccessMode};
use notify_debouncer_full::{DebounceEventResult, new_debouncer};
use respond::Snapshot;
use std::collections::BTreeSet;
use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock, mpsc};
use std::time::{Duration, Instant};

/// What `wegweiser serve` is asked to do.
pub struct ServeOptions {
    pub root: PathBuf,
    /// `None`: the first free port from 8000 on.
    pub port: Option<u16>,
    pub bind: IpAddr,
    pub open: bool,
}

/// The folders and files of a site that a build reads; `public/` and everything else in the
/// site's folder (a `target/`, `.git/`) are not watched.
const WATCHED_DIRS: [&str; 5] = ["content", "translations", "themes", "templates", "static"];
const WATCHED_FILES: [&str; 1] = ["site.yaml"];

/// Quiet time after the last file event before building: an editor's write-then-rename
/// arrives as one change.
const DEBOUNCE: Duration = Duration::from_millis(40);

/// Threads answering requests; the event streams have their own.
const WORKERS: usize = 4;

struct State {
    snapshot: Mutex<Arc<Snapshot>>,
    listeners: Listeners,
}

impl State {
    fn current(&self) -> Arc<Snapshot> {
        self.snapshot
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    fn replace(&self, snapshot: Snapshot) {
        let generation = snapshot.generation.clone();
        let old = std::mem::replace(
            &mut *self.snapshot.lock().unwrap_or_else(|e| e.into_inner()),
            Arc::new(snapshot),
        );
        self.listeners.announce(&generation);
        // The old output may be the last hold on many files: free it after announcing.
        drop(old);
    }
}

/// Runs the server until the process is stopped; returns an exit code only when it cannot
/// start.
pub fn serve(options: &ServeOptions) -> i32 {
    let root = &options.root;
    crate::qr::keep_drawings();
    if !root.join("site.yaml").is_file() {
        eprintln!(
            "{}",
            Diagnostic::error_file(
                "site.yaml",
                format!("there is no site.yaml in `{}`", root.display()),
            )
            .with_hint("run wegweiser in the site's folder, or give it with --root DIR")
            .render()
            .trim_end()
        );
        return 1;
    }
    let abs_root = match root.canonicalize() {
        Ok(r) => r,
        Err(e) => {
            eprintln!("error: cannot read `{}`: {e}", root.display());
            return 1;
        }
    };
    let server = match listen(options.bind, options.port) {
        Ok(s) => Arc::new(s),
        Err(e) => {
            eprintln!("error: {e}");
            return 1;
        }
    };
    if !options.bind.is_loopback() {
        eprintln!(
            "warning: serving on {}: other machines can see this site, and its pages carry a development script; use the default (127.0.0.1) unless you need this",
            options.bind
        );
    }
    // Watch before the first build, so that a change during it is not missed.
    let (tx, rx) = mpsc::channel();
    let mut watcher = Watcher::new(&abs_root, tx);

    let mut builds = Builds::new(root);
    let first = builds.next(None, &BTreeSet::new());
    let state = Arc::new(State {
        snapshot: Mutex::new(Arc::new(first)),
        listeners: Listeners::default(),
    });
    for _ in 0..WORKERS {
        let (server, state) = (server.clone(), state.clone());
        std::thread::spawn(move || answer(&server, &state));
    }
    let addr = server
        .server_addr()
        .to_ip()
        .unwrap_or_else(|| SocketAddr::new(options.bind, 0));
    let url = format!("http://{addr}/");
    eprintln!("serving {url} (every language; Ctrl-C stops)");
    if options.open {
        open_browser(&url);
    }

    loop {
        let Ok(first) = rx.recv() else {
            // Without a watcher there is nothing to wait for but the end.
            loop {
                std::thread::park();
            }
        };
        let mut changed = BTreeSet::new();
        collect(&abs_root, first, &mut changed);
        while let Ok(more) = rx.try_recv() {
            collect(&abs_root, more, &mut changed);
        }
        if changed.is_empty() {
            continue;
        }
        watcher.rearm();
        let previous = state.current();
        // A bug in the pipeline must not take down the server with the last good site.
        let next = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            builds.next(Some(&previous), &changed)
        }));
        match next {
            Ok(next) => state.replace(next),
            Err(_) => {
                builds.good = None;
                builds.pending = None;
                eprintln!(
                    "error: wegweiser failed while building (a bug: please report it with the change that caused it); still serving the last build"
                );
            }
        }
        // The browser has the changed page; now the rest of the build.
        builds.finish(&state);
    }
}

fn listen(bind: IpAddr, port: Option<u16>) -> Result<tiny_http::Server, String> {
    let ports: Vec<u16> = match port {
        Some(p) => vec![p],
        None => (8000..8010).collect(),
    };
    let mut last = String::new();
    for p in &ports {
        match tiny_http::Server::http(SocketAddr::new(bind, *p)) {
            Ok(s) => return Ok(s),
            Err(e) => last = e.to_string(),
        }
    }
    let tried = match ports.as_slice() {
        [one] => one.to_string(),
        _ => format!("{}–{}", ports[0], ports[ports.len() - 1]),
    };
    Err(format!(
        "cannot serve on {bind} port {tried}: {last}\n  = hint: choose another port with --port N (--port 0 takes any free one)"
    ))
}

/// The rebuild loop's memory: how many builds there were, for the generation, and the
/// language of the last good build.
struct Builds {
    root: PathBuf,
    /// Distinguishes this run of the server from the last, so a page from before a restart
    /// reloads too.
    run: u128,
    count: u64,
    /// The last build without errors, and every file changed since.
    good: Option<incremental::Good>,
    since_good: BTreeSet<String>,
    /// What the last build left for later, to be rendered once its snapshot is served.
    pending: Option<Pending>,
}

/// A served build's files still to be rendered (`build::Later`), and what its report
/// needs, which is printed when they are done.
struct Pending {
    later: crate::build::Later,
    slot: Arc<OnceLock<Arc<Output>>>,
    /// The report's start: "content/a.de.md changed: ".
    cause: String,
    warnings: usize,
    start: Instant,
}

impl Builds {
    fn new(root: &Path) -> Builds {
        let run = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        Builds {
            root: root.to_path_buf(),
            run,
            count: 0,
            good: None,
            since_good: BTreeSet::new(),
            pending: None,
        }
    }

    /// Builds the site and reports on the terminal; the snapshot to serve next.
    fn next(&mut self, previous: Option<&Snapshot>, changed: &BTreeSet<String>) -> Snapshot {
        let start = Instant::now();
        self.since_good.extend(changed.iter().cloned());
        let bar = crate::progress::Bar::new();
        let mut built =
            incremental::rebuild(&self.root, &bar, self.good.as_ref(), &self.since_good, true);
        bar.finish();
        let elapsed = start.elapsed();
        self.count += 1;
        let generation = format!("{:x}-{}", self.run, self.count);
        let mut err = std::io::stderr().lock();
        for d in &built.diagnostics {
            let _ = writeln!(err, "{}", d.render());
        }
        let errors = built.diagnostics.iter().filter(|d| d.is_error()).count();
        let warnings = built.diagnostics.len() - errors;
        let cause = match changed.len() {
            0 => String::new(),
            1 => format!("{} changed: ", changed.first().expect("one")),
            n => format!("{n} files changed: "),
        };
        let source_language = built
            .site
            .as_ref()
            .map(|s| s.config.source_language.clone())
            .or_else(|| previous.map(|p| p.source_language.clone()))
            .unwrap_or_default();
        if errors == 0 {
            let output = Arc::new(std::mem::take(&mut built.output));
            let later = built.later.take().map(|later| {
                let slot = Arc::new(OnceLock::new());
                self.pending = Some(Pending {
                    later,
                    slot: slot.clone(),
                    cause: cause.clone(),
                    warnings,
                    start,
                });
                slot
            });
            if later.is_none() {
                let verb = if self.count == 1 { "built" } else { "rebuilt" };
                let site = built.site.as_ref();
                let line =
                    crate::progress::summary_line(verb, site, output.len(), warnings, elapsed);
                let _ = writeln!(err, "{cause}{line}");
            }
            let old = std::mem::replace(
                &mut self.good,
                built.site.take().map(|site| incremental::Good {
                    site,
                    output: output.clone(),
                    signs: None,
                }),
            );
            // Freeing a large site model takes a while: not before the browser hears.
            std::thread::spawn(move || drop(old));
            self.since_good.clear();
            return Snapshot {
                output,
                later,
                source_language,
                problems: vec![],
                generation,
            };
        }
        let kept = previous.map_or_else(|| Arc::new(Output::new()), |p| p.output.clone());
        let kept_later = previous.and_then(|p| p.later.clone());
        let _ = writeln!(
            err,
            "error: {cause}the site has {errors} error{} and {warnings} warning{}; {}",
            if errors == 1 { "" } else { "s" },
            if warnings == 1 { "" } else { "s" },
            if kept.is_empty() {
                "the browser shows them until they are fixed"
            } else {
                "still serving the last good build, with the errors over every page"
            }
        );
        Snapshot {
            output: kept,
            later: kept_later,
            source_language,
            problems: built.diagnostics,
            generation,
        }
    }

    /// Renders what the last build left for later into its snapshot's slot, and reports the
    /// build. Problems found there (a sign maker template that fails on the new content)
    /// are served like those of a failed build.
    fn finish(&mut self, state: &State) {
        let Some(pending) = self.pending.take() else {
            return;
        };
        let slot = pending.slot.clone();
        let done = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            self.finish_pending(pending, state)
        }));
        // Requests may be waiting for these files: the slot is filled whatever happened
        // (this does nothing when it was).
        let _ = slot.set(Arc::new(Output::new()));
        if done.is_err() {
            self.good = None;
            eprintln!(
                "error: wegweiser failed while rendering the sign maker (a bug: please report it with the change that caused it); its pages are missing until the next change"
            );
        }
    }

    fn finish_pending(&mut self, pending: Pending, state: &State) {
        let Some(good) = self.good.as_ref() else {
            return;
        };
        let (files, diagnostics) = pending.later.render(&good.site);
        let files = Arc::new(files);
        let _ = pending.slot.set(files.clone());
        let mut err = std::io::stderr().lock();
        for d in &diagnostics {
            let _ = writeln!(err, "{}", d.render());
        }
        let errors = diagnostics.iter().filter(|d| d.is_error()).count();
        match self.good.as_mut() {
            Some(good) if errors == 0 => {
                good.signs = Some(files.clone());
                let line = crate::progress::summary_line(
                    "rebuilt",
                    Some(&good.site),
                    good.output.len()
                        + files
                            .keys()
                            .filter(|k| !good.output.contains_key(*k))
                            .count(),
                    pending.warnings + diagnostics.len(),
                    pending.start.elapsed(),
                );
                let _ = writeln!(err, "{}{line}", pending.cause);
            }
            _ => {
                // The next build starts afresh, and the browser shows what went wrong.
                self.good = None;
                let _ = writeln!(
                    err,
                    "error: {}the sign maker could not be rendered; still serving the rest of the build, with the errors over every page",
                    pending.cause
                );
                let current = state.current();
                let generation = format!("{}+signs", current.generation);
                state.replace(Snapshot {
                    output: current.output.clone(),
                    later: current.later.clone(),
                    source_language: current.source_language.clone(),
                    problems: diagnostics,
                    generation,
                });
            }
        }
    }
}

/// A worker: answers requests until the server goes away.
fn answer(server: &tiny_http::Server, state: &State) {
    while let Ok(request) = server.recv() {
        // A bug in answering one request must not take a worker down with it.
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            answer_one(state, request);
        }));
    }
}

fn answer_one(state: &State, request: tiny_http::Request) {
    let method = request.method().as_str().to_string();
    let target = request.url().to_string();
    let path = target.split(['?', '#']).next().unwrap_or_default();
    if path == respond::EVENTS_PATH && method == "GET" {
        let Some(events) = state.listeners.join() else {
            let _ = request.respond(
                tiny_http::Response::from_string("503 too many open pages").with_status_code(503),
            );
            return;
        };
        // Joined before reading the generation: a build in between is announced to it.
        let current = state.current().generation.clone();
        let writer = request.into_writer();
        std::thread::spawn(move || events::stream(writer, &current, &events));
        return;
    }
    let snapshot = state.current();
    let reply = respond::respond(&snapshot, &method, &target);
    let mut response = tiny_http::Response::from_data(reply.body).with_status_code(reply.status);
    let extra = [
        ("Cache-Control", "no-store".to_string()),
        ("X-Content-Type-Options", "nosniff".to_string()),
    ];
    for (name, value) in reply.headers.into_iter().chain(extra) {
        if let Ok(h) = tiny_http::Header::from_bytes(name.as_bytes(), value.as_bytes()) {
            response.add_header(h);
        }
    }
    let _ = request.respond(response);
}

/// The watch on the site's folders. A folder created later (a first `static/`) is watched
/// from the next change on.
struct Watcher {
    root: PathBuf,
    inner: Option<
        notify_debouncer_full::Debouncer<
            notify::RecommendedWatcher,
            notify_debouncer_full::RecommendedCache,
        >,
    >,
    watched: BTreeSet<PathBuf>,
}

impl Watcher {
    fn new(root: &Path, tx: mpsc::Sender<DebounceEventResult>) -> Watcher {
        let inner = match new_debouncer(DEBOUNCE, None, tx) {
            Ok(mut d) => match d.watch(root, RecursiveMode::NonRecursive) {
                Ok(()) => Some(d),
                Err(e) => {
                    eprintln!(
                        "warning: cannot watch `{}`: {e}; changes need a restart",
                        root.display()
                    );
                    None
                }
            },
            Err(e) => {
                eprintln!("warning: cannot watch files: {e}; changes need a restart");
                None
            }
        };
        let mut w = Watcher {
            root: root.to_path_buf(),
            inner,
            watched: BTreeSet::new(),
        };
        w.rearm();
        w
    }

    /// Watches the site's folders that exist now and were not watched yet.
    fn rearm(&mut self) {
        let Some(inner) = &mut self.inner else {
            return;
        };
        self.watched.retain(|d| d.is_dir());
        for dir in WATCHED_DIRS {
            let path = self.root.join(dir);
            if path.is_dir() && !self.watched.contains(&path) {
                match inner.watch(&path, RecursiveMode::Recursive) {
                    Ok(()) => {
                        self.watched.insert(path);
                    }
                    Err(e) => eprintln!("warning: cannot watch `{}`: {e}", path.display()),
                }
            }
        }
    }
}

/// Adds the site files among `events` to `changed`, as the site names them
/// (`content/a.de.md`).
fn collect(root: &Path, events: DebounceEventResult, changed: &mut BTreeSet<String>) {
    let Ok(events) = events else {
        // The watcher lost track (an overflow): build to be safe.
        changed.insert("a file".into());
        return;
    };
    for e in events {
        if e.need_rescan() {
            changed.insert("a file".into());
            continue;
        }
        let relevant = match e.kind {
            EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
            EventKind::Access(_) => false,
            _ => true,
        };
        if !relevant {
            continue;
        }
        for p in &e.paths {
            if let Some(name) = site_file(root, p) {
                changed.insert(name);
            }
        }
    }
}

/// The site's name of a path that a build reads, or `None` for anything else: the output,
/// editors' hidden and backup files, folders beside the site's.
fn site_file(root: &Path, path: &Path) -> Option<String> {
    let rel = path.strip_prefix(root).ok()?;
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    let first = parts.first()?;
    let wanted = if parts.len() == 1 {
        WATCHED_FILES.contains(&first.as_str()) || WATCHED_DIRS.contains(&first.as_str())
    } else {
        WATCHED_DIRS.contains(&first.as_str())
    };
    let junk = parts
        .iter()
        .any(|p| p.starts_with('.') || p.ends_with('~') || p.starts_with('#'));
    (wanted && !junk).then(|| parts.join("/"))
}

fn open_browser(url: &str) {
    let mut command = if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else if cfg!(windows) {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else {
        std::process::Command::new("xdg-open")
    };
    let spawned = command
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if let Err(e) = spawned {
        eprintln!("warning: cannot open a browser ({e}); open {url} yourself");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_sites_inputs_are_watched() {
        let root = Path::new("/site");
        let name = |p: &str| site_file(root, Path::new(p));
        assert_eq!(name("/site/site.yaml"), Some("site.yaml".into()));
        assert_eq!(
            name("/site/content/a/b.de.md"),
            Some("content/a/b.de.md".into())
        );
        assert_eq!(name("/site/static"), Some("static".into()));
        assert_eq!(
            name("/site/themes/default/templates/base.html"),
            Some("themes/default/templates/base.html".into())
        );
        for ignored in [
            "/site/public/de/index.html",
            "/site/.public.staging-1/x",
            "/site/target/debug/x",
            "/site/README.md",
            "/site/content/.a.de.md.swp",
            "/site/content/a.de.md~",
            "/site/content/#a.de.md#",
            "/site/.git/index",
            "/elsewhere/content/a.de.md",
        ] {
            assert_eq!(name(ignored), None, "{ignored}");
        }
    }
}
