//! A build killed at any moment (kill -9 while rendering, while writing, between writing and
//! swapping) leaves either the old or the new `public/`, complete; the next build cleans up.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn make_site(dir: &Path, pages: usize, version: &str) {
    fs::create_dir_all(dir.join("content/seiten")).unwrap();
    fs::create_dir_all(dir.join("translations")).unwrap();
    fs::write(dir.join("site.yaml"), "base_url: https://example.org/\nlanguages:\n  - tag: de\n    name: Deutsch\n  - tag: ar\n    name: العربية\n").unwrap();
    fs::write(
        dir.join("translations/de.ftl"),
        "site-title = Test\nsite-publisher = Test\n",
    )
    .unwrap();
    fs::write(
        dir.join("content/_index.de.md"),
        format!("---\ntitle: Start {version}\n---\n"),
    )
    .unwrap();
    fs::write(
        dir.join("content/seiten/_index.de.md"),
        "---\ntitle: Seiten\n---\n",
    )
    .unwrap();
    let para = "Dieser Absatz hat genug Text, um das Rendern spürbar zu machen. ".repeat(20);
    for i in 0..pages {
        fs::write(
            dir.join(format!("content/seiten/s{i:05}.de.md")),
            format!(
                "---\ntitle: Seite {i} {version}\n---\n\n## Abschnitt\n\n{para}\n\n- eins\n- zwei\n"
            ),
        )
        .unwrap();
    }
}

fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    fn walk(base: &Path, d: &Path, out: &mut BTreeMap<PathBuf, Vec<u8>>) {
        for e in fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(base, &p, out);
            } else {
                out.insert(
                    p.strip_prefix(base).unwrap().to_path_buf(),
                    fs::read(&p).unwrap(),
                );
            }
        }
    }
    walk(dir, dir, &mut out);
    out
}

fn build(dir: &Path, out: &str) {
    let o = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args(["build", "-o", out])
        .current_dir(dir)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
}

fn leftovers(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(".public."))
        .collect()
}

#[test]
fn a_killed_build_leaves_the_old_or_the_new_site_complete() {
    let dir = std::env::temp_dir().join(format!("wegweiser-crash-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    make_site(&dir, 800, "alt");
    build(&dir, "public");
    let old = tree(&dir.join("public"));
    make_site(&dir, 800, "neu");
    build(&dir, "expected-new");
    let new = tree(&dir.join("expected-new"));
    assert_ne!(old, new);

    // How long a whole build takes here, to spread the kills over it.
    let start = Instant::now();
    build(&dir, "timing");
    let full = start.elapsed();
    let mut outcomes = BTreeMap::new();
    let cases: Vec<(f64, Option<u64>)> = vec![
        (0.05, None),
        (0.2, None),
        (0.4, None),
        (0.6, None),
        (0.8, None),
        (1.1, None),
        (0.0, Some(1500)),
        (0.0, Some(1500)),
    ];
    for (share, pause) in cases {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_wegweiser"));
        cmd.args(["build"])
            .current_dir(&dir)
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let wait = match pause {
            // Kill while the finished staging folder waits to be swapped in.
            Some(ms) => {
                cmd.env("WEGWEISER_PAUSE_BEFORE_SWAP_MS", ms.to_string());
                full + Duration::from_millis(ms / 2)
            }
            None => full.mul_f64(share),
        };
        let mut child = cmd.spawn().unwrap();
        std::thread::sleep(wait);
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        if pause.is_some() {
            assert!(
                !leftovers(&dir).is_empty(),
                "killed while the complete staging folder waited: it is left behind"
            );
        }
        let now = tree(&dir.join("public"));
        let outcome = if now == old {
            "old"
        } else if now == new {
            "new"
        } else {
            panic!(
                "after a kill at {wait:?}, public/ is neither the old nor the new site ({} files)",
                now.len()
            )
        };
        *outcomes.entry(outcome).or_insert(0) += 1;
        if outcome == "new" {
            // Start the next round from the old site again.
            fs::remove_dir_all(dir.join("public")).unwrap();
            copy_tree(&old, &dir.join("public"));
        }
    }
    eprintln!("outcomes of the kills: {outcomes:?}");
    for l in leftovers(&dir) {
        eprintln!(
            "left: {l} marker={} entries={}",
            dir.join(&l).join(".wegweiser-output").is_file(),
            fs::read_dir(dir.join(&l)).unwrap().count()
        );
    }
    // The next build finishes the job and leaves no staging folders behind.
    build(&dir, "public");
    assert_eq!(tree(&dir.join("public")), new);
    assert_eq!(leftovers(&dir), Vec::<String>::new());
    let _ = fs::remove_dir_all(&dir);
}

fn copy_tree(t: &BTreeMap<PathBuf, Vec<u8>>, to: &Path) {
    for (p, b) in t {
        let target = to.join(p);
        fs::create_dir_all(target.parent().unwrap()).unwrap();
        fs::write(target, b).unwrap();
    }
}
