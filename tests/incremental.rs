//! The dev server renders again only what an edit can show on. Here a chain of real edits of
//! the example site, each rebuilt incrementally on top of the last incremental rebuild, must
//! give byte for byte the output and the messages of a full build.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use wegweiser::build;
use wegweiser::progress::Quiet;
use wegweiser::serve::incremental::{self, Good};

fn example_copy() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wegweiser-incremental-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::copy(repo.join("site.yaml"), dir.join("site.yaml")).unwrap();
    for sub in ["content", "translations", "themes"] {
        copy_dir(&repo.join(sub), &dir.join(sub));
    }
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

fn edit(root: &Path, file: &str, from: &str, to: &str) {
    let path = root.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file}: no `{from}`");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

fn messages(built: &build::Built) -> Vec<String> {
    built.diagnostics.iter().map(|d| d.render()).collect()
}

/// Expected plan: `Some(pages)` that must be among those rendered again, or `None` for a
/// full render.
type Expect = Option<&'static [&'static str]>;

#[test]
fn incremental_rebuilds_are_byte_identical_to_full_builds() {
    let root = example_copy();
    let first = build::build(&root);
    assert!(!first.has_errors(), "{:?}", messages(&first));
    let mut good = Good {
        site: first.site.unwrap(),
        output: Arc::new(first.output),
        signs: None,
    };
    let steps: [(&str, &str, &str, Expect); 9] = [
        // The body of a page: only that page, in every language.
        (
            "content/behoerden/jobcenter.de.md",
            "- Bürgergeld beantragen, auch für Ihre Familie",
            "- Bürgergeld beantragen, auch für Ihre Familie und Kinder",
            Some(&["behoerden/jobcenter"]),
        ),
        // A title: the section's cards show it, and the offer held there (`venue`) names it.
        (
            "content/behoerden/jobcenter.de.md",
            "title: Jobcenter",
            "title: Jobcenter Rotenburg",
            Some(&[
                "behoerden/jobcenter",
                "behoerden/_index",
                "ausbildung/bewerbungswerkstatt",
            ]),
        ),
        // A fact of the source that every language shows.
        (
            "content/behoerden/jobcenter.de.md",
            "phone: \"+49 4261 983-3100\"",
            "phone: \"+49 4261 983-3199\"",
            Some(&["behoerden/jobcenter", "behoerden/_index"]),
        ),
        // A value the section's listing is filtered by: every filtered view counts it.
        (
            "content/behoerden/jobcenter.de.md",
            "municipalities: [Rotenburg (Wümme), Scheeßel, Visselhövede, Bothel, Fintel, Sottrum]",
            "municipalities: [Rotenburg (Wümme), Scheeßel, Visselhövede, Bothel, Fintel]",
            Some(&["behoerden/jobcenter", "behoerden/_index"]),
        ),
        // A translation's text.
        (
            "content/behoerden/jobcenter.ar.md",
            "سجّلوا هناك مبكرًا",
            "سجّلوا هناك مبكرًا جدًا",
            Some(&["behoerden/jobcenter"]),
        ),
        // A translation's title: the section lists it in Arabic.
        (
            "content/behoerden/jobcenter.ar.md",
            "title: مركز العمل (Jobcenter)",
            "title: مركز العمل",
            Some(&["behoerden/jobcenter", "behoerden/_index"]),
        ),
        // A section's title: the breadcrumbs of every page below it, and the home page.
        (
            "content/behoerden/_index.de.md",
            "title: Behördenwegweiser",
            "title: Ämter und Beratung",
            Some(&["behoerden/_index", "behoerden/jobcenter", "_index"]),
        ),
        // A heading: links to its anchor elsewhere must be checked again: everything.
        (
            "content/behoerden/jobcenter.de.md",
            "## Was Sie hier erledigen können",
            "## Was Sie im Jobcenter erledigen können",
            None,
        ),
        // A UI string: everything.
        (
            "translations/de.ftl",
            "site-title = Integration im Landkreis Rotenburg (Wümme)",
            "site-title = Integration im Landkreis Rotenburg",
            None,
        ),
    ];
    let mut deferred = 0;
    for (file, from, to, expect) in steps {
        edit(&root, file, from, to);
        let changed = BTreeSet::from([file.to_string()]);
        // As the dev server does: the sign maker is left for later, rendered after the rest
        // is served, and kept apart from the other files.
        let mut inc = incremental::rebuild(&root, &Quiet, Some(&good), &changed, true);
        let signs = inc.later.take().map(|later| {
            let (files, diagnostics) = later.render(inc.site.as_ref().unwrap());
            inc.diagnostics.extend(diagnostics);
            wegweiser::diagnostic::sort(&mut inc.diagnostics);
            files
        });
        deferred += usize::from(signs.is_some());
        let full = build::build(&root);
        assert!(!full.has_errors(), "{file}: {:?}", messages(&full));
        assert_eq!(messages(&inc), messages(&full), "{file}");
        let mut all = inc.output.clone();
        all.extend(signs.iter().flatten().map(|(k, v)| (k.clone(), v.clone())));
        let keys = |o: &wegweiser::render::Output| o.keys().cloned().collect::<Vec<_>>();
        assert_eq!(keys(&all), keys(&full.output), "{file}");
        for (path, bytes) in &full.output {
            assert!(
                all[path] == *bytes,
                "{file}: {path} differs from a full build"
            );
        }
        let plan = incremental::pages_to_render(&good.site, full.site.as_ref().unwrap(), &changed)
            .map(|again| again.pages);
        match (expect, &plan) {
            (None, None) => {}
            (Some(must), Some(ids)) => {
                for id in must {
                    assert!(
                        ids.contains(*id),
                        "{file}: {id} is not rendered again: {ids:?}"
                    );
                }
                assert!(
                    ids.len() < good.site.pages.len() / 2,
                    "{file}: {} pages rendered again",
                    ids.len()
                );
            }
            _ => panic!("{file}: expected {expect:?}, planned {plan:?}"),
        }
        // The edit shows: the chain does not just compare two stale outputs.
        assert_ne!(*good.output, all, "{file}");
        good = Good {
            site: inc.site.unwrap(),
            output: Arc::new(inc.output),
            signs: signs.map(Arc::new),
        };
    }
    // The title, phone and filter edits change what the sign maker shows.
    assert!(
        deferred >= 3,
        "the sign maker was left for later {deferred} times"
    );
    let _ = std::fs::remove_dir_all(&root);
}
