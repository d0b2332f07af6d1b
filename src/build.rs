//! The pipeline from a site folder to output, shared by every command:
//! config → documents → strings, templates and kinds of page → site model → rendered output.
//!
//! Owns: the order of the stages and collecting their diagnostics. Must not: print or write;
//! the commands decide what to do with the result.

use crate::config::{self, Config};
use crate::content;
use crate::diagnostic::{self, Diagnostic};
use crate::i18n::Strings;
use crate::kinds;
use crate::render::{self, Output};
use crate::site::{self, Site};
use crate::source::display_name;
use crate::templates;
use crate::theme::Theme;
use std::path::Path;
use std::sync::Arc;

pub struct Built {
    pub site: Option<Site>,
    pub strings: Option<Arc<Strings>>,
    pub output: Output,
    /// Sorted; the output is only to be used when none is an error.
    pub diagnostics: Vec<Diagnostic>,
    /// What is still to be rendered when the build was asked to leave the sign maker for
    /// later (`Earlier::signs_later`).
    pub later: Option<Later>,
}

impl Built {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// The sign maker of a build, left for later: the dev server shows the changed page before
/// it renders the sign maker's pages, which show every office, Kita and signpost.
pub struct Later {
    templates: templates::Templates,
}

impl Later {
    /// The sign maker's files of `site` (the site of the build that left them) and the
    /// problems found rendering them.
    pub fn render(self, site: &Site) -> (Output, Vec<Diagnostic>) {
        let mut output = Output::new();
        let mut diagnostics = vec![];
        crate::print::render_signmaker(site, &self.templates, &mut output, &mut diagnostics);
        (output, diagnostics)
    }
}

/// Reads `site.yaml`: a config, also when it has problems the rest of the site can be
/// checked with (see `config::load`).
pub fn load_config(root: &Path, diagnostics: &mut Vec<Diagnostic>) -> Option<Config> {
    let path = root.join("site.yaml");
    if !path.is_file() {
        diagnostics.push(
            Diagnostic::error_file(
                "site.yaml",
                format!("there is no site.yaml in `{}`", root.display()),
            )
            .with_hint("run wegweiser in the site's folder, or give it with --root DIR"),
        );
        return None;
    }
    let source = content::read(&path, &display_name(root, &path), diagnostics)?;
    let (config, problems) = config::load(&source);
    diagnostics.extend(problems);
    config
}

/// With `WEGWEISER_TIMINGS` set, how long each stage took goes to stderr (for bench/).
pub(crate) struct Timings(Option<std::time::Instant>);

impl Timings {
    pub(crate) fn new() -> Timings {
        Timings(std::env::var_os("WEGWEISER_TIMINGS").map(|_| std::time::Instant::now()))
    }
    /// Prints the time since the last lap (or the start) under the name of the stage.
    pub(crate) fn lap(&mut self, stage: &str) {
        if let Some(t) = &mut self.0 {
            eprintln!("timing: {stage:<12} {:>8.3} s", t.elapsed().as_secs_f64());
            *t = std::time::Instant::now();
        }
    }
}

/// Runs the whole pipeline in memory.
pub fn build(root: &Path) -> Built {
    build_observed(root, &crate::progress::Quiet)
}

/// `build`, telling `observer` how far it got (for a progress bar).
pub fn build_observed(root: &Path, observer: &dyn crate::progress::Observer) -> Built {
    build_reusing(root, observer, None)
}

/// What a rebuild may take from the build before it.
pub struct Earlier<'a> {
    pub output: &'a Output,
    /// Where the earlier sign maker files are, when not in `output` (it left them for later).
    pub signs: Option<&'a Output>,
    /// What must be rendered again, given the new site model.
    pub plan: Plan<'a>,
    /// Whether to leave a sign maker that must be rendered again to `Built::later`.
    pub signs_later: bool,
}

/// What a rebuild must render again: the ids of the pages, and whether the sign maker pages
/// (which show the front matter of every office, Kita and signpost).
pub struct Rerender {
    pub pages: std::collections::BTreeSet<String>,
    /// Those of `pages` that are there only for their listing (a child's card changed, not
    /// the section itself, its breadcrumbs or its filters): their filtered views are rendered
    /// again only where they list a page of `pages`.
    pub listing_only: std::collections::BTreeSet<String>,
    pub signs: bool,
}

/// Given the new site model, what must be rendered again, or `None` for everything.
pub type Plan<'a> = &'a dyn Fn(&Site) -> Option<Rerender>;

/// `build_observed` that may take the files of unchanged pages from an earlier output, as
/// the plan says (the dev server's rebuilds; see `serve::incremental`).
pub fn build_reusing(
    root: &Path,
    observer: &dyn crate::progress::Observer,
    earlier: Option<Earlier>,
) -> Built {
    run(root, observer, earlier, true)
}

/// Reads and checks the site as `build` does, without rendering it: the site model and
/// strings for the commands that only read them (`status`, `translate`, `stamp`). The
/// problems only rendering finds (a broken template, a link to a missing page) are not
/// among the diagnostics.
pub fn load(root: &Path) -> Built {
    run(root, &crate::progress::Quiet, None, false)
}

fn run(
    root: &Path,
    observer: &dyn crate::progress::Observer,
    earlier: Option<Earlier>,
    render: bool,
) -> Built {
    let mut diagnostics = Vec::new();
    let mut timings = Timings::new();
    observer.stage("reading");
    let Some(config) = load_config(root, &mut diagnostics) else {
        return Built {
            strings: None,
            site: None,
            output: Output::new(),
            diagnostics,
            later: None,
        };
    };
    let languages = config.languages.len();
    observer.stage(&format!("reading, {languages} languages:"));
    let docs = content::load(root, &config, &mut diagnostics);
    timings.lap("content");
    let theme = Theme::of_site(root, &config, &mut diagnostics);
    let strings = theme
        .as_ref()
        .map(|theme| Arc::new(Strings::load(root, theme, &config, &mut diagnostics)));
    let templates = theme
        .as_ref()
        .zip(strings.clone())
        .and_then(|(theme, strings)| templates::load(root, theme, strings, &mut diagnostics));
    timings.lap("theme");
    let mut config = config;
    if let Some(strings) = &strings {
        name_holidays(&mut config, strings, &mut diagnostics);
    }
    let kinds = match &theme {
        Some(theme) => kinds::Kinds::load(theme, &mut diagnostics),
        None => kinds::Kinds::builtin(),
    };
    let site = site::assemble(config, kinds, docs, &mut diagnostics);
    timings.lap("assemble");
    check_site(&site, &mut diagnostics);
    timings.lap("check");
    let mut output = Output::new();
    let mut signs_later = false;
    if let Some(templates) = templates.as_ref().filter(|_| render) {
        observer.stage(&format!("rendering {languages} languages:"));
        let only = earlier
            .as_ref()
            .and_then(|earlier| Some((earlier, (earlier.plan)(&site)?)));
        let reuse = only.as_ref().map(|(earlier, again)| render::Reuse {
            render: &again.pages,
            listing_only: &again.listing_only,
            signs: match (again.signs, earlier.signs_later) {
                (false, _) => render::SignMaker::Keep(earlier.signs.unwrap_or(earlier.output)),
                (true, false) => render::SignMaker::Render,
                (true, true) => render::SignMaker::Later,
            },
            output: earlier.output,
        });
        signs_later = reuse
            .as_ref()
            .is_some_and(|r| matches!(r.signs, render::SignMaker::Later));
        let (out, ds) = render::render_reusing(&site, templates, observer, reuse.as_ref());
        output = out;
        diagnostics.extend(ds);
        if let Some(theme) = &theme {
            for (rel, bytes) in theme.files_in("static") {
                output
                    .entry(rel.to_string())
                    .or_insert_with(|| bytes.to_vec());
            }
        }
        copy_static(root, &root.join("static"), &mut output, &mut diagnostics);
        timings.lap("render");
    }
    diagnostic::sort(&mut diagnostics);
    Built {
        strings,
        site: Some(site),
        output,
        diagnostics,
        later: templates
            .filter(|_| signs_later)
            .map(|templates| Later { templates }),
    }
}

/// Every public holiday of the site's calendar needs a name (`holiday-ID`) in the source
/// language; one without is reported at site.yaml and left out of the lists.
fn name_holidays(config: &mut Config, strings: &Strings, diagnostics: &mut Vec<Diagnostic>) {
    let source = config.source_language.clone();
    for rule in &config.holidays {
        let id = format!("holiday-{}", rule.id);
        if strings.has(&source, &id) {
            continue;
        }
        let file = &config.file.source;
        let at = file
            .text
            .find(&format!("id: {}", rule.id))
            .map_or(0, |i| i + 4);
        diagnostics.push(
            Diagnostic::error_at(
                file,
                at,
                at + rule.id.len(),
                format!("the public holiday `{}` has no name", rule.id),
            )
            .with_hint(format!(
                "add `{id} = …` to translations/{source}.ftl and to the other languages' files"
            )),
        );
    }
    config
        .upcoming_holidays
        .retain(|h| strings.has(&source, &h.message));
}

/// Problems of the whole site rather than of one file.
fn check_site(site: &Site, diagnostics: &mut Vec<Diagnostic>) {
    let config = &site.config;
    let today = kinds::today();
    for page in &site.pages {
        let Some(kinds::Value::Str(date)) = page.neutral.get("last_verified") else {
            continue;
        };
        let Some(days) = kinds::days_of(date) else {
            continue;
        };
        let age = today - days;
        if age < 0 {
            let front = &page.source(config).doc.front;
            let (s, e) = front.locate_value(&["last_verified"]);
            diagnostics.push(
                Diagnostic::error_at(
                    &front.source,
                    s,
                    e,
                    format!("`last_verified` is in the future: {date}"),
                )
                .with_hint(format!(
                    "set it to the day the facts were checked with the office, today ({}) or earlier",
                    kinds::date_of(today)
                )),
            );
        } else if age > i64::from(config.verify_after_days) {
            let front = &page.source(config).doc.front;
            let (s, e) = front.locate_value(&["last_verified"]);
            diagnostics.push(
                Diagnostic::warning_at(&front.source, s, e, format!("the facts of this page were last verified {age} days ago ({date})"))
                    .with_hint(format!("check address, hours and phone with the office, then set `last_verified` to today; the limit is `verify_after_days: {}` in site.yaml", config.verify_after_days)),
            );
        }
    }
    if site.page("_index").is_none() && !site.is_unreadable("_index") {
        diagnostics.push(
            Diagnostic::error_file(
                format!("content/_index.{}.md", config.source_language),
                "the site has no home page",
            )
            .with_hint(format!(
                "create `content/_index.{}.md` with a `title:`",
                config.source_language
            )),
        );
    }
    for (i, id) in config.footer.iter().enumerate() {
        if site.page(id).is_none() && !site.is_unreadable(id) {
            diagnostics.push(
                config
                    .error_at(
                        &["footer", &i.to_string()],
                        format!("the footer page `{id}` does not exist"),
                    )
                    .with_hint(format!(
                        "create `content/{id}.{}.md` or remove it from `footer:`",
                        config.source_language
                    )),
            );
        }
    }
}

/// Adds the files under `dir` to the output as they are.
fn copy_static(root: &Path, dir: &Path, output: &mut Output, diagnostics: &mut Vec<Diagnostic>) {
    if !dir.is_dir() {
        return;
    }
    for entry in walkdir::WalkDir::new(dir)
        .sort_by_file_name()
        .follow_links(false)
    {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                diagnostics.push(Diagnostic::error_file(
                    display_name(root, dir),
                    format!("cannot read: {e}"),
                ));
                continue;
            }
        };
        let name = display_name(root, entry.path());
        if entry.path_is_symlink() {
            diagnostics.push(
                Diagnostic::error_file(name, "static files must not be symbolic links")
                    .with_hint("copy the file instead of linking to it"),
            );
            continue;
        }
        if !entry.file_type().is_file() || entry.file_name().to_string_lossy().starts_with('.') {
            continue;
        }
        let rel = display_name(dir, entry.path());
        match std::fs::read(entry.path()) {
            Ok(bytes) => {
                if rel.ends_with(".html")
                    && output.get(&rel).is_some_and(|_| !rel.starts_with("theme/"))
                {
                    diagnostics.push(
                        Diagnostic::error_file(
                            name,
                            format!("`{rel}` would replace a generated page"),
                        )
                        .with_hint("rename or move the static file"),
                    );
                    continue;
                }
                output.insert(rel, bytes);
            }
            Err(e) => diagnostics.push(Diagnostic::error_file(name, format!("cannot read: {e}"))),
        }
    }
}
