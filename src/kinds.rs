//! Kinds of page and their typed fields: which fields a page of a kind may have, of what
//! type, whether required, and whether translatable; and the check of a file's front matter
//! against that, with a message at the line of each problem.
//!
//! Owns: the registry of kinds (`Kinds`: the built-in tables here, extended by a theme's
//! `kinds.yaml` in `extend`), built once per build and kept on the site; and turning YAML
//! values into typed `Value`s (`convert`). Must not: render anything.

mod convert;
mod extend;
mod langtag;

pub use convert::page_id;

use crate::diagnostic::{Diagnostic, closest};
use crate::yaml::Yaml;
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

#[derive(Debug, Clone, PartialEq, Eq)]
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
    OneOf(Vec<String>),
    /// A page kind.
    Kind,
    /// Another page of the site, by its path below `content/` (`behoerden/jobcenter`).
    Page,
}

/// The types a theme's `kinds.yaml` may give a field, by name. `yes_no_unknown` is short
/// for `one_of` with those three values.
pub const TYPE_NAMES: &[&str] = &[
    "text",
    "text_list",
    "name",
    "name_list",
    "integer",
    "bool",
    "date",
    "phone",
    "email",
    "url",
    "address",
    "geo",
    "hours",
    "bus",
    "ages",
    "dates",
    "languages",
    "destinations",
    "one_of",
    "yes_no_unknown",
    "page",
];

impl Type {
    /// The type of a name of `TYPE_NAMES`; `one_of` with the values given.
    pub fn from_name(name: &str, values: Vec<String>) -> Option<Type> {
        Some(match name {
            "text" => Type::Text,
            "text_list" => Type::TextList,
            "name" => Type::Name,
            "name_list" => Type::NameList,
            "integer" => Type::Integer,
            "bool" => Type::Bool,
            "date" => Type::Date,
            "phone" => Type::Phone,
            "email" => Type::Email,
            "url" => Type::Url,
            "address" => Type::Address,
            "geo" => Type::Geo,
            "hours" => Type::Hours,
            "bus" => Type::Bus,
            "ages" => Type::Ages,
            "dates" => Type::Dates,
            "languages" => Type::LanguageList,
            "destinations" => Type::Destinations,
            "one_of" => Type::OneOf(values),
            "yes_no_unknown" => Type::OneOf(strings(&["yes", "no", "unknown"])),
            "page" => Type::Page,
            _ => return None,
        })
    }

    /// The name a `kinds.yaml` gives this type (`kind` for the built-in `kind` field).
    pub fn name(&self) -> &'static str {
        match self {
            Type::Text => "text",
            Type::TextList => "text_list",
            Type::Name => "name",
            Type::NameList => "name_list",
            Type::Integer => "integer",
            Type::Bool => "bool",
            Type::Date => "date",
            Type::Phone => "phone",
            Type::Email => "email",
            Type::Url => "url",
            Type::Address => "address",
            Type::Geo => "geo",
            Type::Hours => "hours",
            Type::Bus => "bus",
            Type::Ages => "ages",
            Type::Dates => "dates",
            Type::LanguageList => "languages",
            Type::Destinations => "destinations",
            Type::OneOf(_) => "one_of",
            Type::Kind => "kind",
            Type::Page => "page",
        }
    }

    /// Whether a field of this type can be translated: its value is text a reader reads.
    pub fn translatable(&self) -> bool {
        matches!(
            self,
            Type::Text
                | Type::TextList
                | Type::Name
                | Type::NameList
                | Type::Url
                | Type::Destinations
        )
    }
}

#[derive(Debug, Clone)]
pub struct Field {
    pub name: String,
    pub ty: Type,
    pub required: bool,
    pub scope: Scope,
    /// Declared in the theme's `kinds.yaml` rather than built in: the templates get it in
    /// `facts.fields`.
    pub from_theme: bool,
}

fn f(name: &str, ty: Type, required: bool, scope: Scope) -> Field {
    Field {
        name: name.to_string(),
        ty,
        required,
        scope,
        from_theme: false,
    }
}

fn strings(values: &[&str]) -> Vec<String> {
    values.iter().map(|s| s.to_string()).collect()
}

/// A kind of page and its own fields (those every page has come on top).
#[derive(Debug, Clone)]
pub struct Kind {
    pub name: String,
    pub fields: Vec<Field>,
    /// One of wegweiser's own kinds (`page`, `office`, …), perhaps with fields from the theme.
    pub builtin: bool,
}

/// Every kind of page a site knows: wegweiser's own, with what its theme adds.
#[derive(Debug, Clone)]
pub struct Kinds {
    /// Fields every page has.
    common: Vec<Field>,
    /// The built-in kinds first, then the theme's in the order of its `kinds.yaml`.
    kinds: Vec<Kind>,
}

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

impl Kinds {
    /// wegweiser's own kinds, as a site without a `kinds.yaml` in its theme has them.
    pub fn builtin() -> Kinds {
        use Scope::{File, Neutral, Text};
        let wheelchair = || Type::OneOf(strings(&["yes", "no", "limited", "unknown"]));
        let common = vec![
            f("title", Type::Text, true, Text),
            f("summary", Type::Text, false, Text),
            f("kind", Type::Kind, false, Neutral),
            f("weight", Type::Integer, false, Neutral),
            f("updated", Type::Date, false, File),
            f("source_hash", Type::Name, false, File),
            f("machine", Type::Bool, false, File),
            // `true`: a translation in the making, not published (`wegweiser translate`).
            f("draft", Type::Bool, false, File),
            f("minor", Type::Bool, false, File),
            f("previous_hash", Type::NameList, false, File),
            // `false` keeps this language version off printed signs (e.g. a draft translation).
            f("print_allowed", Type::Bool, false, File),
        ];
        let office = vec![
            f("official_name", Type::Name, false, Neutral),
            f("category", Type::OneOf(strings(CATEGORIES)), false, Neutral),
            f("services", Type::Text, true, Text),
            f("address", Type::Address, true, Neutral),
            f("geo", Type::Geo, false, Neutral),
            f("bus", Type::Bus, false, Neutral),
            f("opening_hours", Type::Hours, false, Neutral),
            f("phone_hours", Type::Hours, false, Neutral),
            f(
                "appointment",
                Type::OneOf(strings(&["required", "recommended", "none"])),
                false,
                Neutral,
            ),
            f("booking", Type::Text, false, Text),
            f("phone", Type::Phone, false, Neutral),
            f("email", Type::Email, false, Neutral),
            f("website", Type::Url, false, Neutral),
            f("bring", Type::TextList, false, Text),
            f("languages", Type::LanguageList, false, Neutral),
            f("wheelchair", wheelchair(), false, Neutral),
            f("municipalities", Type::NameList, false, Neutral),
            f("last_verified", Type::Date, false, Neutral),
        ];
        let kita = vec![
            f("address", Type::Address, true, Neutral),
            f("geo", Type::Geo, false, Neutral),
            f("municipality", Type::Name, false, Neutral),
            f("ages", Type::Ages, false, Neutral),
            f("opening_hours", Type::Hours, false, Neutral),
            f("phone", Type::Phone, false, Neutral),
            f("email", Type::Email, false, Neutral),
            f("website", Type::Url, false, Neutral),
            f("registration", Type::Text, false, Text),
            f("languages", Type::LanguageList, false, Neutral),
            f("wheelchair", wheelchair(), false, Neutral),
            f("last_verified", Type::Date, false, Neutral),
        ];
        let offer = vec![
            f("provider", Type::Name, true, Neutral),
            f("target_group", Type::Text, false, Text),
            f("languages", Type::LanguageList, false, Neutral),
            f("dates", Type::Dates, false, Neutral),
            f("cost", Type::Text, false, Text),
            f("registration", Type::Text, false, Text),
            // The office page where the offer takes place.
            f("venue", Type::Page, false, Neutral),
            f("address", Type::Address, false, Neutral),
            f("geo", Type::Geo, false, Neutral),
            f("phone", Type::Phone, false, Neutral),
            f("email", Type::Email, false, Neutral),
            f("website", Type::Url, false, Neutral),
            f("last_verified", Type::Date, false, Neutral),
        ];
        let signpost = vec![
            f("building", Type::Name, false, Neutral),
            f("destinations", Type::Destinations, true, Text),
        ];
        let kind = |name: &str, fields| Kind {
            name: name.to_string(),
            fields,
            builtin: true,
        };
        Kinds {
            common,
            kinds: vec![
                kind("page", vec![]),
                kind("office", office),
                kind("kita", kita),
                kind("offer", offer),
                kind("signpost", signpost),
            ],
        }
    }

    /// The names of every kind, the built-in ones first.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.kinds.iter().map(|k| k.name.as_str())
    }

    pub fn get(&self, kind: &str) -> Option<&Kind> {
        self.kinds.iter().find(|k| k.name == kind)
    }

    pub fn contains(&self, kind: &str) -> bool {
        self.get(kind).is_some()
    }

    /// Whether `kind` is one of wegweiser's own (which have their own templates).
    pub fn is_builtin(&self, kind: &str) -> bool {
        self.get(kind).is_some_and(|k| k.builtin)
    }

    /// The fields of a page of `kind`: those every page has, then the kind's own. An
    /// unknown kind has only the common ones.
    pub fn fields_of<'a>(&'a self, kind: &str) -> impl Iterator<Item = &'a Field> + 'a {
        let own = self.get(kind).map_or(&[][..], |k| k.fields.as_slice());
        self.common.iter().chain(own)
    }

    /// One field of a page of `kind`.
    pub fn field(&self, kind: &str, name: &str) -> Option<&Field> {
        self.fields_of(kind).find(|f| f.name == name)
    }

    /// What a value of a type looks like, for hints.
    pub fn describe(&self, ty: &Type) -> String {
        match ty {
            Type::Kind => format!("one of {}", self.names().collect::<Vec<_>>().join(", ")),
            other => describe(other),
        }
    }

    /// Checks a file's front matter against its kind. `source` is `None` for the
    /// source-language file and the source's fields for a translation (for the rules of
    /// what it may hold).
    pub fn check(
        &self,
        yaml: &Yaml,
        map: &serde_yaml::Mapping,
        kind: &str,
        source: Option<(&Fields, &str)>,
        languages: &[&str],
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Fields {
        let mut out = Fields::new();
        let fields: Vec<&Field> = self.fields_of(kind).collect();
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
                let names: Vec<&str> = fields.iter().map(|f| f.name.as_str()).collect();
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
                    Diagnostic::error_at(&yaml.source, s, e, format!("`{key}` is empty"))
                        .with_hint(format!(
                            "{} `{kind}` page needs `{key}` ({})",
                            article(kind),
                            self.describe(&field.ty)
                        )),
                );
                continue;
            }
            let cx = convert::Context {
                kinds: self,
                yaml,
                languages,
            };
            let source_value = source.and_then(|(s, _)| s.get(key));
            let value = convert::convert(&cx, key, &field.ty, v, source_value, diagnostics);
            let value = value.filter(|value| hashes_ok(yaml, key, v, value, diagnostics));
            if let Some(value) = value {
                out.insert(key.to_string(), value);
            }
        }
        for field in &fields {
            // A translation must give its title; other texts it lacks are shown from the source.
            let needed = field.required && (source.is_none() || field.name == "title");
            let name = field.name.as_str();
            if needed && !out.contains_key(name) && !map.contains_key(name) {
                diagnostics.push(
                    Diagnostic::error_at(
                        &yaml.source,
                        yaml.start,
                        yaml.start,
                        format!("the field `{name}` is missing"),
                    )
                    .with_hint(format!(
                        "a `{kind}` page needs `{name}:` ({})",
                        self.describe(&field.ty)
                    )),
                );
            }
        }
        out
    }
}

/// Whether the hashes of `source_hash` and `previous_hash` look as wegweiser writes them
/// (other fields pass); a message at each that does not. A hash that cannot be one would
/// only make the translation outdated without saying why.
fn hashes_ok(
    yaml: &Yaml,
    key: &str,
    written: &Y,
    value: &Value,
    diagnostics: &mut Vec<Diagnostic>,
) -> bool {
    let len = crate::translation::HASH_LEN;
    let is_hash =
        |s: &str| s.len() == len && s.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'));
    let hashes: Vec<(Vec<String>, &str)> = match (key, value) {
        ("source_hash", Value::Str(s)) => vec![(vec![key.to_string()], s)],
        ("previous_hash", Value::List(l)) if matches!(written, Y::Sequence(_)) => l
            .iter()
            .enumerate()
            .map(|(i, s)| (vec![key.to_string(), i.to_string()], s.as_str()))
            .collect(),
        ("previous_hash", Value::List(l)) => l
            .iter()
            .map(|s| (vec![key.to_string()], s.as_str()))
            .collect(),
        _ => return true,
    };
    let mut ok = true;
    for (path, hash) in hashes {
        if is_hash(hash) {
            continue;
        }
        ok = false;
        let path: Vec<&str> = path.iter().map(String::as_str).collect();
        let (s, e) = yaml.locate_value(&path);
        diagnostics.push(
            Diagnostic::error_at(
                &yaml.source,
                s,
                e,
                format!("`{hash}` is not a source hash"),
            )
            .with_hint(format!(
                "a source hash is {len} hex digits (0-9, a-f) as `wegweiser translate` and `wegweiser stamp` write it; run `wegweiser stamp` when the translation matches the source"
            )),
        );
    }
    ok
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
    Hours(Box<crate::hours::Week>, String),
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
    /// The id of another page (`behoerden/jobcenter`); that it exists is checked when every
    /// page is known (`site::assemble`).
    Page(String),
}

#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Destination {
    pub name: String,
    pub floor: String,
    pub room: String,
    pub direction: String,
}

pub type Fields = BTreeMap<String, Value>;

fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

/// What a value of a type looks like, for hints (`Kinds::describe` also names the kinds).
pub fn describe(ty: &Type) -> String {
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
        Type::Kind => "a kind of page".into(),
        Type::Page => "the path of a page below `content/`, like `behoerden/jobcenter`".into(),
    }
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

/// Whether `s` is a day of the calendar written `YYYY-MM-DD`: `2026-02-30` is not.
pub fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| {
        s[r.clone()]
            .bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| s[r].parse::<u32>().ok())
            .flatten()
    };
    match (num(0..4), num(5..7), num(8..10)) {
        (Some(y), Some(m), Some(d)) => {
            (1..=12).contains(&m) && (1..=days_in_month(y, m)).contains(&d)
        }
        _ => false,
    }
}

/// The number of days of month `m` (1–12) in year `y` (Gregorian).
pub fn days_in_month(y: u32, m: u32) -> u32 {
    match m {
        2 if y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
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
        // Only days the calendar has.
        assert!(!is_date("2026-02-30"));
        assert!(!is_date("2026-02-29"));
        assert!(is_date("2028-02-29"));
        assert!(!is_date("2100-02-29"));
        assert!(is_date("2000-02-29"));
        assert!(!is_date("2026-04-31"));
        assert!(is_date("2026-12-31"));
        assert!(!is_date("2026-+1-01"));
    }
}
