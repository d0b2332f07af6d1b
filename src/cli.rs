//! The command line: clap definitions, turned into calls of the library, and the exit code.
//!
//! Exit codes: 0 success, 1 the site has errors, 2 wrong usage.

use crate::build;
use crate::check;
use crate::diagnostic::Diagnostic;
use crate::output;
use clap::{Parser, Subcommand};
use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::time::Instant;

mod print;

#[derive(Parser)]
#[command(
    name = "wegweiser",
    version,
    about = "Builds multilingual public-information websites from Markdown, YAML and Fluent files"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into public/ (or -o DIR)
    Build {
        /// The site's folder (with site.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Where to write the site [default: ROOT/public]
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Treat warnings as errors
        #[arg(long)]
        strict: bool,
    },
    /// Start a new page of a kind: a source-language file with every field, commented
    New {
        /// page, office, kita, offer or signpost
        kind: String,
        /// The page's path below content/, without language: behoerden/sozialamt
        path: String,
        /// The site's folder (with site.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Translation status per language: up to date, outdated, missing, machine
    Status {
        /// The site's folder (with site.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// List what to do for this language
        #[arg(long)]
        lang: Option<String>,
        /// text for people, json for machines (see README)
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Exit with 1 when any page is in this state
        #[arg(long, value_enum)]
        fail_on: Option<FailOn>,
        /// With --lang: what changed in the source of PAGE since it was translated (needs git)
        #[arg(long, value_name = "PAGE", requires = "lang")]
        diff: Option<String>,
        /// Write a translators' dashboard (index.html) into DIR
        #[arg(long, value_name = "DIR")]
        html: Option<PathBuf>,
    },
    /// Start a translation: the source's translatable fields and text, stamped with its hash
    Translate {
        /// The language to translate into
        lang: String,
        /// The page below content/, without language: behoerden/jobcenter
        page: String,
        /// The site's folder (with site.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Mark translations as made from the current source text (after updating them)
    Stamp {
        /// The translation's language
        lang: String,
        /// Pages below content/ (behoerden/jobcenter); all translations of LANG with --all
        pages: Vec<String>,
        /// Stamp every translation into LANG (after reviewing them all)
        #[arg(long)]
        all: bool,
        /// The site's folder (with site.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
    /// Serve the site from memory with every language, rebuilding and reloading on changes
    Serve {
        /// The site's folder (with site.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The port [default: the first free one from 8000; 0 takes any free one]
        #[arg(long)]
        port: Option<u16>,
        /// The address to listen on; anything but loopback shows the site to other machines
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the site in the default browser
        #[arg(long)]
        open: bool,
    },
    /// Check the site as a build does, plus links, anchors, images, alt texts, headings,
    /// translation drift and Fluent coverage; writes nothing
    Check {
        /// The site's folder (with site.yaml)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Treat warnings as errors (exit 1 when there are any)
        #[arg(long)]
        strict: bool,
        /// `json`: the problems as a JSON array on standard output, for machines
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Print sign sheets: one sheet per office, Kita or signpost, in 1 to 6 languages
    Print(print::PrintArgs),
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum FailOn {
    Outdated,
    Missing,
}

/// Runs the command line; returns the exit code.
pub fn run(args: impl IntoIterator<Item = OsString>) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return code;
        }
    };
    match cli.command {
        Command::Build {
            root,
            output,
            strict,
        } => build_cmd(root, output, strict),
        Command::Check {
            root,
            strict,
            format,
        } => check_cmd(root, strict, format),
        Command::Serve {
            root,
            port,
            bind,
            open,
        } => crate::serve::serve(&crate::serve::ServeOptions {
            root,
            port,
            bind,
            open,
        }),
        Command::New { kind, path, root } => new_cmd(&root, &kind, &path),
        Command::Status {
            root,
            lang,
            format,
            fail_on,
            diff,
            html,
        } => status_cmd(
            &root,
            lang.as_deref(),
            format,
            fail_on,
            (diff.as_deref(), html.as_deref()),
        ),
        Command::Translate { lang, page, root } => translate_cmd(&root, &lang, &page),
        Command::Stamp {
            lang,
            pages,
            all,
            root,
        } => stamp_cmd(&root, &lang, &pages, all),
        Command::Print(args) => print::run(args),
    }
}

fn report(diagnostics: &[Diagnostic]) {
    let mut err = std::io::stderr().lock();
    for d in diagnostics {
        let _ = writeln!(err, "{}", d.render());
    }
}

fn summary(diagnostics: &[Diagnostic], strict: bool) -> (usize, usize, bool) {
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let warnings = diagnostics.len() - errors;
    (errors, warnings, errors > 0 || (strict && warnings > 0))
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn build_cmd(root: PathBuf, out: Option<PathBuf>, strict: bool) -> i32 {
    let start = Instant::now();
    let out = out.unwrap_or_else(|| root.join("public"));
    if !root.join("site.yaml").is_file() {
        report(&[Diagnostic::error_file(
            "site.yaml",
            format!("there is no site.yaml in `{}`", root.display()),
        )
        .with_hint("run wegweiser in the site's folder, or give it with --root DIR")]);
        return 1;
    }
    if let Err(e) = output::check_target(&root, &out, output::Holds::Site) {
        eprintln!("error: {e}");
        return 1;
    }
    let bar = crate::progress::Bar::new();
    let built = build::build_observed(&root, &bar);
    bar.finish();
    report(&built.diagnostics);
    let (errors, warnings, failed) = summary(&built.diagnostics, strict);
    if failed {
        eprintln!(
            "error: the site has {} and {}; `{}` was left as it was",
            plural(errors, "error", "errors"),
            plural(warnings, "warning", "warnings"),
            out.display()
        );
        return 1;
    }
    let mut timings = crate::build::Timings::new();
    if let Err(e) = output::write(&out, &built.output, output::Holds::Site) {
        eprintln!("error: {e}");
        return 1;
    }
    timings.lap("write");
    let pages = built.site.as_ref().map_or(0, |s| s.pages.len());
    let langs = built.site.as_ref().map_or(0, |s| s.config.languages.len());
    let line = format!(
        "built {} in {} ({} files) into {} in {:.2} s, {}",
        plural(pages, "page", "pages"),
        plural(langs, "language", "languages"),
        built.output.len(),
        out.display(),
        start.elapsed().as_secs_f64(),
        plural(warnings, "warning", "warnings"),
    ) + &crate::progress::per_language(built.site.as_ref());
    if std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none() {
        eprintln!("\x1b[32m{line}\x1b[0m");
    } else {
        eprintln!("{line}");
    }
    0
}

fn check_cmd(root: PathBuf, strict: bool, format: Format) -> i32 {
    let built = check::check(&root);
    let (errors, warnings, failed) = summary(&built.diagnostics, strict);
    if format == Format::Json {
        let _ = std::io::stdout().write_all(check::to_json(&built.diagnostics).as_bytes());
        return i32::from(failed);
    }
    report(&built.diagnostics);
    eprintln!(
        "{}, {}",
        plural(errors, "error", "errors"),
        plural(warnings, "warning", "warnings")
    );
    i32::from(failed)
}

fn new_cmd(root: &std::path::Path, kind: &str, path: &str) -> i32 {
    let clean = path.trim_matches('/').trim_end_matches(".md");
    let bad_part = |p: &str| {
        p.is_empty() || p == "." || p == ".." || p.starts_with('.') || p.contains(['\\', ':', '.'])
    };
    if clean.is_empty() || clean.split('/').any(bad_part) {
        eprintln!(
            "error: `{path}` is not a page path\n  = hint: give the path below content/ without language and ending, e.g. `behoerden/sozialamt`"
        );
        return 2;
    }
    let mut diagnostics = Vec::new();
    let Some(config) = build::load_config(root, &mut diagnostics) else {
        report(&diagnostics);
        return 1;
    };
    // The theme's kinds too: `wegweiser new library x` for a theme that declares `library`.
    let kinds = match crate::theme::Theme::of_site(root, &config, &mut diagnostics) {
        Some(theme) => crate::kinds::Kinds::load(&theme, &mut diagnostics),
        None => crate::kinds::Kinds::builtin(),
    };
    if diagnostics
        .iter()
        .any(crate::diagnostic::Diagnostic::is_error)
    {
        crate::diagnostic::sort(&mut diagnostics);
        report(&diagnostics);
        return 1;
    }
    if !kinds.contains(kind) {
        let names: Vec<&str> = kinds.names().collect();
        let near = crate::diagnostic::closest(kind, names.iter().copied())
            .map(|n| format!("did you mean `{n}`? "))
            .unwrap_or_default();
        eprintln!(
            "error: `{kind}` is not a kind of page\n  = hint: {near}the kinds are: {}",
            names.join(", ")
        );
        return 2;
    }
    let file = root
        .join("content")
        .join(format!("{clean}.{}.md", config.source_language));
    if file.exists() {
        eprintln!(
            "error: `{}` exists already; wegweiser does not overwrite it",
            file.display()
        );
        return 1;
    }
    if let Some(dir) = file.parent() {
        if let Err(e) = std::fs::create_dir_all(dir) {
            eprintln!("error: cannot create `{}`: {e}", dir.display());
            return 1;
        }
    }
    // create_new: never replace a file that appeared in the meantime.
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&file)
        .and_then(|mut f| f.write_all(crate::scaffold::page_text(&kinds, kind).as_bytes()));
    match written {
        Ok(()) => {
            eprintln!(
                "created {}: fill in the fields, then run `wegweiser build`",
                file.display()
            );
            0
        }
        Err(e) => {
            eprintln!("error: cannot write `{}`: {e}", file.display());
            1
        }
    }
}

/// The site model for commands that read it (`status`, `translate`, `stamp`). A broken file
/// elsewhere does not stop a translator: its problems are shown, and the command works with
/// the pages that could be read. Returns `Err(exit code)` when there is no site to work with.
fn load_site(root: &std::path::Path) -> Result<build::Built, i32> {
    let built = build::load(root);
    if built.site.is_none() {
        report(&built.diagnostics);
        eprintln!("error: the site cannot be read; fix the problems above first");
        return Err(1);
    }
    if built.has_errors() {
        report(&built.diagnostics);
        let errors = built.diagnostics.iter().filter(|d| d.is_error()).count();
        eprintln!(
            "warning: the site has {} (above); this works with the pages that could be read",
            plural(errors, "error", "errors")
        );
    }
    Ok(built)
}

/// A language tag of the site, or a usage error with the closest one.
fn site_language(config: &crate::config::Config, lang: &str) -> Result<(), i32> {
    if config.language(lang).is_some() {
        return Ok(());
    }
    let near = crate::diagnostic::closest(lang, config.tags())
        .map(|n| format!("did you mean `{n}`? "))
        .unwrap_or_default();
    eprintln!(
        "error: `{lang}` is not a language of this site\n  = hint: {near}the languages are: {}",
        config.tags().collect::<Vec<_>>().join(", ")
    );
    Err(2)
}

fn status_cmd(
    root: &std::path::Path,
    lang: Option<&str>,
    format: Format,
    fail_on: Option<FailOn>,
    (diff, html): (Option<&str>, Option<&std::path::Path>),
) -> i32 {
    let built = match load_site(root) {
        Ok(b) => b,
        Err(code) => return code,
    };
    let site = built.site.as_ref().expect("load_site checked it");
    if let Some(l) = lang {
        if let Err(code) = site_language(&site.config, l) {
            return code;
        }
    }
    if let (Some(page), Some(l)) = (diff, lang) {
        return match crate::status::diff(root, site, l, page) {
            Ok(text) => {
                print!("{text}");
                0
            }
            Err(e) => {
                eprintln!("error: {e}");
                1
            }
        };
    }
    let strings = built.strings.as_ref().expect("a built site has strings");
    let report = crate::status::report(site, strings);
    if let Some(dir) = html {
        let result = std::fs::create_dir_all(dir).and_then(|()| {
            std::fs::write(
                dir.join("index.html"),
                crate::status::dashboard(&report, site, root, dir),
            )
        });
        match result {
            Ok(()) => eprintln!("wrote {}", dir.join("index.html").display()),
            Err(e) => {
                eprintln!(
                    "error: cannot write the dashboard into `{}`: {e}",
                    dir.display()
                );
                return 1;
            }
        }
    }
    match format {
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&report).expect("the report serializes")
        ),
        Format::Text => print!("{}", crate::status::text(&report, lang)),
    }
    let failing = report
        .languages
        .iter()
        .filter(|l| lang.is_none_or(|t| t == l.tag))
        .any(|l| match fail_on {
            Some(FailOn::Outdated) => l.pages.outdated > 0,
            Some(FailOn::Missing) => l.pages.missing > 0,
            None => false,
        });
    i32::from(failing || built.has_errors())
}

fn page_arg<'a>(site: &'a crate::site::Site, page: &str) -> Result<&'a crate::site::Page, i32> {
    let id = page.trim_matches('/').trim_end_matches(".md");
    let id = id
        .rsplit_once('.')
        .filter(|(_, l)| site.config.language(l).is_some())
        .map_or(id, |(i, _)| i);
    site.page(id).ok_or_else(|| {
        let ids: Vec<&str> = site.pages.iter().map(|p| p.id.as_str()).collect();
        let near = crate::diagnostic::closest(id, ids.iter().copied()).map(|n| format!("did you mean `{n}`? ")).unwrap_or_default();
        eprintln!("error: there is no page `{id}` (content/{id}.{}.md)\n  = hint: {near}give the path below content/ without language, e.g. `behoerden/jobcenter`", site.config.source_language);
        2
    })
}

fn translate_cmd(root: &std::path::Path, lang: &str, page: &str) -> i32 {
    let built = match load_site(root) {
        Ok(b) => b,
        Err(code) => return code,
    };
    let site = built.site.as_ref().expect("load_site checked it");
    if let Err(code) = site_language(&site.config, lang) {
        return code;
    }
    if lang == site.config.source_language {
        eprintln!(
            "error: `{lang}` is the source language; translations go into the other languages"
        );
        return 2;
    }
    let page = match page_arg(site, page) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let file = root.join("content").join(format!("{}.{lang}.md", page.id));
    let text = crate::translation::new_translation_text(page, site);
    let written = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&file)
        .and_then(|mut f| f.write_all(text.as_bytes()));
    match written {
        Ok(()) => {
            eprintln!(
                "created {}: translate the texts, then remove the line `draft: true` to publish it (until then readers get the fallback); the source_hash line records which source text it was made from",
                file.display()
            );
            0
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            let hint = if page.drafts.contains(lang) {
                "it is a draft: finish the translation there and remove its line `draft: true`"
                    .to_string()
            } else {
                format!(
                    "to see what changed in the source since it was made: wegweiser status --lang {lang} --diff {}",
                    page.id
                )
            };
            eprintln!(
                "error: `{}` exists already; wegweiser does not overwrite it\n  = hint: {hint}",
                file.display(),
            );
            1
        }
        Err(e) => {
            eprintln!("error: cannot write `{}`: {e}", file.display());
            1
        }
    }
}

fn stamp_cmd(root: &std::path::Path, lang: &str, pages: &[String], all: bool) -> i32 {
    let built = match load_site(root) {
        Ok(b) => b,
        Err(code) => return code,
    };
    let site = built.site.as_ref().expect("load_site checked it");
    if let Err(code) = site_language(&site.config, lang) {
        return code;
    }
    if pages.is_empty() && !all {
        eprintln!(
            "error: name the pages to stamp, or give --all to mark every translation into `{lang}` as up to date"
        );
        return 2;
    }
    let mut chosen = Vec::new();
    if all {
        chosen.extend(site.pages.iter().filter(|p| p.versions.contains_key(lang)));
    }
    for p in pages {
        match page_arg(site, p) {
            Ok(page) => chosen.push(page),
            Err(code) => return code,
        }
    }
    let mut code = 0;
    // A file with errors may have lost a field: its hash would not be the real text's.
    let broken: std::collections::BTreeSet<&str> = built
        .diagnostics
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.file.as_str())
        .collect();
    for page in chosen {
        let files = [
            page.source(&site.config).doc.source.name.clone(),
            format!("content/{}.{lang}.md", page.id),
        ];
        if let Some(file) = files.iter().find(|f| broken.contains(f.as_str())) {
            eprintln!(
                "error: {file} has errors (above); {} is not stamped",
                page.id
            );
            code = 1;
            continue;
        }
        let Some(version) = page.versions.get(lang) else {
            match page.drafts.contains(lang) {
                true => eprintln!(
                    "error: content/{}.{lang}.md is a draft\n  = hint: remove its line `draft: true` when the translation is done; it is stamped from the start",
                    page.id
                ),
                false => eprintln!(
                    "error: there is no translation content/{}.{lang}.md to stamp",
                    page.id
                ),
            }
            code = 1;
            continue;
        };
        let hash = crate::translation::current_hash(page, site);
        let path = &version.doc.source.path;
        // The file as it is on disk, byte-order mark and line ends included.
        let on_disk = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("error: cannot read `{}`: {e}", path.display());
                code = 1;
                continue;
            }
        };
        let Some(text) = crate::translation::with_source_hash(&on_disk, &hash) else {
            continue;
        };
        if text == on_disk {
            continue;
        }
        match std::fs::write(path, text) {
            Ok(()) => eprintln!(
                "stamped {} with source_hash {hash}",
                version.doc.source.name
            ),
            Err(e) => {
                eprintln!("error: cannot write `{}`: {e}", path.display());
                code = 1;
            }
        }
    }
    code
}
