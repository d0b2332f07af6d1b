//! Markdown → HTML for one page in one language: a pure function of the text, the heading
//! ids of the source language, and a link resolver.
//!
//! Owns: pulldown-cmark options, heading ids (from the source language, so anchors work in
//! every translation), rewriting links to other content files, footnote ids, and keeping
//! raw HTML out unless the site trusts it. Must not: read files or know URLs itself.

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd, html};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    pub level: u8,
    pub id: String,
    pub text: String,
    /// Byte offset of the heading in the Markdown text.
    pub start: usize,
}

#[derive(Debug, Default)]
pub struct Rendered {
    pub html: String,
    pub headings: Vec<Heading>,
    /// Links to other content files and to anchors of this page (`#x`), as written, for
    /// `check`.
    pub content_links: Vec<Reference>,
    /// Links to addresses of the site written as paths (`/de/kita/`, `../plan.pdf`), for
    /// `check`.
    pub path_links: Vec<Reference>,
    /// Images, with their alt text, for `check`.
    pub images: Vec<Reference>,
}

/// A link or an image of the Markdown text: where it is (byte offsets of the text), its
/// destination as written, and (for images) its alt text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reference {
    pub start: usize,
    pub end: usize,
    pub dest: String,
    pub alt: String,
}

/// A problem found while rendering, at a byte offset of the Markdown text.
#[derive(Debug)]
pub struct Problem {
    pub start: usize,
    pub end: usize,
    pub message: String,
    pub hint: String,
    /// A warning (the page is still right, but not as written), not an error.
    pub warning: bool,
}

pub struct Input<'a> {
    pub text: &'a str,
    /// The source language's heading ids, in order; `None` when this is the source.
    pub source_ids: Option<&'a [String]>,
    pub trusted_html: bool,
}

pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Renders Markdown. `resolve` turns a link to a content file (`../a/b.md#x`) into an href,
/// or says why it cannot.
pub fn render(
    input: &Input,
    resolve: &dyn Fn(&str) -> Result<String, String>,
    problems: &mut Vec<Problem>,
) -> Rendered {
    let events: Vec<(Event, std::ops::Range<usize>)> = Parser::new_ext(input.text, options())
        .into_offset_iter()
        .collect();

    // Pass 1: headings and their ids.
    let mut headings = Vec::new();
    let mut i = 0;
    let mut used: Vec<String> = Vec::new();
    while i < events.len() {
        if let Event::Start(Tag::Heading { level, id, .. }) = &events[i].0 {
            let mut text = String::new();
            let mut j = i + 1;
            while j < events.len() && !matches!(events[j].0, Event::End(TagEnd::Heading(_))) {
                if let Event::Text(t) | Event::Code(t) = &events[j].0 {
                    text.push_str(t);
                }
                j += 1;
            }
            let index = headings.len();
            let wanted = match (input.source_ids.and_then(|ids| ids.get(index)), id) {
                (Some(source_id), _) => source_id.clone(),
                (None, Some(explicit)) => explicit.to_string(),
                (None, None) => slug(&text),
            };
            let mut unique = wanted.clone();
            let mut n = 2;
            while used.contains(&unique) {
                unique = format!("{wanted}-{n}");
                n += 1;
            }
            used.push(unique.clone());
            headings.push(Heading {
                level: heading_level(*level),
                id: unique,
                text: text.trim().to_string(),
                start: events[i].1.start,
            });
            i = j;
        }
        i += 1;
    }

    // Pass 2: rewrite.
    let mut content_links = Vec::new();
    let mut path_links = Vec::new();
    let mut images: Vec<Reference> = Vec::new();
    let mut in_image = false;
    let mut footnotes: Vec<String> = Vec::new();
    let mut has_raw_html = false;
    let mut heading_index = 0;
    let mut out: Vec<Event> = Vec::with_capacity(events.len());
    for (event, range) in events {
        let event = match event {
            Event::Start(Tag::Heading {
                level,
                classes,
                attrs,
                ..
            }) => {
                let id = headings[heading_index].id.clone();
                heading_index += 1;
                Event::Start(Tag::Heading {
                    level,
                    id: Some(CowStr::from(id)),
                    classes,
                    attrs,
                })
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let dest = match link_target(&dest_url) {
                    LinkKind::Content => {
                        content_links.push(Reference {
                            start: range.start,
                            end: range.end,
                            dest: dest_url.to_string(),
                            alt: String::new(),
                        });
                        match resolve(&dest_url) {
                            Ok(href) => CowStr::from(href),
                            // The target's own file has an error, reported there.
                            Err(message) if message.is_empty() => CowStr::from("#"),
                            Err(message) => {
                                problems.push(Problem {
                                    start: range.start,
                                    end: range.end,
                                    message,
                                    hint: "link to another page by its file, relative to this one: `[Jobcenter](../behoerden/jobcenter.md)`".into(),
                                    warning: false,
                                });
                                CowStr::from("#")
                            }
                        }
                    }
                    LinkKind::Refused => {
                        problems.push(Problem {
                            start: range.start,
                            end: range.end,
                            message: format!("the link target `{dest_url}` is not allowed"),
                            hint: "links go to web addresses (`https://…`), e-mail (`mailto:`), phone (`tel:`) or to content files (`page.md`)".into(),
                            warning: false,
                        });
                        CowStr::from("#")
                    }
                    LinkKind::Other => {
                        let reference = Reference {
                            start: range.start,
                            end: range.end,
                            dest: dest_url.to_string(),
                            alt: String::new(),
                        };
                        let scheme = dest_url
                            .split(['/', '?', '#'])
                            .next()
                            .is_some_and(|first| first.contains(':'));
                        if dest_url.starts_with('#') {
                            content_links.push(reference);
                        } else if !scheme
                            && link_type != pulldown_cmark::LinkType::Email
                            && !dest_url.starts_with("//")
                            && !dest_url.is_empty()
                        {
                            path_links.push(reference);
                        }
                        dest_url
                    }
                };
                Event::Start(Tag::Link {
                    link_type,
                    dest_url: dest,
                    title,
                    id,
                })
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                images.push(Reference {
                    start: range.start,
                    end: range.end,
                    dest: dest_url.to_string(),
                    alt: String::new(),
                });
                in_image = true;
                let bare = dest_url.trim();
                let elsewhere = remote(bare);
                let dest = match link_target(&dest_url) {
                    LinkKind::Refused => {
                        problems.push(Problem {
                            start: range.start,
                            end: range.end,
                            message: format!("the image address `{dest_url}` is not allowed"),
                            hint: "images are files of the site: save it under `static/` and write its path (`/bilder/plan.png`)".into(),
                            warning: false,
                        });
                        CowStr::from("")
                    }
                    // The reader's browser would ask another site for it (and tell it who
                    // reads what): the site loads nothing from other origins.
                    _ if elsewhere => {
                        problems.push(remote_image(range.start, range.end, bare));
                        CowStr::from("")
                    }
                    _ => dest_url,
                };
                Event::Start(Tag::Image {
                    link_type,
                    dest_url: dest,
                    title,
                    id,
                })
            }
            Event::End(TagEnd::Image) => {
                in_image = false;
                Event::End(TagEnd::Image)
            }
            Event::Text(t) | Event::Code(t) if in_image => {
                if let Some(image) = images.last_mut() {
                    image.alt.push_str(&t);
                }
                Event::Text(t)
            }
            Event::FootnoteReference(name) => {
                let n = match footnotes.iter().position(|f| **f == *name) {
                    Some(p) => p + 1,
                    None => {
                        footnotes.push(name.to_string());
                        footnotes.len()
                    }
                };
                let id = footnote_id(&name);
                Event::Html(CowStr::from(format!(
                    "<sup class=\"footnote-ref\"><a href=\"#fn-{id}\" id=\"fnref-{id}\">{n}</a></sup>"
                )))
            }
            Event::Start(Tag::FootnoteDefinition(name)) => {
                let id = footnote_id(&name);
                Event::Html(CowStr::from(format!(
                    "<div class=\"footnote\" id=\"fn-{id}\">"
                )))
            }
            Event::End(TagEnd::FootnoteDefinition) => Event::Html(CowStr::from("</div>")),
            // An HTML block arrives a line at a time: a tag over two lines is read whole
            // here, where the block starts. Inline HTML is one tag an event.
            Event::Start(Tag::HtmlBlock) | Event::InlineHtml(_) if !input.trusted_html => {
                let raw = &input.text[range.clone()];
                let (start, end) = (range.start, range.start + raw.trim_end().len());
                match removed_html(raw) {
                    Some(Removed::Unsafe(what)) => problems.push(Problem {
                        start,
                        end,
                        message: format!("{what} is removed from the page"),
                        hint: "content shows only harmless HTML (`<details>`, `<abbr>`, `<kbd>`, `<br>`…); write it in Markdown, or set `trusted_html: true` in site.yaml if every editor is trusted".into(),
                        warning: true,
                    }),
                    Some(Removed::Remote(src)) => problems.push(remote_image(start, end, &src)),
                    None => {}
                }
                if let Event::InlineHtml(raw) = event {
                    has_raw_html = true;
                    Event::Html(raw)
                } else {
                    event
                }
            }
            Event::Html(raw) | Event::InlineHtml(raw) => {
                has_raw_html = true;
                Event::Html(raw)
            }
            other => other,
        };
        out.push(event);
    }
    let mut html_out = String::with_capacity(input.text.len() * 3 / 2);
    html::push_html(&mut html_out, out.into_iter());
    if has_raw_html && !input.trusted_html {
        html_out = sanitize(&html_out);
    }
    Rendered {
        html: html_out,
        headings,
        content_links,
        path_links,
        images,
    }
}

/// Removes scripts, event handlers, frames, styles and dangerous URLs from HTML that holds
/// raw HTML of the content, keeping harmless markup (`<br>`, `<abbr>`, `<kbd>`, `<details>`)
/// and what the Markdown rendering itself produces (ids, classes, `dir`, `lang`).
pub fn sanitize(html: &str) -> String {
    cleaner().clean(html).to_string()
}

/// The sanitizer's settings, made once.
fn cleaner() -> &'static ammonia::Builder<'static> {
    use std::sync::OnceLock;
    static CLEANER: OnceLock<ammonia::Builder<'static>> = OnceLock::new();
    CLEANER.get_or_init(|| {
        let mut b = ammonia::Builder::default();
        b.add_tags(EXTRA_TAGS)
            .add_generic_attributes(["id", "class", "dir", "lang", "title"])
            .add_tag_attributes("th", ["scope"])
            .add_tag_attributes("td", ["colspan", "rowspan"])
            .add_tag_attributes("time", ["datetime"])
            .add_tag_attributes("details", ["open"])
            .url_schemes(["http", "https", "mailto", "tel"].into_iter().collect())
            .link_rel(None)
            // The site loads nothing from other origins (the build reports such an image).
            .attribute_filter(|tag, attr, value| match (tag, attr) {
                ("img", "src" | "srcset") if remote(value) => None,
                _ => Some(value.into()),
            });
        b
    })
}

/// An image from another site, in Markdown or raw HTML: an error.
fn remote_image(start: usize, end: usize, src: &str) -> Problem {
    Problem {
        start,
        end,
        message: format!("the image `{src}` is loaded from another site"),
        hint: "save the image under `static/` and write its path (`/bilder/plan.png`): the site loads nothing from other origins".into(),
        warning: false,
    }
}

/// What `sanitize` does to a piece of raw HTML that a writer should hear about.
enum Removed {
    /// A tag, handler or script address it takes out (a warning).
    Unsafe(String),
    /// An image from another site (an error, as in Markdown).
    Remote(String),
}

/// The tags `sanitize` keeps.
fn kept_tags() -> &'static std::collections::HashSet<&'static str> {
    use std::sync::OnceLock;
    static KEPT: OnceLock<std::collections::HashSet<&'static str>> = OnceLock::new();
    KEPT.get_or_init(|| cleaner().clone_tags())
}

/// Tags kept beyond ammonia's defaults.
const EXTRA_TAGS: [&str; 11] = [
    "details",
    "summary",
    "abbr",
    "kbd",
    "bdi",
    "bdo",
    "mark",
    "small",
    "time",
    "figure",
    "figcaption",
];

/// Whether a URL attribute's value runs code or loads data.
fn script_url(value: &str) -> bool {
    let compact: String = value
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    ["javascript:", "vbscript:", "data:"]
        .iter()
        .any(|s| compact.starts_with(s))
}

/// Whether an image address is on another site.
/// Browsers read `http:x/p.gif`, `//x/p.gif`, `/\\x/p.gif` and `https&#58;//x` as other
/// sites: a web scheme, or two slashes of either kind, after whitespace, control characters
/// and character references are taken out.
pub(crate) fn remote(value: &str) -> bool {
    let v = plain(value);
    let two_slashes = v.len() >= 2 && v[..2].chars().all(|c| c == '/' || c == '\\');
    // Schemes a browser fetches an image by (`x:…` fetches nothing; `javascript:` is
    // reported as a script address).
    let fetched = v
        .split_once(':')
        .is_some_and(|(s, _)| matches!(s, "http" | "https" | "ftp"));
    two_slashes || fetched
}

/// An address as a browser reads it: character references decoded, whitespace and control
/// characters taken out, lowercase.
fn plain(value: &str) -> String {
    let mut v = String::new();
    let mut rest = value;
    while let Some(c) = rest.chars().next() {
        if c == '&' {
            let end = rest.find(';').filter(|&e| e <= 10);
            let entity = end.map(|e| &rest[1..e]).unwrap_or("");
            let decoded = match entity.to_ascii_lowercase().as_str() {
                "colon" => Some(':'),
                "sol" => Some('/'),
                "bsol" => Some('\\'),
                e if e.starts_with("#x") => u32::from_str_radix(&e[2..], 16)
                    .ok()
                    .and_then(char::from_u32),
                e if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
                _ => None,
            };
            if let (Some(d), Some(e)) = (decoded, end) {
                v.push(d);
                rest = &rest[e + 1..];
                continue;
            }
        }
        if !c.is_whitespace() && !c.is_control() {
            v.push(c.to_ascii_lowercase());
        }
        rest = &rest[c.len_utf8()..];
    }
    v
}

/// The tags of raw HTML and their attributes (name lowercased, value as written).
fn tags(raw: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut out = Vec::new();
    let mut rest = raw;
    while let Some(i) = rest.find('<') {
        rest = &rest[i + 1..];
        if let Some(after) = rest.strip_prefix("!--") {
            rest = after.find("-->").map_or("", |j| &after[j + 3..]);
            continue;
        }
        let body = rest.trim_start_matches('/');
        let name: String = body
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect();
        // `<3`, `< b`: not a tag.
        if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
            continue;
        }
        let mut attrs = Vec::new();
        let mut chars = body[name.len()..].char_indices().peekable();
        let attr_text = &body[name.len()..];
        let mut end = attr_text.len();
        while let Some(&(k, c)) = chars.peek() {
            if c == '>' {
                end = k;
                break;
            }
            if c.is_whitespace() || c == '/' {
                chars.next();
                continue;
            }
            let mut attr = String::new();
            while let Some(&(_, c)) = chars.peek() {
                if c.is_whitespace() || c == '=' || c == '>' || c == '/' {
                    break;
                }
                attr.push(c.to_ascii_lowercase());
                chars.next();
            }
            while chars.peek().is_some_and(|&(_, c)| c.is_whitespace()) {
                chars.next();
            }
            let mut value = String::new();
            if chars.peek().is_some_and(|&(_, c)| c == '=') {
                chars.next();
                while chars.peek().is_some_and(|&(_, c)| c.is_whitespace()) {
                    chars.next();
                }
                match chars.peek().map(|&(_, c)| c) {
                    Some(q @ ('"' | '\'')) => {
                        chars.next();
                        for (_, c) in chars.by_ref() {
                            if c == q {
                                break;
                            }
                            value.push(c);
                        }
                    }
                    _ => {
                        while let Some(&(_, c)) = chars.peek() {
                            if c.is_whitespace() || c == '>' {
                                break;
                            }
                            value.push(c);
                            chars.next();
                        }
                    }
                }
            }
            if !attr.is_empty() {
                attrs.push((attr, value));
            }
        }
        out.push((name.to_ascii_lowercase(), attrs));
        rest = &attr_text[end.min(attr_text.len())..];
    }
    out
}

/// What `sanitize` takes out of a piece of raw HTML, or an image it would load from another
/// site; `None` when it keeps it whole.
fn removed_html(raw: &str) -> Option<Removed> {
    for (name, attrs) in tags(raw) {
        if !kept_tags().contains(name.as_str()) {
            return Some(Removed::Unsafe(format!("raw HTML `<{name}>`")));
        }
        for (attr, value) in &attrs {
            if attr.starts_with("on") {
                return Some(Removed::Unsafe(format!(
                    "the attribute `{attr}` of raw HTML"
                )));
            }
            let url = matches!(
                attr.as_str(),
                "href" | "src" | "srcset" | "action" | "formaction" | "cite" | "longdesc"
            );
            if url && (script_url(value) || script_url(&plain(value))) {
                return Some(Removed::Unsafe("a script address in raw HTML".into()));
            }
            if name == "img" && (attr == "src" || attr == "srcset") && remote(value) {
                return Some(Removed::Remote(value.trim().to_string()));
            }
        }
    }
    None
}

enum LinkKind {
    /// A link to another content file, to resolve.
    Content,
    /// A scheme that would run code or load data.
    Refused,
    /// A web address, an anchor, mail, phone…
    Other,
}

fn link_target(dest: &str) -> LinkKind {
    let lower: String = dest
        .trim()
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase();
    if lower.starts_with("javascript:")
        || lower.starts_with("vbscript:")
        || lower.starts_with("data:")
    {
        return LinkKind::Refused;
    }
    if lower.contains(':') || lower.starts_with('#') || lower.starts_with("//") || lower.is_empty()
    {
        return LinkKind::Other;
    }
    let path = lower.split(['#', '?']).next().unwrap_or_default();
    if path.ends_with(".md") {
        LinkKind::Content
    } else {
        LinkKind::Other
    }
}

fn footnote_id(name: &str) -> String {
    slug(name)
}

fn heading_level(l: HeadingLevel) -> u8 {
    match l {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// An id from a heading: lowercase, German umlauts spelt out, other letters kept, the rest
/// a hyphen. `Was Sie mitbringen müssen` → `was-sie-mitbringen-muessen`.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut dash = false;
    for c in text.trim().chars().flat_map(char::to_lowercase) {
        let piece: Option<&str> = match c {
            'ä' => Some("ae"),
            'ö' => Some("oe"),
            'ü' => Some("ue"),
            'ß' => Some("ss"),
            _ => None,
        };
        if let Some(p) = piece {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push_str(p);
        } else if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.push(c);
        } else {
            dash = true;
        }
    }
    if out.is_empty() {
        "section".into()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removed_raw_html_is_named_and_harmless_html_is_not() {
        let said = |raw: &str| match removed_html(raw) {
            Some(Removed::Unsafe(w)) => format!("unsafe: {w}"),
            Some(Removed::Remote(src)) => format!("remote: {src}"),
            None => "kept".into(),
        };
        assert_eq!(
            said("<script>alert(1)</script>"),
            "unsafe: raw HTML `<script>`"
        );
        assert_eq!(
            said("<img src=x onerror=\"alert(1)\">"),
            "unsafe: the attribute `onerror` of raw HTML"
        );
        assert_eq!(
            said("<a href=\" JaVa\tscript:alert(1)\">x</a>"),
            "unsafe: a script address in raw HTML"
        );
        assert_eq!(
            said("<img alt=\"Pixel\" src=\"https://tracker.example/p.gif\">"),
            "remote: https://tracker.example/p.gif"
        );
        assert_eq!(
            said("<img src='//cdn.example/x.png'>"),
            "remote: //cdn.example/x.png"
        );
        // Harmless: no warning.
        for raw in [
            "<a href=\"https://lk.de/online-termin?id=3\">Termin</a>",
            "<abbr title=\"Metadata: javascript: and data: explained\">MD</abbr>",
            "<p>I <3 Zeven</p>",
            "<details><summary>Mehr</summary>Text</details>",
            "<!-- <script>ein Kommentar</script> -->",
            "<img src=\"/bilder/plan.png\" alt=\"Plan\">",
            "<br/>",
        ] {
            assert_eq!(said(raw), "kept", "{raw}");
        }
        // A tag over two lines of an HTML block is read whole.
        let problems_of = |text: &str| {
            let input = Input {
                text,
                source_ids: None,
                trusted_html: false,
            };
            let mut problems = vec![];
            let rendered = render(&input, &|_| Ok(String::new()), &mut problems);
            (problems, rendered.html)
        };
        let (p, html) = problems_of("<img src=x\n  onerror=\"alert(1)\">\n\nText\n");
        assert_eq!(
            p.len(),
            1,
            "{:?}",
            p.iter().map(|p| &p.message).collect::<Vec<_>>()
        );
        assert!(p[0].message.contains("`onerror`") && p[0].warning);
        assert!(!html.contains("alert"));
        let (p, html) = problems_of("<img alt=\"x\"\n  src=\"https://t.example/p.gif\">\n");
        assert_eq!(p.len(), 1);
        assert!(p[0].message.contains("loaded from another site") && !p[0].warning);
        assert!(!html.contains("t.example"));
        // And the sanitizer drops a remote image's source, as the message says.
        assert!(!sanitize("<img src=\"https://t.example/p.gif\" alt=\"p\">").contains("t.example"));
    }

    fn md(text: &str, ids: Option<&[String]>) -> (Rendered, Vec<Problem>) {
        let mut problems = vec![];
        let input = Input {
            text,
            source_ids: ids,
            trusted_html: false,
        };
        let r = render(
            &input,
            &|d| {
                if d.starts_with("ok") {
                    Ok(format!("../{d}/"))
                } else {
                    Err(format!("no page `{d}`"))
                }
            },
            &mut problems,
        );
        (r, problems)
    }

    #[test]
    fn heading_ids_come_from_the_source() {
        let (src, _) = md(
            "## Termin vereinbaren {#termin}\n\n## Was Sie mitbringen müssen\n",
            None,
        );
        let ids: Vec<String> = src.headings.iter().map(|h| h.id.clone()).collect();
        assert_eq!(ids, ["termin", "was-sie-mitbringen-muessen"]);
        let (ar, _) = md("## حجز موعد\n\n## ما يجب إحضاره\n", Some(&ids));
        assert!(
            ar.html.contains("<h2 id=\"termin\">حجز موعد</h2>"),
            "{}",
            ar.html
        );
        assert!(ar.html.contains("id=\"was-sie-mitbringen-muessen\""));
    }

    #[test]
    fn content_links_are_resolved_and_missing_ones_reported() {
        let (r, p) = md(
            "[a](ok.md) [b](missing.md) [c](https://x.org) [d](javascript:alert(1))",
            None,
        );
        assert!(r.html.contains("href=\"../ok.md/\""));
        assert!(r.html.contains("href=\"https://x.org\""));
        assert!(!r.html.contains("javascript"));
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].message, "no page `missing.md`");
        assert_eq!(p[0].start, 11);
    }

    #[test]
    fn images_and_content_links_are_listed_with_their_places() {
        let (r, _) = md(
            "![Das Kreishaus](haus.jpg) ![](leer.png)\n\n[a](ok.md#x)",
            None,
        );
        let images: Vec<(&str, &str, usize)> = r
            .images
            .iter()
            .map(|i| (i.dest.as_str(), i.alt.as_str(), i.start))
            .collect();
        assert_eq!(
            images,
            [("haus.jpg", "Das Kreishaus", 0), ("leer.png", "", 27)]
        );
        assert_eq!(r.content_links.len(), 1);
        assert_eq!(r.content_links[0].dest, "ok.md#x");
    }

    #[test]
    fn raw_html_is_sanitized_unless_trusted() {
        let (r, _) = md(
            "<script>alert(1)</script>\n\nText <b onclick=x>b</b> <kbd>Strg</kbd><br>\n\n<details><summary>Mehr</summary>Text</details>\n\n## Titel {#t}",
            None,
        );
        assert!(
            !r.html.contains("<script") && !r.html.contains("alert"),
            "{}",
            r.html
        );
        assert!(!r.html.contains("onclick"), "{}", r.html);
        assert!(
            r.html.contains("<b>b</b> <kbd>Strg</kbd><br>"),
            "{}",
            r.html
        );
        assert!(
            r.html.contains("<details><summary>Mehr</summary>"),
            "{}",
            r.html
        );
        assert!(
            r.html.contains("<h2 id=\"t\">"),
            "ids of headings stay: {}",
            r.html
        );
        let mut problems = vec![];
        let input = Input {
            text: "<span onclick=x>x</span>",
            source_ids: None,
            trusted_html: true,
        };
        let t = render(&input, &|_| Ok(String::new()), &mut problems);
        assert!(
            t.html.contains("onclick"),
            "a site that trusts its HTML keeps it"
        );
    }

    #[test]
    fn footnotes_get_prefixed_ids() {
        let (r, _) = md("Text[^1].\n\n[^1]: Erklärung.\n", None);
        assert!(r.html.contains("href=\"#fn-1\""), "{}", r.html);
        assert!(r.html.contains("id=\"fn-1\""), "{}", r.html);
    }
}
