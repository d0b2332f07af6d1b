//! Kinds of page and their typed fields: which fields a page of a kind may have, of what
//! type, whether required, and whether translatable; and the check of a file's front matter
//! against that, with a message at the line of each problem.
//!
//! Owns: the field tables (one place; a theme extends them by adding kinds here later) and
//! turning YAML values into typed `Value`s. Must not: render anything.

use crate::diagnostic::{Diagnostic, closest};
use crate::hours;
use crate::yaml::{Yaml, type_name};
use serde_yaml::Value as Y;
use std::collections::BTreeMap;

/// Whether a field belongs to the source file only, or may (must) be translated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// Language-neutral: only in the source file, inherited by translations.
    Neutral,
    /// Text: in the source, and translated in each translation.
    Text,
    /// About the file itself (its date, its source hash): in any file.
    File,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Type {
    Text,
    TextList,
    /// A name or label that is not translated (a building, a municipality).
    Name,
    NameList,
    Integer,
    Bool,
    Date,
    Phone,
    Email,
    Url,
    Address,
    Geo,
    Hours,
    Bus,
    Ages,
    Dates,
    LanguageList,
    Destinations,
    OneOf(&'static [&'static str]),
    /// A page kind.
    Kind,
}

#[derive(Debug, Clone, Copy)]
pub struct Field {
    pub name: &'static str,
    pub ty: Type,
    pub required: bool,
    pub scope: Scope,
}

const fn f(name: &'static str, ty: Type, required: bool, scope: Scope) -> Field {
    Field {
        name,
        ty,
        required,
        scope,
    }
}

pub const KINDS: &[&str] = &["page", "office", "kita", "offer", "signpost"];
pub const CATEGORIES: &[&str] = &[
    "immigration",
    "jobs",
    "employment",
    "counselling",
    "citizens",
    "health",
    "family",
    "school",
    "help",
];
pub const DIRECTIONS: &[&str] = &["left", "right", "ahead", "up", "down"];

/// Fields every page has.
const COMMON: &[Field] = &[
    f("title", Type::Text, true, Scope::Text),
    f("summary", Type::Text, false, Scope::Text),
    f("kind", Type::Kind, false, Scope::Neutral),
    f("weight", Type::Integer, false, Scope::Neutral),
    f("updated", Type::Date, false, Scope::File),
    f("source_hash", Type::Name, false, Scope::File),
    f("machine", Type::Bool, false, Scope::File),
    f("minor", Type::Bool, false, Scope::File),
    f("previous_hash", Type::NameList, false, Scope::File),
    // `false` keeps this language version off printed signs (e.g. a draft translation).
    f("print_allowed", Type::Bool, false, Scope::File),
];

const OFFICE: &[Field] = &[
    f("official_name", Type::Name, false, Scope::Neutral),
    f("category", Type::OneOf(CATEGORIES), false, Scope::Neutral),
    f("services", Type::Text, true, Scope::Text),
    f("address", Type::Address, true, Scope::Neutral),
    f("geo", Type::Geo, false, Scope::Neutral),
    f("bus", Type::Bus, false, Scope::Neutral),
    f("opening_hours", Type::Hours, false, Scope::Neutral),
    f("phone_hours", Type::Hours, false, Scope::Neutral),
    f(
        "appointment",
        Type::OneOf(&["required", "recommended", "none"]),
        false,
        Scope::Neutral,
    ),
    f("booking", Type::Text, false, Scope::Text),
    f("phone", Type::Phone, false, Scope::Neutral),
    f("email", Type::Email, false, Scope::Neutral),
    f("website", Type::Url, false, Scope::Neutral),
    f("bring", Type::TextList, false, Scope::Text),
    f("languages", Type::LanguageList, false, Scope::Neutral),
    f(
        "wheelchair",
        Type::OneOf(&["yes", "no", "limited", "unknown"]),
        false,
        Scope::Neutral,
    ),
    f("municipalities", Type::NameList, false, Scope::Neutral),
    f("last_verified", Type::Date, false, Scope::Neutral),
];

const KITA: &[Field] = &[
    f("address", Type::Address, true, Scope::Neutral),
    f("geo", Type::Geo, false, Scope::Neutral),
    f("municipality", Type::Name, false, Scope::Neutral),
    f("ages", Type::Ages, false, Scope::Neutral),
    f("opening_hours", Type::Hours, false, Scope::Neutral),
    f("phone", Type::Phone, false, Scope::Neutral),
    f("email", Type::Email, false, Scope::Neutral),
    f("website", Type::Url, false, Scope::Neutral),
    f("registration", Type::Text, false, Scope::Text),
    f("languages", Type::LanguageList, false, Scope::Neutral),
    f(
        "wheelchair",
        Type::OneOf(&["yes", "no", "limited", "unknown"]),
        false,
        Scope::Neutral,
    ),
    f("last_verified", Type::Date, false, Scope::Neutral),
];

const OFFER: &[Field] = &[
    f("provider", Type::Name, true, Scope::Neutral),
    f("target_group", Type::Text, false, Scope::Text),
    f("languages", Type::LanguageList, false, Scope::Neutral),
    f("dates", Type::Dates, false, Scope::Neutral),
    f("cost", Type::Text, false, Scope::Text),
    f("registration", Type::Text, false, Scope::Text),
    f("address", Type::Address, false, Scope::Neutral),
    f("geo", Type::Geo, false, Scope::Neutral),
    f("phone", Type::Phone, false, Scope::Neutral),
    f("email", Type::Email, false, Scope::Neutral),
    f("website", Type::Url, false, Scope::Neutral),
    f("last_verified", Type::Date, false, Scope::Neutral),
];

const SIGNPOST: &[Field] = &[
    f("building", Type::Name, false, Scope::Neutral),
    f("destinations", Type::Destinations, true, Scope::Text),
];

pub fn fields_of(kind: &str) -> impl Iterator<Item = &'static Field> {
    let own: &[Field] = match kind {
        "office" => OFFICE,
        "kita" => KITA,
        "offer" => OFFER,
        "signpost" => SIGNPOST,
        _ => &[],
    };
    COMMON.iter().chain(own)
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
pub enum Value {
    Str(String),
    List(Vec<String>),
    Int(i64),
    Bool(bool),
    Phone {
        display: String,
        href: String,
    },
    Address(BTreeMap<String, String>),
    Geo {
        lat: f64,
        lon: f64,
    },
    #[serde(skip)]
    Hours(Box<hours::Week>, String),
    Bus {
        stop: String,
        lines: Vec<String>,
    },
    Ages {
        from: u32,
        to: u32,
    },
    Dates {
        ongoing: bool,
        dates: Vec<String>,
    },
    Destinations(Vec<Destination>),
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Destination {
    pub name: String,
    pub floor: String,
    pub room: String,
    pub direction: String,
}

pub type Fields = BTreeMap<String, Value>;

/// Checks a file's front matter against its kind. `source` is `None` for the source-language
/// file and the source's fields for a translation (for the rules of what it may hold).
pub fn check(
    yaml: &Yaml,
    map: &serde_yaml::Mapping,
    kind: &str,
    source: Option<(&Fields, &str)>,
    languages: &[&str],
    diagnostics: &mut Vec<Diagnostic>,
) -> Fields {
    let mut out = Fields::new();
    let fields: Vec<&Field> = fields_of(kind).collect();
    for (k, v) in map {
        let Some(key) = k.as_str() else {
            let (s, e) = yaml.locate(&[]);
            diagnostics.push(Diagnostic::error_at(
                &yaml.source,
                s,
                e,
                "a field name must be text",
            ));
            continue;
        };
        let Some(field) = fields.iter().find(|f| f.name == key) else {
            let (s, e) = yaml.locate(&[key]);
            let names: Vec<&str> = fields.iter().map(|f| f.name).collect();
            let mut hint = format!(
                "the fields of {} `{kind}` page are: {}",
                article(kind),
                names.join(", ")
            );
            if let Some(near) = closest(key, names.iter().copied()) {
                hint = format!("did you mean `{near}`? {hint}");
            }
            diagnostics.push(
                Diagnostic::error_at(&yaml.source, s, e, format!("unknown field `{key}`"))
                    .with_hint(hint),
            );
            continue;
        };
        if let Some((_, source_name)) = source {
            if field.scope == Scope::Neutral {
                let (s, e) = yaml.locate(&[key]);
                diagnostics.push(
                    Diagnostic::error_at(&yaml.source, s, e, format!("`{key}` must not be repeated in a translation"))
                        .with_hint(format!("`{key}` is the same in every language and comes from `{source_name}`; delete this line here and change it there")),
                );
                continue;
            }
        }
        if field.required && matches!(v, Y::String(t) if t.trim().is_empty()) {
            let (s, e) = yaml.locate(&[key]);
            diagnostics.push(
                Diagnostic::error_at(&yaml.source, s, e, format!("`{key}` is empty")).with_hint(
                    format!(
                        "{} `{kind}` page needs `{key}` ({})",
                        article(kind),
                        describe(field.ty)
                    ),
                ),
            );
            continue;
        }
        if let Some(value) = convert(
            yaml,
            key,
            field.ty,
            v,
            source.and_then(|(s, _)| s.get(key)),
            languages,
            diagnostics,
        ) {
            out.insert(key.to_string(), value);
        }
    }
    for field in &fields {
        // A translation must give its title; other texts it lacks are shown from the source.
        let needed = field.required && (source.is_none() || field.name == "title");
        if needed && !out.contains_key(field.name) && !map.contains_key(field.name) {
            diagnostics.push(
                Diagnostic::error_at(
                    &yaml.source,
                    yaml.start,
                    yaml.start,
                    format!("the field `{}` is missing", field.name),
                )
                .with_hint(format!(
                    "a `{kind}` page needs `{}:` ({})",
                    field.name,
                    describe(field.ty)
                )),
            );
        }
    }
    out
}

fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

/// What a type looks like, for hints.
pub fn describe(ty: Type) -> String {
    match ty {
        Type::Text => "text".into(),
        Type::TextList | Type::NameList => "a list of texts, one `- ` line each".into(),
        Type::Name => "text".into(),
        Type::Integer => "a whole number".into(),
        Type::Bool => "`true` or `false`".into(),
        Type::Date => "a date `YYYY-MM-DD`".into(),
        Type::Phone => "a phone number in international form, `+49 4261 983-0`".into(),
        Type::Email => "an e-mail address".into(),
        Type::Url => "a web address starting with `https://`".into(),
        Type::Address => "fields street, postcode, city, building, floor, room".into(),
        Type::Geo => "`{ lat: 53.11, lon: 9.40 }`".into(),
        Type::Hours => "opening hours like `Mo-Fr 08:00-12:00; PH off`".into(),
        Type::Bus => "`{ stop: Name, lines: [\"860\"] }`".into(),
        Type::Ages => "`{ from: 1, to: 6 }` (years)".into(),
        Type::Dates => "a list of dates `YYYY-MM-DD`, or `ongoing`".into(),
        Type::LanguageList => "a list of language tags, `[de, en, ar]`".into(),
        Type::Destinations => "a list of `- name:`, `floor:`, `room:`, `direction:`".into(),
        Type::OneOf(v) => format!("one of {}", v.join(", ")),
        Type::Kind => format!("one of {}", KINDS.join(", ")),
    }
}

fn scalar_text(v: &Y) -> Option<String> {
    match v {
        Y::String(s) => Some(s.trim().to_string()),
        Y::Number(n) => Some(n.to_string()),
        Y::Bool(b) => Some(if *b { "yes".into() } else { "no".into() }),
        _ => None,
    }
}

fn convert(
    yaml: &Yaml,
    key: &str,
    ty: Type,
    v: &Y,
    source_value: Option<&Value>,
    languages: &[&str],
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Value> {
    let wrong = |diagnostics: &mut Vec<Diagnostic>, path: &[&str], found: &str| {
        let (s, e) = yaml.locate_value(path);
        diagnostics.push(
            Diagnostic::error_at(
                &yaml.source,
                s,
                e,
                format!("`{}` must be {}, not {found}", path.join("."), describe(ty)),
            )
            .with_hint(format!("write `{}` as {}", path.join("."), describe(ty))),
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
            None if ty == Type::NameList && matches!(v, Y::String(_)) => {
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
            let allowed: &[&str] = match ty {
                Type::OneOf(a) => a,
                _ => KINDS,
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
                bad_value(
                    diagnostics,
                    &[key],
                    format!("`{s}` is not a date"),
                    "write dates as `YYYY-MM-DD`, e.g. `2026-10-15`".into(),
                )
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
            let mut ok = true;
            for (i, tag) in list.iter().enumerate() {
                let valid =
                    tag.len() >= 2 && tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
                if !valid {
                    ok = false;
                    let idx = i.to_string();
                    let near = closest(tag, languages.iter().copied())
                        .map(|n| format!("did you mean `{n}`? "))
                        .unwrap_or_default();
                    bad_value(
                        diagnostics,
                        &[key, &idx],
                        format!("`{tag}` is not a language tag"),
                        format!("{near}write languages as tags: `de`, `ar`, `fa`, `uk`"),
                    );
                }
            }
            ok.then_some(Value::List(list))
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
                    bad_value(
                        diagnostics,
                        &[key, &idx],
                        format!("`{d}` is not a date"),
                        "write dates as `YYYY-MM-DD`".into(),
                    );
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
    }
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
                .with_hint(describe(Type::Destinations)),
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
                    .with_hint(describe(Type::Destinations)),
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
                let direction = get("direction");
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

/// Days since 1970-01-01 of a `YYYY-MM-DD` date (proleptic Gregorian).
pub fn days_of(s: &str) -> Option<i64> {
    if !is_date(s) {
        return None;
    }
    let y: i64 = s[0..4].parse().ok()?;
    let m: i64 = s[5..7].parse().ok()?;
    let d: i64 = s[8..10].parse().ok()?;
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// `YYYY-MM-DD` of a day count since 1970-01-01: the inverse of `days_of` (after H. Hinnant's
/// `civil_from_days`).
pub fn date_of(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Today, in days since 1970-01-01 (UTC); `SOURCE_DATE_EPOCH` (seconds, as in reproducible
/// builds) sets it, so that a build of an old commit can be repeated byte for byte.
pub fn today() -> i64 {
    if let Some(secs) = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
    {
        return secs.div_euclid(86_400);
    }
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    (secs / 86_400) as i64
}

pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| s[r].parse::<u32>().ok();
    match (num(0..4), num(5..7), num(8..10)) {
        (Some(_), Some(m), Some(d)) => (1..=12).contains(&m) && (1..=31).contains(&d),
        _ => false,
    }
}

/// `+49 4261 983-0` → `tel:+494261983​0`; `None` unless it is an international number.
pub fn phone_href(s: &str) -> Option<String> {
    let rest = s.strip_prefix('+')?;
    if !rest
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '/' | '(' | ')'))
    {
        return None;
    }
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    (6..=15)
        .contains(&digits.len())
        .then(|| format!("tel:+{digits}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phone_numbers_become_e164_links() {
        assert_eq!(
            phone_href("+49 4261 983-3100").as_deref(),
            Some("tel:+4942619833100")
        );
        assert_eq!(phone_href("04261 983"), None);
        assert_eq!(phone_href("+49 abc"), None);
    }

    #[test]
    fn days_since_the_epoch() {
        assert_eq!(days_of("1970-01-01"), Some(0));
        assert_eq!(days_of("2000-03-01"), Some(11_017));
        assert_eq!(days_of("2026-11-25"), Some(20_782));
    }

    #[test]
    fn dates() {
        assert!(is_date("2026-10-15"));
        assert!(!is_date("15.10.2026"));
        assert!(!is_date("2026-13-01"));
    }
}
