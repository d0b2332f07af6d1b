//! The Markdown pipeline with link resolution and sanitizing: no panic, no hang.
#![no_main]
use libfuzzer_sys::fuzz_target;
use wegweiser::markdown::{Input, render};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let ids: Vec<String> = vec!["termin".into(), "a".into()];
    for (source_ids, trusted_html) in [(None, false), (Some(ids.as_slice()), false), (None, true)] {
        let mut problems = Vec::new();
        let input = Input { text, source_ids, trusted_html };
        let resolve = |d: &str| if d.len() % 2 == 0 { Ok(format!("../{d}/")) } else { Err(format!("no page {d}")) };
        let r = render(&input, &resolve, &mut problems);
        for p in &problems {
            assert!(p.start <= p.end && p.end <= text.len(), "problem range inside the text");
        }
        if !trusted_html {
            assert!(!r.html.to_ascii_lowercase().contains("<script"), "no script survives");
        }
    }
});
