//! Tera templates: the theme's, overridden by the site's `templates/` file by file, with the
//! `t()` function for UI strings and the `plain` filter.
//!
//! Owns: loading and parsing templates once (syntax errors as diagnostics at the template's
//! line and column) and mapping Tera's errors to diagnostics. Must not: build views.

use crate::diagnostic::Diagnostic;
use crate::i18n::{ArgValue, Strings, strip_isolation};
use crate::source::{Source, display_name};
use crate::theme::{self, Theme};
use std::collections::BTreeMap;
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
    let mut ok = true;
    for (name, source) in &files {
        let mut scratch = Tera::new();
        if let Err(e) = scratch.add_raw_template(name, &source.text) {
            if matches!(e.kind(), ErrorKind::SyntaxError(_)) {
                diagnostics.push(diagnostic(&e, &files, "in a template"));
                ok = false;
            }
        }
    }
    if !ok {
        return None;
    }
    if let Err(e) = tera.add_raw_templates(files.iter().map(|(n, s)| (n.as_str(), s.text.as_str())))
    {
        diagnostics.push(diagnostic(&e, &files, "in the templates"));
        return None;
    }
    Some(Templates { tera, files })
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

/// A Tera error as a diagnostic at the template's line and column when it has one.
pub fn diagnostic(e: &Error, files: &BTreeMap<String, Source>, context: &str) -> Diagnostic {
    match e.kind() {
        ErrorKind::SyntaxError(report) | ErrorKind::RenderingError(report) => {
            let span = report.span();
            let message = with_context(report.message().to_string(), context);
            match files.get(report.filename()) {
                Some(source) if span.start_line > 0 => {
                    let len = if span.end_line == span.start_line {
                        span.end_col.saturating_sub(span.start_col)
                    } else {
                        1
                    };
                    Diagnostic::error_line_col(source, span.start_line, span.start_col + 1, message)
                        .with_len(len)
                }
                _ => Diagnostic::error_file(format!("templates/{}", report.filename()), message),
            }
        }
        ErrorKind::TemplateNotFound(name) => Diagnostic::error_file(
            "",
            with_context(format!("the template `{name}` does not exist"), context),
        )
        .with_hint("add it to the theme's `templates/` or the site's `templates/`"),
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

fn with_context(message: String, context: &str) -> String {
    if context.is_empty() {
        message
    } else {
        format!("{message} ({context})")
    }
}
