//! Structural drift between a source page and its translations, for `wegweiser check`:
//! headings and list items that differ in number, and phone numbers, e-mail addresses, web
//! addresses, dates and amounts that one side shows and the other does not.
//!
//! Owns: finding those facts in text and comparing them. A number in the translation that the
//! source does not have is an error (a wrong phone number on the Arabic page sends people to
//! the wrong place); a fact the translation leaves out is a warning. Must not: change files.

use crate::diagnostic::Diagnostic;
use crate::kinds::{Kinds, Scope};
use crate::site::{Site, Version};
use pulldown_cmark::{Event, Parser, Tag};
use std::collections::BTreeMap;

/// One fact found in a text: its kind, normalised value, and byte range in the file.
#[derive(Debug, Clone)]
struct Fact {
    kind: &'static str,
    key: String,
    start: usize,
    end: usize,
}

fn is_phone_char(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, ' ' | '-' | '/' | '(' | ')')
}

/// Facts in `text`, whose first byte is at `base` in the file.
fn facts(text: &str, base: usize) -> Vec<Fact> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        let rest = &text[i..];
        let c = rest.chars().next().expect("i is on a char boundary");
        // Web addresses.
        if rest.starts_with("https://") || rest.starts_with("http://") {
            let len = rest
                .find(|ch: char| ch.is_whitespace() || matches!(ch, ')' | '>' | '"' | ']' | '<'))
                .unwrap_or(rest.len());
            let url = rest[..len].trim_end_matches(['.', ',', ';', ':']);
            out.push(Fact {
                kind: "web address",
                key: url.trim_end_matches('/').to_string(),
                start: base + i,
                end: base + i + url.len(),
            });
            i += len;
            continue;
        }
        // E-mail addresses: a word before @ and a domain after it.
        if c == '@' {
            let before = text[..i]
                .rfind(|ch: char| {
                    !(ch.is_ascii_alphanumeric() || matches!(ch, '.' | '_' | '-' | '+'))
                })
                .map_or(0, |p| p + 1);
            let after = rest[1..]
                .find(|ch: char| !(ch.is_ascii_alphanumeric() || matches!(ch, '.' | '-')))
                .map_or(rest.len(), |p| p + 1);
            let email = text[before..i + after].trim_end_matches('.');
            if before < i && email.contains('.') && !text[..before].ends_with("mailto:") {
                out.push(Fact {
                    kind: "e-mail address",
                    key: email.to_lowercase(),
                    start: base + before,
                    end: base + before + email.len(),
                });
            }
            i += after;
            continue;
        }
        // Phone numbers: +49 … or a 0-prefixed number with at least six digits.
        let prev_is_word = i > 0
            && text[..i]
                .chars()
                .next_back()
                .is_some_and(|p| p.is_alphanumeric() || p == ':' || p == '/');
        if (c == '+' || c == '0') && !prev_is_word {
            let len = rest[1..]
                .find(|ch: char| !is_phone_char(ch))
                .map_or(rest.len(), |p| p + 1);
            let number = rest[..len].trim_end_matches([' ', '-', '/', '(']);
            let digits: String = number.chars().filter(char::is_ascii_digit).collect();
            let looks_like_phone = number.contains(' ') || number.contains('-') || c == '+';
            if digits.len() >= 6
                && looks_like_phone
                && !(c == '0' && number.len() == 10 && number.as_bytes().get(2) == Some(&b'.'))
            {
                let key = if c == '+' {
                    format!("+{digits}")
                } else {
                    format!("+49{}", &digits[1..])
                };
                out.push(Fact {
                    kind: "phone number",
                    key,
                    start: base + i,
                    end: base + i + number.len(),
                });
                i += len;
                continue;
            }
        }
        // Dates: 2026-10-15 or 15.10.2026.
        if c.is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit()) {
            let run = rest
                .find(|ch: char| !(ch.is_ascii_digit() || ch == '.' || ch == '-'))
                .unwrap_or(rest.len());
            let token = rest[..run].trim_end_matches(['.', '-']);
            let parts: Vec<&str> = token.split(['.', '-']).collect();
            let date = match parts.as_slice() {
                [y, m, d]
                    if y.len() == 4 && m.len() == 2 && d.len() == 2 && token.contains('-') =>
                {
                    Some(format!("{y}-{m}-{d}"))
                }
                [d, m, y]
                    if y.len() == 4
                        && (1..=2).contains(&m.len())
                        && (1..=2).contains(&d.len())
                        && token.contains('.') =>
                {
                    Some(format!("{y}-{m:0>2}-{d:0>2}"))
                }
                _ => None,
            };
            if let Some(key) = date {
                out.push(Fact {
                    kind: "date",
                    key,
                    start: base + i,
                    end: base + i + token.len(),
                });
                i += run.max(1);
                continue;
            }
            // Amounts: 25 €, 25,50 €, €25, 25 Euro.
            let num_len = rest
                .find(|ch: char| !(ch.is_ascii_digit() || ch == ',' || ch == '.'))
                .unwrap_or(rest.len());
            let after = rest[num_len..].trim_start();
            if after.starts_with('€')
                || after.starts_with("Euro")
                || after.starts_with("EUR")
                || text[..i].trim_end().ends_with('€')
            {
                let amount = rest[..num_len]
                    .trim_end_matches([',', '.'])
                    .replace('.', "")
                    .replace(',', ".");
                out.push(Fact {
                    kind: "amount",
                    key: amount,
                    start: base + i,
                    end: base + i + num_len,
                });
            }
            i += num_len.max(1);
            continue;
        }
        i += c.len_utf8();
    }
    out
}

/// Facts of a whole language version: its translatable fields and its body. Facts in
/// language-neutral fields (the phone field itself) are not compared: translations inherit them.
fn version_facts(kinds: &Kinds, v: &Version, kind: &str) -> Vec<Fact> {
    let text = &v.doc.source.text;
    let mut out = facts(&text[v.doc.front.start..v.doc.front.end], v.doc.front.start);
    out.retain(|f| {
        // The top-level key whose value holds the fact: the last unindented line before it.
        let before = &text[v.doc.front.start..f.start];
        let key_line = before
            .lines()
            .rev()
            .find(|l| !l.starts_with([' ', '\t', '-']) && l.contains(':'))
            .unwrap_or("");
        let key = key_line.split(':').next().unwrap_or("").trim();
        kinds
            .field(kind, key)
            .is_some_and(|field| field.scope == Scope::Text)
    });
    out.extend(facts(v.doc.body(), v.doc.body_start));
    out
}

/// Headings and list items of a body, each with the byte offset of the first one.
fn structure(v: &Version) -> [(usize, Option<usize>); 2] {
    let mut headings = (0, None);
    let mut items = (0, None);
    for (event, range) in
        Parser::new_ext(v.doc.body(), crate::markdown::options()).into_offset_iter()
    {
        match event {
            Event::Start(Tag::Heading { .. }) => {
                headings.0 += 1;
                headings.1.get_or_insert(v.doc.body_start + range.start);
            }
            Event::Start(Tag::Item) => {
                items.0 += 1;
                items.1.get_or_insert(v.doc.body_start + range.start);
            }
            _ => {}
        }
    }
    [headings, items]
}

pub fn check(site: &Site) -> Vec<Diagnostic> {
    let config = &site.config;
    let mut out = Vec::new();
    for page in &site.pages {
        let source = page.source(config);
        let kind = if page.is_section {
            "page"
        } else {
            page.kind.as_str()
        };
        let src_facts = version_facts(&site.kinds, source, kind);
        let src_structure = structure(source);
        let line_of = |v: &Version, offset: usize| v.doc.source.line_col(offset).0;
        for (lang, v) in &page.versions {
            if *lang == config.source_language {
                continue;
            }
            let facts_t = version_facts(&site.kinds, v, kind);
            let mut by_key: BTreeMap<(&str, &str), &Fact> = BTreeMap::new();
            for f in &src_facts {
                by_key.entry((f.kind, f.key.as_str())).or_insert(f);
            }
            for f in &facts_t {
                if !by_key.contains_key(&(f.kind, f.key.as_str())) {
                    let mut d = Diagnostic::error_at(
                        &v.doc.source,
                        f.start,
                        f.end,
                        format!("this {} is not in the source text", f.kind),
                    );
                    d = d.with_hint(format!(
                        "{} shows no `{}`; facts like this must be the same in every language — copy it from the source or correct it",
                        source.doc.source.name,
                        &v.doc.source.text[f.start..f.end]
                    ));
                    out.push(d);
                }
            }
            for f in &src_facts {
                if !facts_t.iter().any(|t| t.kind == f.kind && t.key == f.key) {
                    // No counterpart to point at: the first line of the translated text.
                    let body = v.doc.body();
                    let at = v.doc.body_start + (body.len() - body.trim_start().len());
                    out.push(
                        Diagnostic::warning_at(
                            &v.doc.source,
                            at,
                            at,
                            format!(
                                "the translation lacks the {} `{}`",
                                f.kind,
                                &source.doc.source.text[f.start..f.end]
                            ),
                        )
                        .with_hint(format!(
                            "it is in {}:{}; keep it, written exactly the same",
                            source.doc.source.name,
                            line_of(source, f.start)
                        )),
                    );
                }
            }
            let t_structure = structure(v);
            for (what, (s, t)) in ["headings", "list items"]
                .iter()
                .zip(src_structure.iter().zip(t_structure.iter()))
            {
                if s.0 != t.0 {
                    let at = t.1.unwrap_or(v.doc.body_start);
                    let src_line =
                        s.1.map_or(String::new(), |o| format!(":{}", line_of(source, o)));
                    out.push(
                        Diagnostic::warning_at(&v.doc.source, at, at, format!("the translation has {} {}, the source {}", t.0, if t.0 == 1 { what.trim_end_matches('s') } else { what }, s.0))
                            .with_hint(format!("compare with {}{src_line}: every heading and list item of the source should be translated, none added", source.doc.source.name)),
                    );
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(text: &str) -> Vec<(String, String)> {
        facts(text, 0)
            .into_iter()
            .map(|f| (f.kind.to_string(), f.key))
            .collect()
    }

    #[test]
    fn finds_phones_mails_urls_dates_and_amounts() {
        let k = keys(
            "Ruf an: +49 4261 983-3100 oder 04261 983-3100, schreib an a.b@example.org (https://www.example.org/x). Am 15.10.2026 oder 2026-10-15; Kosten 25,50 € und 1.200 Euro.",
        );
        assert!(
            k.contains(&("phone number".into(), "+4942619833100".into())),
            "{k:?}"
        );
        assert_eq!(
            k.iter().filter(|(kind, _)| kind == "phone number").count(),
            2,
            "{k:?}"
        );
        assert!(
            k.contains(&("e-mail address".into(), "a.b@example.org".into())),
            "{k:?}"
        );
        assert!(
            k.contains(&("web address".into(), "https://www.example.org/x".into())),
            "{k:?}"
        );
        assert_eq!(
            k.iter()
                .filter(|(kind, key)| kind == "date" && key == "2026-10-15")
                .count(),
            2,
            "{k:?}"
        );
        assert!(k.contains(&("amount".into(), "25.50".into())), "{k:?}");
        assert!(k.contains(&("amount".into(), "1200".into())), "{k:?}");
    }

    #[test]
    fn ordinary_numbers_are_not_facts() {
        assert!(keys("Ab 3 Jahren, Raum B 104, Linie 860, 12 Monate.").is_empty());
    }
}
