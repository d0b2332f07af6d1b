//! Shared by the integration tests: the example site built once per test binary.
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
        let o = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
            .args(["build", "--root", env!("CARGO_MANIFEST_DIR"), "-o"])
            .arg(&out)
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert!(o.status.success(), "the example site must build:\n{stderr}");
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
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("CI=true but no Chromium is installed: .ci/run must install Debian's chromium");
    }
    eprintln!("SKIPPED: browser tests need Chromium (apt-get install chromium fonts-noto-core)");
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
