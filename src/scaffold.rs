//! `wegweiser new KIND PATH`: a new source-language page with every field of its kind,
//! required ones ready to fill in, optional ones commented out with what they take.
//!
//! Owns: writing that one new file, never over an existing one. Must not: build.

use crate::kinds::{Field, Kinds, Scope, Type};
use std::fmt::Write;

/// An example value for a field, as YAML.
fn example(field: &Field) -> String {
    match &field.ty {
        Type::Text => match field.name.as_str() {
            "title" => "\"\"".into(),
            _ => ">-\n    ".into(),
        },
        Type::Name => "\"\"".into(),
        Type::TextList | Type::NameList => "\n    - \"\"".into(),
        Type::Integer => "10".into(),
        Type::Bool => "false".into(),
        Type::Date => "2026-01-31".into(),
        Type::Phone => "\"+49 4261 983-0\"".into(),
        Type::Email => "name@example.org".into(),
        Type::Url => "https://www.example.org/".into(),
        Type::Address => "\n    street: \"\"\n    postcode: \"\"\n    city: \"\"\n    building: \"\"\n    floor: \"\"\n    room: \"\"".into(),
        Type::Geo => "{ lat: 53.11, lon: 9.40 }".into(),
        Type::Hours => "\"Mo-Fr 08:00-12:00; PH off\"".into(),
        Type::Bus => "{ stop: \"\", lines: [\"\"] }".into(),
        Type::Ages => "{ from: 1, to: 6 }".into(),
        Type::Dates => "ongoing".into(),
        Type::LanguageList => "[de, en]".into(),
        Type::Destinations => "\n    - name: \"\"\n      floor: \"\"\n      room: \"\"\n      direction: left".into(),
        Type::OneOf(values) => values.first().cloned().unwrap_or_default(),
        Type::Kind => "page".into(),
        Type::Page => "behoerden/jobcenter".into(),
    }
}

/// The text of a new page of `kind` (one of `kinds`).
pub fn page_text(kinds: &Kinds, kind: &str) -> String {
    let mut out = String::from("---\n");
    for field in kinds.fields_of(kind) {
        if field.scope == Scope::File && field.name != "updated" {
            continue;
        }
        let what = format!(
            "{}{}{}",
            if field.required { "required · " } else { "" },
            kinds.describe(&field.ty),
            if field.scope == Scope::Text {
                " · translated"
            } else {
                ""
            }
        );
        let value = if field.name == "kind" {
            kind.to_string()
        } else {
            example(field)
        };
        let _ = writeln!(out, "# {}: {what}", field.name);
        let line = format!("{}: {value}", field.name);
        if field.required || field.name == "kind" {
            let _ = writeln!(out, "{line}");
        } else {
            let _ = writeln!(out, "# {}", line.replace('\n', "\n# "));
        }
    }
    out.push_str(&format!("---\n\n{PLACEHOLDER}\n"));
    out
}

/// The text a new page starts with; a page that still has it is not written yet.
pub const PLACEHOLDER: &str = "The text of the page, in Markdown.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_office_lists_every_field() {
        let kinds = Kinds::builtin();
        let text = page_text(&kinds, "office");
        for f in kinds.fields_of("office").filter(|f| f.scope != Scope::File) {
            assert!(text.contains(&format!("{}:", f.name)), "{}", f.name);
        }
        assert!(text.contains("kind: office"));
        assert!(text.contains("address: \n    street"), "{text}");
        assert!(text.contains("# phone: \"+49 4261 983-0\""), "{text}");
    }
}
