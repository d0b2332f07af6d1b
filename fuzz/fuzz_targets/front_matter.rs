//! Front matter split, YAML parse and the typed check of every kind: no panic, no hang.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wegweiser::{content, kinds, source::SourceFile};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let source = SourceFile::new("content/x.de.md", "x", text.to_string());
    let mut diagnostics = Vec::new();
    if let Some(doc) = content::split_for_status(source, &mut diagnostics) {
        let kinds = kinds::Kinds::builtin();
        for kind in kinds.names() {
            let fields = kinds.check(&doc.front, &doc.fields, kind, None, &["de", "ar"], &mut diagnostics);
            // As a translation of itself, too.
            kinds.check(&doc.front, &doc.fields, kind, Some((&fields, "content/x.de.md")), &["de", "ar"], &mut diagnostics);
        }
    }
    for d in &diagnostics {
        let _ = d.render();
    }
});
