//! Loading a Fluent file: no panic; diagnostics point inside the file.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wegweiser::{i18n, source::SourceFile};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let source = SourceFile::new("translations/de.ftl", "x", text.to_string());
    let mut diagnostics = Vec::new();
    let _ = i18n::parse_resource(&source, &mut diagnostics);
    for d in &diagnostics {
        let _ = d.render();
    }
});
