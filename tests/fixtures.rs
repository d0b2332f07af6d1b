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
        // The day of the build (2026-11-25), for the dated facts: holidays, verification age.
        .env("SOURCE_DATE_EPOCH", "1795564800")
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

/// A copy of a fixture whose site has its own theme `theme`, of which the fixture keeps only
/// the files that differ from the default theme: the default theme's other files are copied
/// next to them, as a site that copied the default theme and changed it has them.
pub fn scratch_with_theme(name: &str, theme: &str) -> PathBuf {
    fn copy_missing(from: &Path, to: &Path) {
        fs::create_dir_all(to).unwrap();
        for e in fs::read_dir(from).unwrap() {
            let e = e.unwrap();
            let target = to.join(e.file_name());
            if e.file_type().unwrap().is_dir() {
                copy_missing(&e.path(), &target);
            } else if !target.exists() && e.file_name() != "README.md" {
                fs::copy(e.path(), target).unwrap();
            }
        }
    }
    let dir = scratch(name);
    let default = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default");
    copy_missing(&default, &dir.join("themes").join(theme));
    dir
}

/// Builds a fixture and compares its whole output with `expected/`.
fn check_output(name: &str) {
    check_output_of(name, scratch(name));
}

/// Builds the copy `dir` of a fixture and compares its whole output with `expected/`.
fn check_output_of(name: &str, dir: PathBuf) {
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
    check_errors_of(
        name,
        scratch(name),
        &fixtures().join(name).join("expected.stderr"),
    );
}

/// `check_errors` for the copy `dir` of a fixture, with the messages pinned in `path`.
fn check_errors_of(name: &str, dir: PathBuf, path: &Path) {
    let public = dir.join("public");
    fs::create_dir_all(&public).unwrap();
    fs::write(public.join(".wegweiser-output"), "old").unwrap();
    fs::write(public.join("index.html"), "the old site").unwrap();
    let before = read_tree(&public);
    let (code, stdout, stderr) = wegweiser(&dir, &["build"]);
    if overwrite() {
        fs::write(path, &stderr).unwrap();
    }
    let expected = fs::read_to_string(path).unwrap_or_default();
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

/// `wegweiser check` on a fixture: exit code and the exact messages.
fn check_messages(name: &str, want_code: i32) {
    let dir = scratch(name);
    let (code, _, stderr) = wegweiser(&dir, &["check"]);
    let path = fixtures().join(name).join("expected.stderr");
    if overwrite() {
        fs::write(&path, &stderr).unwrap();
    }
    assert_eq!(
        stderr,
        fs::read_to_string(&path).unwrap_or_default(),
        "{name}: the messages differ (SNAPSHOTS=overwrite cargo test re-blesses)"
    );
    assert_eq!(code, want_code, "{name}: exit code");
    assert!(!dir.join("public").exists(), "check writes nothing");
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn check_finds_a_changed_phone_number_and_structural_drift() {
    check_messages("drift", 1);
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

#[test]
fn new_starts_a_page_of_a_kind_and_never_overwrites() {
    let dir = scratch("basic");
    let (code, _, stderr) = wegweiser(&dir, &["new", "office", "behoerden/sozialamt"]);
    assert_eq!(code, 0, "{stderr}");
    let file = dir.join("content/behoerden/sozialamt.de.md");
    let text = fs::read_to_string(&file).unwrap();
    assert!(
        text.starts_with("---\n")
            && text.contains("kind: office")
            && text.contains("# opening_hours: \"Mo-Fr 08:00-12:00; PH off\"")
    );
    // The empty required fields are what the editor must fill in.
    let (code, _, stderr) = wegweiser(&dir, &["check"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("error: `title` is empty\n --> content/behoerden/sozialamt.de.md:3:1"),
        "{stderr}"
    );
    assert!(
        stderr.contains("warning: the page still has the placeholder text of `wegweiser new`"),
        "{stderr}"
    );
    fs::write(&file, "mine").unwrap();
    let (code, _, stderr) = wegweiser(&dir, &["new", "office", "behoerden/sozialamt"]);
    assert_eq!(code, 1, "{stderr}");
    assert_eq!(fs::read_to_string(&file).unwrap(), "mine");
    let (code, _, stderr) = wegweiser(&dir, &["new", "ofice", "x"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("did you mean `office`?"), "{stderr}");
    let (code, _, _) = wegweiser(&dir, &["new", "page", "../outside"]);
    assert_eq!(code, 2);
    assert!(!dir.join("outside.de.md").exists());
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn status_json_is_pinned() {
    let dir = scratch("basic");
    let (code, stdout, stderr) = wegweiser(&dir, &["status", "--format", "json"]);
    assert_eq!(code, 0, "{stderr}");
    let path = fixtures().join("basic").join("expected.status.json");
    if overwrite() {
        fs::write(&path, &stdout).unwrap();
    }
    assert_eq!(
        stdout,
        fs::read_to_string(&path).unwrap(),
        "(SNAPSHOTS=overwrite cargo test re-blesses)"
    );
    let (code, _, _) = wegweiser(&dir, &["status", "--fail-on", "outdated"]);
    assert_eq!(code, 1, "the Arabic home page is outdated");
    let (code, _, _) = wegweiser(&dir, &["status", "--fail-on", "missing", "--lang", "en"]);
    assert_eq!(code, 1, "English lacks two pages");
    let (code, _, stderr) = wegweiser(&dir, &["status", "--lang", "ra"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("did you mean `ar`?"), "{stderr}");
    let _ = fs::remove_dir_all(&dir);
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args([
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@example.org",
            "-c",
            "commit.gpgsign=false",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn an_edit_of_the_source_outdates_translations_and_the_diff_shows_it() {
    let dir = scratch("basic");
    let (code, stdout, _) = wegweiser(&dir, &["status", "--lang", "ar", "--diff", "behoerden/amt"]);
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        "content/behoerden/amt.ar.md is up to date with its source\n"
    );
    let (code, _, stderr) = wegweiser(&dir, &["status", "--lang", "ar", "--diff", "_index"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("records no `source_hash`"), "{stderr}");

    git(&dir, &["init", "-q"]);
    git(&dir, &["add", "."]);
    git(&dir, &["commit", "-q", "-m", "first"]);
    let source = dir.join("content/behoerden/amt.de.md");
    let text = fs::read_to_string(&source).unwrap();
    // A whitespace-only edit changes nothing.
    fs::write(
        &source,
        text.replace(
            "Bitte vereinbaren Sie einen Termin.",
            "Bitte vereinbaren   Sie\neinen Termin.",
        ),
    )
    .unwrap();
    let (_, stdout, _) = wegweiser(&dir, &["status", "--format", "json"]);
    let ar = stdout.split("\"tag\": \"ar\"").nth(1).unwrap();
    assert!(ar.contains("\"outdated\": 1"), "only the home page: {ar}");
    // A real edit outdates the translation; the page says so in Arabic.
    fs::write(
        &source,
        text.replace(
            "Bitte vereinbaren Sie einen Termin.",
            "Bitte vereinbaren Sie online einen Termin.",
        )
        .replace("updated: 2026-11-01", "updated: 2026-11-24"),
    )
    .unwrap();
    git(&dir, &["commit", "-q", "-am", "online"]);
    let (_, stdout, _) = wegweiser(&dir, &["status", "--format", "json"]);
    let ar = stdout.split("\"tag\": \"ar\"").nth(1).unwrap();
    assert!(ar.contains("\"outdated\": 2"), "{ar}");
    let (code, _, e) = wegweiser(&dir, &["build"]);
    assert_eq!(code, 0, "{e}");
    let page = fs::read_to_string(dir.join("public/ar/behoerden/amt/index.html")).unwrap();
    assert!(
        page.contains("تم تعديل النص الأصلي بتاريخ"),
        "the outdated notice, in Arabic"
    );
    assert!(
        page.contains("24 نوفمبر 2026"),
        "with the date of the change"
    );
    let (code, stdout, stderr) =
        wegweiser(&dir, &["status", "--lang", "ar", "--diff", "behoerden/amt"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stdout.contains(
            "-Bitte vereinbaren Sie einen Termin.\n+Bitte vereinbaren Sie online einen Termin."
        ),
        "{stdout}"
    );
    // A minor edit that keeps the previous hash does not outdate.
    let hash = fs::read_to_string(dir.join("content/behoerden/amt.ar.md"))
        .unwrap()
        .lines()
        .find_map(|l| l.strip_prefix("source_hash: ").map(String::from))
        .unwrap();
    let edited = fs::read_to_string(&source).unwrap().replacen(
        "---\n",
        &format!("---\nminor: true\nprevious_hash: {hash}\n"),
        1,
    );
    fs::write(&source, edited).unwrap();
    let (_, stdout, _) = wegweiser(&dir, &["status", "--format", "json"]);
    let ar = stdout.split("\"tag\": \"ar\"").nth(1).unwrap();
    assert!(ar.contains("\"outdated\": 1"), "{ar}");
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn without_git_the_diff_says_why_it_cannot() {
    let dir = std::env::temp_dir().join(format!("wegweiser-nogit-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    copy_dir(&fixtures().join("basic/site"), &dir);
    let source = dir.join("content/behoerden/amt.de.md");
    fs::write(
        &source,
        fs::read_to_string(&source)
            .unwrap()
            .replace("Termin.", "Termin online."),
    )
    .unwrap();
    let (code, _, stderr) = wegweiser(&dir, &["status", "--lang", "ar", "--diff", "behoerden/amt"]);
    assert_eq!(code, 1);
    // /tmp may itself sit inside no repository; either way the message names git.
    assert!(stderr.contains("git"), "{stderr}");
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn translate_starts_a_stamped_file_and_never_overwrites() {
    let dir = scratch("basic");
    let (code, _, stderr) = wegweiser(&dir, &["translate", "en", "behoerden/amt"]);
    assert_eq!(code, 0, "{stderr}");
    let text = fs::read_to_string(dir.join("content/behoerden/amt.en.md")).unwrap();
    let draft =
        "---\ndraft: true  # remove this line when the translation is done: then it is published\n";
    assert!(text.starts_with(&format!("{draft}title: Ausländerbehörde\nsummary: Aufenthalt und Visa.\nservices: Aufenthaltstitel und Verlängerungen.\nbooking: Rufen Sie an.\nbring:\n- Reisepass\n- Foto\nsource_hash: ")), "{text}");
    assert!(
        !text.contains("phone"),
        "language-neutral fields stay in the source"
    );
    let (code, _, _) = wegweiser(&dir, &["build"]);
    assert_eq!(code, 0, "a fresh translation builds");
    let (code, _, stderr) = wegweiser(&dir, &["translate", "en", "behoerden/amt"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("hint: it is a draft: finish the translation there"),
        "{stderr}"
    );
    let (code, _, stderr) = wegweiser(&dir, &["stamp", "en", "behoerden/amt"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("error: content/behoerden/amt.en.md is a draft"),
        "{stderr}"
    );
    // Untranslated, it is not published: English readers get the German page, said so.
    let en_page = fs::read_to_string(dir.join("public/en/behoerden/amt/index.html")).unwrap();
    assert!(en_page.contains("lang=\"de\""), "{en_page}");
    let en_status = |dir: &Path| {
        let (_, stdout, _) = wegweiser(dir, &["status", "--format", "json"]);
        stdout
            .split("\"tag\": \"en\"")
            .nth(1)
            .unwrap()
            .split("\"tag\"")
            .next()
            .unwrap()
            .to_string()
    };
    let en = en_status(&dir);
    assert!(
        en.contains("\"page\": \"behoerden/amt\"") && en.contains("\"state\": \"draft\""),
        "a fresh translation is a draft: {en}"
    );
    // Published without being translated: a warning says so.
    let en_file = dir.join("content/behoerden/amt.en.md");
    fs::write(&en_file, text.replacen(draft, "---\n", 1)).unwrap();
    let (code, _, stderr) = wegweiser(&dir, &["build"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("warning: this translation's text is the `de` text, unchanged\n  --> content/behoerden/amt.en.md:12:1"),
        "{stderr}"
    );
    assert!(
        !en_status(&dir).contains("behoerden/amt"),
        "a translation with the current source_hash is up to date"
    );
    let (code, _, stderr) = wegweiser(&dir, &["translate", "en", "behoerden/amt"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("exists already"), "{stderr}");
    let (code, _, stderr) = wegweiser(&dir, &["translate", "en", "behoerden/amd"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("did you mean `behoerden/amt`?"), "{stderr}");
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn check_reports_fluent_coverage() {
    check_messages("fluent", 1);
}

#[test]
fn the_dashboard_is_one_self_contained_page() {
    let dir = scratch("basic");
    let (code, _, stderr) = wegweiser(&dir, &["status", "--html", "dash"]);
    assert_eq!(code, 0, "{stderr}");
    let html = fs::read_to_string(dir.join("dash/index.html")).unwrap();
    assert!(
        html.contains("<a class=\"s-ok\" href=\"../content/behoerden/amt.ar.md\">up to date</a>"),
        "{html}"
    );
    assert!(html.contains("<a class=\"s-outdated\" href=\"../content/_index.ar.md\">outdated</a>"));
    assert!(
        html.contains("body:has(#only-ar:checked) .lang:not(.l-ar)"),
        "filters per language without JavaScript"
    );
    assert!(
        !html.contains("<script") && !html.contains("http://") && !html.contains("https://"),
        "self-contained"
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn every_kind_of_broken_file_is_reported() {
    check_errors("broken-files");
}

#[test]
fn a_huge_file_is_refused_without_reading_it() {
    let dir = scratch("basic");
    let big = "x".repeat(50 * 1024 * 1024);
    fs::write(
        dir.join("content/gross.de.md"),
        format!("---\ntitle: Groß\n---\n{big}"),
    )
    .unwrap();
    let (code, _, stderr) = wegweiser(&dir, &["build"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("error: the file is too large (52 MB)\n --> content/gross.de.md\n"),
        "{stderr}"
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn output_is_the_same_with_one_thread_and_in_any_file_order() {
    let dir = scratch("basic");
    let one = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args(["build", "-o", "one"])
        .current_dir(&dir)
        .env("RAYON_NUM_THREADS", "1")
        .output()
        .unwrap();
    assert!(one.status.success());
    let many = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args(["build", "-o", "many"])
        .current_dir(&dir)
        .env("RAYON_NUM_THREADS", "8")
        .output()
        .unwrap();
    assert!(many.status.success());
    assert_eq!(read_tree(&dir.join("one")), read_tree(&dir.join("many")));
    // The same files created in the opposite order.
    let reversed = std::env::temp_dir().join(format!("wegweiser-reversed-{}", std::process::id()));
    let _ = fs::remove_dir_all(&reversed);
    let files = read_tree(&fixtures().join("basic/site"));
    for (path, bytes) in files.iter().rev() {
        let target = reversed.join(path);
        fs::create_dir_all(target.parent().unwrap()).unwrap();
        fs::write(target, bytes).unwrap();
    }
    let (code, _, e) = wegweiser(&reversed, &["build"]);
    assert_eq!(code, 0, "{e}");
    assert_eq!(
        read_tree(&reversed.join("public")),
        read_tree(&dir.join("one"))
    );
    let _ = fs::remove_dir_all(&dir);
    let _ = fs::remove_dir_all(&reversed);
}

#[test]
fn a_broken_page_is_one_error_and_a_page_in_anothers_place_is_an_error() {
    let dir = scratch("basic");
    // A quote left open: one error at the quote, not one per link and translation.
    let amt = dir.join("content/behoerden/amt.de.md");
    let text = fs::read_to_string(&amt).unwrap();
    fs::write(
        &amt,
        text.replacen("title: Ausländerbehörde", "title: \"Ausländerbehörde", 1),
    )
    .unwrap();
    let (code, _, e) = wegweiser(&dir, &["build"]);
    assert_eq!(code, 1);
    assert!(
        e.contains("error: invalid YAML: the quote `\"` opened here is not closed on its line\n --> content/behoerden/amt.de.md:2:8"),
        "{e}"
    );
    assert!(e.contains("the site has 1 error"), "{e}");
    fs::write(&amt, text).unwrap();

    // Two files for one address, and a page where the sign maker is.
    fs::create_dir_all(dir.join("content/behoerden/amt")).unwrap();
    fs::write(
        dir.join("content/behoerden/amt/_index.de.md"),
        "---\ntitle: Doppelt\n---\n",
    )
    .unwrap();
    fs::write(
        dir.join("content/signs.de.md"),
        "---\ntitle: Schilder\n---\n",
    )
    .unwrap();
    let (code, _, e) = wegweiser(&dir, &["build"]);
    assert_eq!(code, 1);
    assert!(
        e.contains("error: `content/behoerden/amt/_index.de.md` and `content/behoerden/amt.de.md` are both the page at `/LANG/behoerden/amt/`"),
        "{e}"
    );
    assert!(
        e.contains("error: this page would be at `/LANG/signs/`, where the sign maker is\n --> content/signs.de.md"),
        "{e}"
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_broken_file_elsewhere_does_not_stop_a_translator() {
    let dir = scratch("basic");
    let beratung = dir.join("content/behoerden/beratung.de.md");
    let text = fs::read_to_string(&beratung).unwrap();
    fs::write(&beratung, text.replacen("title: ", "title: \"", 1)).unwrap();
    // The table and the to-do list, and exit 1: the site has an error.
    let (code, stdout, e) = wegweiser(&dir, &["status", "--lang", "ar"]);
    assert_eq!(code, 1, "{e}");
    assert!(e.contains("content/behoerden/beratung.de.md:2:8"), "{e}");
    assert!(
        e.contains(
            "warning: the site has 1 error (above); this works with the pages that could be read"
        ),
        "{e}"
    );
    assert!(
        stdout.contains("To do for") || e.contains("To do for"),
        "{stdout}{e}"
    );
    // A translation whose own file is broken is listed as such, not as missing.
    let amt_ar = dir.join("content/behoerden/amt.ar.md");
    let ar_text = fs::read_to_string(&amt_ar).unwrap();
    fs::write(&amt_ar, ar_text.replacen("title: ", "title: \"", 1)).unwrap();
    let (_, stdout, e) = wegweiser(&dir, &["status", "--lang", "ar"]);
    assert!(
        stdout.contains("errors    behoerden/amt")
            && stdout.contains("fix the errors in content/behoerden/amt.ar.md"),
        "{stdout}{e}"
    );
    fs::write(&amt_ar, ar_text).unwrap();
    let (code, _, e) = wegweiser(&dir, &["translate", "en", "impressum"]);
    assert_eq!(code, 0, "{e}");
    assert!(dir.join("content/impressum.en.md").is_file());
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn build_refuses_images_from_other_sites_and_says_what_raw_html_it_removes() {
    let dir = scratch("basic");
    let amt = dir.join("content/behoerden/amt.de.md");
    let text = fs::read_to_string(&amt).unwrap();
    let hostile = "\n<script>alert(1)</script>\n\n<a href=\"javascript:alert(1)\">x</a> <img src=x onerror=\"alert(1)\"> <details><summary>Mehr</summary>Text</details> <abbr title=\"x\">A</abbr>\n";
    fs::write(&amt, format!("{text}{hostile}")).unwrap();
    let (code, _, e) = wegweiser(&dir, &["build"]);
    assert_eq!(code, 0, "{e}");
    assert!(
        e.contains("warning: raw HTML `<script>` is removed from the page"),
        "{e}"
    );
    assert!(
        e.contains("warning: a script address in raw HTML is removed from the page"),
        "{e}"
    );
    assert!(
        e.contains("warning: the attribute `onerror` of raw HTML is removed from the page"),
        "{e}"
    );
    assert_eq!(
        e.matches("warning:").count(),
        3,
        "harmless HTML is kept silently: {e}"
    );
    let page = fs::read_to_string(dir.join("public/de/behoerden/amt/index.html")).unwrap();
    assert!(
        !page.contains("alert(1)") && page.contains("<details>"),
        "{page}"
    );

    fs::write(
        &amt,
        format!("{text}\n![Karte](https://tiles.example.net/karte.png)\n"),
    )
    .unwrap();
    let (code, _, e) = wegweiser(&dir, &["build"]);
    assert_eq!(code, 1, "{e}");
    assert!(
        e.contains(
            "error: the image `https://tiles.example.net/karte.png` is loaded from another site"
        ),
        "{e}"
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_string_defined_twice_and_a_file_for_no_language_are_warned_about() {
    let dir = scratch("basic");
    let de = dir.join("translations/de.ftl");
    let text = fs::read_to_string(&de).unwrap_or_default();
    fs::write(
        &de,
        format!("{text}\nsite-title = Zweimal\nsite-title = Dreimal\n"),
    )
    .unwrap();
    fs::write(dir.join("translations/pl.ftl"), "site-title = Po polsku\n").unwrap();
    let (code, _, e) = wegweiser(&dir, &["build"]);
    assert_eq!(code, 0, "{e}");
    assert_eq!(
        e.matches("is defined again in this file; the last definition is used")
            .count(),
        2,
        "{e}"
    );
    assert!(
        e.contains("warning: `pl` is not a language of this site: this file is not read\n --> translations/pl.ftl"),
        "{e}"
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn print_and_build_never_replace_each_others_folder() {
    let dir = scratch("basic");
    let (code, _, e) = wegweiser(&dir, &["build"]);
    assert_eq!(code, 0, "{e}");
    // Also a site written by an older wegweiser, whose marker did not say what it held.
    fs::write(
        dir.join("public/.wegweiser-output"),
        "This folder was written by wegweiser and is replaced by each build.\n",
    )
    .unwrap();
    let (code, _, e) = wegweiser(&dir, &["print", "--lang", "de", "-o", "public"]);
    assert_eq!(code, 1, "{e}");
    assert!(
        e.contains(
            "error: `public` holds a site built by `wegweiser build`; refusing to replace it"
        ),
        "{e}"
    );
    assert!(
        dir.join("public/de/behoerden/amt/index.html").is_file(),
        "the site is still there"
    );
    // And the other way round.
    let (code, _, e) = wegweiser(&dir, &["print", "--lang", "de"]);
    assert_eq!(code, 0, "{e}");
    let (code, _, e) = wegweiser(&dir, &["build", "-o", "print"]);
    assert_eq!(code, 1, "{e}");
    assert!(
        e.contains("holds sheets printed by `wegweiser print`"),
        "{e}"
    );
    assert!(dir.join("print/signs.html").is_file());
    // Each replaces its own.
    let (code, _, e) = wegweiser(&dir, &["print", "--lang", "de,ar"]);
    assert_eq!(code, 0, "{e}");
    let (code, _, e) = wegweiser(&dir, &["build"]);
    assert_eq!(code, 0, "{e}");
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_mistake_in_site_yaml_does_not_hide_the_mistakes_in_the_content() {
    let dir = scratch("basic");
    let (code, _, e) = wegweiser(&dir, &["build"]);
    assert_eq!(code, 0, "{e}");
    let before = fs::read(dir.join("public/de/behoerden/amt/index.html")).unwrap();
    let yaml = fs::read_to_string(dir.join("site.yaml")).unwrap();
    let yaml = yaml.replacen(
        "base_url: https://example.org/guide",
        "base_url: example.org/guide",
        1,
    );
    fs::write(
        dir.join("site.yaml"),
        format!("{yaml}holidays: {{ region: DE-NX }}\n"),
    )
    .unwrap();
    let amt = dir.join("content/behoerden/amt.de.md");
    let text = fs::read_to_string(&amt).unwrap();
    fs::write(&amt, text.replacen("; Th 08:00", "; Tx 08:00", 1)).unwrap();

    let (code, _, e) = wegweiser(&dir, &["build"]);
    assert_eq!(code, 1);
    assert!(
        e.contains("error: `base_url` must be an absolute http(s) URL, not `example.org/guide`\n --> site.yaml:1:11"),
        "{e}"
    );
    assert!(
        e.contains("error: `DE-NX` is not a region wegweiser knows the holidays of"),
        "{e}"
    );
    assert!(
        e.contains("error: invalid opening hours: `Tx` is not a weekday\n  --> content/behoerden/amt.de.md:18:"),
        "{e}"
    );
    assert!(e.contains("the site has 3 errors"), "{e}");
    assert_eq!(
        fs::read(dir.join("public/de/behoerden/amt/index.html")).unwrap(),
        before,
        "the last good output stays"
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn public_holidays_follow_the_sites_region_and_its_own_days() {
    let dir = scratch("basic");
    let yaml = fs::read_to_string(dir.join("site.yaml")).unwrap();
    // Mistakes first: all three are reported in one run, at their values.
    fs::write(
        dir.join("site.yaml"),
        format!("{yaml}holidays:\n  region: DE-NS\n  extra:\n    - date: 24.12.\n      id: heiligabend\n    - date: 06-15\n      id: Schützenfest\n"),
    )
    .unwrap();
    let (code, _, e) = wegweiser(&dir, &["build"]);
    assert_eq!(code, 1);
    assert!(
        e.contains(
            "error: `DE-NS` is not a region wegweiser knows the holidays of\n  --> site.yaml:17:11"
        ),
        "{e}"
    );
    assert!(e.contains("hint: did you mean `DE-NI`?"), "{e}");
    assert!(
        e.contains("error: `24.12.` is not a date\n  --> site.yaml:19:13"),
        "{e}"
    );
    assert!(
        e.contains("error: `Schützenfest` is not a holiday id\n  --> site.yaml:22:11"),
        "{e}"
    );
    assert!(e.contains("the site has 3 errors"), "{e}");

    // Bavaria without Epiphany, with Christmas Eve named only in German: the other
    // languages show the German name (their fallback), and the build says nothing.
    fs::write(
        dir.join("site.yaml"),
        format!("{yaml}holidays:\n  region: DE-BY\n  remove: [epiphany]\n  extra:\n    - date: 12-24\n      id: christmas-eve\n"),
    )
    .unwrap();
    let (code, _, e) = wegweiser(&dir, &["build"]);
    assert_eq!(code, 1);
    assert!(
        e.contains("error: the public holiday `christmas-eve` has no name\n  --> site.yaml:21:11"),
        "{e}"
    );
    let de_ftl = dir.join("translations/de.ftl");
    let ftl = fs::read_to_string(&de_ftl).unwrap_or_default();
    fs::write(
        &de_ftl,
        format!("{ftl}\nholiday-christmas-eve = Heiligabend\n"),
    )
    .unwrap();
    let (code, _, e) = wegweiser(&dir, &["build"]);
    assert_eq!(code, 0, "{e}");
    // Without the isolation marks around Fluent's placeables.
    let read = |p: &str| {
        fs::read_to_string(dir.join(p))
            .unwrap()
            .replace(['\u{2068}', '\u{2069}'], "")
    };
    let de = read("public/de/behoerden/amt/index.html");
    let en = read("public/en/behoerden/amt/index.html");
    assert!(
        de.contains("<time datetime=\"2026-12-24\">24. Dezember 2026</time>: Heiligabend"),
        "{de}"
    );
    assert!(
        en.contains("<time datetime=\"2026-12-24\">24 December 2026</time>: Heiligabend"),
        "{en}"
    );
    assert!(
        en.contains("<time datetime=\"2027-05-27\">27 May 2027</time>: Corpus Christi"),
        "{en}"
    );
    assert!(
        !en.contains("Epiphany") && !en.contains("Reformation Day"),
        "{en}"
    );
    let _ = fs::remove_dir_all(&dir);
}

// ---- a theme's kinds.yaml: fields added to a built-in kind, kinds of its own ----

fn theme_kinds() -> PathBuf {
    scratch_with_theme("theme-kinds", "mine")
}

#[test]
fn a_theme_declares_fields_and_kinds_output_is_pinned() {
    check_output_of("theme-kinds", theme_kinds());
}

#[test]
fn pages_of_a_themes_kinds_show_their_fields_in_the_readers_language() {
    let dir = theme_kinds();
    let (code, _, stderr) = wegweiser(&dir, &["build"]);
    assert_eq!(code, 0, "{stderr}");
    let read = |p: &str| fs::read_to_string(dir.join("public").join(p)).unwrap();
    // A new kind, with its own template: its typed fields, texts from the translation.
    let library = read("ar/orte/bibliothek/index.html");
    for want in [
        "<dt>الاستعارة</dt>\n<dd>ببطاقة المكتبة، لمدة أربعة أسابيع.</dd>",
        "<dt>التخصص</dt>\n<dd>الأفلام والموسيقى</dd>",
        "<dt>الإنترنت اللاسلكي</dt>\n<dd>متوفر</dd>",
        "<dt>فرع تابع لـ</dt>\n<dd><a href=\"../rathaus/\">دار البلدية</a></dd>",
        "<a href=\"tel:+49123456780\" class=\"tel\">",
        "<th scope=\"row\">الثلاثاء</th>\n<td><ul class=\"inline-list times\"><li><bdi dir=\"ltr\">10:00–18:00</bdi>",
        "<span lang=\"de\" dir=\"ltr\">Schulstraße 4</span>",
    ] {
        assert!(library.contains(want), "{want}\n{library}");
    }
    // A field added to offices: translated text, and a language-neutral number.
    let office = read("ar/orte/rathaus/index.html");
    assert!(
        office.contains(
            "<dt>مواقف السيارات</dt>\n<dd>مواقف للسيارات خلف دار البلدية، الساعة الأولى مجانًا.</dd>"
        ),
        "{office}"
    );
    assert!(
        office.contains("<dt>عدد المواقف</dt>\n<dd>40</dd>"),
        "{office}"
    );
    // Untranslated into English: the German text of the theme's field.
    let office_en = read("en/orte/rathaus/index.html");
    assert!(
        office_en.contains(
            "<dt>Parking</dt>\n<dd lang=\"de\" dir=\"ltr\">Parkplätze hinter dem Rathaus"
        ),
        "{office_en}"
    );
    // A new kind without a template of its own renders with page.html.
    let treff = read("de/orte/treff/index.html");
    assert!(
        treff.contains("<h1>Nachbarschaftstreff Nord</h1>"),
        "{treff}"
    );
    // A venue not translated into Arabic: its German title, marked as German.
    let offer = read("ar/orte/sprachcafe/index.html");
    assert!(
        offer.contains("<dt>المكان</dt>\n<dd><a href=\"../treff/\" lang=\"de\" dir=\"ltr\">Nachbarschaftstreff Nord</a></dd>"),
        "{offer}"
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_themes_text_fields_are_translated_like_built_in_ones() {
    let dir = theme_kinds();
    let ar_of = |json: &str| {
        json.split("\"tag\": \"ar\"")
            .nth(1)
            .unwrap()
            .split("\"tag\"")
            .next()
            .unwrap()
            .to_string()
    };
    let (code, json, stderr) = wegweiser(&dir, &["status", "--format", "json"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(ar_of(&json).contains("\"outdated\": 0"), "{json}");
    // A language-neutral field of the theme does not outdate translations…
    let source = dir.join("content/orte/bibliothek.de.md");
    let text = fs::read_to_string(&source).unwrap();
    fs::write(&source, text.replace("topics: media", "topics: books")).unwrap();
    let (_, json, _) = wegweiser(&dir, &["status", "--format", "json"]);
    assert!(ar_of(&json).contains("\"outdated\": 0"), "{json}");
    // …a text field does: it is part of the source hash.
    fs::write(
        &source,
        text.replace("vier Wochen lang", "drei Wochen lang"),
    )
    .unwrap();
    let (_, json, _) = wegweiser(&dir, &["status", "--format", "json"]);
    let ar = ar_of(&json);
    assert!(
        ar.contains("\"outdated\": 1") && ar.contains("orte/bibliothek"),
        "{json}"
    );
    fs::write(&source, &text).unwrap();

    // `translate` starts a translation with the theme's text fields, not its neutral ones.
    let (code, _, stderr) = wegweiser(&dir, &["translate", "en", "orte/bibliothek"]);
    assert_eq!(code, 0, "{stderr}");
    let en = fs::read_to_string(dir.join("content/orte/bibliothek.en.md")).unwrap();
    assert!(
        en.starts_with("---\ndraft: true  # remove this line when the translation is done: then it is published\ntitle: Stadtbibliothek\nsummary: Bücher, Filme und Musik zum Ausleihen, auch in vielen Sprachen.\nloan_rules: Mit Bibliotheksausweis, vier Wochen lang.\nsource_hash: "),
        "{en}"
    );
    assert!(!en.contains("topics") && !en.contains("branch_of"), "{en}");

    // `check` compares the facts in a theme's text field with the source's, and a
    // translation must not repeat a neutral one.
    let ar = dir.join("content/orte/rathaus.ar.md");
    let text = fs::read_to_string(&ar).unwrap();
    fs::write(
        &ar,
        text.replace("مجانًا.", "مجانًا، أو اتصلوا بالرقم +49 1234 999-0")
            .replace("updated:", "car_spaces: 12\nupdated:"),
    )
    .unwrap();
    let (code, _, stderr) = wegweiser(&dir, &["check"]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains(
            "error: this phone number is not in the source text\n --> content/orte/rathaus.ar.md:4:"
        ),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: `car_spaces` must not be repeated in a translation\n --> content/orte/rathaus.ar.md:5:1"),
        "{stderr}"
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn new_starts_a_page_of_a_themes_kind() {
    let dir = theme_kinds();
    let (code, _, stderr) = wegweiser(&dir, &["new", "library", "orte/filiale"]);
    assert_eq!(code, 0, "{stderr}");
    let text = fs::read_to_string(dir.join("content/orte/filiale.de.md")).unwrap();
    for want in [
        "kind: library\n",
        "# address: required · fields street, postcode, city, building, floor, room\naddress: \n    street: \"\"",
        "# loan_rules: text · translated\n# loan_rules: >-",
        "# topics: one of books, media, courses\n# topics: books\n",
        "# wifi: one of yes, no, unknown\n",
        "# branch_of: the path of a page below `content/`, like `behoerden/jobcenter`\n",
    ] {
        assert!(text.contains(want), "{want}\n{text}");
    }
    let (code, _, stderr) = wegweiser(&dir, &["new", "libary", "orte/x"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("did you mean `library`? the kinds are: page, office, kita, offer, signpost, library, treff"),
        "{stderr}"
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn mistakes_in_pages_of_a_themes_kinds_are_reported() {
    let dir = theme_kinds();
    let write = |path: &str, text: &str| fs::write(dir.join("content").join(path), text).unwrap();
    write(
        "orte/amt.de.md",
        "---\ntitle: Bürgeramt\nkind: office\nservices: Ausweise.\naddress: { street: Markt 2, city: Musterstadt }\nparkng: Hinter dem Haus.\n---\n",
    );
    write(
        "orte/leihe.de.md",
        "---\ntitle: Leihladen\nkind: libary\n---\n",
    );
    write(
        "orte/kurs.de.md",
        "---\ntitle: Kurs\nkind: offer\nprovider: Verein\nvenue: orte/rathhaus\n---\n",
    );
    write(
        "orte/filiale.de.md",
        "---\ntitle: Filiale\nkind: library\ntopics: medias\nbranch_of: ../rathaus\n---\n",
    );
    let path = fixtures().join("theme-kinds/expected.pages.stderr");
    check_errors_of("theme-kinds", dir, &path);
}

#[test]
fn mistakes_in_a_themes_kinds_yaml_are_reported_all_at_once() {
    let dir = theme_kinds();
    let file = dir.join("themes/mine/kinds.yaml");
    let broken = fs::read_to_string(fixtures().join("theme-kinds/broken-kinds.yaml")).unwrap();
    let text = fs::read_to_string(&file).unwrap();
    fs::write(&file, format!("{text}{broken}")).unwrap();
    let path = fixtures().join("theme-kinds/expected.kinds.stderr");
    check_errors_of("theme-kinds", dir, &path);
}

// ---- findings of a user test: every mistake gets its own clear message ----

/// Builds a copy of `basic` after `edit`: the exit code and the messages.
fn build_edited(edit: impl FnOnce(&Path)) -> (i32, String) {
    let dir = scratch("basic");
    edit(&dir);
    let (code, _, stderr) = wegweiser(&dir, &["build"]);
    let _ = fs::remove_dir_all(&dir);
    (code, stderr)
}

/// Replaces `from` by `to` in the file `rel` of the site in `dir`; `from` must be there.
fn replace_in(dir: &Path, rel: &str, from: &str, to: &str) {
    let path = dir.join(rel);
    let text = fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{rel} has no `{from}`");
    fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

const AMT: &str = "content/behoerden/amt.de.md";

/// Tera's checks of the whole set of templates come as one text: each is a message of its
/// own at the template's path in the site, and a syntax error in one template hides
/// neither the syntax errors nor the unknown filters of the others. An unclosed tag is
/// reported at the tag, not where Tera noticed it.
#[test]
fn every_broken_template_is_reported_at_its_place_in_the_site() {
    let dir = scratch("basic");
    let templates = dir.join("templates");
    fs::create_dir_all(&templates).unwrap();
    let theme = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/templates");
    let kita = fs::read_to_string(theme.join("kita.html")).unwrap();
    fs::write(
        templates.join("kita.html"),
        kita.replacen("{{ page.title }}", "{{ page.title | nofilter }}", 1),
    )
    .unwrap();
    let office = fs::read_to_string(theme.join("office.html")).unwrap();
    fs::write(
        templates.join("office.html"),
        office.replacen("{{ page.title }}", "{{ page.title | uper }}", 1),
    )
    .unwrap();
    fs::write(
        templates.join("page.html"),
        "{% extends \"base.html\" %}\n{% block content %}\n{% if page.summary\n<p class=\"lead\">{{ page.summary }}</p>\n{% endif %}\n{% endblock content %}\n",
    )
    .unwrap();
    fs::write(
        templates.join("section.html"),
        "{% extends \"base.html\" %}\n{% block content %}\n<h1>{{ page.title }</h1>\n{% endblock content %}\n",
    )
    .unwrap();
    let path = fixtures().join("broken-template/expected.several.stderr");
    check_errors_of("broken-template", dir, &path);
}

/// A theme's template is named by its path in the site, once: no `error: error:`.
#[test]
fn a_themes_broken_template_is_named_by_its_path_in_the_site() {
    let (code, e) = build_edited(|dir| {
        let default = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default");
        copy_dir(&default, &dir.join("themes/default"));
        replace_in(
            dir,
            "themes/default/templates/kita.html",
            "{{ page.title }}",
            "{{ page.title | nofilter }}",
        );
    });
    assert_eq!(code, 1);
    assert!(
        e.starts_with(
            "error: unknown filter `nofilter`\n --> themes/default/templates/kita.html:7:36\n  |\n7 | <h1{{ tl | safe }}>{{ page.title | nofilter }}</h1>\n  |                                    ^^^^^^^^\n  = hint: the filters are: safe, "
        ),
        "{e}"
    );
    assert!(!e.contains("error: error"), "{e}");
    assert!(e.contains("the site has 1 error and 0 warnings"), "{e}");
}

/// A direction that is not one is reported once, at the front matter; the page does not
/// then fail to render for want of a UI string `direction-diagonal`.
#[test]
fn a_wrong_direction_is_reported_once() {
    let (code, e) = build_edited(|dir| {
        fs::write(
            dir.join("content/behoerden/schild.de.md"),
            "---\ntitle: Wegweiser Kreishaus\nkind: signpost\nbuilding: Kreishaus\ndestinations:\n  - name: Ausländerbehörde\n    floor: 1. OG\n    direction: diagonal\n---\n",
        )
        .unwrap();
    });
    assert_eq!(code, 1);
    assert_eq!(
        e,
        "error: `diagonal` is not a direction\n --> content/behoerden/schild.de.md:8:16\n  |\n8 |     direction: diagonal\n  |                ^^^^^^^^\n  = hint: a direction is one of: left, right, ahead, up, down\n\nerror: the site has 1 error and 0 warnings; `./public` was left as it was\n"
    );
}

#[test]
fn dates_must_be_days_of_the_calendar() {
    let (code, e) = build_edited(|dir| {
        replace_in(dir, AMT, "updated: 2026-11-01", "updated: 2026-02-30");
        replace_in(
            dir,
            AMT,
            "last_verified: 2026-10-15",
            "last_verified: 2026-04-31",
        );
    });
    assert_eq!(code, 1);
    assert!(
        e.contains("error: `2026-04-31` is not a day of the calendar\n  --> content/behoerden/amt.de.md:30:16\n   |\n30 | last_verified: 2026-04-31\n   |                ^^^^^^^^^^\n   = hint: month 04 of 2026 has 30 days; write dates as `YYYY-MM-DD`\n"),
        "{e}"
    );
    assert!(
        e.contains("error: `2026-02-30` is not a day of the calendar\n  --> content/behoerden/amt.de.md:31:10\n   |\n31 | updated: 2026-02-30\n   |          ^^^^^^^^^^\n   = hint: month 02 of 2026 has 28 days; write dates as `YYYY-MM-DD`\n"),
        "{e}"
    );
    assert!(e.contains("the site has 2 errors"), "{e}");
}

/// The build day is 2026-11-25 (SOURCE_DATE_EPOCH in `wegweiser`).
#[test]
fn a_verification_in_the_future_is_an_error() {
    let (code, e) = build_edited(|dir| {
        replace_in(
            dir,
            AMT,
            "last_verified: 2026-10-15",
            "last_verified: 2099-01-01",
        );
    });
    assert_eq!(code, 1);
    assert!(
        e.starts_with("error: `last_verified` is in the future: 2099-01-01\n  --> content/behoerden/amt.de.md:30:16\n   |\n30 | last_verified: 2099-01-01\n   |                ^^^^^^^^^^\n   = hint: set it to the day the facts were checked with the office, today (2026-11-25) or earlier\n"),
        "{e}"
    );
    assert!(e.contains("the site has 1 error"), "{e}");
}

#[test]
fn spoken_languages_must_be_language_tags() {
    let (code, e) = build_edited(|dir| {
        replace_in(
            dir,
            AMT,
            "languages: [de, en]",
            "languages: [xx, DE, arabisch, ara, fa-af, fa-AF, prs]",
        );
    });
    assert_eq!(code, 1);
    let at = |col: usize, width: usize, message: &str, hint: &str| {
        format!(
            "error: {message}\n  --> content/behoerden/amt.de.md:27:{col}\n   |\n27 | languages: [xx, DE, arabisch, ara, fa-af, fa-AF, prs]\n   | {}{}\n   = hint: {hint}\n",
            " ".repeat(col - 1),
            "^".repeat(width)
        )
    };
    let how = "a language is written as its tag: the ISO 639 code in small letters, like `de`, `ar`, `fa`, `uk`, `ti`, `prs`, and a country after it in capitals (`fa-AF`)";
    for want in [
        at(
            13,
            2,
            "`xx` is not a language tag: there is no language `xx`",
            how,
        ),
        at(
            17,
            2,
            "the language tag `DE` is written `de`",
            "language codes are written in small letters (`de`), a country after them in capitals (`fa-AF`)",
        ),
        at(
            21,
            8,
            "`arabisch` is the name of a language; its tag is `ar`",
            how,
        ),
        at(
            31,
            3,
            "the language tag `ara` is written `ar`",
            "a language that has a two-letter code (ISO 639-1) is written with it: `ar`, not `ara`",
        ),
        at(
            36,
            5,
            "the language tag `fa-af` is written `fa-AF`",
            "language codes are written in small letters (`de`), a country after them in capitals (`fa-AF`)",
        ),
    ] {
        assert!(e.contains(&want), "{want}\nnot in:\n{e}");
    }
    assert!(e.contains("the site has 5 errors"), "{e}");
}

#[test]
fn a_plain_http_website_is_a_warning() {
    let (code, e) = build_edited(|dir| {
        replace_in(
            dir,
            AMT,
            "website: https://www.example.org/amt",
            "website: http://www.example.org/amt",
        );
    });
    assert_eq!(code, 0, "a warning does not fail the build");
    assert!(
        e.starts_with("warning: `http://www.example.org/amt` is a plain `http://` address\n  --> content/behoerden/amt.de.md:23:10\n   |\n23 | website: http://www.example.org/amt\n   |          ^^^^^^^^^^^^^^^^^^^^^^^^^^\n   = hint: write `https://www.example.org/amt` if the site has it: browsers warn readers about plain http, and what they send there can be read on the way\n"),
        "{e}"
    );
}

#[test]
fn a_source_hash_must_look_like_one() {
    let (code, e) = build_edited(|dir| {
        replace_in(
            dir,
            "content/behoerden/amt.ar.md",
            "source_hash: 552ca294389d",
            "source_hash: \"not a hash!\"",
        );
    });
    assert_eq!(code, 1);
    assert_eq!(
        e,
        "error: `not a hash!` is not a source hash\n  --> content/behoerden/amt.ar.md:10:15\n   |\n10 | source_hash: \"not a hash!\"\n   |               ^^^^^^^^^^^\n   = hint: a source hash is 12 hex digits (0-9, a-f) as `wegweiser translate` and `wegweiser stamp` write it; run `wegweiser stamp` when the translation matches the source\n\nerror: the site has 1 error and 0 warnings; `./public` was left as it was\n"
    );
}

/// A comment beside the times is shown in the hours table (in the source language),
/// in listings and on signs: never silently left out.
#[test]
fn a_comment_in_the_opening_hours_is_shown() {
    let dir = scratch("basic");
    replace_in(
        &dir,
        AMT,
        "opening_hours: \"Mo-Fr 08:00-12:00;",
        "opening_hours: \"Mo-Fr 08:00-12:00 \\\"nur mit Termin\\\";",
    );
    let (code, _, e) = wegweiser(&dir, &["build"]);
    assert_eq!(code, 0, "{e}");
    let note = "<bdi class=\"hours-note\" lang=\"de\">nur mit Termin</bdi>";
    let page = fs::read_to_string(dir.join("public/ar/behoerden/amt/index.html")).unwrap();
    assert!(
        page.contains(&format!("<td><ul class=\"inline-list times\"><li><bdi dir=\"ltr\">08:00–12:00</bdi></li></ul> {note}</td>")),
        "{page}"
    );
    // Monday, Tuesday, Wednesday and Friday; Thursday has its own times.
    assert_eq!(page.matches(note).count(), 4);
    let listing = fs::read_to_string(dir.join("public/ar/behoerden/index.html")).unwrap();
    assert_eq!(listing.matches(note).count(), 1, "{listing}");
    let signs = fs::read_to_string(dir.join("public/de/signs/index.html")).unwrap();
    assert!(signs.contains(note));
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn dashes_in_opening_hours_are_named() {
    let (code, e) = build_edited(|dir| {
        replace_in(
            dir,
            AMT,
            "opening_hours: \"Mo-Fr 08:00-12:00;",
            "opening_hours: \"Mo–Fr 08:00–12:00;",
        );
    });
    assert_eq!(code, 1);
    assert!(
        e.starts_with("error: invalid opening hours: `–` is a dash, not a hyphen\n  --> content/behoerden/amt.de.md:18:19\n   |\n18 | opening_hours: \"Mo–Fr 08:00–12:00; Th 08:00-12:00,14:00-17:30; PH off; Dec 24-Dec 31 off\"\n   |                   ^\n   = hint: write ranges with a plain hyphen `-`, as in `Mo-Fr 08:00-12:00`; text copied from a word processor often has dashes instead\n"),
        "{e}"
    );
}
