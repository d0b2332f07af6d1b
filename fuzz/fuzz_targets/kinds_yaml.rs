//! A theme's kinds.yaml (with flow collections, which the YAML locator reads), then a page
//! checked against every kind it declares: no panic, no hang. The input is the kinds.yaml,
//! a line `---`, and the page's front matter.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wegweiser::{content, kinds::Kinds, source::SourceFile, yaml::Yaml};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (declared, page) = text.split_once("\n---\n").unwrap_or((text, ""));
    let source = SourceFile::new("themes/t/kinds.yaml", "kinds.yaml", declared.to_string());
    let yaml = Yaml { start: 0, end: source.text.len(), source };
    let mut kinds = Kinds::builtin();
    let mut diagnostics = Vec::new();
    kinds.extend(&yaml, &mut diagnostics);
    let page = SourceFile::new("content/x.de.md", "x", format!("---\n{page}\n---\n"));
    if let Some(doc) = content::split_for_status(page, &mut diagnostics) {
        for kind in kinds.names() {
            kinds.check(&doc.front, &doc.fields, kind, None, &["de", "ar"], &mut diagnostics);
        }
    }
    for d in &diagnostics {
        let _ = d.render();
    }
});
