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
