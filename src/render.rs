//! Site → output: every page in every language through its template, the language chooser,
//! a 404 page per language, `sitemap.xml` and `robots.txt`; all in parallel, into a map of
//! output path → bytes.
//!
//! Owns: the template views (`*View` shapes are documented in `themes/default/README.md`),
//! Markdown rendering per reader language (links lead to the reader's language), and the
//! order-independent assembly of the output. Must not: write files.

mod facts;
mod sitemap;

pub(crate) use facts::Facts;
#[cfg(test)]
pub(crate) use facts::hours_view;

use crate::config::Config;
use crate::diagnostic::Diagnostic;
use crate::hours;
use crate::kinds::Value;
use crate::markdown::{self, Input};
use crate::site::{Page, Site, relative};
use crate::templates::{self, Templates};
use facts::list_of;
use rayon::prelude::*;
use serde_json::{Value as J, json};
use std::collections::BTreeMap;

pub type Output = BTreeMap<String, Vec<u8>>;

/// One page in one language: its output path, its HTML or the template's error, and the
/// problems of its Markdown.
type JobResult = (String, Result<Vec<u8>, Diagnostic>, Vec<Diagnostic>);

/// A template error's place and message: the same error on many pages is reported once.
type ErrorKey = (String, usize, usize, String);

/// Renders the whole site. Problems are returned with the output; the output is only to be
/// written when there are no errors.
pub fn render(site: &Site, templates: &Templates) -> (Output, Vec<Diagnostic>) {
    render_observed(site, templates, &crate::progress::Quiet)
}

/// `render`, telling `observer` how many pages there are and when each is done.
pub fn render_observed(
    site: &Site,
    templates: &Templates,
    observer: &dyn crate::progress::Observer,
) -> (Output, Vec<Diagnostic>) {
    render_reusing(site, templates, observer, None)
}

/// What an earlier render of the same site lends to the next (the dev server's rebuilds):
/// the files of every page not named in `render`. The caller guarantees that nothing those
/// files show has changed, and that the earlier render had no problems.
pub struct Reuse<'a> {
    /// Ids of the pages to render again.
    pub render: &'a std::collections::BTreeSet<String>,
    /// Sections of `render` whose filtered views need rendering only where they list a page
    /// of `render` (see `build::Rerender`).
    pub listing_only: &'a std::collections::BTreeSet<String>,
    /// What to do with the sign maker pages and their QR codes.
    pub signs: SignMaker<'a>,
    pub output: &'a Output,
}

/// The sign maker in a rebuild: it shows the front matter of every office, Kita and
/// signpost in every language, which makes it the largest part of a small rebuild.
pub enum SignMaker<'a> {
    /// Render it again.
    Render,
    /// Nothing it shows changed: take its files from this earlier output.
    Keep(&'a Output),
    /// Leave it out: the caller renders it afterwards (`build::Later`), so that the dev
    /// server can show the changed page first.
    Later,
}

/// Whether `path` is a file of the sign maker: its page in a language (`de/signs/index.html`;
/// no content page lies there, see `site::check_paths`), or a QR code of it.
pub fn is_sign_file(path: &str) -> bool {
    path.starts_with("signs/")
        || matches!(
            path.split('/').collect::<Vec<_>>()[..],
            [_, "signs", "index.html"]
        )
}

/// `render_observed`, taking the files of pages that need no new rendering from `reuse`.
/// The chooser, the 404 pages, the sitemap and `robots.txt` are always rendered.
pub fn render_reusing(
    site: &Site,
    templates: &Templates,
    observer: &dyn crate::progress::Observer,
    reuse: Option<&Reuse>,
) -> (Output, Vec<Diagnostic>) {
    let config = &site.config;
    let mut timings = crate::build::Timings::new();
    let renders = |p: &Page| reuse.is_none_or(|r| r.render.contains(&p.id));
    // Heading ids of each page's source text, for the translations.
    let source_ids: BTreeMap<&str, Vec<String>> = site
        .pages
        .par_iter()
        .filter(|p| renders(p))
        .map(|p| {
            let mut sink = vec![];
            let input = Input {
                text: p.source(config).doc.body(),
                source_ids: None,
                trusted_html: config.trusted_html,
            };
            let r = markdown::render(&input, &|_| Ok(String::new()), &mut sink);
            (
                p.id.as_str(),
                r.headings.into_iter().map(|h| h.id).collect(),
            )
        })
        .collect();

    // Each page in each language, and each filtered view of a listing.
    let filters: BTreeMap<&str, Vec<Filter>> = site
        .pages
        .iter()
        .filter(|p| p.is_section)
        .map(|p| (p.id.as_str(), filters_of(site, p)))
        .collect();
    let mut jobs: Vec<(&Page, &str, Option<&Filter>)> = Vec::new();
    for p in &site.pages {
        for l in &config.languages {
            jobs.push((p, l.tag.as_str(), None));
            for f in filters.get(p.id.as_str()).into_iter().flatten() {
                jobs.push((p, l.tag.as_str(), Some(f)));
            }
        }
    }
    timings.lap("  prepared");
    observer.pages(jobs.len());
    let results: Vec<JobResult> = jobs
        .par_iter()
        .map(|(page, lang, filter)| {
            let mut diags = vec![];
            let path = format!(
                "{lang}/{}{}index.html",
                page.path,
                filter.map_or(String::new(), Filter::path)
            );
            // A filtered view of a section whose listing changed elsewhere stays as it was.
            let unchanged_view = |r: &Reuse| {
                filter.is_some_and(|f| {
                    r.listing_only.contains(&page.id)
                        && !f.ids.iter().any(|id| r.render.contains(id))
                })
            };
            if let Some(earlier) = reuse
                .filter(|r| !renders(page) || unchanged_view(r))
                .and_then(|r| r.output.get(&path))
            {
                observer.page_done();
                return (path, Ok(earlier.clone()), diags);
            }
            let all = filters.get(page.id.as_str()).map_or(&[][..], Vec::as_slice);
            let ctx = page_context(site, page, lang, &source_ids, (*filter, all), &mut diags);
            let template = template_of(site, page, templates);
            let html = render_one(templates, &template, &ctx, &path).map(String::into_bytes);
            observer.page_done();
            (path, html, diags)
        })
        .collect();

    timings.lap("  pages");
    let mut output = Output::new();
    let mut diagnostics = Vec::new();
    // A template error shows on every page that uses the template: report it once.
    let mut template_errors: BTreeMap<ErrorKey, (Diagnostic, Vec<String>)> = BTreeMap::new();
    for (path, html, diags) in results {
        diagnostics.extend(diags);
        match html {
            Ok(h) => {
                output.insert(path, h);
            }
            Err(d) => {
                let key = (d.file.clone(), d.line, d.col, d.message.clone());
                template_errors
                    .entry(key)
                    .or_insert_with(|| (d, vec![]))
                    .1
                    .push(path);
            }
        }
    }
    for (_, (mut d, paths)) in template_errors {
        let more = paths.len() - 1;
        d.message = match more {
            0 => format!("{} (while rendering {})", d.message, paths[0]),
            n => format!(
                "{} (while rendering {} and {n} more pages)",
                d.message, paths[0]
            ),
        };
        diagnostics.push(d);
    }

    for lang in &config.languages {
        let ctx = special_context(site, &lang.tag, &format!("{}/", lang.tag), "404");
        let path = format!("{}/404.html", lang.tag);
        match render_one(templates, "404.html", &ctx, &path) {
            Ok(h) => {
                output.insert(path, h.into_bytes());
            }
            Err(mut d) => {
                d.message = format!("{} (while rendering {path})", d.message);
                diagnostics.push(d);
            }
        }
    }
    let source = config.source_language.clone();
    let ctx = special_context(site, &source, "", "chooser");
    match render_one(templates, "chooser.html", &ctx, "index.html") {
        Ok(h) => {
            output.insert("index.html".into(), h.into_bytes());
        }
        Err(mut d) => {
            d.message = format!("{} (while rendering index.html)", d.message);
            diagnostics.push(d);
        }
    }
    timings.lap("  special");
    match reuse.map(|r| &r.signs) {
        Some(SignMaker::Keep(earlier)) => {
            for (path, bytes) in earlier.iter().filter(|(p, _)| is_sign_file(p)) {
                output.insert(path.clone(), bytes.clone());
            }
        }
        Some(SignMaker::Later) => {}
        Some(SignMaker::Render) | None => {
            crate::print::render_signmaker(site, templates, &mut output, &mut diagnostics)
        }
    }
    timings.lap("  signs");
    for (path, xml) in sitemap::files(site) {
        output.insert(path, xml.into_bytes());
    }
    output.insert(
        "robots.txt".into(),
        format!(
            "User-agent: *\nAllow: /\n\nSitemap: {}sitemap.xml\n",
            config.base_url
        )
        .into_bytes(),
    );
    (output, diagnostics)
}

/// A page of kind `K` renders with `K.html`; one of a theme's kind with `page.html` when
/// neither the theme nor the site has a template for it.
fn template_of(site: &Site, page: &Page, templates: &Templates) -> String {
    if page.is_home() {
        "home.html".into()
    } else if page.is_section {
        "section.html".into()
    } else {
        let own = format!("{}.html", page.kind);
        if site.kinds.is_builtin(&page.kind) || templates.files.contains_key(&own) {
            own
        } else {
            "page.html".into()
        }
    }
}

/// Renders one template. The error's message does not name the page: the caller adds it.
pub(crate) fn render_one(
    templates: &Templates,
    name: &str,
    ctx: &J,
    output_path: &str,
) -> Result<String, Diagnostic> {
    let context = tera::Context::from_serialize(ctx).map_err(|e| {
        templates::diagnostic(&e, &templates.files, &format!("context of {output_path}"))
    })?;
    let _guard = watchdog::start(name, output_path);
    templates
        .tera
        .render(name, &context)
        .map_err(|e| templates::diagnostic(&e, &templates.files, ""))
}

/// Templates are code from the site: one that loops for ever must not hang the build.
/// A render that takes longer than `LIMIT` ends the run with a message that names the
/// template and the page; nothing has been written at that point.
mod watchdog {
    use std::collections::BTreeMap;
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::{Mutex, OnceLock};
    use std::time::{Duration, Instant};

    const LIMIT: Duration = Duration::from_secs(20);

    struct Running {
        started: Instant,
        template: String,
        page: String,
    }

    fn running() -> &'static Mutex<BTreeMap<u64, Running>> {
        static RUNNING: OnceLock<Mutex<BTreeMap<u64, Running>>> = OnceLock::new();
        RUNNING.get_or_init(|| {
            std::thread::spawn(|| {
                loop {
                    std::thread::sleep(Duration::from_millis(200));
                    let map = running().lock().unwrap_or_else(|e| e.into_inner());
                    if let Some(r) = map.values().find(|r| r.started.elapsed() > LIMIT) {
                        eprintln!(
                            "error: the template `{}` did not finish rendering {} within {} s\n  = hint: look for a loop that never ends or a component that calls itself without end\nerror: the build was stopped; the output folder was left as it was",
                            r.template,
                            r.page,
                            LIMIT.as_secs()
                        );
                        std::process::exit(1);
                    }
                }
            });
            Mutex::new(BTreeMap::new())
        })
    }

    pub struct Guard(u64);

    impl Drop for Guard {
        fn drop(&mut self) {
            running()
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .remove(&self.0);
        }
    }

    pub fn start(template: &str, page: &str) -> Guard {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let id = NEXT.fetch_add(1, Ordering::Relaxed);
        let r = Running {
            started: Instant::now(),
            template: template.to_string(),
            page: page.to_string(),
        };
        running()
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(id, r);
        Guard(id)
    }
}

pub(crate) fn lang_json(config: &Config, tag: &str) -> J {
    let l = config
        .language(tag)
        .expect("tags in the model are configured");
    json!({ "tag": l.tag, "name": l.name, "dir": l.dir.as_str() })
}

/// The parts of the context every page shares.
pub(crate) fn frame(site: &Site, lang: &str, here: &str) -> serde_json::Map<String, J> {
    let config = &site.config;
    let l = config.language(lang).expect("configured");
    let mut m = serde_json::Map::new();
    m.insert("lang".into(), json!(lang));
    m.insert("dir".into(), json!(l.dir.as_str()));
    m.insert("root".into(), json!(relative(here, "")));
    m.insert(
        "site".into(),
        json!({ "base_url": config.base_url, "example_data": config.example_data, "report_email": config.report_email }),
    );
    let footer: Vec<J> = config
        .footer
        .iter()
        .filter_map(|id| site.page(id))
        .map(|p| {
            let shown = p.shown(config, lang);
            json!({ "title": shown.version.title(), "url": relative(here, &format!("{lang}/{}", p.path)), "lang": shown.lang, "dir": config.language(shown.lang).map_or("ltr", |l| l.dir.as_str()) })
        })
        .collect();
    m.insert("footer_links".into(), J::Array(footer));
    m.insert(
        "home_url".into(),
        json!(relative(here, &format!("{lang}/"))),
    );
    m
}

fn page_context(
    site: &Site,
    page: &Page,
    lang: &str,
    source_ids: &BTreeMap<&str, Vec<String>>,
    (filter, all_filters): (Option<&Filter>, &[Filter]),
    diags: &mut Vec<Diagnostic>,
) -> J {
    let config = &site.config;
    let here = format!(
        "{lang}/{}{}",
        page.path,
        filter.map_or(String::new(), Filter::path)
    );
    let mut m = frame(site, lang, &here);
    let shown = page.shown(config, lang);
    let permalink = format!("{}{here}", config.base_url);

    // Markdown, with links to the reader's language.
    let ids = source_ids.get(page.id.as_str()).map(Vec::as_slice);
    let is_source = shown.lang == config.source_language;
    let input = Input {
        text: shown.version.doc.body(),
        source_ids: if is_source { None } else { ids },
        trusted_html: config.trusted_html,
    };
    let mut problems = vec![];
    let resolve = |dest: &str| -> Result<String, String> {
        let (target, anchor) = site.resolve_link(&page.id, dest)?;
        let mut href = relative(&here, &format!("{lang}/{}", target.path));
        if let Some(a) = anchor {
            href.push('#');
            href.push_str(a);
        }
        Ok(href)
    };
    let rendered = markdown::render(&input, &resolve, &mut problems);
    // Report a file's link problems once: when rendering it for its own language.
    if !shown.fallback {
        let src = &shown.version.doc.source;
        let base = shown.version.doc.body_start;
        for p in problems {
            let (start, end) = (base + p.start, base + p.end);
            let d = match p.warning {
                true => Diagnostic::warning_at(src, start, end, p.message),
                false => Diagnostic::error_at(src, start, end, p.message),
            };
            diags.push(d.with_hint(p.hint));
        }
    }

    let languages: Vec<J> = config
        .languages
        .iter()
        .map(|l| {
            json!({
                "tag": l.tag, "name": l.name, "dir": l.dir.as_str(),
                "url": relative(&here, &format!("{}/{}{}", l.tag, page.path, filter.map_or(String::new(), Filter::path))),
                "current": l.tag == lang,
                "translated": page.versions.contains_key(&l.tag),
            })
        })
        .collect();
    m.insert("languages".into(), J::Array(languages));
    // Filtered listings repeat their section: not for search engines.
    let noindex = shown.fallback || filter.is_some();
    let alternates: Vec<J> = if noindex {
        vec![]
    } else {
        alternates(site, page)
    };
    m.insert("alternates".into(), J::Array(alternates));
    m.insert("canonical".into(), json!(permalink));
    m.insert("noindex".into(), json!(noindex));
    if site.pages.iter().any(crate::print::is_sign_page) {
        m.insert(
            "signs_url".into(),
            json!(relative(&here, &format!("{lang}/signs/"))),
        );
    }
    m.insert(
        "report_mailto".into(),
        json!(report_mailto(
            config,
            &permalink,
            lang,
            shown.version.title()
        )),
    );

    let mut breadcrumbs = vec![];
    let mut parent = page.parent.clone();
    while let Some(pid) = parent {
        let Some(p) = site.page(&pid) else { break };
        let crumb = p.shown(config, lang);
        breadcrumbs.push(json!({
            "title": crumb.version.title(),
            "url": relative(&here, &format!("{lang}/{}", p.path)),
            "text_lang": lang_json(config, crumb.lang),
            "fallback": crumb.fallback,
        }));
        parent = p.parent.clone();
    }
    breadcrumbs.reverse();
    if filter.is_some() {
        // A filtered listing sits below its section.
        breadcrumbs.push(json!({
            "title": shown.version.title(),
            "url": relative(&here, &format!("{lang}/{}", page.path)),
            "text_lang": lang_json(config, shown.lang),
            "fallback": shown.fallback,
        }));
    }

    let children: Vec<J> = if page.is_section {
        site.children(&page.id)
            .into_iter()
            .filter(|c| !c.is_section && !config.footer.contains(&c.id))
            .filter(|c| filter.is_none_or(|f| f.ids.contains(&c.id)))
            .map(|c| card(site, c, lang, &here))
            .collect()
    } else {
        vec![]
    };
    let sections: Vec<J> = if page.is_home() {
        site.children(&page.id)
            .into_iter()
            .filter(|c| c.is_section)
            .map(|c| card(site, c, lang, &here))
            .collect()
    } else {
        vec![]
    };
    let v = shown.version;
    let text_lang = lang_json(config, shown.lang);
    // The page's own URL in the reader's language, for the foot of the printed page.
    let qr_svg_html = crate::qr::svg(
        &permalink,
        crate::qr::Level::M,
        &format!("QR: {permalink}"),
        "qr",
    )
    .unwrap_or_default();
    let page_kind = if page.is_home() {
        "home".to_string()
    } else {
        page.kind.clone()
    };
    m.insert(
        "page".into(),
        json!({
            "kind": page_kind,
            "title": v.title(),
            "summary": v.text("summary").unwrap_or(""),
            "content": rendered.html,
            "text_lang": text_lang,
            "fallback": shown.fallback,
            "outdated": outdated_view(site, page, lang, &here, shown.fallback),
            "machine": matches!(v.texts.get("machine"), Some(Value::Bool(true))),
            "updated": v.text("updated").unwrap_or(""),
            "permalink": permalink,
            "url": "./",
            "breadcrumbs": breadcrumbs,
            "facts": facts_view(site, page, lang, &here, &v.texts, &config.upcoming_holidays),
            "jsonld_html": jsonld_html(page, v.title(), &permalink, &config.upcoming_holidays),
            "filters": filters_view(all_filters, filter, &here, &format!("{lang}/{}", page.path)),
            "qr_svg_html": qr_svg_html,
            "children": children,
            "sections": sections,
        }),
    );
    J::Object(m)
}

fn card(site: &Site, page: &Page, lang: &str, here: &str) -> J {
    let config = &site.config;
    let shown = page.shown(config, lang);
    let v = shown.version;
    // Cards list no holidays: their view is built without them.
    let facts = facts_view(site, page, lang, here, &v.texts, &[]);
    json!({
        "title": v.title(),
        "summary": v.text("summary").unwrap_or(""),
        "url": relative(here, &format!("{lang}/{}", page.path)),
        "kind": page.kind,
        "text_lang": lang_json(config, shown.lang),
        "fallback": shown.fallback,
        // The opening hours in a line or two, the days with the same times together.
        "hours": crate::print::hour_groups(&facts["opening_hours"]),
        "facts": facts,
    })
}

/// The facts of `page` for a reader of `lang` on the page at `here`.
fn facts_view(
    site: &Site,
    page: &Page,
    lang: &str,
    here: &str,
    texts: &crate::kinds::Fields,
    holidays: &[crate::holidays::Holiday],
) -> J {
    let link = |target: &Page| relative(here, &format!("{lang}/{}", target.path));
    Facts {
        site,
        page,
        lang,
        texts,
        holidays,
        link: &link,
    }
    .view()
}

/// hreflang alternates of a page: its real translations and `x-default` (the source).
fn alternates(site: &Site, page: &Page) -> Vec<J> {
    let config = &site.config;
    let mut out: Vec<J> = config
        .languages
        .iter()
        .filter(|l| page.versions.contains_key(&l.tag))
        .map(|l| json!({ "hreflang": l.tag, "href": format!("{}{}/{}", config.base_url, l.tag, page.path) }))
        .collect();
    out.push(json!({ "hreflang": "x-default", "href": format!("{}{}/{}", config.base_url, config.source_language, page.path) }));
    out
}

pub(crate) fn report_mailto(config: &Config, permalink: &str, lang: &str, title: &str) -> String {
    if config.report_email.is_empty() {
        return String::new();
    }
    let subject = format!(
        "Fehler melden / Report an error: {}",
        crate::i18n::strip_isolation(title)
    );
    let body = format!("Seite / Page: {permalink}\nSprache / Language: {lang}\n\n");
    format!(
        "mailto:{}?subject={}&body={}",
        config.report_email,
        percent(&subject),
        percent(&body)
    )
}

fn percent(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Context of pages that are not content: the chooser and the 404 pages.
fn special_context(site: &Site, lang: &str, here: &str, kind: &str) -> J {
    let config = &site.config;
    let mut m = frame(site, lang, here);
    // A 404 page is served at any depth: its links must be absolute paths.
    let base_path = config
        .base_url
        .splitn(4, '/')
        .nth(3)
        .map(|p| format!("/{p}"))
        .unwrap_or_else(|| "/".into());
    if kind == "404" {
        m.insert("root".into(), json!(base_path));
        m.insert("home_url".into(), json!(format!("{base_path}{lang}/")));
    }
    let root = m["root"].as_str().unwrap_or("").to_string();
    let languages: Vec<J> = config
        .languages
        .iter()
        .map(|l| {
            let url = if kind == "404" { format!("{root}{}/", l.tag) } else { relative(here, &format!("{}/", l.tag)) };
            json!({ "tag": l.tag, "name": l.name, "dir": l.dir.as_str(), "url": url, "current": l.tag == lang, "translated": true })
        })
        .collect();
    m.insert("languages".into(), J::Array(languages));
    m.insert("alternates".into(), J::Array(vec![]));
    m.insert(
        "canonical".into(),
        json!(format!("{}{here}", config.base_url)),
    );
    m.insert("noindex".into(), json!(kind == "404"));
    m.insert("report_mailto".into(), json!(""));
    if kind == "404" {
        let footer: Vec<J> = m["footer_links"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .into_iter()
            .zip(config.footer.iter().filter_map(|id| site.page(id)))
            .map(|(mut f, p)| {
                f["url"] = json!(format!("{base_path}{lang}/{}", p.path));
                f
            })
            .collect();
        m.insert("footer_links".into(), J::Array(footer));
    }
    J::Object(m)
}

pub(crate) fn xml(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

const SCHEMA_DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// schema.org JSON-LD for offices (`GovernmentOffice`) and Kitas (`ChildCare`), from the same
/// facts as the rendered table, as a ready `<script>` element.
fn jsonld_html(
    page: &Page,
    name: &str,
    url: &str,
    holidays: &[crate::holidays::Holiday],
) -> String {
    let kind = match page.kind.as_str() {
        "office" => "GovernmentOffice",
        "kita" => "ChildCare",
        _ => return String::new(),
    };
    let n = &page.neutral;
    let mut m = serde_json::Map::new();
    m.insert("@context".into(), json!("https://schema.org"));
    m.insert("@type".into(), json!(kind));
    m.insert("name".into(), json!(crate::i18n::strip_isolation(name)));
    if let Some(Value::Str(o)) = n.get("official_name") {
        m.insert("alternateName".into(), json!(o));
    }
    m.insert("url".into(), json!(url));
    if let Some(Value::Address(a)) = n.get("address") {
        let get = |k: &str| a.get(k).cloned().unwrap_or_default();
        m.insert(
            "address".into(),
            json!({ "@type": "PostalAddress", "streetAddress": get("street"), "postalCode": get("postcode"), "addressLocality": get("city"), "addressCountry": "DE" }),
        );
    }
    if let Some(Value::Geo { lat, lon }) = n.get("geo") {
        m.insert(
            "geo".into(),
            json!({ "@type": "GeoCoordinates", "latitude": lat, "longitude": lon }),
        );
    }
    if let Some(Value::Phone { href, .. }) = n.get("phone") {
        m.insert("telephone".into(), json!(href.trim_start_matches("tel:")));
    }
    if let Some(Value::Str(e)) = n.get("email") {
        m.insert("email".into(), json!(e));
    }
    if let Some(Value::Str(w)) = n.get("website") {
        m.insert("sameAs".into(), json!(w));
    }
    if let Some(Value::Hours(week, _)) = n.get("opening_hours") {
        let spec: Vec<J> = hours::spec_rows(week)
            .into_iter()
            .map(|(day, span)| {
                json!({
                    "@type": "OpeningHoursSpecification",
                    "dayOfWeek": format!("https://schema.org/{}", SCHEMA_DAYS[day]),
                    "opens": hours::format_time(span.from),
                    "closes": hours::format_time(span.to),
                })
            })
            .collect();
        m.insert("openingHoursSpecification".into(), J::Array(spec));
        if week.holidays_closed && !holidays.is_empty() {
            // Closed all day on each public holiday of the coming year: schema.org writes
            // that as opens = closes = 00:00 for the date.
            let special: Vec<J> = holidays
                .iter()
                .map(|h| {
                    json!({
                        "@type": "OpeningHoursSpecification",
                        "validFrom": h.date,
                        "validThrough": h.date,
                        "opens": "00:00",
                        "closes": "00:00",
                    })
                })
                .collect();
            m.insert("specialOpeningHoursSpecification".into(), J::Array(special));
        }
    }
    let langs = list_of(n, "languages");
    if !langs.is_empty() {
        m.insert("availableLanguage".into(), json!(langs));
    }
    let text = serde_json::to_string(&J::Object(m)).expect("JSON values serialize");
    // No `<`, `>` or `&` inside the element at all: `</script>` or `<!--` in a text must
    // neither end it nor change how the browser reads it. JSON allows them escaped.
    let text = text
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026");
    format!("<script type=\"application/ld+json\">{text}</script>")
}

/// A filtered view of a listing: the pages of a section for one municipality or language.
#[derive(Debug)]
pub struct Filter {
    /// `municipality` or `language`.
    pub facet: &'static str,
    /// As written (`Rotenburg (Wümme)`, `ar`).
    pub value: String,
    pub slug: String,
    /// Ids of the pages it lists.
    pub ids: Vec<String>,
}

impl Filter {
    /// Below the section's path: `filter/municipality/rotenburg-wuemme/`.
    fn path(&self) -> String {
        format!("filter/{}/{}/", self.facet, self.slug)
    }
}

/// The filters of a section: one per municipality and per language its pages name, when
/// there are at least two values to choose from.
/// The facets a listing is filtered by.
pub(crate) const FACETS: [&str; 2] = ["municipality", "language"];

/// A page's values of a facet: the municipalities it serves or is in, the languages it names.
pub(crate) fn facet_values(page: &Page, facet: &str) -> Vec<String> {
    match facet {
        "municipality" => {
            let mut v = list_of(&page.neutral, "municipalities");
            if let Some(Value::Str(m)) = page.neutral.get("municipality") {
                v.push(m.clone());
            }
            v
        }
        _ => list_of(&page.neutral, "languages"),
    }
}

fn filters_of(site: &Site, section: &Page) -> Vec<Filter> {
    let mut out = Vec::new();
    for facet in FACETS {
        let mut values: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for c in site
            .children(&section.id)
            .into_iter()
            .filter(|c| !c.is_section)
        {
            for v in facet_values(c, facet) {
                values.entry(v).or_default().push(c.id.clone());
            }
        }
        if values.len() < 2 {
            continue;
        }
        for (value, ids) in values {
            let slug = if facet == "language" {
                value.to_ascii_lowercase()
            } else {
                markdown::slug(&value)
            };
            out.push(Filter {
                facet,
                value,
                slug,
                ids,
            });
        }
    }
    out
}

fn filters_view(all: &[Filter], current: Option<&Filter>, here: &str, section_dir: &str) -> J {
    if all.is_empty() {
        return J::Null;
    }
    let entry = |f: &Filter| {
        json!({
            "value": f.value,
            "url": relative(here, &format!("{section_dir}{}", f.path())),
            "current": current.is_some_and(|c| std::ptr::eq(c, f)),
            "count": f.ids.len(),
        })
    };
    json!({
        "all_url": relative(here, section_dir),
        "current": current.map(|f| json!({ "facet": f.facet, "value": f.value })),
        "municipalities": all.iter().filter(|f| f.facet == "municipality").map(entry).collect::<Vec<_>>(),
        "languages": all.iter().filter(|f| f.facet == "language").map(entry).collect::<Vec<_>>(),
    })
}

/// The outdated notice of a translation: when the source changed, and where to read it.
fn outdated_view(site: &Site, page: &Page, lang: &str, here: &str, fallback: bool) -> J {
    if fallback {
        return J::Null;
    }
    match crate::translation::state(page, site, lang) {
        crate::translation::State::Outdated { since, .. } => json!({
            "since": since.unwrap_or_default(),
            "source_url": relative(here, &format!("{}/{}", site.config.source_language, page.path)),
            "source_lang": lang_json(&site.config, &site.config.source_language),
        }),
        _ => J::Null,
    }
}
