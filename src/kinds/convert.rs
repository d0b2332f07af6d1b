//! YAML values → typed `Value`s, one field at a time, with a message at the place of each
//! mistake.
//!
//! Owns: the syntax of every field type. Must not: know which fields a kind has (that is
//! `Kinds::check`) or whether a page a field names exists (`site::assemble`).

use super::{DIRECTIONS, Destination, Kinds, Type, Value, describe, is_date, langtag, phone_href};
use crate::diagnostic::{Diagnostic, closest};
use crate::hours;
use crate::yaml::{Yaml, type_name};
use serde_yaml::Value as Y;
use std::collections::BTreeMap;

/// What the conversion of one file's fields needs besides the value.
pub(super) struct Context<'a> {
    pub kinds: &'a Kinds,
    pub yaml: &'a Yaml,
    /// The site's language tags, for hints.
    pub languages: &'a [&'a str],
}

fn scalar_text(v: &Y) -> Option<String> {
    match v {
        Y::String(s) => Some(s.trim().to_string()),
        Y::Number(n) => Some(n.to_string()),
        Y::Bool(b) => Some(if *b { "yes".into() } else { "no".into() }),
        _ => None,
    }
}

pub(super) fn convert(
    cx: &Context,
    key: &str,
    ty: &Type,
    v: &Y,
    source_value: Option<&Value>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Value> {
    let (yaml, languages) = (cx.yaml, cx.languages);
    let wrong = |diagnostics: &mut Vec<Diagnostic>, path: &[&str], found: &str| {
        let (s, e) = yaml.locate_value(path);
        diagnostics.push(
            Diagnostic::error_at(
                &yaml.source,
                s,
                e,
                format!(
                    "`{}` must be {}, not {found}",
                    path.join("."),
                    cx.kinds.describe(ty)
                ),
            )
            .with_hint(format!(
                "write `{}` as {}",
                path.join("."),
                cx.kinds.describe(ty)
            )),
        );
        None
    };
    let bad_value =
        |diagnostics: &mut Vec<Diagnostic>, path: &[&str], msg: String, hint: String| {
            let (s, e) = yaml.locate_value(path);
            diagnostics.push(Diagnostic::error_at(&yaml.source, s, e, msg).with_hint(hint));
            None
        };
    let list_of_text = |v: &Y| -> Option<Vec<String>> {
        match v {
            Y::Sequence(items) => items.iter().map(scalar_text).collect(),
            _ => None,
        }
    };
    match ty {
        Type::Text | Type::Name => match v {
            Y::String(_) | Y::Number(_) => Some(Value::Str(scalar_text(v)?)),
            _ => wrong(diagnostics, &[key], type_name(v)),
        },
        Type::TextList | Type::NameList => match list_of_text(v) {
            Some(l) => Some(Value::List(l)),
            None if *ty == Type::NameList && matches!(v, Y::String(_)) => {
                Some(Value::List(vec![scalar_text(v)?]))
            }
            None => wrong(diagnostics, &[key], type_name(v)),
        },
        Type::Integer => match v.as_i64() {
            Some(i) => Some(Value::Int(i)),
            None => wrong(diagnostics, &[key], type_name(v)),
        },
        Type::Bool => match v.as_bool() {
            Some(b) => Some(Value::Bool(b)),
            None => wrong(diagnostics, &[key], type_name(v)),
        },
        Type::Kind | Type::OneOf(_) => {
            let allowed: Vec<&str> = match ty {
                Type::OneOf(a) => a.iter().map(String::as_str).collect(),
                _ => cx.kinds.names().collect(),
            };
            let s = scalar_text(v).unwrap_or_default();
            if allowed.contains(&s.as_str()) {
                Some(Value::Str(s))
            } else {
                let near = closest(&s, allowed.iter().copied())
                    .map(|n| format!("did you mean `{n}`? "))
                    .unwrap_or_default();
                bad_value(
                    diagnostics,
                    &[key],
                    format!("`{s}` is not a valid `{key}`"),
                    format!("{near}`{key}` is one of: {}", allowed.join(", ")),
                )
            }
        }
        Type::Date => {
            let s = scalar_text(v).unwrap_or_default();
            if is_date(&s) {
                Some(Value::Str(s))
            } else {
                let (message, hint) = not_a_date(&s);
                bad_value(diagnostics, &[key], message, hint)
            }
        }
        Type::Phone => {
            let s = scalar_text(v).unwrap_or_default();
            match phone_href(&s) {
                Some(href) => Some(Value::Phone { display: s, href }),
                None => bad_value(diagnostics, &[key], format!("`{s}` is not a phone number in international form"), "write it with the country code, e.g. `+49 4261 983-0`; it becomes a `tel:` link".into()),
            }
        }
        Type::Email => {
            let s = scalar_text(v).unwrap_or_default();
            let ok = s.split_once('@').is_some_and(|(a, b)| {
                !a.is_empty() && b.contains('.') && !s.contains([' ', '<', '>', '"', '?', '&'])
            });
            if ok {
                Some(Value::Str(s))
            } else {
                bad_value(
                    diagnostics,
                    &[key],
                    format!("`{s}` is not an e-mail address"),
                    "write it as `name@example.org`".into(),
                )
            }
        }
        Type::Url => {
            let s = scalar_text(v).unwrap_or_default();
            let ok = (s.starts_with("https://") || s.starts_with("http://"))
                && !s.contains([' ', '<', '>', '"']);
            if ok {
                if let Some(rest) = s.strip_prefix("http://") {
                    let (vs, ve) = yaml.locate_value(&[key]);
                    diagnostics.push(
                        Diagnostic::warning_at(
                            &yaml.source,
                            vs,
                            ve,
                            format!("`{s}` is a plain `http://` address"),
                        )
                        .with_hint(format!(
                            "write `https://{rest}` if the site has it: browsers warn readers \
                             about plain http, and what they send there can be read on the way"
                        )),
                    );
                }
                Some(Value::Str(s))
            } else {
                bad_value(
                    diagnostics,
                    &[key],
                    format!("`{s}` is not a web address"),
                    "write the whole address, starting with `https://`".into(),
                )
            }
        }
        Type::Hours => {
            let Some(s) = scalar_text(v) else {
                return wrong(diagnostics, &[key], type_name(v));
            };
            match hours::parse(&s) {
                Ok(week) => Some(Value::Hours(Box::new(week), s)),
                Err(e) => {
                    let (vs, ve) = yaml.locate_value(&[key]);
                    let written = &yaml.source.text[vs..ve];
                    // Point into the expression when it is written on the key's line.
                    let (s0, e0) = if written == s {
                        (vs + e.start, vs + e.end)
                    } else {
                        (vs, ve)
                    };
                    diagnostics.push(
                        Diagnostic::error_at(
                            &yaml.source,
                            s0,
                            e0,
                            format!("invalid opening hours: {}", e.message),
                        )
                        .with_hint(e.hint),
                    );
                    None
                }
            }
        }
        Type::LanguageList => {
            let Some(list) = list_of_text(v) else {
                return wrong(diagnostics, &[key], type_name(v));
            };
            // A wrong tag is reported and left out: the rest of the list is still shown.
            let mut kept = Vec::new();
            for (i, tag) in list.into_iter().enumerate() {
                let Err(problem) = langtag::check(&tag) else {
                    kept.push(tag);
                    continue;
                };
                let idx = i.to_string();
                // The message names the tag meant where the spelling tells; else perhaps
                // one of the site's languages was.
                let near = problem
                    .meant
                    .is_none()
                    .then(|| closest(&tag, languages.iter().copied()))
                    .flatten()
                    .map(|n| format!("did you mean `{n}`? "))
                    .unwrap_or_default();
                bad_value(
                    diagnostics,
                    &[key, &idx],
                    problem.message,
                    format!("{near}{}", problem.hint),
                );
            }
            Some(Value::List(kept))
        }
        Type::Address => {
            let Y::Mapping(m) = v else {
                return wrong(diagnostics, &[key], type_name(v));
            };
            let allowed = ["street", "postcode", "city", "building", "floor", "room"];
            let mut out = BTreeMap::new();
            for (k, val) in m {
                let k = k.as_str().unwrap_or_default();
                if !allowed.contains(&k) {
                    let (s, e) = yaml.locate(&[key, k]);
                    let near = closest(k, allowed)
                        .map(|n| format!("did you mean `{n}`? "))
                        .unwrap_or_default();
                    diagnostics.push(
                        Diagnostic::error_at(
                            &yaml.source,
                            s,
                            e,
                            format!("unknown field `{k}` in `{key}`"),
                        )
                        .with_hint(format!("{near}an address has: {}", allowed.join(", "))),
                    );
                    continue;
                }
                match scalar_text(val) {
                    Some(t) => {
                        out.insert(k.to_string(), t);
                    }
                    None => {
                        wrong(diagnostics, &[key, k], type_name(val));
                    }
                }
            }
            for need in ["street", "city"] {
                if out.get(need).is_some_and(String::is_empty) {
                    let (s, e) = yaml.locate(&[key, need]);
                    diagnostics.push(
                        Diagnostic::error_at(
                            &yaml.source,
                            s,
                            e,
                            format!("the address has an empty `{need}`"),
                        )
                        .with_hint("an address needs at least `street` and `city`"),
                    );
                } else if !out.contains_key(need) && !m.contains_key(need) {
                    let (s, e) = yaml.locate(&[key]);
                    diagnostics.push(
                        Diagnostic::error_at(
                            &yaml.source,
                            s,
                            e,
                            format!("the address lacks `{need}`"),
                        )
                        .with_hint("an address needs at least `street` and `city`"),
                    );
                }
            }
            Some(Value::Address(out))
        }
        Type::Geo => {
            let lat = v.get("lat").and_then(Y::as_f64);
            let lon = v.get("lon").and_then(Y::as_f64);
            match (lat, lon, v.as_mapping().map(|m| m.len())) {
                (Some(lat), Some(lon), Some(2))
                    if (-90.0..=90.0).contains(&lat) && (-180.0..=180.0).contains(&lon) =>
                {
                    Some(Value::Geo { lat, lon })
                }
                _ => wrong(diagnostics, &[key], type_name(v)),
            }
        }
        Type::Bus => {
            let stop = v.get("stop").and_then(scalar_text);
            let lines = v.get("lines").map_or(Some(vec![]), list_of_text);
            match (
                stop,
                lines,
                v.as_mapping().map(|m| {
                    m.keys()
                        .all(|k| matches!(k.as_str(), Some("stop" | "lines")))
                }),
            ) {
                (Some(stop), Some(lines), Some(true)) => Some(Value::Bus { stop, lines }),
                _ => wrong(diagnostics, &[key], type_name(v)),
            }
        }
        Type::Ages => {
            let from = v.get("from").and_then(Y::as_u64);
            let to = v.get("to").and_then(Y::as_u64);
            match (from, to) {
                (Some(a), Some(b)) if a <= b && b < 30 => Some(Value::Ages {
                    from: a as u32,
                    to: b as u32,
                }),
                _ => wrong(diagnostics, &[key], type_name(v)),
            }
        }
        Type::Dates => {
            if v.as_str() == Some("ongoing") {
                return Some(Value::Dates {
                    ongoing: true,
                    dates: vec![],
                });
            }
            let Some(list) = list_of_text(v) else {
                return wrong(diagnostics, &[key], type_name(v));
            };
            let mut ok = true;
            for (i, d) in list.iter().enumerate() {
                if !is_date(d) {
                    ok = false;
                    let idx = i.to_string();
                    let (message, hint) = not_a_date(d);
                    bad_value(diagnostics, &[key, &idx], message, hint);
                }
            }
            let mut dates = list;
            dates.sort();
            ok.then_some(Value::Dates {
                ongoing: false,
                dates,
            })
        }
        Type::Destinations => destinations(yaml, key, v, source_value, diagnostics),
        Type::Page => {
            let Y::String(s) = v else {
                return wrong(diagnostics, &[key], type_name(v));
            };
            match page_id(s.trim(), languages) {
                Ok(id) => Some(Value::Page(id)),
                Err(hint) => bad_value(
                    diagnostics,
                    &[key],
                    format!("`{}` is not the path of a page", s.trim()),
                    hint,
                ),
            }
        }
    }
}

/// The message and hint for a text that is not a date: a day the calendar lacks
/// (`2026-02-30`) is told apart from a date in another form (`15.10.2026`).
fn not_a_date(s: &str) -> (String, String) {
    let b = s.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    let shaped = b.len() == 10 && b[4] == b'-' && b[7] == b'-';
    if shaped && digits(0..4) && digits(5..7) && digits(8..10) {
        let year: u32 = s[0..4].parse().expect("four digits");
        let month: u32 = s[5..7].parse().expect("two digits");
        if (1..=12).contains(&month) {
            let days = super::days_in_month(year, month);
            return (
                format!("`{s}` is not a day of the calendar"),
                format!(
                    "month {:02} of {year} has {days} days; write dates as `YYYY-MM-DD`",
                    month
                ),
            );
        }
        return (
            format!("`{s}` is not a date: there is no month {month:02}"),
            "write dates as `YYYY-MM-DD`, the month from 01 to 12, e.g. `2026-10-15`".into(),
        );
    }
    (
        format!("`{s}` is not a date"),
        "write dates as `YYYY-MM-DD`, e.g. `2026-10-15`".into(),
    )
}

fn destinations(
    yaml: &Yaml,
    key: &str,
    v: &Y,
    source_value: Option<&Value>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Value> {
    let Y::Sequence(items) = v else {
        let (s, e) = yaml.locate(&[key]);
        diagnostics.push(
            Diagnostic::error_at(&yaml.source, s, e, format!("`{key}` must be a list"))
                .with_hint(describe(&Type::Destinations)),
        );
        return None;
    };
    let source_items = match source_value {
        Some(Value::Destinations(d)) => Some(d),
        _ => None,
    };
    if let Some(src) = source_items {
        if src.len() != items.len() {
            let (s, e) = yaml.locate(&[key]);
            diagnostics.push(
                Diagnostic::error_at(
                    &yaml.source,
                    s,
                    e,
                    format!(
                        "the translation lists {} destinations, the source {}",
                        items.len(),
                        src.len()
                    ),
                )
                .with_hint("translate every destination of the source, in the same order"),
            );
            return None;
        }
    }
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let idx = i.to_string();
        let allowed: &[&str] = if source_items.is_some() {
            &["name"]
        } else {
            &["name", "floor", "room", "direction"]
        };
        let Some(m) = item.as_mapping() else {
            let (s, e) = yaml.locate(&[key, &idx]);
            diagnostics.push(
                Diagnostic::error_at(&yaml.source, s, e, "a destination must have fields")
                    .with_hint(describe(&Type::Destinations)),
            );
            continue;
        };
        for k in m.keys() {
            let k = k.as_str().unwrap_or_default();
            if !allowed.contains(&k) {
                let (s, e) = yaml.locate(&[key, &idx, k]);
                let msg = if source_items.is_some() && ["floor", "room", "direction"].contains(&k) {
                    (format!("`{k}` must not be repeated in a translation"), "floor, room and direction come from the source file; a translation gives only `name`".to_string())
                } else {
                    (
                        format!("unknown field `{k}` in a destination"),
                        format!("a destination has: {}", allowed.join(", ")),
                    )
                };
                diagnostics.push(Diagnostic::error_at(&yaml.source, s, e, msg.0).with_hint(msg.1));
            }
        }
        let get = |k: &str| m.get(k).and_then(scalar_text).unwrap_or_default();
        let name = get("name");
        if name.is_empty() {
            let (s, e) = yaml.locate(&[key, &idx]);
            diagnostics.push(Diagnostic::error_at(
                &yaml.source,
                s,
                e,
                "a destination needs a `name`",
            ));
        }
        let d = match source_items {
            Some(src) => Destination {
                name,
                ..src[i].clone()
            },
            None => {
                let mut direction = get("direction");
                if !direction.is_empty() && !DIRECTIONS.contains(&direction.as_str()) {
                    let (s, e) = yaml.locate_value(&[key, &idx, "direction"]);
                    diagnostics.push(
                        Diagnostic::error_at(
                            &yaml.source,
                            s,
                            e,
                            format!("`{direction}` is not a direction"),
                        )
                        .with_hint(format!("a direction is one of: {}", DIRECTIONS.join(", "))),
                    );
                    // Reported once, here: the templates see a destination without one.
                    direction.clear();
                }
                Destination {
                    name,
                    floor: get("floor"),
                    room: get("room"),
                    direction,
                }
            }
        };
        out.push(d);
    }
    Some(Value::Destinations(out))
}

/// The id of the page a field names: its path below `content/`, with or without `.md` and
/// a language (`behoerden/jobcenter`, `behoerden/jobcenter.de.md`); a folder's own page as
/// `kita/` or `kita/_index`. The hint says what is wrong otherwise.
pub fn page_id(path: &str, languages: &[&str]) -> Result<String, String> {
    let how = "give the page's path below `content/`, without language and ending, like `behoerden/jobcenter`";
    if path.is_empty()
        || path.starts_with('/')
        || path.contains(['\\', '#', '?', ':', '%'])
        || path.contains("//")
    {
        return Err(how.to_string());
    }
    let mut id = path.strip_suffix(".md").unwrap_or(path).to_string();
    if let Some((stem, lang)) = id.rsplit_once('.') {
        if languages.contains(&lang) {
            id = stem.to_string();
        }
    }
    if id.ends_with('/') {
        id.push_str("_index");
    }
    if id
        .split('/')
        .any(|part| part.is_empty() || part.starts_with('.'))
    {
        return Err(how.to_string());
    }
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_paths_become_ids() {
        let langs = ["de", "ar"];
        let id = |p: &str| page_id(p, &langs);
        assert_eq!(
            id("behoerden/jobcenter").as_deref(),
            Ok("behoerden/jobcenter")
        );
        assert_eq!(
            id("behoerden/jobcenter.md").as_deref(),
            Ok("behoerden/jobcenter")
        );
        assert_eq!(
            id("behoerden/jobcenter.de.md").as_deref(),
            Ok("behoerden/jobcenter")
        );
        assert_eq!(id("kita/").as_deref(), Ok("kita/_index"));
        assert_eq!(id("_index").as_deref(), Ok("_index"));
        for bad in [
            "",
            "/behoerden/jobcenter",
            "../jobcenter",
            "a//b",
            "a/./b",
            "a#b",
            "https://x",
        ] {
            assert!(id(bad).is_err(), "{bad}");
        }
    }
}
