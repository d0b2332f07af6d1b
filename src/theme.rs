//! A theme's files: from `themes/NAME/` in the site, or, for `default`, the copy built into
//! wegweiser when the site has none.
//!
//! Owns: finding the theme and listing its files in a stable order. Must not: parse them.

use crate::content;
use crate::diagnostic::Diagnostic;
use crate::source::{Source, SourceFile, display_name};
use std::path::Path;

include!(concat!(env!("OUT_DIR"), "/default_theme.rs"));

pub struct Theme {
    /// Relative path in the theme (`templates/base.html`) → contents.
    files: Vec<(String, Vec<u8>)>,
    /// How messages name the theme's files: `themes/default/` or `<built-in default theme>/`.
    prefix: String,
}

impl Theme {
    /// The theme `site.yaml` names; a theme that does not exist is reported at its value.
    pub fn of_site(
        root: &Path,
        config: &crate::config::Config,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<Theme> {
        Theme::load_or(root, &config.theme, diagnostics, |message| {
            config.error_at(&["theme"], message)
        })
    }

    /// The theme `name`; one that does not exist is reported at `site.yaml` as a whole.
    pub fn load(root: &Path, name: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<Theme> {
        Theme::load_or(root, name, diagnostics, |message| {
            Diagnostic::error_file("site.yaml", message)
        })
    }

    /// The theme `name`; `missing` makes the error when it does not exist.
    fn load_or(
        root: &Path,
        name: &str,
        diagnostics: &mut Vec<Diagnostic>,
        missing: impl FnOnce(String) -> Diagnostic,
    ) -> Option<Theme> {
        let dir = root.join("themes").join(name);
        if dir.is_dir() {
            let mut files = Vec::new();
            for entry in walkdir::WalkDir::new(&dir)
                .sort_by_file_name()
                .follow_links(false)
            {
                let Ok(entry) = entry else { continue };
                let file_name = entry.file_name().to_string_lossy();
                if entry.path_is_symlink() {
                    diagnostics.push(Diagnostic::error_file(
                        display_name(root, entry.path()),
                        "theme files must not be symbolic links",
                    ));
                    continue;
                }
                if !entry.file_type().is_file()
                    || file_name.starts_with('.')
                    || (entry.depth() == 1 && file_name == "README.md")
                {
                    continue;
                }
                match std::fs::read(entry.path()) {
                    Ok(bytes) => files.push((display_name(&dir, entry.path()), bytes)),
                    Err(e) => diagnostics.push(Diagnostic::error_file(
                        display_name(root, entry.path()),
                        format!("cannot read: {e}"),
                    )),
                }
            }
            return Some(Theme {
                files,
                prefix: format!("themes/{name}/"),
            });
        }
        if name == "default" {
            let files = DEFAULT_THEME
                .iter()
                .map(|(p, b)| (p.to_string(), b.to_vec()))
                .collect();
            return Some(Theme {
                files,
                prefix: "<built-in default theme>/".into(),
            });
        }
        diagnostics.push(
            missing(format!(
                "the theme `{name}` does not exist: there is no `themes/{name}/`"
            ))
            .with_hint("use `theme: default`, or copy a theme into `themes/`"),
        );
        None
    }

    /// Files under `folder/` (`templates`, `static`), with paths relative to it.
    pub fn files_in<'a>(&'a self, folder: &'a str) -> impl Iterator<Item = (&'a str, &'a [u8])> {
        self.files.iter().filter_map(move |(p, b)| {
            p.strip_prefix(folder)
                .and_then(|r| r.strip_prefix('/'))
                .map(|r| (r, b.as_slice()))
        })
    }

    /// A theme file under `folder/` as text for messages, or a diagnostic if it is not UTF-8.
    pub fn text(
        &self,
        folder: &str,
        rel: &str,
        diagnostics: &mut Vec<Diagnostic>,
    ) -> Option<Source> {
        self.file(&format!("{folder}/{rel}"), diagnostics)
    }

    /// The theme file at `path` (`kinds.yaml`, `templates/base.html`) as text for messages;
    /// `None` when the theme has none, or a diagnostic if it is not UTF-8.
    pub fn file(&self, path: &str, diagnostics: &mut Vec<Diagnostic>) -> Option<Source> {
        let (_, bytes) = self.files.iter().find(|(p, _)| p == path)?;
        let name = format!("{}{path}", self.prefix);
        match String::from_utf8(bytes.clone()) {
            Ok(text) => Some(SourceFile::new(name, path, text)),
            Err(_) => {
                diagnostics.push(Diagnostic::error_file(name, "the file is not UTF-8 text"));
                None
            }
        }
    }
}

/// A site file as text (for the site's own templates and strings).
pub fn site_text(root: &Path, path: &Path, diagnostics: &mut Vec<Diagnostic>) -> Option<Source> {
    content::read(path, &display_name(root, path), diagnostics)
}
