//! `site.yaml` → `Config`: the languages with their direction and fallback chain, the source
//! language, the base URL and the site's switches. Unknown keys are errors.
//!
//! Owns: reading and checking `site.yaml`. Must not: look at content.

use crate::diagnostic::{Diagnostic, closest};
use crate::source::Source;
use crate::yaml::Yaml;
use serde::Deserialize;

/// Text direction of a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Language {
    /// The tag as the site writes it (`de`, `ar`, `de-x-ls`).
    pub tag: String,
    /// The language's name in itself: `العربية`.
    pub name: String,
    pub dir: Direction,
    /// Languages to take a page or a message from when this one lacks it, in order; always
    /// ends with the source language (unless this is the source language).
    pub fallback: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Config {
    /// `site.yaml` itself, for messages about its values found later.
    pub file: Yaml,
    /// Ends with `/`.
    pub base_url: String,
    pub source_language: String,
    pub languages: Vec<Language>,
    pub theme: String,
    pub example_data: bool,
    pub trusted_html: bool,
    pub report_email: String,
    /// Content paths of the pages linked in every footer (`impressum`).
    pub footer: Vec<String>,
    /// A `last_verified` date older than this many days gives a warning.
    pub verify_after_days: u32,
    pub print: Print,
    /// The public holidays `PH` means (site.yaml `holidays:`; Lower Saxony by default).
    pub holidays: Vec<crate::holidays::Rule>,
    /// Those holidays in the year from the day of the build, by date.
    pub upcoming_holidays: Vec<crate::holidays::Holiday>,
}

/// `holidays:` in site.yaml.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHolidays {
    #[serde(default = "default_region")]
    region: String,
    #[serde(default)]
    extra: Vec<RawHoliday>,
    #[serde(default)]
    remove: Vec<String>,
}

impl Default for RawHolidays {
    fn default() -> Self {
        RawHolidays {
            region: default_region(),
            extra: Vec::new(),
            remove: Vec::new(),
        }
    }
}

fn default_region() -> String {
    crate::holidays::DEFAULT_REGION.into()
}

/// A site's own holiday: `{ date: 12-24, id: christmas-eve }`, named by the message
/// `holiday-christmas-eve` in `translations/*.ftl`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHoliday {
    date: String,
    id: String,
}

/// `print:` in site.yaml: what signs may show and the default paper.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Print {
    /// Machine translations (`machine: true`) are kept off signs unless this is true.
    #[serde(default)]
    pub machine_translations: bool,
    #[serde(default)]
    pub paper: Paper,
}

/// Paper for signs, always portrait.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
pub enum Paper {
    #[default]
    A4,
    A3,
}

impl Paper {
    pub fn as_str(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::A3 => "A3",
        }
    }

    /// `A4`, `a3` → the paper; anything else is `None`.
    pub fn parse(s: &str) -> Option<Paper> {
        match s.to_ascii_uppercase().as_str() {
            "A4" => Some(Paper::A4),
            "A3" => Some(Paper::A3),
            _ => None,
        }
    }
}

impl Config {
    pub fn language(&self, tag: &str) -> Option<&Language> {
        self.languages.iter().find(|l| l.tag == tag)
    }

    pub fn source(&self) -> &Language {
        self.language(&self.source_language)
            .expect("load() checks that the source language is configured")
    }

    pub fn tags(&self) -> impl Iterator<Item = &str> {
        self.languages.iter().map(|l| l.tag.as_str())
    }

    /// Is `tag` a variant of the language it falls back to first (`de-x-ls` → `de`)? Such a
    /// language defines only the UI strings it words differently.
    pub fn is_variant(&self, tag: &str) -> bool {
        self.language(tag)
            .and_then(|l| l.fallback.first())
            .is_some_and(|f| tag.starts_with(&format!("{f}-")))
    }

    /// The language itself, then its fallback chain.
    pub fn chain<'a>(&'a self, tag: &'a str) -> impl Iterator<Item = &'a str> {
        let fallback = self
            .language(tag)
            .map(|l| l.fallback.as_slice())
            .unwrap_or(&[]);
        std::iter::once(tag).chain(fallback.iter().map(String::as_str))
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    base_url: String,
    #[serde(default = "default_source")]
    source_language: String,
    languages: Vec<RawLanguage>,
    #[serde(default = "default_theme")]
    theme: String,
    #[serde(default)]
    example_data: bool,
    #[serde(default)]
    trusted_html: bool,
    #[serde(default)]
    report_email: String,
    #[serde(default)]
    footer: Vec<String>,
    #[serde(default = "default_verify_after_days")]
    verify_after_days: u32,
    #[serde(default)]
    print: Print,
    #[serde(default)]
    holidays: RawHolidays,
}

fn default_verify_after_days() -> u32 {
    365
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLanguage {
    tag: String,
    name: String,
    #[serde(default)]
    dir: Option<String>,
    #[serde(default)]
    fallback: Option<Vec<String>>,
}

fn default_source() -> String {
    "de".into()
}

fn default_theme() -> String {
    "default".into()
}

/// Right-to-left primary languages and scripts (CLDR character order).
const RTL_LANGUAGES: &[&str] = &[
    "ar", "arc", "bal", "ckb", "dv", "fa", "glk", "he", "iw", "ks", "lrc", "mzn", "nqo", "pnb",
    "prs", "ps", "sd", "syr", "ug", "ur", "yi",
];
const RTL_SCRIPTS: &[&str] = &[
    "arab", "hebr", "thaa", "syrc", "nkoo", "adlm", "rohg", "mand",
];
const LTR_SCRIPTS: &[&str] = &[
    "latn", "cyrl", "grek", "ethi", "deva", "beng", "armn", "geor",
];

/// The direction a language tag is written in, from its script subtag or its language.
pub fn direction_of(tag: &str) -> Direction {
    let lower = tag.to_ascii_lowercase();
    let mut parts = lower.split(['-', '_']);
    let language = parts.next().unwrap_or_default();
    for part in parts.take_while(|p| *p != "x") {
        if RTL_SCRIPTS.contains(&part) {
            return Direction::Rtl;
        }
        if LTR_SCRIPTS.contains(&part) {
            return Direction::Ltr;
        }
    }
    if RTL_LANGUAGES.contains(&language) {
        Direction::Rtl
    } else {
        Direction::Ltr
    }
}

/// Is this a plausible BCP 47 tag (letters, digits and hyphens, starting with 2–8 letters)?
fn is_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let first = parts.next().unwrap_or_default();
    (2..=8).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Reads `site.yaml`. All problems found are returned; a config is returned only without
/// errors.
/// Reads `site.yaml`: the config and its problems. With problems there is still a config
/// when the rest of the site can be checked with it (the build goes on to find the other
/// problems, and writes nothing): a wrong value is left out or set to its default. There is
/// none when the file cannot be read as a config or names no usable language.
impl Config {
    /// A problem with the value at `path` of site.yaml (`["footer", "1"]`).
    pub fn error_at(&self, path: &[&str], message: impl Into<String>) -> Diagnostic {
        let (s, e) = self.file.locate_value(path);
        Diagnostic::error_at(&self.file.source, s, e, message)
    }
}

pub fn load(source: &Source) -> (Option<Config>, Vec<Diagnostic>) {
    let yaml = Yaml {
        source: source.clone(),
        start: 0,
        end: source.text.len(),
    };
    let value = match yaml.parse() {
        Ok(value) => value,
        Err(d) => return (None, vec![d]),
    };
    // Every unknown field in one run: each is reported, taken out, and the rest read again.
    let mut value = value;
    let mut problems = Vec::new();
    let raw: RawConfig = loop {
        match serde_yaml::from_value(value.clone()) {
            Ok(raw) => break raw,
            Err(e) => {
                problems.push(config_error(&yaml, &e, &value));
                let removed = unknown_field(&e).and_then(|f| {
                    let path = field_path(&value, &f);
                    remove_field(&mut value, &path)
                });
                if removed.is_none() || problems.len() > 50 {
                    return (None, problems);
                }
            }
        }
    };
    let error = |path: &[&str], message: String| {
        let (s, e) = yaml.locate(path);
        Diagnostic::error_at(source, s, e, message)
    };

    let mut base_url = raw.base_url.trim().to_string();
    if !(base_url.starts_with("https://") || base_url.starts_with("http://")) {
        problems.push(
            {
                let (s, e) = yaml.locate_value(&["base_url"]);
                Diagnostic::error_at(source, s, e, format!("`base_url` must be an absolute http(s) URL, not `{base_url}`"))
            }
                .with_hint("write the address the site will be published at, e.g. `https://integration.example.org/`"),
        );
    }
    if !base_url.ends_with('/') {
        base_url.push('/');
    }
    if !base_url.contains("://") {
        // Reported above; the rest of the site is checked as if it had said https (its
        // path decides where links and images lead).
        base_url = format!("https://{base_url}");
    }

    let mut languages: Vec<Language> = Vec::new();
    // A language that cannot be used: the content's file names cannot be checked.
    let mut unusable_language = false;
    for (i, l) in raw.languages.iter().enumerate() {
        let idx = i.to_string();
        if !is_tag(&l.tag) {
            problems.push(
                error(
                    &["languages", &idx, "tag"],
                    format!("`{}` is not a language tag", l.tag),
                )
                .with_hint("use a BCP 47 tag such as `de`, `ar`, `fa-AF` or `de-x-ls`"),
            );
            unusable_language = true;
            continue;
        }
        if languages.iter().any(|o| o.tag == l.tag) {
            problems.push(error(
                &["languages", &idx, "tag"],
                format!("language `{}` is listed twice", l.tag),
            ));
            continue;
        }
        let dir = match l.dir.as_deref() {
            None => direction_of(&l.tag),
            Some("ltr") => Direction::Ltr,
            Some("rtl") => Direction::Rtl,
            Some(other) => {
                problems.push(error(
                    &["languages", &idx, "dir"],
                    format!("`dir` must be `ltr` or `rtl`, not `{other}`"),
                ));
                direction_of(&l.tag)
            }
        };
        if l.name.trim().is_empty() {
            problems.push(
                error(
                    &["languages", &idx, "name"],
                    format!("language `{}` has an empty name", l.tag),
                )
                .with_hint("give the language's name in itself, e.g. `العربية` for `ar`"),
            );
        }
        languages.push(Language {
            tag: l.tag.clone(),
            name: l.name.trim().to_string(),
            dir,
            fallback: l.fallback.clone().unwrap_or_default(),
        });
    }
    if languages.is_empty() && problems.is_empty() {
        problems.push(error(
            &["languages"],
            "`languages` lists no language".into(),
        ));
    }
    let tags: Vec<String> = languages.iter().map(|l| l.tag.clone()).collect();
    if !tags.is_empty() && !tags.contains(&raw.source_language) {
        let mut d = error(
            &["source_language"],
            format!(
                "the source language `{}` is not in `languages`",
                raw.source_language
            ),
        );
        if let Some(near) = closest(&raw.source_language, tags.iter().map(String::as_str)) {
            d = d.with_hint(format!("did you mean `{near}`?"));
        }
        problems.push(d);
    }
    for (i, lang) in languages.iter_mut().enumerate() {
        let idx = i.to_string();
        for (j, f) in lang.fallback.iter().enumerate() {
            if !tags.contains(f) || *f == lang.tag {
                let jdx = j.to_string();
                let mut d = error(
                    &["languages", &idx, "fallback", &jdx],
                    format!(
                        "fallback `{f}` of `{}` is not another language of the site",
                        lang.tag
                    ),
                );
                if let Some(near) = closest(f, tags.iter().map(String::as_str)) {
                    d = d.with_hint(format!("did you mean `{near}`?"));
                }
                problems.push(d);
            }
        }
        lang.fallback.retain(|f| tags.contains(f) && *f != lang.tag);
        if lang.tag != raw.source_language && !lang.fallback.contains(&raw.source_language) {
            lang.fallback.push(raw.source_language.clone());
        }
        let mut seen = Vec::new();
        lang.fallback.retain(|f| {
            let new = !seen.contains(f);
            seen.push(f.clone());
            new
        });
    }
    let bad_theme =
        raw.theme.contains(['/', '\\']) || raw.theme.starts_with('.') || raw.theme.is_empty();
    if bad_theme {
        problems.push(
            error(&["theme"], format!("`{}` is not a theme name", raw.theme))
                .with_hint("a theme is a folder name under `themes/`, e.g. `default`"),
        );
    }
    let holidays = holidays_of(&raw.holidays, &yaml, &mut problems);
    // Without its languages or theme, nothing of the site can be checked.
    if unusable_language
        || languages.is_empty()
        || !tags.contains(&raw.source_language)
        || bad_theme
    {
        return (None, problems);
    }
    let today = crate::kinds::today();
    let upcoming_holidays = crate::holidays::between(&holidays, today, today + 365);
    let config = Config {
        file: yaml.clone(),
        base_url,
        source_language: raw.source_language,
        languages,
        theme: raw.theme,
        example_data: raw.example_data,
        trusted_html: raw.trusted_html,
        report_email: raw.report_email,
        footer: raw.footer,
        verify_after_days: raw.verify_after_days,
        print: raw.print,
        holidays,
        upcoming_holidays,
    };
    (Some(config), problems)
}

/// The rules of `holidays:`: the region's, without `remove`, with `extra`.
fn holidays_of(
    raw: &RawHolidays,
    yaml: &Yaml,
    problems: &mut Vec<Diagnostic>,
) -> Vec<crate::holidays::Rule> {
    use crate::holidays::{self, Rule, When};
    let error = |path: &[&str], message: String| {
        let (s, e) = yaml.locate_value(path);
        Diagnostic::error_at(&yaml.source, s, e, message)
    };
    let known = holidays::region(&raw.region);
    if known.is_none() {
        let regions: Vec<&str> = holidays::regions().collect();
        let mut hint = format!("the regions are: {}", regions.join(", "));
        if let Some(near) = closest(&raw.region.to_ascii_uppercase(), regions.iter().copied()) {
            hint = format!("did you mean `{near}`? {hint}");
        }
        problems.push(
            error(
                &["holidays", "region"],
                format!(
                    "`{}` is not a region wegweiser knows the holidays of",
                    raw.region
                ),
            )
            .with_hint(hint),
        );
    }
    let mut rules = known.clone().unwrap_or_default();
    for (i, id) in raw.remove.iter().enumerate().filter(|_| known.is_some()) {
        let before = rules.len();
        rules.retain(|r| r.id != *id);
        if rules.len() == before {
            let ids: Vec<String> = holidays::region(&raw.region)
                .unwrap_or_default()
                .into_iter()
                .map(|r| r.id)
                .collect();
            let mut hint = format!("the holidays of `{}` are: {}", raw.region, ids.join(", "));
            if let Some(near) = closest(id, ids.iter().map(String::as_str)) {
                hint = format!("did you mean `{near}`? {hint}");
            }
            problems.push(
                error(
                    &["holidays", "remove", &i.to_string()],
                    format!("`{id}` is not a holiday of `{}`", raw.region),
                )
                .with_hint(hint),
            );
        }
    }
    for (i, h) in raw.extra.iter().enumerate() {
        let idx = i.to_string();
        let d = h.date.trim();
        let when = if crate::kinds::is_date(d) {
            crate::kinds::days_of(d).map(When::Once)
        } else {
            let full = format!("2000-{d}");
            (d.len() == 5 && crate::kinds::is_date(&full))
                .then(|| When::Fixed(d[0..2].parse().unwrap_or(1), d[3..5].parse().unwrap_or(1)))
        };
        let Some(when) = when else {
            problems.push(
                error(
                    &["holidays", "extra", &idx, "date"],
                    format!("`{d}` is not a date"),
                )
                .with_hint("write `MM-DD` for every year (`12-24`) or `YYYY-MM-DD` for one year"),
            );
            continue;
        };
        let id_ok = !h.id.is_empty()
            && h.id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !id_ok {
            problems.push(
                error(
                    &["holidays", "extra", &idx, "id"],
                    format!("`{}` is not a holiday id", h.id),
                )
                .with_hint("use lowercase letters, digits and `-`, e.g. `schuetzenfest`; name it in every language as `holiday-schuetzenfest = …` in translations/*.ftl"),
            );
            continue;
        }
        rules.push(Rule {
            id: h.id.clone(),
            when,
        });
    }
    rules
}

/// An "unknown field" or "wrong type" error of serde, placed at the key it is about.
/// The name in serde's "unknown field `x`" message.
fn unknown_field(e: &serde_yaml::Error) -> Option<String> {
    let msg = e.to_string();
    msg.split("unknown field `")
        .nth(1)
        .and_then(|r| r.split('`').next())
        .map(String::from)
}

/// Takes the field at `path` (`["print", "x"]`, `["languages", "2", "x"]`) out of `value`.
fn remove_field(value: &mut serde_yaml::Value, path: &[String]) -> Option<()> {
    let (last, parents) = path.split_last()?;
    let mut at = value;
    for p in parents {
        at = match p.parse::<usize>() {
            Ok(i) => at.as_sequence_mut()?.get_mut(i)?,
            Err(_) => at.as_mapping_mut()?.get_mut(p.as_str())?,
        };
    }
    at.as_mapping_mut()?.remove(last.as_str()).map(|_| ())
}

/// The fields site.yaml allows where `path` (`["languages", "0", "x"]`) points.
fn fields_at(path: &[&str]) -> &'static [&'static str] {
    match path {
        ["languages", ..] => &["tag", "name", "dir", "fallback"],
        ["print", ..] => &["machine_translations", "paper"],
        ["holidays", _, _, ..] => &["date", "id"],
        ["holidays", ..] => &["region", "extra", "remove"],
        _ => &[
            "base_url",
            "source_language",
            "languages",
            "theme",
            "example_data",
            "trusted_html",
            "report_email",
            "footer",
            "verify_after_days",
            "print",
            "holidays",
        ],
    }
}

fn config_error(yaml: &Yaml, e: &serde_yaml::Error, value: &serde_yaml::Value) -> Diagnostic {
    let msg = e.to_string();
    if let Some(field) = msg
        .strip_prefix("unknown field `")
        .or_else(|| msg.split("unknown field `").nth(1))
        .and_then(|r| r.split('`').next())
    {
        let path = field_path(value, field);
        let refs: Vec<&str> = path.iter().map(String::as_str).collect();
        let (s, en) = yaml.locate(&refs);
        let allowed = fields_at(&refs);
        let mut hint = format!("the fields here are: {}", allowed.join(", "));
        if let Some(near) = closest(field, allowed.iter().copied()) {
            hint = format!("did you mean `{near}`? {hint}");
        }
        return Diagnostic::error_at(
            &yaml.source,
            s,
            en,
            format!("unknown field `{field}` in site.yaml"),
        )
        .with_hint(hint);
    }
    if let Some(field) = msg
        .strip_prefix("missing field `")
        .and_then(|r| r.split('`').next())
    {
        return Diagnostic::error_at(
            &yaml.source,
            0,
            0,
            format!("site.yaml lacks the field `{field}`"),
        )
        .with_hint(match field {
            "base_url" => "add `base_url: https://…/`, the address the site is published at",
            "languages" => {
                "add `languages:` with one `- tag: de` / `name: Deutsch` entry per language"
            }
            _ => "add it",
        });
    }
    yaml.error_from(e)
}

/// Where an unknown field sits: at the top, or in one of the `languages` entries.
fn field_path(value: &serde_yaml::Value, field: &str) -> Vec<String> {
    // Where the mapping has the field and does not allow it (`name` is a language's own
    // field, not a holiday's).
    let unknown_in = |v: Option<&serde_yaml::Value>, level: &[&str]| {
        v.and_then(|v| v.as_mapping())
            .is_some_and(|m| m.contains_key(field))
            && !fields_at(level).contains(&field)
    };
    let path = |parts: &[&str]| parts.iter().map(|p| p.to_string()).collect();
    if unknown_in(Some(value), &[]) {
        return path(&[field]);
    }
    for section in ["print", "holidays"] {
        if unknown_in(value.get(section), &[section, field]) {
            return path(&[section, field]);
        }
    }
    // The first entry that still has it: the ones before were taken out already.
    for list in [&["languages"][..], &["holidays", "extra"][..]] {
        let mut at = Some(value);
        for key in list {
            at = at.and_then(|v| v.get(*key));
        }
        let items = at
            .and_then(|v| v.as_sequence())
            .map_or(&[][..], |s| s.as_slice());
        let mut level: Vec<&str> = list.to_vec();
        level.extend(["0", field]);
        if let Some(i) = items.iter().position(|item| unknown_in(Some(item), &level)) {
            let mut p: Vec<String> = path(list);
            p.push(i.to_string());
            p.push(field.to_string());
            return p;
        }
    }
    path(&[field])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    fn load_str(s: &str) -> Result<Config, Vec<Diagnostic>> {
        match load(&SourceFile::new("site.yaml", "site.yaml", s.to_string())) {
            (Some(config), problems) if problems.is_empty() => Ok(config),
            (_, problems) => Err(problems),
        }
    }

    #[test]
    fn every_unknown_field_is_reported_in_one_run() {
        let (config, problems) = load(&SourceFile::new(
            "site.yaml",
            "site.yaml",
            "base_url: https://x.org/\nlanguages:\n  - tag: de\n    name: Deutsch\n    direktion: ltr\ntitel: x\nthema: y\nprint: { papr: A3 }\n".to_string(),
        ));
        let mut problems = problems;
        crate::diagnostic::sort(&mut problems);
        let messages: Vec<String> = problems
            .iter()
            .map(|d| format!("{}:{} {}", d.line, d.col, d.message))
            .collect();
        assert_eq!(
            messages,
            [
                "5:5 unknown field `direktion` in site.yaml",
                "6:1 unknown field `titel` in site.yaml",
                "7:1 unknown field `thema` in site.yaml",
                "8:10 unknown field `papr` in site.yaml",
            ]
        );
        assert!(config.is_some());
        // The same slip in two entries: both are reported, each at its own line.
        let (config, problems) = load(&SourceFile::new(
            "site.yaml",
            "site.yaml",
            "base_url: https://x.org/\nlanguages:\n  - tag: de\n    name: Deutsch\n  - tag: ar\n    name: A\n    direction: rtl\n  - tag: fa\n    name: F\n    direction: rtl\nholidays: { regoin: DE-BY }\n".to_string(),
        ));
        let mut problems = problems;
        crate::diagnostic::sort(&mut problems);
        let at: Vec<(usize, usize)> = problems.iter().map(|d| (d.line, d.col)).collect();
        assert_eq!(at, [(7, 5), (10, 5), (11, 13)], "{problems:?}");
        assert!(config.is_some());
        // A field that is allowed elsewhere (`name` of a language) is found where it is not.
        let (config, problems) = load(&SourceFile::new(
            "site.yaml",
            "site.yaml",
            "base_url: https://x.org/\nlanguages:\n  - tag: de\n    name: Deutsch\nholidays:\n  extra:\n    - { date: 12-24, id: x, name: Heiligabend }\n".to_string(),
        ));
        let lines: Vec<usize> = problems.iter().map(|d| d.line).collect();
        assert_eq!(lines, [7], "{problems:?}");
        assert!(config.is_some(), "the languages are kept");
        assert!(
            problems[0]
                .hint
                .as_deref()
                .unwrap_or("")
                .contains("the fields here are: date, id")
        );
        assert!(config.is_some());
        // The rest of the site can still be checked with it.
        assert!(config.is_some());
    }

    #[test]
    fn a_config_with_problems_is_used_unless_its_languages_are_unusable() {
        let load = |s: &str| load(&SourceFile::new("site.yaml", "site.yaml", s.to_string()));
        // A base_url without scheme: reported, and the rest is checked with https.
        let (config, problems) =
            load("base_url: x.org/guide\nlanguages:\n  - tag: de\n    name: Deutsch\n");
        assert_eq!(problems.len(), 1);
        assert_eq!(config.unwrap().base_url, "https://x.org/guide/");
        // A language that is not a tag: the content's file names cannot be checked.
        let (config, problems) = load(
            "base_url: https://x.org/\nlanguages:\n  - tag: de\n    name: Deutsch\n  - tag: en_GB\n    name: English\n",
        );
        assert!(config.is_none());
        assert!(
            problems[0]
                .message
                .contains("`en_GB` is not a language tag")
        );
        // A wrong region: the holidays are left out, the rest is used.
        let (config, problems) = load(
            "base_url: https://x.org/\nlanguages:\n  - tag: de\n    name: Deutsch\nholidays: { region: XX }\n",
        );
        assert_eq!(problems.len(), 1);
        assert!(config.unwrap().holidays.is_empty());
    }

    #[test]
    fn directions_come_from_tags() {
        for t in ["ar", "fa", "prs", "ps", "ckb", "ur", "fa-AF", "ku-Arab"] {
            assert_eq!(direction_of(t), Direction::Rtl, "{t}");
        }
        for t in ["de", "en", "uk", "tr", "ru", "ku", "de-x-ls", "uz-Latn"] {
            assert_eq!(direction_of(t), Direction::Ltr, "{t}");
        }
    }

    #[test]
    fn fallback_chains_end_with_the_source() {
        let c = load_str(
            "base_url: https://x.org\nlanguages:\n  - tag: de\n    name: Deutsch\n  - tag: en\n    name: English\n  - tag: ar\n    name: العربية\n    fallback: [en]\n",
        )
        .unwrap();
        assert_eq!(c.base_url, "https://x.org/");
        assert_eq!(c.language("ar").unwrap().fallback, ["en", "de"]);
        assert_eq!(c.language("de").unwrap().fallback, Vec::<String>::new());
        assert_eq!(c.language("ar").unwrap().dir, Direction::Rtl);
    }

    #[test]
    fn print_settings_are_strict() {
        let c = load_str("base_url: https://x.org\nlanguages:\n  - tag: de\n    name: Deutsch\nprint:\n  machine_translations: true\n  paper: A3\n").unwrap();
        assert!(c.print.machine_translations);
        assert_eq!(c.print.paper, Paper::A3);
        let e = load_str("base_url: https://x.org\nlanguages:\n  - tag: de\n    name: Deutsch\nprint:\n  machine_translation: true\n").unwrap_err();
        assert_eq!((e[0].line, e[0].col), (6, 3));
        assert!(e[0].message.contains("unknown field `machine_translation`"));
        assert!(
            e[0].hint
                .as_deref()
                .unwrap_or("")
                .contains("did you mean `machine_translations`?"),
            "{:?}",
            e[0].hint
        );
    }

    #[test]
    fn unknown_keys_are_errors_at_their_line() {
        let e = load_str("base_url: https://x.org\nlanguages:\n  - tag: de\n    name: Deutsch\n    direktion: ltr\n").unwrap_err();
        assert_eq!(e.len(), 1);
        assert_eq!((e[0].line, e[0].col), (5, 5));
        assert!(
            e[0].message.contains("unknown field `direktion`"),
            "{}",
            e[0].message
        );
    }
}
