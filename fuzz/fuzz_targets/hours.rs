//! The opening-hours parser: no panic, and errors point inside the expression.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match wegweiser::hours::parse(text) {
        Ok(week) => {
            for day in &week.days {
                for span in &day.spans {
                    assert!(span.from < span.to && span.to <= 1440);
                }
            }
        }
        Err(e) => {
            assert!(e.start <= e.end && e.end <= text.len(), "{e:?} in {text:?}");
            assert!(text.is_char_boundary(e.start) && text.is_char_boundary(e.end));
        }
    }
});
