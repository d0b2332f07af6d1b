//! Shared by the integration tests: the example site built once per test binary, and the
//! external tools the browser and validation tests need (Chromium, the npm packages in
//! `tests/browser/`, Java), each skipped with a visible message on a developer machine
//! without it and a failure in CI.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// Builds the example site (the repository root) once into a temporary folder.
pub fn built_example() -> &'static Path {
    static OUT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    OUT.get_or_init(|| {
        let out = std::env::temp_dir().join(format!(
            "wegweiser-example-{}-{}",
            std::process::id(),
            module_path!().len()
        ));
        let _ = std::fs::remove_dir_all(&out);
        let stderr = build(Path::new(env!("CARGO_MANIFEST_DIR")), &out);
        // One office was deliberately last verified long ago: the only warning.
        assert_eq!(stderr.matches("warning:").count(), 1, "{stderr}");
        assert!(
            stderr.contains("were last verified")
                && stderr.contains("agentur-fuer-arbeit.de.md:43:16"),
            "{stderr}"
        );
        out
    })
}

/// Builds the site in `root` into `out`; the build must succeed. Returns its messages.
pub fn build(root: &Path, out: &Path) -> String {
    let o = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args(["build", "--root"])
        .arg(root)
        .arg("-o")
        .arg(out)
        .env("NO_COLOR", "1")
        // The day of the build (2026-11-25), for the dated facts: holidays, verification age.
        .env("SOURCE_DATE_EPOCH", "1795564800")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&o.stderr).into_owned();
    assert!(o.status.success(), "the site must build:\n{stderr}");
    stderr
}

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            std::fs::copy(e.path(), target).unwrap();
        }
    }
}

/// A fresh, empty temporary folder.
pub fn scratch_dir(name: &str) -> PathBuf {
    static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("wegweiser-{name}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// A missing tool: a failure in CI, a visible skip elsewhere.
fn missing(what: &str, install: &str) {
    if in_ci() {
        panic!("CI=true but {what} is missing: {install}");
    }
    eprintln!("SKIPPED: this test needs {what} ({install})");
}

/// Debian's Chromium, or `None` on a developer machine without it. In CI its absence is a
/// failure, never a skip.
pub fn chromium() -> Option<PathBuf> {
    for name in ["chromium", "chromium-browser", "google-chrome"] {
        if let Ok(o) = Command::new("which").arg(name).output() {
            if o.status.success() {
                return Some(PathBuf::from(String::from_utf8_lossy(&o.stdout).trim()));
            }
        }
    }
    missing(
        "Chromium",
        "apt-get install chromium fonts-noto-core; .ci/run does",
    );
    None
}

/// A file of the npm packages pinned in `tests/browser/package.json` (axe-core, vnu-jar).
pub fn npm_file(rel: &str) -> Option<PathBuf> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/browser/node_modules")
        .join(rel);
    if path.is_file() {
        return Some(path);
    }
    missing(
        &format!("tests/browser/node_modules/{rel}"),
        "run `npm ci` in tests/browser; .ci/run does",
    );
    None
}

/// A Java runtime for the Nu Html Checker.
pub fn java() -> Option<PathBuf> {
    if Command::new("java").arg("-version").output().is_ok() {
        return Some(PathBuf::from("java"));
    }
    missing("Java", "apt-get install default-jre-headless");
    None
}

/// Chromium, pdfinfo, pdftoppm (poppler-utils) and zbarimg (zbar-tools) for the paper tests,
/// or `None` on a developer machine without them. In CI their absence is a failure.
pub fn paper_tools() -> Option<PathBuf> {
    let chromium = chromium()?;
    let missing: Vec<&str> = ["pdfinfo", "pdftoppm", "pdftotext", "zbarimg"]
        .into_iter()
        .filter(|t| {
            !Command::new("which")
                .arg(t)
                .output()
                .is_ok_and(|o| o.status.success())
        })
        .collect();
    if missing.is_empty() {
        return Some(chromium);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!(
            "CI=true but {} missing: .ci/run must install poppler-utils and zbar-tools",
            missing.join(", ")
        );
    }
    eprintln!(
        "SKIPPED: paper tests need {} (apt-get install poppler-utils zbar-tools)",
        missing.join(", ")
    );
    None
}
