//! The site model: every page with its source file and its real translations, its URL, its
//! section; built once from the documents, then only read.
//!
//! Owns: translation groups (a translation without a source is an error), inheritance of
//! language-neutral fields from the source, which version a reader of a language sees
//! (the translation, or a fallback along the chain), URLs and the link index. Must not:
//! render HTML.

use crate::config::Config;
use crate::content::Document;
use crate::diagnostic::{Diagnostic, closest};
use crate::kinds::{Fields, Kinds, Scope, Value};
use std::collections::{BTreeMap, HashMap};

#[derive(Debug)]
pub struct Version {
    pub doc: Document,
    /// Translatable and file fields of this language version.
    pub texts: Fields,
}

impl Version {
    pub fn text(&self, key: &str) -> Option<&str> {
        match self.texts.get(key) {
            Some(Value::Str(s)) => Some(s),
            _ => None,
        }
    }
    pub fn title(&self) -> &str {
        self.text("title").unwrap_or("")
    }
}

#[derive(Debug)]
pub struct Page {
    /// `behoerden/jobcenter`, `behoerden/_index`, `_index`.
    pub id: String,
    /// URL path below the language prefix: `behoerden/jobcenter/`, `behoerden/`, ``.
    pub path: String,
    /// Id of the section page this page is listed on (`behoerden/_index`, `_index`).
    pub parent: Option<String>,
    pub is_section: bool,
    pub kind: String,
    pub weight: i64,
    /// Language-neutral fields, from the source file.
    pub neutral: Fields,
    /// Real language versions, the source included.
    pub versions: BTreeMap<String, Version>,
    /// Languages with a translation in the making (`draft: true`): not published, the
    /// reader gets the fallback.
    pub drafts: std::collections::BTreeSet<String>,
    /// The source text's hash (`translation::current_hash`), computed once when first asked.
    pub source_hash: std::sync::OnceLock<String>,
}

/// What a reader of one language gets for a page.
pub struct Shown<'a> {
    pub version: &'a Version,
    /// Language of the text shown.
    pub lang: &'a str,
    /// True when the text is not in the reader's language.
    pub fallback: bool,
}

impl Page {
    /// The version a reader of `lang` sees: its own, or the first along the fallback chain.
    pub fn shown<'a>(&'a self, config: &'a Config, lang: &'a str) -> Shown<'a> {
        for tag in config.chain(lang) {
            if let Some(v) = self.versions.get(tag) {
                return Shown {
                    version: v,
                    lang: tag,
                    fallback: tag != lang,
                };
            }
        }
        let (tag, v) = self
            .versions
            .iter()
            .next()
            .expect("a page has at least its source version");
        Shown {
            version: v,
            lang: tag,
            fallback: true,
        }
    }

    pub fn source<'a>(&'a self, config: &Config) -> &'a Version {
        self.versions
            .get(&config.source_language)
            .expect("assemble() keeps only pages with a source file")
    }

    pub fn is_home(&self) -> bool {
        self.id == "_index"
    }
}

pub struct Site {
    pub config: Config,
    /// The kinds of page and their fields: wegweiser's own and the theme's.
    pub kinds: Kinds,
    /// Sorted by id.
    pub pages: Vec<Page>,
    index: HashMap<String, usize>,
    /// Every content file that could not be read, as (id, language).
    broken: std::collections::BTreeSet<(String, String)>,
}

impl Site {
    pub fn page(&self, id: &str) -> Option<&Page> {
        self.index.get(id).map(|&i| &self.pages[i])
    }

    /// Whether the page `id` has a source file that could not be read (its own error says
    /// why; nothing that names the page needs to say more).
    pub fn is_unreadable(&self, id: &str) -> bool {
        self.has_broken_file(id, &self.config.source_language)
    }

    /// Whether the file of page `id` in `lang` exists but could not be read.
    pub fn has_broken_file(&self, id: &str, lang: &str) -> bool {
        self.broken.contains(&(id.to_string(), lang.to_string()))
    }

    /// Pages listed on a section page, by weight, then title in the source language, then id.
    pub fn children(&self, section_id: &str) -> Vec<&Page> {
        let mut out: Vec<&Page> = self
            .pages
            .iter()
            .filter(|p| p.parent.as_deref() == Some(section_id))
            .collect();
        out.sort_by(|a, b| {
            (a.weight, a.source(&self.config).title(), &a.id).cmp(&(
                b.weight,
                b.source(&self.config).title(),
                &b.id,
            ))
        });
        out
    }

    /// The page a link from the file `from_id` to `dest` (`../behoerden/jobcenter.md#x`) means,
    /// and the anchor. The error is the message to report, or empty when the target's file
    /// exists but could not be read (its own error is reported).
    pub fn resolve_link<'a>(
        &self,
        from_id: &str,
        dest: &'a str,
    ) -> Result<(&Page, Option<&'a str>), String> {
        let (path, anchor) = match dest.split_once('#') {
            Some((p, a)) => (p, Some(a)),
            None => (dest, None),
        };
        let path = path.split('?').next().unwrap_or(path);
        if path.starts_with('/') || path.contains('\\') || path.contains('%') {
            return Err(format!(
                "the link `{dest}` must be a path relative to this file"
            ));
        }
        let mut parts: Vec<&str> = from_id.split('/').collect();
        parts.pop(); // the file's own name
        for seg in path.split('/') {
            match seg {
                "" | "." => {}
                ".." => {
                    if parts.pop().is_none() {
                        return Err(format!("the link `{dest}` points outside `content/`"));
                    }
                }
                s => parts.push(s),
            }
        }
        let mut id = parts.join("/");
        id = id.strip_suffix(".md").unwrap_or(&id).to_string();
        if let Some((stem, lang)) = id.rsplit_once('.') {
            if self.config.language(lang).is_some() {
                id = stem.to_string();
            }
        }
        match self.page(&id) {
            Some(p) => Ok((p, anchor)),
            None if self.is_unreadable(&id) => Err(String::new()),
            None => Err(format!(
                "the link `{dest}` leads to no page: there is no `content/{id}.{}.md`",
                self.config.source_language
            )),
        }
    }
}

/// The URL path of a page id: `behoerden/_index` → `behoerden/`, `a/b` → `a/b/`.
fn path_of(id: &str) -> String {
    match id.strip_suffix("_index") {
        Some(dir) => dir.to_string(),
        None => format!("{id}/"),
    }
}

fn parent_of(id: &str, exists: &dyn Fn(&str) -> bool) -> Option<String> {
    if id == "_index" {
        return None;
    }
    let mut dir = path_of(id).trim_end_matches('/').to_string();
    loop {
        dir = match dir.rsplit_once('/') {
            Some((d, _)) => d.to_string(),
            None => String::new(),
        };
        let candidate = if dir.is_empty() {
            "_index".to_string()
        } else {
            format!("{dir}/_index")
        };
        if exists(&candidate) || dir.is_empty() {
            return Some(candidate);
        }
    }
}

/// Groups documents into pages, checks each file against its kind and the rules of
/// translations, and that the pages its fields name exist.
pub fn assemble(
    config: Config,
    kinds: Kinds,
    documents: crate::content::Documents,
    diagnostics: &mut Vec<Diagnostic>,
) -> Site {
    let crate::content::Documents { docs, broken } = documents;
    let unreadable = |id: &str| broken.contains(&(id.to_string(), config.source_language.clone()));
    let mut groups: BTreeMap<String, Vec<Document>> = BTreeMap::new();
    for d in docs {
        groups.entry(d.id.clone()).or_default().push(d);
    }
    let tags: Vec<&str> = config.tags().collect();
    let ids: Vec<String> = groups.keys().cloned().collect();
    let mut pages = Vec::new();
    for (id, docs) in groups {
        let (source, translations): (Vec<Document>, Vec<Document>) = docs
            .into_iter()
            .partition(|d| d.lang == config.source_language);
        let Some(source) = source.into_iter().next() else {
            for t in translations.iter().filter(|_| !unreadable(&id)) {
                diagnostics.push(
                    Diagnostic::error_file(&t.source.name, format!("this translation has no source file `content/{id}.{}.md`", config.source_language))
                        .with_hint("a translation needs the source-language file next to it; check the file name for typos"),
                );
            }
            continue;
        };
        let kind = match source.fields.get("kind").and_then(|v| v.as_str()) {
            Some(k) if kinds.contains(k) => k.to_string(),
            _ => "page".to_string(), // an unknown kind is reported by Kinds::check
        };
        let all = kinds.check(
            &source.front,
            &source.fields,
            &kind,
            None,
            &tags,
            diagnostics,
        );
        let mut neutral = Fields::new();
        let mut texts = Fields::new();
        for (k, v) in all {
            let scope = kinds.field(&kind, &k).map(|f| f.scope);
            if scope == Some(Scope::Neutral) {
                neutral.insert(k, v);
            } else {
                texts.insert(k, v);
            }
        }
        let weight = match neutral.get("weight") {
            Some(Value::Int(w)) => *w,
            _ => 0,
        };
        if matches!(texts.get("draft"), Some(Value::Bool(true))) {
            let (s, e) = source.front.locate(&["draft"]);
            diagnostics.push(
                Diagnostic::error_at(&source.source, s, e, "the source-language file cannot be a draft")
                    .with_hint("`draft: true` keeps a translation unpublished; a page not ready to publish stays out of `content/`"),
            );
        }
        if let Some(i) = source.body().find(crate::scaffold::PLACEHOLDER) {
            let at = source.body_start + i;
            diagnostics.push(
                Diagnostic::warning_at(
                    &source.source,
                    at,
                    at + crate::scaffold::PLACEHOLDER.len(),
                    "the page still has the placeholder text of `wegweiser new`",
                )
                .with_hint("write the page's text here"),
            );
        }
        let mut versions = BTreeMap::new();
        let mut drafts = std::collections::BTreeSet::new();
        for t in translations {
            let mut source_texts = texts.clone();
            source_texts.extend(neutral.clone());
            let tt = kinds.check(
                &t.front,
                &t.fields,
                &kind,
                Some((&source_texts, &source.source.name)),
                &tags,
                diagnostics,
            );
            if matches!(tt.get("draft"), Some(Value::Bool(true))) {
                drafts.insert(t.lang.clone());
                continue;
            }
            if t.body().trim().len() > 40 && t.body().trim() == source.body().trim() {
                let at = t.body_start + (t.body().len() - t.body().trim_start().len());
                diagnostics.push(
                    Diagnostic::warning_at(
                        &t.source,
                        at,
                        at,
                        format!("this translation's text is the `{}` text, unchanged", config.source_language),
                    )
                    .with_hint("translate it; until then, `draft: true` in its front matter keeps it unpublished and readers get the fallback"),
                );
            }
            versions.insert(t.lang.clone(), Version { doc: t, texts: tt });
        }
        versions.insert(
            config.source_language.clone(),
            Version { doc: source, texts },
        );
        let is_section = id == "_index" || id.ends_with("/_index");
        pages.push(Page {
            path: path_of(&id),
            // `ids` is sorted (the keys of a BTreeMap).
            parent: parent_of(&id, &|c| {
                ids.binary_search_by(|i| i.as_str().cmp(c)).is_ok()
            }),
            is_section,
            kind: if is_section { "section".into() } else { kind },
            weight,
            neutral,
            versions,
            drafts,
            id,
            source_hash: std::sync::OnceLock::new(),
        });
    }
    let index = pages
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.clone(), i))
        .collect();
    let site = Site {
        config,
        kinds,
        pages,
        index,
        broken,
    };
    check_references(&site, diagnostics);
    check_paths(&site, diagnostics);
    site
}

/// Two files that would be the same page (`a.de.md` and `a/_index.de.md`), and a page where
/// the sign maker is (`signs.de.md`), are errors: one would silently replace the other.
fn check_paths(site: &Site, diagnostics: &mut Vec<Diagnostic>) {
    let source = |p: &Page| p.source(&site.config).doc.source.name.clone();
    let mut by_path: BTreeMap<&str, &Page> = BTreeMap::new();
    for page in &site.pages {
        if page.path == "signs/" {
            diagnostics.push(
                Diagnostic::error_file(
                    source(page),
                    "this page would be at `/LANG/signs/`, where the sign maker is",
                )
                .with_hint(
                    "rename the file or put it into a section, e.g. `content/info/signs.de.md`",
                ),
            );
        }
        if let Some(other) = by_path.insert(&page.path, page) {
            let (first, second) = (source(other), source(page));
            diagnostics.push(
                Diagnostic::error_file(
                    second.clone(),
                    format!("`{second}` and `{first}` are both the page at `/LANG/{}`", page.path),
                )
                .with_hint("keep one of them: a section is `NAME/_index.LANG.md`, a page without pages below it `NAME.LANG.md`"),
            );
        }
    }
}

/// A field that names a page (`venue: behoerden/jobcenter`) must name one that exists.
fn check_references(site: &Site, diagnostics: &mut Vec<Diagnostic>) {
    let none = Fields::new();
    for page in &site.pages {
        for (lang, version) in &page.versions {
            // The neutral fields are the source file's.
            let neutral = match *lang == site.config.source_language {
                true => &page.neutral,
                false => &none,
            };
            for (key, value) in neutral.iter().chain(&version.texts) {
                let Value::Page(id) = value else { continue };
                if site.page(id).is_some() || site.is_unreadable(id) {
                    continue;
                }
                let front = &version.doc.front;
                let (s, e) = front.locate_value(&[key]);
                let near = closest(id, site.pages.iter().map(|p| p.id.as_str()))
                    .map(|n| format!("did you mean `{n}`? "))
                    .unwrap_or_default();
                diagnostics.push(
                    Diagnostic::error_at(
                        &front.source,
                        s,
                        e,
                        format!(
                            "`{key}` leads to no page: there is no `content/{id}.{}.md`",
                            site.config.source_language
                        ),
                    )
                    .with_hint(format!(
                        "{near}give the page's path below `content/`, like `behoerden/jobcenter`"
                    )),
                );
            }
        }
    }
}

/// A relative URL from one output folder to another: `ar/a/b/` → `ar/c/` is `../../c/`.
pub fn relative(from_dir: &str, to: &str) -> String {
    let from: Vec<&str> = from_dir.split('/').filter(|s| !s.is_empty()).collect();
    let to_parts: Vec<&str> = to.split('/').filter(|s| !s.is_empty()).collect();
    let common = from
        .iter()
        .zip(&to_parts)
        .take_while(|(a, b)| a == b)
        .count();
    let mut out = "../".repeat(from.len() - common);
    out.push_str(&to_parts[common..].join("/"));
    if to.ends_with('/') && common < to_parts.len() {
        out.push('/');
    }
    if out.is_empty() {
        out.push_str("./");
    }
    out
}

/// `%C3%9F` → `ß`; `None` when an escape is malformed or the bytes are not UTF-8.
pub fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = bytes.get(i + 1..i + 3)?;
            let hex = std::str::from_utf8(hex).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_urls() {
        assert_eq!(
            relative("ar/behoerden/jobcenter/", "ar/behoerden/agentur/"),
            "../agentur/"
        );
        assert_eq!(
            relative("ar/behoerden/jobcenter/", "de/behoerden/jobcenter/"),
            "../../../de/behoerden/jobcenter/"
        );
        assert_eq!(relative("ar/", "ar/"), "./");
        assert_eq!(relative("", "ar/"), "ar/");
        assert_eq!(
            relative("ar/kita/", "theme/style.css"),
            "../../theme/style.css"
        );
    }

    #[test]
    fn paths_and_parents() {
        assert_eq!(path_of("_index"), "");
        assert_eq!(path_of("behoerden/_index"), "behoerden/");
        assert_eq!(path_of("behoerden/jobcenter"), "behoerden/jobcenter/");
        let exists = |id: &str| id == "behoerden/_index";
        assert_eq!(
            parent_of("behoerden/jobcenter", &exists).as_deref(),
            Some("behoerden/_index")
        );
        assert_eq!(
            parent_of("behoerden/_index", &exists).as_deref(),
            Some("_index")
        );
        assert_eq!(parent_of("impressum", &exists).as_deref(), Some("_index"));
        assert_eq!(parent_of("x/y", &exists).as_deref(), Some("_index"));
    }
}
