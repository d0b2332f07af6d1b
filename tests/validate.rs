//! The W3C Nu Html Checker (the `vnu-jar` npm package, pinned in `tests/browser/package.json`,
//! run with Java) over the whole example site: every page and the stylesheet, zero errors.

mod common;

use std::path::Path;
use std::process::Command;

/// Runs vnu.jar with `args`; returns its exit code and its messages.
fn vnu(args: &[&str], target: &Path) -> Option<(i32, String)> {
    let jar = common::npm_file("vnu-jar/build/dist/vnu.jar")?;
    let java = common::java()?;
    let out = Command::new(java)
        .arg("-jar")
        .arg(jar)
        .args(args)
        .arg(target)
        .output()
        .expect("java runs");
    let mut text = String::from_utf8_lossy(&out.stderr).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stdout));
    Some((out.status.code().unwrap_or(-1), text))
}

#[test]
fn the_nu_html_checker_finds_no_errors_in_the_example_site() {
    let site = common::built_example();
    let Some((code, messages)) = vnu(&["--errors-only", "--skip-non-html"], site) else {
        return;
    };
    assert_eq!(
        (code, messages.trim()),
        (0, ""),
        "vnu found errors in the HTML"
    );
    let css = site.join("theme/style.css");
    let Some((code, messages)) = vnu(&["--errors-only", "--css"], &css) else {
        return;
    };
    assert_eq!(
        (code, messages.trim()),
        (0, ""),
        "vnu found errors in the CSS"
    );
}

/// The checker itself works: a page with a misnested element fails.
#[test]
fn the_nu_html_checker_reports_invalid_html() {
    let dir = common::scratch_dir("vnu-bad");
    let page = dir.join("bad.html");
    std::fs::write(
        &page,
        "<!DOCTYPE html><html lang=\"de\"><head><title>x</title></head><body><p><div>x</div></p></body></html>",
    )
    .unwrap();
    let Some((code, messages)) = vnu(&["--errors-only"], &page) else {
        return;
    };
    assert_eq!(code, 1, "{messages}");
    assert!(messages.contains("No “p” element in scope"), "{messages}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Every character the example site shows has a real glyph in an installed font (in CI:
/// Debian's fonts-noto-core), so no reader sees empty boxes: Arabic script with the Persian
/// and Pashto letters, Cyrillic, Latin with diacritics.
#[test]
fn every_character_of_the_example_site_has_a_glyph() {
    if Command::new("fc-list").arg("--version").output().is_err() {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!(
                "CI=true but fontconfig (fc-list) is missing: apt-get install chromium fonts-noto-core"
            );
        }
        eprintln!("SKIPPED: this test needs fontconfig's fc-list");
        return;
    }
    let mut chars = std::collections::BTreeSet::new();
    fn walk(dir: &Path, chars: &mut std::collections::BTreeSet<char>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, chars);
            } else if p.extension().is_some_and(|x| x == "html") {
                let html = std::fs::read_to_string(&p).unwrap();
                chars.extend(
                    html.chars()
                        .filter(|c| !c.is_whitespace() && !c.is_control()),
                );
            }
        }
    }
    walk(common::built_example(), &mut chars);
    // Invisible formatting characters (bidi isolation, zero-width joiners) need no glyph.
    chars.retain(|c| !matches!(*c as u32, 0x200B..=0x200F | 0x2066..=0x2069 | 0x00AD));
    assert!(
        chars.contains(&'ټ') || chars.contains(&'پ'),
        "Arabic-script letters are there"
    );
    let missing: Vec<String> = chars
        .iter()
        .filter(|c| {
            let out = Command::new("fc-list")
                .arg(format!(":charset={:x}", **c as u32))
                .arg("family")
                .output()
                .expect("fc-list runs");
            out.stdout.is_empty()
        })
        .map(|c| format!("{c} U+{:04X}", *c as u32))
        .collect();
    assert!(
        missing.is_empty(),
        "no installed font has: {}",
        missing.join(", ")
    );
}
