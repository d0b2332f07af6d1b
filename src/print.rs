//! Print sheets: multilingual signs for `office`, `kita` and `signpost` pages, built from the
//! same site model as the pages, rendered by the theme's `sign.html` (one document for the
//! `print` command) and `signmaker.html` (the sign maker page of each language).
//!
//! Owns: which language versions may go on a sign (a real translation, not
//! `print_allowed: false`, not a machine translation unless `print.machine_translations`),
//! the sheet and block views, the QR codes of the blocks (first-party URLs only, level Q),
//! the selection of the `print` command, and driving Chromium for `--pdf`.
//! Must not: write files (the command hands its output to `output::write`).

use crate::build;
use crate::config::{Config, Paper};
use crate::content;
use crate::diagnostic::{self, Diagnostic, closest};
use crate::i18n::Strings;
use crate::kinds::{self, Value};
use crate::qr;
use crate::render::{self, Output};
use crate::site::{self, Page, Site, relative};
use crate::templates::{self, Templates};
use crate::theme::Theme;
use serde_json::{Value as J, json};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Kinds of page that have a sign layout.
pub const SIGN_KINDS: &[&str] = &["office", "kita", "signpost"];
/// Languages one sheet holds at most.
pub const MAX_LANGUAGES: usize = 6;

/// Why a language version of a page stays off signs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// No translation into that language (a sign never shows a fallback text).
    Untranslated,
    /// `print_allowed: false` in that file.
    NotAllowed,
    /// `machine: true`, and site.yaml does not allow machine translations on signs.
    Machine,
}

impl Refusal {
    pub fn explain(self) -> &'static str {
        match self {
            Refusal::Untranslated => "not translated",
            Refusal::NotAllowed => "`print_allowed: false` in that file",
            Refusal::Machine => {
                "machine translation (allow with `print: { machine_translations: true }` in site.yaml)"
            }
        }
    }
}

pub fn is_sign_page(page: &Page) -> bool {
    !page.is_section && SIGN_KINDS.contains(&page.kind.as_str())
}

/// May the `lang` version of `page` go on a sign?
pub fn allowed(config: &Config, page: &Page, lang: &str) -> Result<(), Refusal> {
    let Some(v) = page.versions.get(lang) else {
        return Err(Refusal::Untranslated);
    };
    if matches!(v.texts.get("print_allowed"), Some(Value::Bool(false))) {
        return Err(Refusal::NotAllowed);
    }
    if matches!(v.texts.get("machine"), Some(Value::Bool(true)))
        && !config.print.machine_translations
    {
        return Err(Refusal::Machine);
    }
    Ok(())
}

/// The languages of the site that may go on a sign of `page`, in site.yaml order.
pub fn sign_languages<'a>(config: &'a Config, page: &Page) -> Vec<&'a str> {
    config
        .tags()
        .filter(|t| allowed(config, page, t).is_ok())
        .collect()
}

/// Pages with a sign, by section, then weight, title and id.
pub fn sign_pages(site: &Site) -> Vec<&Page> {
    let mut pages: Vec<&Page> = site.pages.iter().filter(|p| is_sign_page(p)).collect();
    let config = &site.config;
    pages.sort_by(|a, b| {
        (section_of(a), a.weight, a.source(config).title(), &a.id).cmp(&(
            section_of(b),
            b.weight,
            b.source(config).title(),
            &b.id,
        ))
    });
    pages
}

/// `behoerden/jobcenter` → `behoerden`; a page at the top has the section ``.
pub fn section_of(page: &Page) -> &str {
    page.id.rsplit_once('/').map_or("", |(s, _)| s)
}

/// How a block carries its QR code: inline (a self-contained document) or as a file of the
/// site (the sign maker: the same file for every language of the maker).
#[derive(Clone, Copy)]
pub enum QrMode<'a> {
    Inline,
    /// Relative URL of the output root from the document.
    File(&'a str),
}

/// The QR code file of a page in a language, relative to the output root.
pub fn qr_file(page: &Page, lang: &str) -> String {
    format!("signs/qr/{}{lang}.svg", page.path)
}

pub fn permalink(config: &Config, page: &Page, lang: &str) -> String {
    format!("{}{lang}/{}", config.base_url, page.path)
}

/// The accessible name of a QR code: what it opens.
fn qr_label(url: &str) -> String {
    format!("QR: {url}")
}

/// A sheet: one page, the given languages (all allowed), one block each.
pub fn sheet_view(site: &Site, page: &Page, langs: &[&str], qr: QrMode) -> J {
    let config = &site.config;
    let source = page.source(config);
    let blocks: Vec<J> = langs
        .iter()
        .filter_map(|lang| {
            let v = page.versions.get(*lang)?;
            let l = config.language(lang)?;
            let url = permalink(config, page, lang);
            let qr_html = match qr {
                QrMode::Inline => {
                    qr::svg(&url, qr::Level::Q, &qr_label(&url), "qr").unwrap_or_default()
                }
                QrMode::File(root) => format!(
                    "<img class=\"qr\" src=\"{root}{}\" alt=\"{}\">",
                    qr_file(page, lang),
                    qr_label(&url)
                ),
            };
            let link = |target: &Page| permalink(config, target, lang);
            let facts = render::Facts {
                site,
                page,
                lang,
                texts: &v.texts,
                holidays: &[],
                link: &link,
            }
            .view();
            let hours = hour_groups(&facts["opening_hours"]);
            let (title_main, title_aside) = title_parts(v.title());
            // The aside of a translated title is the name in the source language, as
            // written on the door: "دائرة الأجانب (Ausländerbehörde)".
            let latin = title_aside.chars().any(|c| c.is_ascii_alphabetic());
            let aside_lang = match latin && l.tag != config.source_language {
                true => config.source_language.as_str(),
                false => "",
            };
            Some(json!({
                "lang": l.tag,
                "dir": l.dir.as_str(),
                "name": l.name,
                "title": v.title(),
                "title_main": title_main,
                "title_aside": title_aside,
                "title_aside_lang": aside_lang,
                "title_aside_dir": config.source().dir.as_str(),
                "summary": v.text("summary").unwrap_or(""),
                "facts": facts,
                "hours": hours,
                "updated": v.text("updated").or_else(|| source.text("updated")).unwrap_or(""),
                "url": url,
                "qr_html": qr_html,
            }))
        })
        .collect();
    let content_date = blocks
        .iter()
        .filter_map(|b| b["updated"].as_str())
        .max()
        .unwrap_or("")
        .to_string();
    let pictogram = match page.neutral.get("category") {
        Some(Value::Str(c)) => c.clone(),
        _ => page.kind.clone(),
    };
    json!({
        "id": page.id,
        "key": page.id.replace('/', "--"),
        "kind": page.kind,
        "pictogram": pictogram,
        "count": blocks.len(),
        "blocks": blocks,
        "content_date": content_date,
    })
}

/// A title as its name and a trailing aside in parentheses ("دائرة الأجانب (Ausländerbehörde)":
/// the office's German name, as on its door), so that a sheet can set the aside smaller, on
/// a line of its own, when the block is short of room. ("title", "") when there is none.
fn title_parts(title: &str) -> (&str, &str) {
    let split = title.strip_suffix(')').and_then(|t| {
        let (main, aside) = t.rsplit_once(" (")?;
        let main = main.trim_end();
        (!main.is_empty() && !aside.trim().is_empty() && !aside.contains(['(', ')']))
            .then_some((main, aside))
    });
    split.unwrap_or((title, ""))
}

/// Opening hours for a sign: the open days grouped by equal times, Monday first; three or
/// more days in a row become a range ("Monday – Friday").
pub(crate) fn hour_groups(hours: &J) -> J {
    let Some(rows) = hours["rows"].as_array() else {
        return J::Null;
    };
    let mut groups: Vec<(Vec<usize>, J, bool, J)> = vec![];
    for (i, row) in rows.iter().enumerate() {
        if row["closed"] == json!(true) {
            continue;
        }
        let times = row["times"].clone();
        let appointment = row["appointment"] == json!(true);
        let note = row["note"].clone();
        match groups
            .iter_mut()
            .find(|(_, t, a, n)| *t == times && *a == appointment && *n == note)
        {
            Some(g) => g.0.push(i),
            None => groups.push((vec![i], times, appointment, note)),
        }
    }
    let days = crate::hours::DAYS;
    let out: Vec<J> = groups
        .into_iter()
        .map(|(idx, times, appointment, note)| {
            let consecutive = idx.windows(2).all(|w| w[1] == w[0] + 1);
            let range = consecutive && idx.len() >= 3;
            json!({
                "days": idx.iter().map(|&i| days[i]).collect::<Vec<_>>(),
                "range": range,
                "times": times,
                "appointment": appointment,
                "note": note,
            })
        })
        .collect();
    json!({ "groups": out, "notes_lang": hours["notes_lang"], "holidays_closed": hours["holidays_closed"] })
}

// ---- the sign maker page of each language ----

/// Adds `LANG/signs/index.html` for every language and the QR code files of every block.
pub fn render_signmaker(
    site: &Site,
    templates: &Templates,
    output: &mut Output,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let config = &site.config;
    let pages = sign_pages(site);
    if pages.is_empty() {
        return;
    }
    use rayon::prelude::*;
    let codes: Vec<(&Page, &str)> = pages
        .iter()
        .flat_map(|page| {
            sign_languages(config, page)
                .into_iter()
                .map(move |lang| (*page, lang))
        })
        .collect();
    let drawn: Vec<(String, Option<String>)> = codes
        .par_iter()
        .map(|(page, lang)| {
            let url = permalink(config, page, lang);
            let svg = qr::svg(&url, qr::Level::Q, &qr_label(&url), "qr");
            (qr_file(page, lang), svg)
        })
        .collect();
    for (file, svg) in drawn {
        if let Some(svg) = svg {
            output.insert(file, svg.into_bytes());
        }
    }
    // The sheets are the same on every language's page (they all lie at `LANG/signs/`, so
    // the QR code files are at the same relative place): made once.
    let root = "../../";
    let sheets: Vec<J> = pages
        .par_iter()
        .map(|p| sheet_view(site, p, &sign_languages(config, p), QrMode::File(root)))
        .collect();
    // One large page per language, each in its own thread; reported in language order.
    let rendered: Vec<(String, Result<String, Diagnostic>)> = config
        .languages
        .par_iter()
        .map(|l| {
            let here = format!("{}/signs/", l.tag);
            debug_assert_eq!(relative(&here, ""), root);
            let ctx = signmaker_context(site, &pages, &l.tag, &here, &sheets);
            let path = format!("{here}index.html");
            let html = render::render_one(templates, "signmaker.html", &ctx, &path);
            (path, html)
        })
        .collect();
    for (path, html) in rendered {
        match html {
            Ok(h) => {
                output.insert(path, h.into_bytes());
            }
            Err(mut d) => {
                d.message = format!("{} (while rendering {path})", d.message);
                diagnostics.push(d);
                return;
            }
        }
    }
}

fn signmaker_context(site: &Site, pages: &[&Page], lang: &str, here: &str, sheets: &[J]) -> J {
    let config = &site.config;
    let mut m = render::frame(site, lang, here);
    let languages: Vec<J> = config
        .languages
        .iter()
        .map(|l| {
            json!({
                "tag": l.tag, "name": l.name, "dir": l.dir.as_str(),
                "url": relative(here, &format!("{}/signs/", l.tag)),
                "current": l.tag == lang, "translated": true,
            })
        })
        .collect();
    m.insert("languages".into(), J::Array(languages));
    m.insert("alternates".into(), json!([]));
    m.insert(
        "canonical".into(),
        json!(format!("{}{here}", config.base_url)),
    );
    m.insert("noindex".into(), json!(false));
    m.insert(
        "report_mailto".into(),
        json!(crate::render::report_mailto(
            config,
            &format!("{}{here}", config.base_url),
            lang,
            "signs"
        )),
    );
    let home = site.page("_index").map(|p| p.shown(config, lang));
    let crumbs: Vec<J> = home
        .iter()
        .map(|h| {
            json!({ "title": h.version.title(), "url": relative(here, &format!("{lang}/")),
                "text_lang": render::lang_json(config, h.lang), "fallback": h.fallback })
        })
        .collect();
    m.insert(
        "page".into(),
        json!({ "kind": "signs", "breadcrumbs": crumbs, "fallback": false,
            "text_lang": render::lang_json(config, lang), "updated": "" }),
    );
    let mut sign_langs: Vec<&str> = vec![];
    let entries: Vec<J> = pages
        .iter()
        .map(|p| {
            let shown = p.shown(config, lang);
            let langs = sign_languages(config, p);
            for t in &langs {
                if !sign_langs.contains(t) {
                    sign_langs.push(t);
                }
            }
            let section = site
                .page(&p.parent.clone().unwrap_or_default())
                .map(|s| s.shown(config, lang).version.title().to_string())
                .unwrap_or_default();
            json!({
                "id": p.id, "key": p.id.replace('/', "--"), "kind": p.kind,
                "title": shown.version.title(),
                "text_lang": render::lang_json(config, shown.lang),
                "fallback": shown.fallback,
                "section": section,
                "langs": langs,
            })
        })
        .collect();
    let maker_langs: Vec<J> = config
        .languages
        .iter()
        .filter(|l| sign_langs.contains(&l.tag.as_str()))
        .map(|l| {
            json!({ "tag": l.tag, "name": l.name, "dir": l.dir.as_str(),
            // Ticked at first: the reader's language and the source language.
            "checked": l.tag == lang || l.tag == config.source_language })
        })
        .collect();
    m.insert(
        "maker".into(),
        json!({
            "pages": entries,
            "languages": maker_langs,
            "paper": config.print.paper.as_str(),
            "max_languages": MAX_LANGUAGES,
        }),
    );
    m.insert("sheets".into(), J::Array(sheets.to_vec()));
    m.insert("printed".into(), json!(""));
    J::Object(m)
}

// ---- the `print` command ----

/// What the `print` command was asked for.
pub struct PrintOptions {
    pub root: PathBuf,
    pub langs: Vec<String>,
    pub kind: Option<String>,
    pub section: Option<String>,
    pub paper: Option<Paper>,
    /// Today, `YYYY-MM-DD`: the printed date on every sheet.
    pub today: String,
}

/// The result of the `print` command: the document, and what was left out and why.
pub struct Printed {
    pub html: String,
    pub sheets: usize,
    /// (page id, language tags on its sheet)
    pub contents: Vec<(String, Vec<String>)>,
    pub notes: Vec<String>,
}

/// A problem of the command line rather than of the site (exit code 2).
#[derive(Debug)]
pub struct Usage(pub String);

/// A site loaded for printing.
pub struct Loaded {
    pub site: Site,
    pub templates: Templates,
    /// The sheets' stylesheet and fitting script, put into the document so that it prints
    /// anywhere.
    pub sign_css: String,
    pub sign_js: String,
}

/// Loads the site as `build` does, without rendering it.
pub fn load(root: &Path, diagnostics: &mut Vec<Diagnostic>) -> Option<Loaded> {
    let config = build::load_config(root, diagnostics)?;
    let docs = content::load(root, &config, diagnostics);
    let theme = Theme::of_site(root, &config, diagnostics)?;
    let strings = Arc::new(Strings::load(root, &theme, &config, diagnostics));
    let templates = templates::load(root, &theme, strings, diagnostics);
    let kinds = kinds::Kinds::load(&theme, diagnostics);
    let site = site::assemble(config, kinds, docs, diagnostics);
    // The sheet document carries its stylesheet and script: the site's copy wins.
    let asset = |name: &str| {
        std::fs::read_to_string(root.join("static/theme").join(name))
            .ok()
            .or_else(|| {
                theme
                    .files_in("static")
                    .find(|(p, _)| *p == format!("theme/{name}"))
                    .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
            })
            .unwrap_or_default()
    };
    let (sign_css, sign_js) = (asset("sign.css"), asset("signfit.js"));
    diagnostic::sort(diagnostics);
    Some(Loaded {
        site,
        templates: templates?,
        sign_css,
        // `</script>` inside would end the element early.
        sign_js: sign_js.replace("</", "<\\/"),
    })
}

/// Checks the command line against the site: languages, kind, section.
pub fn check_options(site: &Site, opts: &PrintOptions) -> Result<(), Usage> {
    let config = &site.config;
    let tags: Vec<&str> = config.tags().collect();
    if opts.langs.is_empty() {
        return Err(Usage(format!(
            "--lang needs at least one language, e.g. `--lang {}`",
            tags.join(",")
        )));
    }
    for (i, l) in opts.langs.iter().enumerate() {
        if !tags.contains(&l.as_str()) {
            let near = closest(l, tags.iter().copied())
                .map(|n| format!("did you mean `{n}`? "))
                .unwrap_or_default();
            return Err(Usage(format!(
                "`{l}` is not a language of this site; {near}the languages are: {}",
                tags.join(", ")
            )));
        }
        if opts.langs[..i].contains(l) {
            return Err(Usage(format!("`{l}` is given twice in --lang")));
        }
    }
    if opts.langs.len() > MAX_LANGUAGES {
        return Err(Usage(format!(
            "a sheet holds at most {MAX_LANGUAGES} languages, --lang gives {}; print two packs",
            opts.langs.len()
        )));
    }
    if let Some(k) = &opts.kind {
        if !SIGN_KINDS.contains(&k.as_str()) {
            let near = closest(k, SIGN_KINDS.iter().copied())
                .map(|n| format!("did you mean `{n}`? "))
                .unwrap_or_default();
            return Err(Usage(format!(
                "there are no signs for `{k}`; {near}--kind is one of: {}",
                SIGN_KINDS.join(", ")
            )));
        }
    }
    if let Some(s) = &opts.section {
        let sections: Vec<&str> = site
            .pages
            .iter()
            .filter(|p| p.is_section && !p.is_home())
            .map(|p| p.path.trim_end_matches('/'))
            .collect();
        if !sections.contains(&s.trim_end_matches('/')) {
            let near = closest(s, sections.iter().copied())
                .map(|n| format!("did you mean `{n}`? "))
                .unwrap_or_default();
            return Err(Usage(format!(
                "there is no section `{s}`; {near}the sections are: {}",
                sections.join(", ")
            )));
        }
    }
    Ok(())
}

/// The printable document of the `print` command: one sheet per chosen page.
pub fn print(loaded: &Loaded, opts: &PrintOptions) -> Result<Printed, Diagnostic> {
    let (site, templates) = (&loaded.site, &loaded.templates);
    let config = &site.config;
    let mut notes = vec![];
    let mut sheets = vec![];
    let mut contents = vec![];
    let section = opts
        .section
        .as_deref()
        .map(|s| s.trim_end_matches('/').to_string());
    for page in sign_pages(site) {
        if opts.kind.as_ref().is_some_and(|k| *k != page.kind) {
            continue;
        }
        if let Some(s) = &section {
            if !(page.id.starts_with(&format!("{s}/"))) {
                continue;
            }
        }
        let mut langs = vec![];
        for l in &opts.langs {
            match allowed(config, page, l) {
                Ok(()) => langs.push(l.as_str()),
                Err(why) => notes.push(format!(
                    "{}: no `{l}` block: {}",
                    page.source(config).doc.source.name,
                    why.explain()
                )),
            }
        }
        if langs.is_empty() {
            notes.push(format!(
                "{}: left out: none of the languages may go on its sign",
                page.source(config).doc.source.name
            ));
            continue;
        }
        contents.push((
            page.id.clone(),
            langs.iter().map(|s| s.to_string()).collect(),
        ));
        sheets.push(sheet_view(site, page, &langs, QrMode::Inline));
    }
    if sheets.is_empty() {
        return Err(Diagnostic::error_file("", "there is no page to print")
            .with_hint("signs are made for pages of kind office, kita and signpost; check --kind, --section and --lang"));
    }
    let lang = config.source_language.clone();
    let mut m = render::frame(site, &lang, "");
    let paper = opts.paper.unwrap_or(config.print.paper);
    m.insert("paper".into(), json!(paper.as_str()));
    m.insert("sheets".into(), J::Array(sheets));
    m.insert("printed".into(), json!(opts.today));
    m.insert("sign_css".into(), json!(loaded.sign_css));
    m.insert("sign_js".into(), json!(loaded.sign_js));
    let ctx = J::Object(m);
    let html =
        render::render_one(templates, "sign.html", &ctx, "signs.html").map_err(|mut d| {
            d.message = format!("{} (while rendering the sheets)", d.message);
            d
        })?;
    Ok(Printed {
        html,
        sheets: contents.len(),
        contents,
        notes,
    })
}

/// Chromium or Chrome: the given path, or the first found on PATH.
pub fn find_chromium(given: Option<&Path>) -> Option<PathBuf> {
    if let Some(p) = given {
        return p.is_file().then(|| p.to_path_buf());
    }
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in [
            "chromium",
            "chromium-browser",
            "google-chrome",
            "google-chrome-stable",
            "chrome",
        ] {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// Prints `html_file` to `pdf_file` with a headless Chromium.
pub fn to_pdf(chromium: &Path, html_file: &Path, pdf_file: &Path) -> Result<(), String> {
    url_to_pdf(
        chromium,
        &format!("file://{}", html_file.display()),
        pdf_file,
    )
}

/// Prints the page at `url` (a `file://` address, with a query if the page reads one) to
/// `pdf_file` with a headless Chromium.
pub fn url_to_pdf(chromium: &Path, url: &str, pdf_file: &Path) -> Result<(), String> {
    // A profile of its own for each run: two prints at once must not share one.
    static RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let profile =
        std::env::temp_dir().join(format!("wegweiser-print-{}-{run}", std::process::id()));
    let out = std::process::Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
            "--print-to-pdf-no-header",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--print-to-pdf={}", pdf_file.display()))
        .arg(url)
        .output();
    let _ = std::fs::remove_dir_all(&profile);
    match out {
        Ok(_) if pdf_file.is_file() => Ok(()),
        Ok(o) => Err(format!(
            "{} did not write the PDF: {}",
            chromium.display(),
            String::from_utf8_lossy(&o.stderr)
                .lines()
                .last()
                .unwrap_or("")
        )),
        Err(e) => Err(format!("cannot run {}: {e}", chromium.display())),
    }
}

/// Today as `YYYY-MM-DD` (UTC).
pub fn today() -> String {
    kinds::date_of(kinds::today())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_day_counts() {
        for d in ["1970-01-01", "2000-02-29", "2026-11-25", "2027-01-01"] {
            assert_eq!(kinds::date_of(kinds::days_of(d).unwrap()), d);
        }
    }

    #[test]
    fn a_trailing_aside_in_parentheses_is_split_off_the_title() {
        assert_eq!(
            title_parts("دائرة الأجانب (Ausländerbehörde)"),
            ("دائرة الأجانب", "Ausländerbehörde")
        );
        assert_eq!(title_parts("Ausländerbehörde"), ("Ausländerbehörde", ""));
        // only a whole aside at the end
        for t in [
            "(Kita) Regenbogen",
            "Kita (Regenbogen) Nord",
            "Haus (A (B))",
            "(Kita)",
            "Kita ()",
        ] {
            assert_eq!(title_parts(t), (t, ""), "{t}");
        }
    }

    #[test]
    fn hours_are_grouped_by_equal_times() {
        let week = crate::hours::parse("Mo,Tu,Fr 08:00-12:00; Th 08:00-12:00,14:00-17:30; PH off")
            .unwrap();
        let mut n = kinds::Fields::new();
        n.insert(
            "opening_hours".into(),
            Value::Hours(Box::new(week), String::new()),
        );
        let v = render::hours_view(n.get("opening_hours"), &[], "de");
        let g = hour_groups(&v);
        assert_eq!(g["groups"][0]["days"], json!(["mo", "tu", "fr"]));
        assert_eq!(g["groups"][0]["range"], json!(false));
        assert_eq!(g["groups"][1]["days"], json!(["th"]));
        assert_eq!(g["holidays_closed"], json!(true));
        let week = crate::hours::parse("Mo-Fr 08:00-12:00").unwrap();
        n.insert(
            "opening_hours".into(),
            Value::Hours(Box::new(week), String::new()),
        );
        let g = hour_groups(&render::hours_view(n.get("opening_hours"), &[], "de"));
        assert_eq!(g["groups"][0]["range"], json!(true));
    }
}
