//! Tera templates: the theme's, overridden by the site's `templates/` file by file, with the
//! `t()` function for UI strings and the `plain` filter.
//!
//! Owns: loading and parsing templates once (syntax errors as diagnostics at the template's
//! line and column) and mapping Tera's errors to diagnostics. Must not: build views.

use crate::diagnostic::{Diagnostic, closest};
use crate::i18n::{ArgValue, Strings, strip_isolation};
use crate::source::{Source, display_name};
use crate::theme::{self, Theme};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::Arc;
use tera::{Error, ErrorKind, Kwargs, State, Tera};

pub struct Templates {
    pub tera: Tera,
    /// Template name → its file, for messages.
    pub files: BTreeMap<String, Source>,
}

/// Loads every `.html`/`.xml` template of the theme, then the site's, the site's winning.
pub fn load(
    root: &Path,
    theme: &Theme,
    strings: Arc<Strings>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Templates> {
    let mut files: BTreeMap<String, Source> = BTreeMap::new();
    let is_template = |p: &str| p.ends_with(".html") || p.ends_with(".xml");
    for (rel, _) in theme.files_in("templates") {
        if is_template(rel) {
            if let Some(source) = theme.text("templates", rel, diagnostics) {
                files.insert(rel.to_string(), source);
            }
        }
    }
    if files.is_empty() {
        diagnostics.push(
            Diagnostic::error_file("site.yaml", "the theme has no templates").with_hint(
                "check `theme:` in site.yaml; a theme keeps its templates in `templates/`",
            ),
        );
        return None;
    }
    let dir = root.join("templates");
    if dir.is_dir() {
        for entry in walkdir::WalkDir::new(&dir)
            .sort_by_file_name()
            .follow_links(false)
            .into_iter()
            .flatten()
        {
            let path = entry.path();
            let rel = display_name(&dir, path);
            if entry.file_type().is_file() && is_template(&rel) {
                if let Some(source) = theme::site_text(root, path, diagnostics) {
                    files.insert(rel, source);
                }
            }
        }
    }
    let mut tera = Tera::new();
    tera.autoescape_on(vec![".html", ".xml"]);
    register(&mut tera, strings);
    // Parse one by one first, so that every syntax error is reported, not only the first.
    let mut broken = BTreeSet::new();
    for (name, source) in &files {
        let mut scratch = Tera::new();
        if let Err(e) = scratch.add_raw_template(name, &source.text) {
            if matches!(e.kind(), ErrorKind::SyntaxError(_)) {
                diagnostics.push(diagnostic(&e, &files, ""));
                broken.insert(name.as_str());
            }
        }
    }
    // Then all together, for what only the whole set shows (an unknown filter, a missing
    // parent); a broken template stands in as a stub with its blocks and components, so
    // that the templates that use it are checked too.
    let texts: Vec<(&str, String)> = files
        .iter()
        .map(|(name, source)| {
            let text = if broken.contains(name.as_str()) {
                stub(&source.text)
            } else {
                source.text.clone()
            };
            (name.as_str(), text)
        })
        .collect();
    if let Err(e) = tera.add_raw_templates(texts) {
        // A stub's own problems are not the user's: its template has its message already.
        diagnostics.extend(
            diagnostics_of(&e, &files, "in the templates")
                .into_iter()
                .filter(|d| !broken.iter().any(|b| files[*b].name == d.file)),
        );
        return None;
    }
    if !broken.is_empty() {
        return None;
    }
    Some(Templates { tera, files })
}

/// A template that parses and declares what `text` (which does not parse) seems to: its
/// parent, its blocks and its components.
fn stub(text: &str) -> String {
    let mut out = String::new();
    let ident = |s: &str| {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '.'))
    };
    for (at, _) in text.match_indices("{%") {
        let tag = text[at + 2..].trim_start_matches('-').trim_start();
        let mut words = tag.split(|c: char| c.is_whitespace() || c == '(' || c == '%' || c == '-');
        match (words.next(), words.next()) {
            (Some("extends"), _) => {
                let name = tag["extends".len()..].trim_start();
                if let Some(name) = name.strip_prefix('"').and_then(|n| n.split('"').next()) {
                    if !out.contains("{% extends") {
                        out.insert_str(0, &format!("{{% extends \"{name}\" %}}"));
                    }
                }
            }
            (Some("block"), Some(name)) if ident(name) && !name.contains('.') => {
                out.push_str(&format!("{{% block {name} %}}{{% endblock {name} %}}"));
            }
            (Some("component"), Some(name)) if ident(name) => {
                out.push_str(&format!(
                    "{{% component {name}() %}}{{% endcomponent {name} %}}"
                ));
            }
            _ => {}
        }
    }
    out
}

fn register(tera: &mut Tera, strings: Arc<Strings>) {
    let messages = strings.clone();
    tera.register_function(
        "t",
        move |kwargs: Kwargs, state: &State| -> tera::TeraResult<String> {
            let key: String = kwargs.must_get("key")?;
            let lang: String = state.get("lang")?.unwrap_or_default();
            let mut args = Vec::new();
            for (k, v) in kwargs.iter() {
                let name = k.to_string();
                if name == "key" {
                    continue;
                }
                let value = if let Some(n) = v.as_f64() {
                    ArgValue::Num(n)
                } else if let Some(s) = v.as_str() {
                    ArgValue::Str(s.to_string())
                } else {
                    ArgValue::Str(v.to_string())
                };
                args.push((name, value));
            }
            messages.format(&lang, &key, &args).map_err(Error::message)
        },
    );
    let names = strings.clone();
    tera.register_function(
        "language_name",
        move |kwargs: Kwargs, state: &State| -> tera::TeraResult<String> {
            let tag: String = kwargs.must_get("tag")?;
            let lang: String = state.get("lang")?.unwrap_or_default();
            Ok(names.language_name(&lang, &tag))
        },
    );
    tera.register_filter("plain", |s: &str, _: Kwargs, _: &State| strip_isolation(s));
}

/// A Tera error as diagnostics: one for each problem Tera found when it checked the
/// templates together (it returns them as one text), else `diagnostic`.
pub fn diagnostics_of(
    e: &Error,
    files: &BTreeMap<String, Source>,
    context: &str,
) -> Vec<Diagnostic> {
    if let ErrorKind::Msg(text) = e.kind() {
        let reports: Option<Vec<Diagnostic>> = reports(text)
            .map(|report| report_diagnostic(report, files))
            .collect();
        if let Some(found) = reports.filter(|r| !r.is_empty()) {
            return found;
        }
    }
    vec![diagnostic(e, files, context)]
}

/// The reports Tera joins into one message: each starts with a line `error: …`.
fn reports(text: &str) -> impl Iterator<Item = &str> {
    let mut starts: Vec<usize> = text
        .match_indices("error: ")
        .map(|(i, _)| i)
        .filter(|&i| i == 0 || text[..i].ends_with('\n'))
        .collect();
    if !text.starts_with("error: ") {
        starts.clear();
    }
    let ends: Vec<usize> = starts.iter().skip(1).copied().chain([text.len()]).collect();
    starts
        .into_iter()
        .zip(ends)
        .map(move |(s, e)| text[s..e].trim_end())
}

/// One of Tera's reports (`error: MESSAGE`, ` --> NAME:LINE:COL`, the line, carets) as a
/// diagnostic at that place of the template's file; `None` if it is not built so.
fn report_diagnostic(report: &str, files: &BTreeMap<String, Source>) -> Option<Diagnostic> {
    let mut lines = report.lines();
    let message = lines.next()?.strip_prefix("error: ")?;
    let locus = lines.next()?.trim_start().strip_prefix("--> ")?;
    let mut parts = locus.rsplitn(3, ':');
    let col: usize = parts.next()?.parse().ok()?;
    let line: usize = parts.next()?.parse().ok()?;
    let source = files.get(parts.next()?)?;
    let carets = lines.last().map_or(1, |l| l.matches('^').count());
    let hint = hint_for(message);
    let d = Diagnostic::error_line_col(source, line, col, sentence(message)).with_len(carets);
    Some(match hint {
        Some(h) => d.with_hint(h),
        None => d,
    })
}

/// Tera's message as the start of a message of ours: `Unknown filter `x`` → `unknown
/// filter `x``.
fn sentence(message: &str) -> String {
    let m = message.trim().trim_end_matches('.');
    let mut chars = m.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Tera 2's own filters, tests and functions, and wegweiser's: for did-you-mean hints.
const FILTERS: &[&str] = &[
    "safe",
    "default",
    "upper",
    "lower",
    "wordcount",
    "escape",
    "escape_html",
    "escape_xml",
    "newlines_to_br",
    "pluralize",
    "trim",
    "trim_start",
    "trim_end",
    "replace",
    "capitalize",
    "title",
    "truncate",
    "indent",
    "str",
    "int",
    "float",
    "length",
    "reverse",
    "split",
    "abs",
    "round",
    "first",
    "last",
    "nth",
    "join",
    "sort",
    "unique",
    "get",
    "values",
    "keys",
    "pairs",
    "group_by",
    "plain",
];
const TESTS: &[&str] = &[
    "string",
    "number",
    "map",
    "bool",
    "array",
    "integer",
    "float",
    "none",
    "iterable",
    "defined",
    "undefined",
    "odd",
    "even",
    "divisible_by",
    "starting_with",
    "ending_with",
    "containing",
];
const FUNCTIONS: &[&str] = &["range", "throw", "super", "t", "language_name"];

/// A hint for one of Tera's messages about a template, where there is a useful one.
fn hint_for(message: &str) -> Option<String> {
    let named = |what: &str| {
        message
            .strip_prefix(what)
            .and_then(|r| r.trim().strip_prefix('`'))
            .and_then(|r| r.strip_suffix('`'))
    };
    let known = |name: &str, list: &[&str], what: &str| {
        // A slip rarely hits the first letter; a made-up name gets no guess.
        let near = closest(name, list.iter().copied())
            .filter(|n| n.chars().next() == name.chars().next())
            .map(|n| format!("did you mean `{n}`? "))
            .unwrap_or_default();
        format!("{near}the {what} are: {}", list.join(", "))
    };
    if let Some(name) = named("Unknown filter") {
        return Some(known(name, FILTERS, "filters"));
    }
    if let Some(name) = named("Unknown test") {
        return Some(known(name, TESTS, "tests"));
    }
    if let Some(name) = named("Unknown function") {
        return Some(known(name, FUNCTIONS, "functions"));
    }
    if named("Unknown component").is_some() {
        return Some(
            "components are defined with `{% component NAME(…) %}` in a template, such as the default theme's `partials/components.html`".into(),
        );
    }
    if named("Unknown template").is_some() {
        return Some("add it to the theme's `templates/` or the site's `templates/`".into());
    }
    if message.starts_with("Block `") {
        return Some("a block a template fills must be in the template it extends: check the name, and `{% extends %}`".into());
    }
    None
}

/// A Tera error as a diagnostic at the template's line and column when it has one.
pub fn diagnostic(e: &Error, files: &BTreeMap<String, Source>, context: &str) -> Diagnostic {
    match e.kind() {
        ErrorKind::SyntaxError(report) => {
            let Some(source) = files.get(report.filename()) else {
                return Diagnostic::error_file(
                    "",
                    with_context(sentence(report.message()), context),
                );
            };
            syntax_diagnostic(report, source)
        }
        ErrorKind::RenderingError(report) => {
            let span = report.span();
            let message = with_context(sentence(report.message()), context);
            match files.get(report.filename()) {
                Some(source) if span.start_line > 0 => at_span(source, span, message),
                Some(source) => Diagnostic::error_file(source.name.clone(), message),
                None => Diagnostic::error_file("", message),
            }
        }
        ErrorKind::TemplateNotFound(name) => Diagnostic::error_file(
            "",
            with_context(format!("the template `{name}` does not exist"), context),
        )
        .with_hint("add it to the theme's `templates/` or the site's `templates/`"),
        ErrorKind::MissingParent { current, parent } => {
            let message = format!("`{current}` extends `{parent}`, which does not exist");
            let hint = "add it to the theme's `templates/` or the site's `templates/`, or correct the name in `{% extends %}`";
            match files.get(current) {
                Some(source) => {
                    let at = source.text.find(&format!("\"{parent}\"")).unwrap_or(0);
                    Diagnostic::error_at(source, at, at + parent.len() + 2, message).with_hint(hint)
                }
                None => Diagnostic::error_file("", message).with_hint(hint),
            }
        }
        _ => {
            let mut message = e.to_string();
            let mut source = std::error::Error::source(e);
            while let Some(s) = source {
                message.push_str(": ");
                message.push_str(&s.to_string());
                source = s.source();
            }
            Diagnostic::error_file("", with_context(message, context))
        }
    }
}

/// A diagnostic at the byte range of a span in `source`.
fn at_span(source: &Source, span: &tera::Span, message: String) -> Diagnostic {
    let start = span.range.start.min(source.text.len());
    let end = span.range.end.clamp(start, source.text.len());
    if source.text.is_char_boundary(start) && source.text.is_char_boundary(end) {
        Diagnostic::error_at(source, start, end, message)
    } else {
        Diagnostic::error_line_col(source, span.start_line, span.start_col + 1, message)
    }
}

/// A syntax error. Where Tera stumbles over a tag that was never closed, it reports the
/// next thing it finds (often on a later line): the message then points at the tag.
fn syntax_diagnostic(report: &tera::ReportError, source: &Source) -> Diagnostic {
    let message = report.message();
    let span = report.span();
    let found = at_span(source, span, sentence(message));
    let expects = |close: &str| message.contains(&format!("but expected {close}."));
    let pairs: &[(&str, &str)] = if expects("%}") {
        &[("{%", "%}")]
    } else if expects("}}") {
        &[("{{", "}}")]
    } else if message.starts_with("Unexpected end of input") {
        &[("{%", "%}"), ("{{", "}}")]
    } else {
        &[]
    };
    let at = span.range.start.min(source.text.len());
    for &(open, close) in pairs {
        if let Some(tag) = unclosed(&source.text, at, open, close) {
            // The tag as far as it goes: to where Tera stumbled, or to the end of its line.
            let first_line = source.text[tag..].lines().next().unwrap_or(open);
            let upto = first_line.len().min(at.max(tag + open.len()) - tag);
            let shown: String = first_line[..upto].trim_end().chars().take(40).collect();
            let (line, _) = source.line_col(at);
            let (tag_line, _) = source.line_col(tag);
            let noticed = if line > tag_line {
                format!("; Tera noticed it only on line {line}")
            } else {
                String::new()
            };
            return Diagnostic::error_at(
                source,
                tag,
                tag + shown.len(),
                format!("`{shown}` is not closed with `{close}`"),
            )
            .with_hint(format!(
                "a `{open}` tag is not closed with `{close}`: end it with `{close}`{noticed}"
            ));
        }
    }
    let hint = match pairs.first() {
        Some((open, close)) => format!(
            "Tera expected the `{open}` … `{close}` to end here: check the expression before this place"
        ),
        None => "the template syntax is Tera's (keats.github.io/tera); compare with the default theme's templates".to_string(),
    };
    found.with_hint(hint)
}

/// The byte offset of the last `open` before `at` that is never closed: no `close` follows
/// it before the next tag or expression starts (or the text ends). `None` when the last
/// one before `at` is closed, or there is none.
fn unclosed(text: &str, at: usize, open: &str, close: &str) -> Option<usize> {
    let at = (0..=at.min(text.len()))
        .rev()
        .find(|&i| text.is_char_boundary(i))?;
    let tag = text[..at].rfind(open)?;
    let inside = &text[tag + open.len()..];
    let next = ["{%", "{{", "{#"]
        .iter()
        .filter_map(|o| inside.find(o))
        .min()
        .unwrap_or(inside.len());
    (!inside[..next].contains(close)).then_some(tag)
}

fn with_context(message: String, context: &str) -> String {
    if context.is_empty() {
        message
    } else {
        format!("{message} ({context})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    #[test]
    fn an_unclosed_tag_is_found_before_where_tera_stumbled() {
        let t = "{% if a\n<p>{{ b }}</p>\n{% endif %}";
        let at = t.find("<p>").unwrap();
        assert_eq!(unclosed(t, at, "{%", "%}"), Some(0));
        // A closed tag with a mistake inside is not unclosed.
        let t = "{% if a b %}x{% endif %}";
        assert_eq!(unclosed(t, t.find(" b").unwrap() + 1, "{%", "%}"), None);
        let t = "<p>{{ a }</p>\n{{ b }}";
        assert_eq!(unclosed(t, t.find("}<").unwrap(), "{{", "}}"), Some(3));
    }

    #[test]
    fn teras_joined_reports_become_one_diagnostic_each() {
        let mut files = BTreeMap::new();
        let source = SourceFile::new(
            "templates/a.html",
            "a.html",
            "<p>\n{{ x | nofilter }}{{ y | lenght }}\n".into(),
        );
        files.insert("a.html".to_string(), source);
        let text = "error: Unknown filter `nofilter`\n --> a.html:2:8\n  |\n2 | {{ x | nofilter }}{{ y | lenght }}\n  |        ^^^^^^^^\n\nerror: Unknown filter `lenght`\n --> a.html:2:26\n  |\n2 | {{ x | nofilter }}{{ y | lenght }}\n  |                          ^^^^^^";
        let ds = diagnostics_of(&Error::message(text), &files, "");
        let shown: Vec<(String, String, usize, usize, usize)> = ds
            .iter()
            .map(|d| (d.file.clone(), d.message.clone(), d.line, d.col, d.len))
            .collect();
        assert_eq!(
            shown,
            [
                (
                    "templates/a.html".into(),
                    "unknown filter `nofilter`".into(),
                    2,
                    8,
                    8
                ),
                (
                    "templates/a.html".into(),
                    "unknown filter `lenght`".into(),
                    2,
                    26,
                    6
                ),
            ]
        );
        assert_eq!(
            ds[1]
                .hint
                .as_deref()
                .map(|h| h.starts_with("did you mean `length`?")),
            Some(true)
        );
        // Any other message stays one diagnostic, without `error: ` doubled.
        let ds = diagnostics_of(
            &Error::message("Component `x` is defined in both `a` and `b`"),
            &files,
            "",
        );
        assert_eq!(ds.len(), 1);
        assert!(!ds[0].render().contains("error: error"));
    }

    #[test]
    fn a_stub_keeps_the_parent_blocks_and_components() {
        let t = "{% extends \"base.html\" %}{%- block content -%}{% if %}{% endblock %}\n{% component ww.x(a, @lang) %}{% endcomponent ww.x %}";
        assert_eq!(
            stub(t),
            "{% extends \"base.html\" %}{% block content %}{% endblock content %}{% component ww.x() %}{% endcomponent ww.x %}"
        );
        assert!(
            Tera::new()
                .add_raw_template("s", &stub("{% block a %}{{ x }"))
                .is_ok()
        );
    }
}
