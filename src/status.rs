//! `wegweiser status`: per language, how many pages are up to date, outdated, missing or
//! machine-translated, which UI strings are missing or obsolete, and what to do next.
//!
//! Owns: the status report (as plain text and as stable JSON, documented in README.md) and
//! the git look-up of the source text a translation was made from. Must not: write content.

use crate::config::Config;
use crate::i18n::Strings;
use crate::site::{Page, Site};
use crate::translation::{self, State};
use serde::Serialize;
use std::collections::BTreeSet;
use std::path::Path;

#[derive(Debug, Serialize)]
pub struct Report {
    /// Format version of this JSON; raised on incompatible changes.
    pub version: u32,
    pub source_language: String,
    pub languages: Vec<LanguageStatus>,
}

#[derive(Debug, Serialize)]
pub struct LanguageStatus {
    pub tag: String,
    pub name: String,
    pub pages: Counts,
    /// Share of pages up to date, in percent (rounded down).
    pub percent: u32,
    pub strings: StringStatus,
    /// Pages needing work, most important first.
    pub todo: Vec<PageTodo>,
}

#[derive(Debug, Default, Serialize)]
pub struct Counts {
    pub total: usize,
    pub up_to_date: usize,
    pub outdated: usize,
    pub missing: usize,
    pub machine: usize,
}

#[derive(Debug, Default, Serialize)]
pub struct StringStatus {
    /// Messages of the source language this language lacks (a fallback is shown).
    pub missing: Vec<String>,
    /// Messages this language defines that the source language does not.
    pub obsolete: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct PageTodo {
    /// The page's path below content/, e.g. `behoerden/jobcenter`.
    pub page: String,
    /// `missing`, `draft`, `errors` (the file has errors), `outdated` or `machine`.
    pub state: &'static str,
    /// The source file.
    pub source: String,
    /// The translation file (to create, when missing).
    pub file: String,
    /// The source's `updated` date, if any.
    pub source_updated: Option<String>,
}

/// Sections by weight (the home first), then pages by weight: the order in which readers
/// meet them, the best guess of what is read most without analytics.
fn reading_order(site: &Site) -> Vec<&Page> {
    fn visit<'a>(site: &'a Site, id: &str, out: &mut Vec<&'a Page>) {
        let Some(p) = site.page(id) else { return };
        out.push(p);
        for c in site.children(id) {
            if c.is_section {
                visit(site, &c.id, out);
            } else {
                out.push(c);
            }
        }
    }
    let mut out = Vec::new();
    visit(site, "_index", &mut out);
    for p in &site.pages {
        if !out.iter().any(|o| o.id == p.id) {
            out.push(p);
        }
    }
    out
}

pub fn report(site: &Site, strings: &Strings) -> Report {
    let config = &site.config;
    let order = reading_order(site);
    let source_ids: BTreeSet<String> = strings.ids(&config.source_language);
    let languages = config
        .languages
        .iter()
        .filter(|l| l.tag != config.source_language)
        .map(|l| {
            let mut counts = Counts {
                total: site.pages.len(),
                ..Counts::default()
            };
            let mut todo = Vec::new();
            for page in &order {
                let machine = translation::is_machine(page, &l.tag);
                let (class, label) = label(site, page, &l.tag);
                match class {
                    "missing" => counts.missing += 1,
                    "outdated" => counts.outdated += 1,
                    _ => counts.up_to_date += 1,
                }
                let label = (class != "ok").then_some(label);
                if machine {
                    counts.machine += 1;
                }
                if let Some(state) = label {
                    todo.push(PageTodo {
                        page: page.id.clone(),
                        state,
                        source: page.source(config).doc.source.name.clone(),
                        file: format!("content/{}.{}.md", page.id, l.tag),
                        source_updated: page.source(config).text("updated").map(String::from),
                    });
                }
            }
            let own: BTreeSet<String> = strings.ids(&l.tag);
            let percent = (counts.up_to_date * 100)
                .checked_div(counts.total)
                .unwrap_or(100) as u32;
            LanguageStatus {
                tag: l.tag.clone(),
                name: l.name.clone(),
                pages: counts,
                percent,
                strings: StringStatus {
                    // A variant (`de-x-ls`) words only some strings differently.
                    missing: if config.is_variant(&l.tag) {
                        vec![]
                    } else {
                        source_ids.difference(&own).cloned().collect()
                    },
                    obsolete: own.difference(&source_ids).cloned().collect(),
                },
                todo,
            }
        })
        .collect();
    Report {
        version: 1,
        source_language: config.source_language.clone(),
        languages,
    }
}

/// The report as a table for people.
pub fn text(report: &Report, lang: Option<&str>) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<10} {:>10} {:>9} {:>8} {:>8} {:>6}   UI strings missing / obsolete",
        "language", "up to date", "outdated", "missing", "machine", "done"
    );
    for l in &report.languages {
        let _ = writeln!(
            out,
            "{:<10} {:>10} {:>9} {:>8} {:>8} {:>5}%   {} / {}",
            l.tag,
            l.pages.up_to_date,
            l.pages.outdated,
            l.pages.missing,
            l.pages.machine,
            l.percent,
            l.strings.missing.len(),
            l.strings.obsolete.len()
        );
    }
    if let Some(tag) = lang {
        for l in report.languages.iter().filter(|l| l.tag == tag) {
            let _ = writeln!(out, "\nTo do for {} ({}), in reading order:", l.name, l.tag);
            if l.todo.is_empty() {
                let _ = writeln!(out, "  nothing: every page is translated and up to date");
            }
            for t in &l.todo {
                let what = match t.state {
                    "missing" => format!("translate: wegweiser translate {} {}", l.tag, t.page),
                    "outdated" => format!(
                        "update {} (see: wegweiser status --lang {} --diff {})",
                        t.file, l.tag, t.page
                    ),
                    "draft" => format!("finish {}, then remove its line `draft: true`", t.file),
                    "errors" => {
                        format!("fix the errors in {} (wegweiser check shows them)", t.file)
                    }
                    _ => format!("review the machine translation {}", t.file),
                };
                let _ = writeln!(out, "  {:<9} {:<40} {what}", t.state, t.page);
            }
            for m in &l.strings.missing {
                let _ = writeln!(
                    out,
                    "  string    {m:<40} missing in translations/{}.ftl",
                    l.tag
                );
            }
            for m in &l.strings.obsolete {
                let _ = writeln!(
                    out,
                    "  string    {m:<40} obsolete: not in the source language"
                );
            }
        }
    }
    out
}

/// How a translation of `page` into `lang` stands, for the to-do list and the dashboard: its
/// class (`missing`, `outdated`, `machine` or `ok`) and its label (`errors`, `missing`,
/// `draft`, `outdated`, `machine`, `up to date`).
fn label(site: &Site, page: &Page, lang: &str) -> (&'static str, &'static str) {
    match translation::state(page, site, lang) {
        State::Missing if site.has_broken_file(&page.id, lang) => ("missing", "errors"),
        State::Missing => ("missing", "missing"),
        State::Draft => ("missing", "draft"),
        State::Outdated { .. } => ("outdated", "outdated"),
        _ if translation::is_machine(page, lang) => ("machine", "machine"),
        _ => ("ok", "up to date"),
    }
}

/// What changed in the source of `page` since the translation into `lang` was made, as a
/// unified diff from git history.
pub fn diff(root: &Path, site: &Site, lang: &str, page_id: &str) -> Result<String, String> {
    let config: &Config = &site.config;
    let id = page_id.trim_matches('/').trim_end_matches(".md");
    let page = site.page(id).ok_or_else(|| {
        format!(
            "there is no page `{id}` (content/{id}.{}.md)",
            config.source_language
        )
    })?;
    let made_from = match translation::state(page, site, lang) {
        State::Outdated {
            made_from: Some(h), ..
        } => h,
        State::Outdated {
            made_from: None, ..
        } => {
            return Err(format!(
                "content/{id}.{lang}.md records no `source_hash`, so the version it was made from is unknown"
            ));
        }
        State::UpToDate => {
            return Ok(format!(
                "content/{id}.{lang}.md is up to date with its source\n"
            ));
        }
        State::Missing => {
            return Err(format!(
                "there is no translation content/{id}.{lang}.md yet"
            ));
        }
        State::Draft => {
            return Err(format!(
                "content/{id}.{lang}.md is a draft (`draft: true`): it is published when that line is removed"
            ));
        }
        State::Source => return Err(format!("`{lang}` is the source language")),
    };
    let source_path = format!("content/{id}.{}.md", config.source_language);
    let git = |args: &[&str]| -> Result<String, String> {
        let out = std::process::Command::new("git")
            .args(args)
            .current_dir(root)
            .output()
            .map_err(|e| {
                format!("cannot run git: {e}; the diff needs git and the site in a git repository")
            })?;
        if !out.status.success() {
            return Err(format!(
                "git {} failed: {}",
                args.join(" "),
                String::from_utf8_lossy(&out.stderr).trim()
            ));
        }
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    };
    git(&["rev-parse", "--is-inside-work-tree"]).map_err(|_| "the site is not a git repository, so the version the translation was made from cannot be found; the diff needs the site's history in git".to_string())?;
    let commits = git(&["log", "--format=%H", "--", &source_path])?;
    for commit in commits.lines() {
        let Ok(old_text) = git(&["show", &format!("{commit}:{source_path}")]) else {
            continue;
        };
        if hash_of_text(&old_text, page, site).as_deref() == Some(made_from.as_str()) {
            let d = git(&["diff", "--no-color", commit, "--", &source_path])?;
            let short = &commit[..commit.len().min(10)];
            return Ok(format!(
                "The translation was made from {source_path} as of commit {short}. Changes since:\n\n{d}"
            ));
        }
    }
    Err(format!(
        "no version of {source_path} in git history has the hash {made_from} that content/{id}.{lang}.md was made from\n  = hint: the source may have been changed and saved without a commit in between, or the hash was edited by hand; compare the translation with the source as it is now (`git log -p -- {source_path}` shows its history), then `wegweiser stamp {lang} {id}`"
    ))
}

/// The source hash of an old version of a source file.
fn hash_of_text(text: &str, page: &Page, site: &Site) -> Option<String> {
    let config = &site.config;
    let source = crate::source::SourceFile::new("old", "old", text.to_string());
    let mut sink = Vec::new();
    let docs = crate::content::split_for_status(source, &mut sink)?;
    let kind = if page.is_section {
        "page"
    } else {
        page.kind.as_str()
    };
    let tags: Vec<&str> = config.tags().collect();
    let fields = site
        .kinds
        .check(&docs.front, &docs.fields, kind, None, &tags, &mut sink);
    Some(translation::source_hash(
        &site.kinds,
        kind,
        &fields,
        docs.body(),
    ))
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A self-contained HTML page for translators: pages × languages with their state, links to
/// the files, and the changes of outdated pages (from git, where the site is a repository).
/// Filtering by language works without JavaScript.
pub fn dashboard(report: &Report, site: &Site, root: &Path, dir: &Path) -> String {
    use std::fmt::Write;
    let config = &site.config;
    let rel_root = relative_path(dir, root);
    let langs: Vec<&LanguageStatus> = report.languages.iter().collect();
    let mut h = String::new();
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Translation status</title>\n<style>\n{}\n",
        DASHBOARD_CSS
    );
    for l in &langs {
        let t = esc(&l.tag);
        let _ = writeln!(
            h,
            "body:has(#only-{t}:checked) .lang:not(.l-{t}) {{ display: none; }}"
        );
    }
    h.push_str("</style>\n</head>\n<body>\n<main>\n<h1>Translation status</h1>\n");
    let _ = writeln!(
        h,
        "<p>Source language: <strong>{}</strong>. Pages: {}. Made by <code>wegweiser status --html</code>.</p>",
        esc(&report.source_language),
        site.pages.len()
    );
    h.push_str("<table class=\"summary\">\n<caption>Per language</caption>\n<thead><tr><th scope=\"col\">Language</th><th scope=\"col\">Up to date</th><th scope=\"col\">Outdated</th><th scope=\"col\">Missing</th><th scope=\"col\">Machine</th><th scope=\"col\">Done</th><th scope=\"col\">UI strings missing</th></tr></thead>\n<tbody>\n");
    for l in &langs {
        let _ = writeln!(
            h,
            "<tr class=\"lang l-{}\"><th scope=\"row\"><span lang=\"{}\">{}</span> ({})</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td><meter min=\"0\" max=\"100\" value=\"{}\"></meter> {}%</td><td>{}</td></tr>",
            esc(&l.tag),
            esc(&l.tag),
            esc(&l.name),
            esc(&l.tag),
            l.pages.up_to_date,
            l.pages.outdated,
            l.pages.missing,
            l.pages.machine,
            l.percent,
            l.percent,
            l.strings.missing.len()
        );
    }
    h.push_str("</tbody>\n</table>\n<fieldset class=\"filter\">\n<legend>Show one language</legend>\n<label><input type=\"radio\" name=\"only\" id=\"only-all\" checked> all</label>\n");
    for l in &langs {
        let _ = writeln!(
            h,
            "<label><input type=\"radio\" name=\"only\" id=\"only-{}\"> <span lang=\"{}\">{}</span></label>",
            esc(&l.tag),
            esc(&l.tag),
            esc(&l.name)
        );
    }
    h.push_str("</fieldset>\n<table class=\"grid\">\n<caption>Pages</caption>\n<thead><tr><th scope=\"col\">Page</th>");
    for l in &langs {
        let _ = write!(
            h,
            "<th scope=\"col\" class=\"lang l-{}\">{}</th>",
            esc(&l.tag),
            esc(&l.tag)
        );
    }
    h.push_str("</tr></thead>\n<tbody>\n");
    let mut diffs = String::new();
    for page in reading_order(site) {
        let source_file = format!(
            "{rel_root}content/{}.{}.md",
            page.id, config.source_language
        );
        let _ = write!(
            h,
            "<tr><th scope=\"row\"><a href=\"{}\">{}</a></th>",
            esc(&source_file),
            esc(&page.id)
        );
        for l in &langs {
            let file = format!("{rel_root}content/{}.{}.md", page.id, l.tag);
            let (class, label) = label(site, page, &l.tag);
            let mut cell = match class {
                "missing" => format!("<span class=\"s-{class}\">{label}</span>"),
                _ => format!("<a class=\"s-{class}\" href=\"{}\">{label}</a>", esc(&file)),
            };
            if class == "outdated" {
                let anchor = format!("diff-{}-{}", l.tag, page.id.replace('/', "-"));
                let text = diff(root, site, &l.tag, &page.id).unwrap_or_else(|e| e);
                let _ = write!(
                    diffs,
                    "<section id=\"{}\" class=\"lang l-{}\">\n<h3>{} — {}</h3>\n<pre>{}</pre>\n</section>\n",
                    esc(&anchor),
                    esc(&l.tag),
                    esc(&page.id),
                    esc(&l.tag),
                    esc(&text)
                );
                let _ = write!(cell, " <a href=\"#{}\">what changed</a>", esc(&anchor));
            }
            let _ = write!(h, "<td class=\"lang l-{}\">{cell}</td>", esc(&l.tag));
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody>\n</table>\n");
    if !diffs.is_empty() {
        h.push_str("<h2>What changed in the source since the translation</h2>\n");
        h.push_str(&diffs);
    }
    h.push_str("</main>\n</body>\n</html>\n");
    h
}

/// `root` relative to `dir`, ending with `/` (or empty), for links from the dashboard.
fn relative_path(dir: &Path, root: &Path) -> String {
    let abs = |p: &Path| p.canonicalize().unwrap_or_else(|_| p.to_path_buf());
    let (dir, root) = (abs(dir), abs(root));
    let d: Vec<_> = dir.components().collect();
    let r: Vec<_> = root.components().collect();
    let common = d.iter().zip(&r).take_while(|(a, b)| a == b).count();
    let mut out = "../".repeat(d.len() - common);
    for c in &r[common..] {
        out.push_str(&c.as_os_str().to_string_lossy());
        out.push('/');
    }
    out
}

const DASHBOARD_CSS: &str = "body { font: 16px/1.5 system-ui, sans-serif; color: #0b0c0c; margin: 0; }
main { padding: 1rem 1.5rem; }
table { border-collapse: collapse; margin-block: 1rem; }
th, td { border: 1px solid #b1b4b6; padding: 0.25rem 0.5rem; text-align: start; white-space: nowrap; }
caption { text-align: start; font-weight: 700; padding-block: 0.5rem; }
.s-ok { color: #00703c; }
.s-outdated { color: #8a3800; font-weight: 700; }
.s-missing { color: #b00020; }
.s-machine { color: #4c2c92; }
pre { background: #f3f2f1; padding: 0.75rem; overflow-x: auto; }
a:focus-visible, input:focus-visible { outline: 3px solid #fd0; box-shadow: 0 0 0 5px #0b0c0c; }
fieldset { border: 1px solid #b1b4b6; }
label { margin-inline-end: 1rem; }";
