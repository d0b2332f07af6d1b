//! Fixture sites under `tests/fixtures/NAME/`, built with the real binary.
//!
//! A fixture with an `expected/` folder must build (exit 0) and give exactly those files
//! (the theme's static files are only checked to exist). A fixture with `expected.stderr`
//! must fail (exit 1) with exactly that text, and leave the previous output untouched.
//! `SNAPSHOTS=overwrite cargo test` re-blesses the snapshots: review the diff before
//! committing.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn overwrite() -> bool {
    std::env::var("SNAPSHOTS").is_ok_and(|v| v == "overwrite")
}

/// A copy of a fixture in a fresh temporary folder.
pub fn scratch(name: &str) -> PathBuf {
    static COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    let dir =
        std::env::temp_dir().join(format!("wegweiser-test-{name}-{}-{n}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    copy_dir(&fixtures().join(name).join("site"), &dir);
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for e in fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.file_type().unwrap().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            fs::copy(e.path(), target).unwrap();
        }
    }
}

pub fn wegweiser(dir: &Path, args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

pub fn read_tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    fn walk(base: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        let mut entries: Vec<_> = fs::read_dir(dir).unwrap().map(|e| e.unwrap()).collect();
        entries.sort_by_key(|e| e.file_name());
        for e in entries {
            let p = e.path();
            if p.is_dir() {
                walk(base, &p, out);
            } else {
                let rel = p
                    .strip_prefix(base)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/");
                out.insert(rel, fs::read(&p).unwrap());
            }
        }
    }
    walk(dir, dir, &mut out);
    out
}

fn is_pinned(path: &str) -> bool {
    !path.starts_with("theme/") && path != ".wegweiser-output"
}

/// Builds a fixture and compares its whole output with `expected/`.
fn check_output(name: &str) {
    let dir = scratch(name);
    let (code, _, stderr) = wegweiser(&dir, &["build"]);
    assert_eq!(code, 0, "{name} failed to build:\n{stderr}");
    let got: BTreeMap<String, Vec<u8>> = read_tree(&dir.join("public"))
        .into_iter()
        .filter(|(p, _)| is_pinned(p))
        .collect();
    let expected_dir = fixtures().join(name).join("expected");
    if overwrite() {
        let _ = fs::remove_dir_all(&expected_dir);
        for (p, bytes) in &got {
            let target = expected_dir.join(p);
            fs::create_dir_all(target.parent().unwrap()).unwrap();
            fs::write(target, bytes).unwrap();
        }
    }
    let expected = read_tree(&expected_dir);
    let missing: Vec<&String> = expected.keys().filter(|k| !got.contains_key(*k)).collect();
    let extra: Vec<&String> = got.keys().filter(|k| !expected.contains_key(*k)).collect();
    assert!(
        missing.is_empty() && extra.is_empty(),
        "{name}: files missing {missing:?}, unexpected {extra:?}"
    );
    for (p, bytes) in &expected {
        let g = &got[p];
        if g != bytes {
            let (e, g) = (String::from_utf8_lossy(bytes), String::from_utf8_lossy(g));
            let line = e
                .lines()
                .zip(g.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            panic!(
                "{name}: {p} differs from the snapshot at line {}:\n  expected: {}\n       got: {}\n(SNAPSHOTS=overwrite cargo test re-blesses)",
                line + 1,
                e.lines().nth(line).unwrap_or(""),
                g.lines().nth(line).unwrap_or("")
            );
        }
    }
    assert!(
        dir.join("public/theme/style.css").is_file(),
        "the theme's stylesheet is copied"
    );
    let _ = fs::remove_dir_all(&dir);
}

/// Builds a broken fixture over a previous output: exit 1, the exact messages, and the old
/// output untouched.
fn check_errors(name: &str) {
    let dir = scratch(name);
    let public = dir.join("public");
    fs::create_dir_all(&public).unwrap();
    fs::write(public.join(".wegweiser-output"), "old").unwrap();
    fs::write(public.join("index.html"), "the old site").unwrap();
    let before = read_tree(&public);
    let (code, stdout, stderr) = wegweiser(&dir, &["build"]);
    let path = fixtures().join(name).join("expected.stderr");
    if overwrite() {
        fs::write(&path, &stderr).unwrap();
    }
    let expected = fs::read_to_string(&path).unwrap_or_default();
    assert_eq!(
        stderr, expected,
        "{name}: the messages differ (SNAPSHOTS=overwrite cargo test re-blesses)"
    );
    assert_eq!(code, 1, "{name}: exit code");
    assert_eq!(stdout, "");
    assert_eq!(
        read_tree(&public),
        before,
        "{name}: a failed build must leave public/ as it was"
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn basic_site_output_is_pinned() {
    check_output("basic");
}

#[test]
fn broken_content_is_reported_all_at_once() {
    check_errors("broken-content");
}

#[test]
fn broken_config_is_reported() {
    check_errors("broken-config");
}

#[test]
fn broken_template_is_reported() {
    check_errors("broken-template");
}

/// `check` over a site with broken anchors, images and headings: exit 1, the exact messages
/// (`expected.check.stderr`) and the exact JSON (`expected.check.json`), nothing written.
#[test]
fn check_reports_anchors_images_alt_texts_and_headings() {
    let dir = scratch("check-problems");
    let fixture = fixtures().join("check-problems");
    let (code, stdout, stderr) = wegweiser(&dir, &["check"]);
    let (json_code, json, json_stderr) = wegweiser(&dir, &["check", "--format", "json"]);
    if overwrite() {
        fs::write(fixture.join("expected.check.stderr"), &stderr).unwrap();
        fs::write(fixture.join("expected.check.json"), &json).unwrap();
    }
    let expected = fs::read_to_string(fixture.join("expected.check.stderr")).unwrap_or_default();
    assert_eq!(
        stderr, expected,
        "(SNAPSHOTS=overwrite cargo test re-blesses)"
    );
    assert_eq!((code, stdout.as_str()), (1, ""));
    let expected = fs::read_to_string(fixture.join("expected.check.json")).unwrap_or_default();
    assert_eq!(
        json, expected,
        "(SNAPSHOTS=overwrite cargo test re-blesses)"
    );
    assert_eq!((json_code, json_stderr.as_str()), (1, ""));
    let parsed: serde_json::Value = serde_json::from_str(&json).expect("valid JSON");
    for d in parsed.as_array().unwrap() {
        let keys: Vec<&String> = d.as_object().unwrap().keys().collect();
        assert_eq!(
            keys.len(),
            6,
            "severity, file, line, column, message, hint: {d}"
        );
    }
    assert!(!dir.join("public").exists(), "check writes nothing");
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn two_builds_are_byte_identical() {
    let dir = scratch("basic");
    let (code, _, e) = wegweiser(&dir, &["build", "-o", "one"]);
    assert_eq!(code, 0, "{e}");
    let (code, _, e) = wegweiser(&dir, &["build", "-o", "two"]);
    assert_eq!(code, 0, "{e}");
    assert_eq!(read_tree(&dir.join("one")), read_tree(&dir.join("two")));
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_foreign_output_folder_is_refused() {
    let dir = scratch("basic");
    fs::create_dir_all(dir.join("mine")).unwrap();
    fs::write(dir.join("mine/notes.txt"), "my notes").unwrap();
    let (code, _, stderr) = wegweiser(&dir, &["build", "-o", "mine"]);
    assert_eq!(code, 1);
    assert_eq!(
        stderr,
        "error: `mine` is not empty and was not written by wegweiser; refusing to replace it\n"
    );
    assert_eq!(
        fs::read_to_string(dir.join("mine/notes.txt")).unwrap(),
        "my notes"
    );
    let (code, _, stderr) = wegweiser(&dir, &["build", "-o", "content"]);
    assert_eq!(code, 1, "{stderr}");
    let (code, _, _) = wegweiser(&dir, &["build", "-o", "."]);
    assert_eq!(code, 1);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn usage_errors_exit_2() {
    let dir = std::env::temp_dir();
    let (code, _, stderr) = wegweiser(&dir, &["bulid"]);
    assert_eq!(code, 2, "{stderr}");
    let (code, stdout, _) = wegweiser(&dir, &["--version"]);
    assert_eq!(
        (code, stdout.trim()),
        (0, concat!("wegweiser ", env!("CARGO_PKG_VERSION")))
    );
}
