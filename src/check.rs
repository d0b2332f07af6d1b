//! `wegweiser check`: everything `build` checks, the translation checks (`drift`, Fluent
//! `coverage`), plus what only the whole rendered site shows: links to anchors that do not
//! exist, images that are missing, come from another site or lack an alt text, and skipped
//! heading levels in a text.
//!
//! Owns: running all checks in order, the checks of the rendered site, and the
//! machine-readable report (`--format json`). Takes the result of `build::build`, returns it
//! with more diagnostics. Must not: write files.

use crate::build::{self, Built};
use crate::diagnostic::{self, Diagnostic, Severity};
use crate::markdown::{self, Input, Rendered};
use crate::render::Output;
use crate::site::{Page, Site};
use std::path::Path;

/// Builds the site in memory and checks it.
pub fn check(root: &Path) -> Built {
    let mut built = build::build(root);
    if let Some(site) = &built.site {
        let mut more = crate::drift::check(site);
        crate::coverage::check(root, &site.config, &mut more);
        // Links, anchors and images are checked against the rendered site: with a broken
        // theme nothing was rendered, and every one of them would be reported.
        if !built.output.is_empty() {
            for page in &site.pages {
                check_page(site, page, &built.output, &mut more);
            }
        }
        built.diagnostics.extend(more);
        diagnostic::sort(&mut built.diagnostics);
    }
    built
}

fn render(site: &Site, text: &str, source_ids: Option<&[String]>) -> Rendered {
    let input = Input {
        text,
        source_ids,
        trusted_html: site.config.trusted_html,
    };
    // Links to missing pages are the build's to report.
    markdown::render(&input, &|_| Ok(String::new()), &mut Vec::new())
}

fn check_page(site: &Site, page: &Page, output: &Output, out: &mut Vec<Diagnostic>) {
    let config = &site.config;
    let source = page.source(config);
    let source_rendered = render(site, source.doc.body(), None);
    let ids: Vec<String> = source_rendered
        .headings
        .iter()
        .map(|h| h.id.clone())
        .collect();
    for (lang, version) in &page.versions {
        let doc = &version.doc;
        let is_source = *lang == config.source_language;
        let translated;
        let rendered = if is_source {
            &source_rendered
        } else {
            translated = render(site, doc.body(), Some(&ids));
            &translated
        };
        let at = |severity: Severity, start: usize, end: usize, message: String| {
            let (s, e) = (doc.body_start + start, doc.body_start + end);
            match severity {
                Severity::Error => Diagnostic::error_at(&doc.source, s, e, message),
                Severity::Warning => Diagnostic::warning_at(&doc.source, s, e, message),
            }
        };

        // Headings: the title is the page's h1; the text goes down one level at a time.
        let mut previous = 1;
        for h in &rendered.headings {
            let marks = "#".repeat(usize::from(h.level));
            if h.level == 1 {
                out.push(
                    at(
                        Severity::Warning,
                        h.start,
                        h.start + 1,
                        "a second main heading (`#`): the page's title is its only `h1`".into(),
                    )
                    .with_hint("start the headings of the text with `##`"),
                );
            } else if h.level > previous + 1 {
                let want = "#".repeat(usize::from(previous) + 1);
                out.push(
                    at(Severity::Warning, h.start, h.start + usize::from(h.level), format!("the heading `{marks}` skips a level: screen readers announce a missing level"))
                        .with_hint(format!("use `{want}` here; the title counts as `#`, and headings go down one level at a time")),
                );
            }
            previous = h.level;
        }
        // Links to anchors.
        let here = format!("{lang}/{}index.html", page.path);
        for link in &rendered.content_links {
            let Some((path, anchor)) = link.dest.split_once('#') else {
                continue;
            };
            if anchor.is_empty() {
                continue;
            }
            let (target, file) = if path.is_empty() {
                (page, here.clone())
            } else {
                match site.resolve_link(&page.id, &link.dest) {
                    Ok((t, _)) => (t, format!("{lang}/{}index.html", t.path)),
                    Err(_) => continue,
                }
            };
            let has = output.get(&file).is_some_and(|html| {
                let needle = format!(" id=\"{anchor}\"");
                String::from_utf8_lossy(html).contains(&needle)
            });
            if !has {
                let target_ids: Vec<String> = render(site, target.source(config).doc.body(), None)
                    .headings
                    .into_iter()
                    .map(|h| format!("#{}", h.id))
                    .collect();
                let known = if target_ids.is_empty() {
                    "it has no headings".to_string()
                } else {
                    format!("its headings are {}", target_ids.join(", "))
                };
                out.push(
                    at(
                        Severity::Error,
                        link.start,
                        link.end,
                        format!(
                            "the link `{}` leads to no heading `#{anchor}` of `{}`",
                            link.dest,
                            target.source(config).doc.source.name
                        ),
                    )
                    .with_hint(format!(
                        "{known}; or give the heading an id there: `## Title {{#{anchor}}}`"
                    )),
                );
            }
        }

        // Links to addresses of the site, written as paths.
        for link in &rendered.path_links {
            let dest = link.dest.split(['#', '?']).next().unwrap_or_default();
            let key = output_key(&config.base_url, &format!("{lang}/{}", page.path), dest);
            let found = key.as_ref().is_some_and(|k| {
                let dir = k.trim_end_matches('/');
                output.contains_key(k)
                    || output.contains_key(&format!("{dir}/index.html"))
                    || (dir.is_empty() && output.contains_key("index.html"))
            });
            if !found {
                out.push(
                    at(Severity::Error, link.start, link.end, format!("the link `{}` leads to no page or file of the site", link.dest))
                        .with_hint("link to another page by its file, relative to this one, and wegweiser keeps the address right in every language: `[Jobcenter](../behoerden/jobcenter.md)`"),
                );
            }
        }

        // Images.
        for image in &rendered.images {
            if image.alt.trim().is_empty() {
                out.push(
                    at(Severity::Error, image.start, image.end, format!("the image `{}` has no alt text", image.dest))
                        .with_hint("write what the image shows between the brackets, for readers who cannot see it: `![The entrance of the Kreishaus](kreishaus.jpg)`"),
                );
            }
            let dest = image.dest.split(['#', '?']).next().unwrap_or_default();
            if crate::markdown::remote(dest) {
                continue; // an error of the build
            }
            if dest.contains(':') {
                continue; // data: and the like are the build's concern
            }
            match output_key(&config.base_url, &format!("{lang}/{}", page.path), dest) {
                Some(key) if output.contains_key(&key) => {}
                key => {
                    let place = key.map_or_else(
                        || "it lies outside the site".to_string(),
                        |k| format!("there is no `static/{k}`"),
                    );
                    out.push(
                        at(Severity::Error, image.start, image.end, format!("the image `{dest}` is not part of the site: {place}"))
                            .with_hint(format!("put the file under `static/`; a path is relative to the page's address `/{lang}/{}`, one starting with `/` to the site's root", page.path)),
                    );
                }
            }
        }
    }
}

/// The output path an image address of a page in the folder `dir` (`de/behoerden/`) means,
/// or `None` when it lies outside the site.
fn output_key(base_url: &str, dir: &str, dest: &str) -> Option<String> {
    let base_path = base_url
        .splitn(4, '/')
        .nth(3)
        .map(|p| format!("/{p}"))
        .unwrap_or_else(|| "/".into());
    let mut parts: Vec<&str> = Vec::new();
    let rest = if dest.starts_with('/') {
        dest.strip_prefix(&base_path)?
    } else {
        parts.extend(dir.split('/').filter(|s| !s.is_empty()));
        dest
    };
    for seg in rest.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    // The output holds files by their names, not by their addresses' escapes.
    let decoded: Vec<String> = parts
        .iter()
        .map(|p| crate::site::percent_decode(p).unwrap_or_else(|| p.to_string()))
        .collect();
    Some(decoded.join("/"))
}

/// One diagnostic of `--format json`.
#[derive(serde::Serialize)]
struct JsonDiagnostic<'a> {
    severity: Severity,
    file: &'a str,
    line: Option<usize>,
    column: Option<usize>,
    message: &'a str,
    hint: Option<&'a str>,
}

/// The diagnostics as a JSON array (the format is documented in the README).
pub fn to_json(diagnostics: &[Diagnostic]) -> String {
    let items: Vec<JsonDiagnostic> = diagnostics
        .iter()
        .map(|d| JsonDiagnostic {
            severity: d.severity,
            file: &d.file,
            line: (d.line > 0).then_some(d.line),
            column: (d.line > 0).then_some(d.col),
            message: &d.message,
            hint: d.hint.as_deref(),
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&items).expect("diagnostics serialize");
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn image_paths_resolve_against_the_page_or_the_root() {
        let base = "https://example.org/guide/";
        assert_eq!(
            output_key(base, "de/behoerden/", "../../bilder/a.png").as_deref(),
            Some("bilder/a.png")
        );
        assert_eq!(
            output_key(base, "de/behoerden/", "a.png").as_deref(),
            Some("de/behoerden/a.png")
        );
        assert_eq!(
            output_key(base, "de/", "/guide/bilder/a.png").as_deref(),
            Some("bilder/a.png")
        );
        assert_eq!(output_key(base, "de/", "/bilder/a.png"), None);
        assert_eq!(output_key(base, "de/", "../../../a.png"), None);
        // Escapes name the file's real name.
        assert_eq!(
            output_key(base, "de/", "/guide/docs/Plan%20A%20stra%C3%9Fe.pdf").as_deref(),
            Some("docs/Plan A straße.pdf")
        );
    }

    #[test]
    fn json_has_a_stable_shape() {
        let d = Diagnostic::error_file("site.yaml", "bad").with_hint("fix it");
        assert_eq!(
            to_json(&[d]),
            "[\n  {\n    \"severity\": \"error\",\n    \"file\": \"site.yaml\",\n    \"line\": null,\n    \"column\": null,\n    \"message\": \"bad\",\n    \"hint\": \"fix it\"\n  }\n]\n"
        );
    }
}
