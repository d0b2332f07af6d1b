//! UI strings: Fluent bundles per language, from the theme's `translations/` and the site's,
//! the site's winning message by message; lookup along a language's fallback chain.
//!
//! Owns: loading and checking `.ftl` files (syntax errors with line and column), and
//! formatting a message for a language. Must not: know about pages.

use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::theme::{self, Theme};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::HashMap;
use std::path::Path;
use unic_langid::LanguageIdentifier;

/// Where a message came from, for `check`: (file, message ids).
pub struct Strings {
    bundles: HashMap<String, FluentBundle<FluentResource>>,
    chains: HashMap<String, Vec<String>>,
    /// Each site language's name in itself.
    endonyms: HashMap<String, String>,
    /// The message ids each language defines (theme and site).
    ids: HashMap<String, std::collections::BTreeSet<String>>,
}

/// A tag Fluent and ICU accept: private-use parts (`de-x-ls`) are dropped.
pub fn locale_of(tag: &str) -> LanguageIdentifier {
    let public = tag.split("-x-").next().unwrap_or(tag);
    public
        .parse()
        .or_else(|_| tag.split('-').next().unwrap_or("und").parse())
        .unwrap_or_default()
}

impl Strings {
    /// Loads `THEME/translations/*.ftl` and `SITE/translations/*.ftl` for every language of
    /// the site.
    pub fn load(
        root: &Path,
        theme: &Theme,
        config: &Config,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Strings {
        let mut bundles = HashMap::new();
        let mut chains = HashMap::new();
        let mut ids: HashMap<String, std::collections::BTreeSet<String>> = HashMap::new();
        for lang in &config.languages {
            let mut bundle = FluentBundle::new_concurrent(vec![locale_of(&lang.tag)]);
            let file = format!("{}.ftl", lang.tag);
            let site_path = root.join("translations").join(&file);
            let theme_source = theme.text("translations", &file, diagnostics);
            let site_source = if site_path.is_file() {
                theme::site_text(root, &site_path, diagnostics)
            } else {
                None
            };
            for (source, overriding) in [(theme_source, false), (site_source, true)] {
                let Some(source) = source else { continue };
                let name = source.name.clone();
                let resource = parse_resource(&source, diagnostics);
                let own = ids.entry(lang.tag.clone()).or_default();
                let mut in_file: HashMap<&str, usize> = HashMap::new();
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        own.insert(m.id.name.to_string());
                        let seen = in_file.entry(m.id.name).or_default();
                        *seen += 1;
                        if *seen > 1 && overriding {
                            diagnostics.push(again(&source, m.id.name, *seen));
                        }
                    }
                }
                if overriding {
                    bundle.add_resource_overriding(resource);
                } else if let Err(errors) = bundle.add_resource(resource) {
                    for e in errors {
                        diagnostics.push(Diagnostic::error_file(&name, format!("Fluent: {e}")));
                    }
                }
            }
            bundles.insert(lang.tag.clone(), bundle);
            chains.insert(
                lang.tag.clone(),
                config.chain(&lang.tag).map(String::from).collect(),
            );
        }
        stray_files(root, config, diagnostics);
        let endonyms = config
            .languages
            .iter()
            .map(|l| (l.tag.clone(), l.name.clone()))
            .collect();
        Strings {
            bundles,
            chains,
            endonyms,
            ids,
        }
    }

    /// The message ids `lang` defines itself (not through fallbacks).
    pub fn ids(&self, lang: &str) -> std::collections::BTreeSet<String> {
        self.ids.get(lang).cloned().unwrap_or_default()
    }

    /// The name of the language `tag` for a reader of `lang`: the message `language-TAG`
    /// (or `language-` + its primary subtag), else the site's endonym, else the tag.
    pub fn language_name(&self, lang: &str, tag: &str) -> String {
        let primary = tag.split('-').next().unwrap_or(tag);
        for id in [format!("language-{tag}"), format!("language-{primary}")] {
            if self
                .chains
                .get(lang)
                .is_some_and(|c| c.iter().any(|t| self.has(t, &id)))
            {
                if let Ok(name) = self.format(lang, &id, &[]) {
                    return name;
                }
            }
        }
        self.endonyms
            .get(tag)
            .cloned()
            .unwrap_or_else(|| tag.to_string())
    }

    /// The message `id` in `lang` or the first language of its fallback chain that has it.
    /// Placeables keep their bidi isolation marks.
    pub fn format(
        &self,
        lang: &str,
        id: &str,
        args: &[(String, ArgValue)],
    ) -> Result<String, String> {
        let chain = self
            .chains
            .get(lang)
            .ok_or_else(|| format!("`{lang}` is not a language of the site"))?;
        for tag in chain {
            let Some(bundle) = self.bundles.get(tag) else {
                continue;
            };
            let Some(message) = bundle.get_message(id) else {
                continue;
            };
            let Some(pattern) = message.value() else {
                return Err(format!("the message `{id}` has no value"));
            };
            let mut fargs = FluentArgs::new();
            for (k, v) in args {
                match v {
                    ArgValue::Str(s) => fargs.set(k.clone(), FluentValue::from(s.clone())),
                    ArgValue::Num(n) => fargs.set(k.clone(), FluentValue::from(*n)),
                }
            }
            let mut errors = vec![];
            let text = bundle.format_pattern(pattern, Some(&fargs), &mut errors);
            if let Some(e) = errors.first() {
                let e = e.to_string().replace("Resolver error: ", "");
                return Err(format!(
                    "the UI string `{id}` in `{tag}` cannot be shown: {e}; check it in translations/{tag}.ftl"
                ));
            }
            return Ok(text.into_owned());
        }
        let last = chain.last().map_or("", String::as_str);
        let langs = match chain.len() {
            1 => format!("`{lang}`"),
            _ => format!("`{lang}` nor its fallbacks ({})", chain[1..].join(", ")),
        };
        Err(format!(
            "the UI string `{id}` is not defined for {langs}; define it in `translations/{last}.ftl` as `{id} = …`"
        ))
    }

    pub fn has(&self, lang: &str, id: &str) -> bool {
        self.bundles.get(lang).is_some_and(|b| b.has_message(id))
    }
}

/// A Fluent file as a resource; syntax errors become diagnostics at their place.
pub fn parse_resource(
    source: &crate::source::Source,
    diagnostics: &mut Vec<Diagnostic>,
) -> FluentResource {
    if let Some(at) = unsafe_escape(&source.text) {
        diagnostics.push(
            Diagnostic::error_at(
                source,
                at,
                at + 2,
                "Fluent syntax error: an invalid Unicode escape",
            )
            .with_hint(
                "write `\\u` with exactly four hexadecimal digits (`\\u00E4`) or `\\U` with six",
            ),
        );
        return FluentResource::try_new(String::new()).unwrap_or_else(|(r, _)| r);
    }
    // A second line of defence: should fluent-syntax panic on another input, the file is
    // reported and the build goes on. (Under the fuzzer the panic hook aborts first, so the
    // fuzzer still sees it.)
    let parsed = std::panic::catch_unwind(|| FluentResource::try_new(source.text.clone()));
    let Ok(parsed) = parsed else {
        diagnostics.push(
            Diagnostic::error_at(source, 0, 1, "the Fluent parser failed on this file").with_hint(
                "look for an unusual escape or character; please report this file to wegweiser",
            ),
        );
        return FluentResource::try_new(String::new()).unwrap_or_else(|(r, _)| r);
    };
    match parsed {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                let start = e.pos.start.min(source.text.len());
                diagnostics.push(
                    Diagnostic::error_at(
                        source,
                        start,
                        e.pos.end.max(start + 1).min(source.text.len()),
                        format!("Fluent syntax error: {}", e.kind),
                    )
                    .with_hint(
                        "messages are written `message-id = text`; continuation lines are indented",
                    ),
                );
            }
            r
        }
    }
}

/// Where a `\\u`/`\\U` escape runs into a non-ASCII character: fluent-syntax 0.12 panics on
/// that (found by fuzzing), so such a file is reported instead of parsed.
pub fn unsafe_escape(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(1)).find(|&i| {
        b[i] == b'\\' && (b[i + 1] == b'u' || b[i + 1] == b'U') && {
            let n = if b[i + 1] == b'u' { 4 } else { 6 };
            b[i + 2..(i + 2 + n).min(b.len())]
                .iter()
                .any(|c| !c.is_ascii())
        }
    })
}

#[derive(Debug, Clone)]
pub enum ArgValue {
    Str(String),
    Num(f64),
}

/// Removes Unicode bidi isolation marks (for attributes, URLs and `<title>`).
pub fn strip_isolation(s: &str) -> String {
    s.chars()
        .filter(|c| !matches!(c, '\u{2066}'..='\u{2069}'))
        .collect()
}

/// The `nth` definition (from 1) of a message that one file defines more than once: the
/// last wins, silently in Fluent.
fn again(source: &crate::source::Source, id: &str, nth: usize) -> Diagnostic {
    let text = &source.text;
    let starts = |i: usize| {
        (i == 0 || text.as_bytes()[i - 1] == b'\n')
            && text[i + id.len()..]
                .trim_start_matches(' ')
                .starts_with('=')
    };
    let second = text
        .match_indices(id)
        .map(|(i, _)| i)
        .filter(|&i| starts(i))
        .nth(nth - 1)
        .unwrap_or(0);
    Diagnostic::warning_at(
        source,
        second,
        second + id.len(),
        format!("`{id}` is defined again in this file; the last definition is used"),
    )
    .with_hint("keep one of them")
}

/// `translations/pl.ftl` for a language the site does not have: never read.
fn stray_files(root: &Path, config: &Config, diagnostics: &mut Vec<Diagnostic>) {
    let Ok(entries) = std::fs::read_dir(root.join("translations")) else {
        return;
    };
    let mut names: Vec<String> = entries
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    for name in names {
        let Some(tag) = name.strip_suffix(".ftl") else {
            continue;
        };
        if config.language(tag).is_some() {
            continue;
        }
        let tags: Vec<&str> = config.tags().collect();
        let near = crate::diagnostic::closest(tag, tags.iter().copied())
            .map(|n| format!("did you mean `{n}.ftl`? "))
            .unwrap_or_default();
        diagnostics.push(
            Diagnostic::warning_file(
                format!("translations/{name}"),
                format!("`{tag}` is not a language of this site: this file is not read"),
            )
            .with_hint(format!(
                "{near}the languages in site.yaml are: {}; add `{tag}` there to use it",
                tags.join(", ")
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bad_escape_is_an_error_not_a_panic() {
        // The input libFuzzer found (fuzz/fuzz_targets/fluent.rs): a panic inside fluent-syntax.
        let text =
            "R= \n\r\0\n{  \"\\\\\\\\\\u\u{184}u\nR{=   a(      \"\\\\\\\\\\\"\\\"\\uuu0uu\n \\";
        let source = crate::source::SourceFile::new("translations/de.ftl", "x", text.to_string());
        let mut diagnostics = Vec::new();
        let _ = parse_resource(&source, &mut diagnostics);
        assert_eq!(
            diagnostics[0].message,
            "Fluent syntax error: an invalid Unicode escape"
        );
        assert_eq!(unsafe_escape("a = \\u00E4 ok"), None);
    }

    #[test]
    fn private_use_tags_map_to_their_language() {
        assert_eq!(locale_of("de-x-ls").to_string(), "de");
        assert_eq!(locale_of("fa-AF").to_string(), "fa-AF");
    }
}
