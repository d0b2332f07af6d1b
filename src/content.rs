//! The content walk: every `NAME.LANG.md` under `content/`, split into YAML front matter and
//! Markdown body.
//!
//! Owns: finding content files in a stable order, naming them (page id + language), reading
//! them safely (UTF-8, BOM, CRLF), and splitting the front matter off. Must not: interpret
//! fields (that is `kinds`) or Markdown (that is `markdown`).

use crate::config::Config;
use crate::diagnostic::{Diagnostic, closest};
use crate::source::{Source, SourceFile, display_name};
use crate::yaml::Yaml;
use std::collections::BTreeSet;
use std::path::Path;

/// Files larger than this are not read: content is text written by people.
const MAX_FILE_BYTES: u64 = 8 * 1024 * 1024;

/// One content file: a page in one language.
#[derive(Debug, Clone)]
pub struct Document {
    pub source: Source,
    /// The page's identity, shared by all its languages: `behoerden/jobcenter`,
    /// `behoerden/_index`, `_index`.
    pub id: String,
    pub lang: String,
    pub front: Yaml,
    pub fields: serde_yaml::Mapping,
    /// Byte offset where the Markdown body starts.
    pub body_start: usize,
}

impl Document {
    pub fn body(&self) -> &str {
        &self.source.text[self.body_start..]
    }
}

/// Every content file that could be read, and the ids of the pages whose source-language
/// file could not (its problem is reported; what points to the page says nothing more).
pub struct Documents {
    pub docs: Vec<Document>,
    /// Every file that could not be read, as (id, language).
    pub broken: BTreeSet<(String, String)>,
}

/// Reads every content file. Files with problems are reported and left out.
pub fn load(root: &Path, config: &Config, diagnostics: &mut Vec<Diagnostic>) -> Documents {
    let content = root.join("content");
    let mut docs = Documents {
        docs: Vec::new(),
        broken: BTreeSet::new(),
    };
    if !content.is_dir() {
        diagnostics.push(
            Diagnostic::error_file("content", "the site has no `content/` folder")
                .with_hint("create `content/_index.de.md` (the home page in the source language)"),
        );
        return docs;
    }
    let walk = walkdir::WalkDir::new(&content)
        .sort_by_file_name()
        .follow_links(false)
        .into_iter()
        .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
    let mut files = Vec::new();
    for entry in walk {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let name = e.path().map(|p| display_name(root, p)).unwrap_or_default();
                diagnostics.push(Diagnostic::error_file(name, format!("cannot read: {e}")));
                continue;
            }
        };
        let path = entry.path();
        let name = display_name(root, path);
        if entry.path_is_symlink() {
            diagnostics.push(
                Diagnostic::error_file(name, "content files must not be symbolic links")
                    .with_hint("copy the file into `content/` instead of linking to it"),
            );
            continue;
        }
        if !entry.file_type().is_file() || path.extension().is_none_or(|e| e != "md") {
            continue;
        }
        let Some((id, lang)) = identify(&content, path, config, &name, diagnostics) else {
            continue;
        };
        files.push((path.to_path_buf(), name, id, lang));
    }
    // Reading and parsing in parallel: most of the time of a large site's rebuild.
    use rayon::prelude::*;
    // A file read, or the (id, language) of one that could not be.
    type Read = Result<Document, (String, String)>;
    let parsed: Vec<(Read, Vec<Diagnostic>)> = files
        .into_par_iter()
        .map(|(path, name, id, lang)| {
            let mut ds = Vec::new();
            let failed = (id.clone(), lang.clone());
            let doc = read(&path, &name, &mut ds)
                .and_then(|s| split(s, id, lang, &mut ds))
                .ok_or(failed);
            (doc, ds)
        })
        .collect();
    for (doc, ds) in parsed {
        match doc {
            Ok(doc) => docs.docs.push(doc),
            Err(file) => {
                docs.broken.insert(file);
            }
        }
        diagnostics.extend(ds);
    }
    docs
}

/// `content/behoerden/jobcenter.ar.md` → (`behoerden/jobcenter`, `ar`).
fn identify(
    content: &Path,
    path: &Path,
    config: &Config,
    name: &str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<(String, String)> {
    let rel = display_name(content, path);
    let stem = rel.strip_suffix(".md")?;
    let Some((id, lang)) = stem.rsplit_once('.').filter(|(id, _)| !id.ends_with('/')) else {
        diagnostics.push(
            Diagnostic::error_file(name, "the file name does not say its language").with_hint(
                format!(
                    "name content files NAME.LANG.md, e.g. `{}.{}.md`",
                    stem, config.source_language
                ),
            ),
        );
        return None;
    };
    if config.language(lang).is_none() {
        let mut d = Diagnostic::error_file(
            name,
            format!("`{lang}` in the file name is not a language of this site"),
        );
        d = match closest(lang, config.tags()) {
            Some(near) => d.with_hint(format!(
                "did you mean `{near}`? The languages in site.yaml are: {}",
                config.tags().collect::<Vec<_>>().join(", ")
            )),
            None => d.with_hint(format!(
                "the languages in site.yaml are: {}; add `{lang}` there to publish this file",
                config.tags().collect::<Vec<_>>().join(", ")
            )),
        };
        diagnostics.push(d);
        return None;
    }
    if id.contains('.') || id.split('/').any(|p| p.is_empty()) {
        diagnostics.push(
            Diagnostic::error_file(
                name,
                "a content file name may hold only one dot before the language",
            )
            .with_hint("use hyphens inside names: `kita-anmeldung.de.md`"),
        );
        return None;
    }
    Some((id.to_string(), lang.to_string()))
}

/// Reads a user's text file, with a diagnostic for what makes it unreadable.
pub fn read(path: &Path, name: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<Source> {
    match std::fs::metadata(path) {
        Ok(m) if m.len() > MAX_FILE_BYTES => {
            diagnostics.push(
                Diagnostic::error_file(
                    name,
                    format!("the file is too large ({} MB)", m.len() / 1_000_000),
                )
                .with_hint("content files are text; put large files such as PDFs into `static/`"),
            );
            return None;
        }
        Err(e) => {
            diagnostics.push(Diagnostic::error_file(
                name,
                format!("cannot read the file: {e}"),
            ));
            return None;
        }
        Ok(_) => {}
    }
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            diagnostics.push(Diagnostic::error_file(
                name,
                format!("cannot read the file: {e}"),
            ));
            return None;
        }
    };
    match String::from_utf8(bytes) {
        Ok(text) => Some(SourceFile::new(name, path, text)),
        Err(e) => {
            let valid = e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let prefix = String::from_utf8_lossy(&bytes[..valid]).into_owned();
            let line = prefix.matches('\n').count() + 1;
            let col = prefix.rsplit('\n').next().unwrap_or("").chars().count() + 1;
            let mut d = Diagnostic::error_file(name, "the file is not UTF-8 text");
            d.line = line;
            d.col = col;
            diagnostics.push(d.with_hint(
                "save the file as UTF-8 (most editors offer it under \"Save as\" or \"Encoding\")",
            ));
            None
        }
    }
}

/// Splits the text of a file that is not on disk (an old version from git history, a fuzz
/// input) into front matter and body.
pub fn split_for_status(source: Source, diagnostics: &mut Vec<Diagnostic>) -> Option<Document> {
    split(source, String::new(), String::new(), diagnostics)
}

/// Splits `---\nYAML\n---\nbody`.
fn split(
    source: Source,
    id: String,
    lang: String,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Document> {
    let text = &source.text;
    if text.trim().is_empty() {
        diagnostics.push(
            Diagnostic::error_file(&source.name, "the file is empty").with_hint(
                "a page starts with front matter: `---`, `title: …`, `---`, then its text",
            ),
        );
        return None;
    }
    let first_line_end = text.find('\n').map_or(text.len(), |i| i + 1);
    if text[..first_line_end].trim_end() != "---" {
        diagnostics.push(
            Diagnostic::error_at(
                &source,
                0,
                first_line_end.saturating_sub(1),
                "the file does not start with front matter",
            )
            .with_hint(
                "begin the file with a line `---`, the fields (`title: …`), and another line `---`",
            ),
        );
        return None;
    }
    let yaml_start = first_line_end;
    let mut offset = yaml_start;
    let mut close = None;
    for line in text[yaml_start..].split_inclusive('\n') {
        if line.trim_end() == "---" {
            close = Some((offset, offset + line.len()));
            break;
        }
        offset += line.len();
    }
    let Some((yaml_end, body_start)) = close else {
        diagnostics.push(
            Diagnostic::error_at(&source, 0, 3, "the front matter is never closed")
                .with_hint("end the fields with a line that holds only `---`"),
        );
        return None;
    };
    let front = Yaml {
        source: source.clone(),
        start: yaml_start,
        end: yaml_end,
    };
    let fields = match front.parse() {
        Ok(serde_yaml::Value::Mapping(m)) => m,
        Ok(other) => {
            diagnostics.push(Diagnostic::error_at(
                &source,
                yaml_start,
                yaml_start,
                format!(
                    "the front matter must be fields (`title: …`), not {}",
                    crate::yaml::type_name(&other)
                ),
            ));
            return None;
        }
        Err(d) => {
            diagnostics.push(d);
            return None;
        }
    };
    Some(Document {
        source,
        id,
        lang,
        front,
        fields,
        body_start,
    })
}
