//! Fluent coverage, for `wegweiser check`: messages a language lacks (and the fallback its
//! readers get), messages only a translation has, messages templates use that no language
//! defines, messages defined but never used, and variables a translation uses that the
//! source language's message does not pass.
//!
//! Owns: reading the `.ftl` sources and templates as text for these checks. Must not: build.

use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::source::{Source, SourceFile, display_name};
use crate::theme::{self, Theme};
use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// One language's messages: id → (file, variables used).
type Messages = BTreeMap<String, (Source, BTreeSet<String>)>;

fn variables_of(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let PatternElement::Placeable { expression } = e {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Inline(i) => inline_vars(i, out),
        Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                variables_of(&v.value, out);
            }
        }
    }
}

fn inline_vars(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

fn messages_of(source: &Source, out: &mut Messages) {
    if crate::i18n::unsafe_escape(&source.text).is_some() {
        return; // reported by the build; fluent-syntax would panic on it
    }
    let Ok(parsed) =
        std::panic::catch_unwind(|| fluent_syntax::parser::parse(source.text.as_str()))
    else {
        return; // reported by the build
    };
    let resource = match parsed {
        Ok(r) => r,
        Err((r, _)) => r, // syntax errors are reported by the build
    };
    for entry in resource.body {
        if let Entry::Message(m) = entry {
            let mut vars = BTreeSet::new();
            if let Some(v) = &m.value {
                variables_of(v, &mut vars);
            }
            for a in &m.attributes {
                variables_of(&a.value, &mut vars);
            }
            out.insert(m.id.name.to_string(), (source.clone(), vars));
        }
    }
}

/// Byte range of the line defining `id` in a Fluent file.
fn locate(source: &Source, id: &str) -> (usize, usize) {
    let mut offset = 0;
    for line in source.text.split_inclusive('\n') {
        if line
            .strip_prefix(id)
            .is_some_and(|r| r.trim_start().starts_with('='))
        {
            return (offset, offset + id.len());
        }
        offset += line.len();
    }
    (0, 0)
}

/// Literal message ids in templates (`t(key="x")`), where, and the prefixes of computed ones
/// (`t(key="day-" ~ row.day)`).
fn template_uses(files: &[Source]) -> (Vec<(String, Source, usize)>, BTreeSet<String>) {
    let mut literal = Vec::new();
    let mut prefixes = BTreeSet::new();
    for f in files {
        for (i, _) in f.text.match_indices("key=\"") {
            let start = i + 5;
            let Some(len) = f.text[start..].find('"') else {
                continue;
            };
            let id = &f.text[start..start + len];
            let after = f.text[start + len + 1..].trim_start();
            if after.starts_with('~') {
                prefixes.insert(id.to_string());
            } else {
                literal.push((id.to_string(), f.clone(), start));
            }
        }
    }
    (literal, prefixes)
}

pub fn check(root: &Path, config: &Config, diagnostics: &mut Vec<Diagnostic>) {
    let mut sink = Vec::new();
    let Some(theme) = Theme::load(root, &config.theme, &mut sink) else {
        return;
    };
    let mut by_lang: BTreeMap<String, Messages> = BTreeMap::new();
    // Languages whose .ftl could not be read (the build reports that): their strings are
    // not missing, only unread.
    let mut unread = BTreeSet::new();
    for lang in &config.languages {
        let before = sink.len();
        let file = format!("{}.ftl", lang.tag);
        let mut messages = Messages::new();
        if let Some(s) = theme.text("translations", &file, &mut sink) {
            messages_of(&s, &mut messages);
        }
        let site = root.join("translations").join(&file);
        if site.is_file() {
            if let Some(s) = theme::site_text(root, &site, &mut sink) {
                messages_of(&s, &mut messages);
            }
        }
        if sink.len() > before {
            unread.insert(lang.tag.clone());
        }
        by_lang.insert(lang.tag.clone(), messages);
    }
    if unread.contains(&config.source_language) {
        return;
    }
    let source = &config.source_language;
    let src = by_lang.get(source).cloned().unwrap_or_default();

    // Templates: every literal id must exist in the source language.
    let mut templates: Vec<Source> = theme
        .files_in("templates")
        .filter_map(|(rel, _)| theme.text("templates", rel, &mut sink))
        .collect();
    let site_templates = root.join("templates");
    if site_templates.is_dir() {
        for e in walkdir::WalkDir::new(&site_templates)
            .sort_by_file_name()
            .into_iter()
            .flatten()
        {
            if e.file_type().is_file() {
                if let Ok(text) = std::fs::read_to_string(e.path()) {
                    templates.push(SourceFile::new(
                        display_name(root, e.path()),
                        e.path(),
                        text,
                    ));
                }
            }
        }
    }
    let (used, mut prefixes) = template_uses(&templates);
    // language_name(tag=…) looks up `language-TAG`; the hours list holidays by `holiday-ID`.
    prefixes.insert("language-".into());
    prefixes.insert("holiday-".into());
    for (id, file, at) in &used {
        if !src.contains_key(id) {
            diagnostics.push(
                Diagnostic::error_at(
                    file,
                    *at,
                    *at + id.len(),
                    format!(
                        "the template uses the UI string `{id}`, which is not defined in `{source}`"
                    ),
                )
                .with_hint(format!(
                    "define it in translations/{source}.ftl: `{id} = …`"
                )),
            );
        }
    }
    let used_ids: BTreeSet<&str> = used.iter().map(|(id, _, _)| id.as_str()).collect();
    for (id, (file, _)) in &src {
        let is_used =
            used_ids.contains(id.as_str()) || prefixes.iter().any(|p| id.starts_with(p.as_str()));
        if !is_used {
            let (s, e) = locate(file, id);
            diagnostics.push(
                Diagnostic::warning_at(
                    file,
                    s,
                    e,
                    format!("the UI string `{id}` is used by no template"),
                )
                .with_hint("remove it, or use it in a template with t(key=\"…\")"),
            );
        }
    }
    for lang in config
        .languages
        .iter()
        .filter(|l| l.tag != *source && !unread.contains(&l.tag))
    {
        let own = &by_lang[&lang.tag];
        let missing: Vec<&str> = src
            .keys()
            .filter(|id| !own.contains_key(*id))
            .map(String::as_str)
            .collect();
        // A variant of the language it falls back to (`de-x-ls` → `de`, Leichte Sprache)
        // defines only the strings it words differently: the rest is right as it is.
        let variant = config.is_variant(&lang.tag);
        if !missing.is_empty() && !variant {
            let fallback = config
                .chain(&lang.tag)
                .skip(1)
                .collect::<Vec<_>>()
                .join(", then ");
            let mut d = Diagnostic::error_file(
                format!("translations/{}.ftl", lang.tag),
                format!(
                    "`{}` lacks {} UI string(s): {}",
                    lang.tag,
                    missing.len(),
                    missing.join(", ")
                ),
            );
            d.severity = crate::diagnostic::Severity::Warning;
            diagnostics.push(d.with_hint(format!(
                "readers of `{}` see them in {fallback}; translate them in translations/{}.ftl",
                lang.tag, lang.tag
            )));
        }
        for (id, (file, vars)) in own {
            let (s, e) = locate(file, id);
            match src.get(id) {
                None => diagnostics.push(
                    Diagnostic::warning_at(
                        file,
                        s,
                        e,
                        format!("the UI string `{id}` is obsolete: `{source}` does not define it"),
                    )
                    .with_hint("delete it, or check its name against the source language's file"),
                ),
                Some((_, src_vars)) => {
                    for v in vars.difference(src_vars) {
                        diagnostics.push(
                            Diagnostic::error_at(file, s, e, format!("`{id}` uses the variable `${v}`, which the `{source}` message does not use"))
                                .with_hint(format!("the templates pass only what the source message uses ({}); check the spelling", if src_vars.is_empty() { "nothing".to_string() } else { src_vars.iter().map(|v| format!("${v}")).collect::<Vec<_>>().join(", ") })),
                        );
                    }
                }
            }
        }
    }
}
