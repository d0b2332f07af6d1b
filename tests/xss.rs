//! Known XSS vectors (the OWASP filter-evasion cheat sheet and similar, tests/xss/vectors.txt)
//! through Markdown bodies, titles, summaries, typed fields and Fluent strings: none may reach
//! the output as active content.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn vectors() -> Vec<String> {
    fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/xss/vectors.txt"
    ))
    .unwrap()
    .lines()
    .filter(|l| !l.trim().is_empty())
    .map(String::from)
    .collect()
}

fn yaml_single(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

fn build(dir: &Path) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args(["build"])
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn site(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wegweiser-xss-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(dir.join("content/behoerden")).unwrap();
    fs::create_dir_all(dir.join("translations")).unwrap();
    fs::write(dir.join("site.yaml"), "base_url: https://example.org/\nreport_email: hilfe@example.org\nlanguages:\n  - tag: de\n    name: Deutsch\n  - tag: ar\n    name: العربية\n").unwrap();
    dir
}

/// A start tag of the output: its lower-case name and its attribute text.
fn tags(html: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let b = html.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'<' && i + 1 < b.len() && b[i + 1].is_ascii_alphabetic() {
            let mut j = i + 1;
            while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'-' || b[j] == b':') {
                j += 1;
            }
            let name = html[i + 1..j].to_ascii_lowercase();
            let mut k = j;
            let mut quote = 0u8;
            while k < b.len() && (quote != 0 || b[k] != b'>') {
                if quote == 0 && (b[k] == b'"' || b[k] == b'\'') {
                    quote = b[k];
                } else if quote == b[k] {
                    quote = 0;
                }
                k += 1;
            }
            out.push((name, html[j..k.min(b.len())].to_string()));
            i = k;
        } else {
            i += 1;
        }
    }
    out
}

/// The attributes of a tag: (lower-case name, value with character references decoded).
fn attributes(attrs: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let chars: Vec<char> = attrs.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        while i < chars.len() && (chars[i].is_whitespace() || chars[i] == '/') {
            i += 1;
        }
        let start = i;
        while i < chars.len() && !chars[i].is_whitespace() && chars[i] != '=' && chars[i] != '/' {
            i += 1;
        }
        let name: String = chars[start..i]
            .iter()
            .collect::<String>()
            .to_ascii_lowercase();
        while i < chars.len() && chars[i].is_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if i < chars.len() && chars[i] == '=' {
            i += 1;
            while i < chars.len() && chars[i].is_whitespace() {
                i += 1;
            }
            if i < chars.len() && (chars[i] == '"' || chars[i] == '\'') {
                let q = chars[i];
                i += 1;
                while i < chars.len() && chars[i] != q {
                    value.push(chars[i]);
                    i += 1;
                }
                i += 1;
            } else {
                while i < chars.len() && !chars[i].is_whitespace() {
                    value.push(chars[i]);
                    i += 1;
                }
            }
        }
        if !name.is_empty() {
            out.push((name, decode(&value)));
        }
        if i == start {
            i += 1;
        }
    }
    out
}

/// Decodes numeric character references and the few named ones that matter here.
fn decode(v: &str) -> String {
    let mut out = String::new();
    let mut rest = v;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let end = rest.find(';').unwrap_or(rest.len()).min(12);
        let entity = &rest[1..end.max(1)];
        let ch = if let Some(hex) = entity
            .strip_prefix("#x")
            .or_else(|| entity.strip_prefix("#X"))
        {
            u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)
        } else if let Some(dec) = entity.strip_prefix('#') {
            dec.parse().ok().and_then(char::from_u32)
        } else {
            match entity {
                "colon" => Some(':'),
                "tab" => Some('\t'),
                "newline" => Some('\n'),
                "amp" => Some('&'),
                "quot" => Some('"'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                _ => None,
            }
        };
        match ch {
            Some(c) => {
                out.push(c);
                rest = &rest[(end + 1).min(rest.len())..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

const URL_ATTRIBUTES: &[&str] = &[
    "href",
    "src",
    "action",
    "formaction",
    "data",
    "background",
    "dynsrc",
    "lowsrc",
    "xlink:href",
    "poster",
    "srcset",
    "codebase",
    "cite",
];

/// Why a page is unsafe, if it is.
fn active_content(html: &str) -> Vec<String> {
    let mut found = Vec::new();
    let body_start = html.find("<body").unwrap_or(0);
    for (name, attrs) in tags(html) {
        let parsed = attributes(&attrs);
        let refresh = name == "meta" && parsed.iter().any(|(a, _)| a == "http-equiv");
        for (attr, value) in parsed {
            if attr.starts_with("on") && attr.len() > 2 {
                found.push(format!("event handler `{attr}` in <{name}{attrs}>"));
            }
            if attr == "style" {
                found.push(format!("style attribute in <{name}{attrs}>"));
            }
            let squeezed: String = value
                .chars()
                .filter(|c| !c.is_whitespace() && !c.is_control())
                .collect::<String>()
                .to_ascii_lowercase();
            let is_url = URL_ATTRIBUTES.contains(&attr.as_str()) || (refresh && attr == "content");
            if is_url
                && ["javascript:", "vbscript:", "data:text", "url=javascript"]
                    .iter()
                    .any(|b| squeezed.contains(b))
            {
                found.push(format!("script URL in `{attr}` of <{name}{attrs}>"));
            }
        }
        if [
            "iframe", "object", "embed", "applet", "frame", "frameset", "base", "form", "isindex",
            "style", "template", "noscript", "button", "input",
        ]
        .contains(&name.as_str())
        {
            found.push(format!("<{name}> element"));
        }
        if name == "script" && !attrs.contains("application/ld+json") {
            found.push(format!("<script{attrs}>"));
        }
        if (name == "link" || name == "meta")
            && html
                .find(&format!("<{name}{attrs}>"))
                .is_some_and(|p| p > body_start)
        {
            found.push(format!("<{name}> in the body"));
        }
    }
    found
}

fn all_html(dir: &Path) -> Vec<(String, String)> {
    let mut out = Vec::new();
    fn walk(base: &Path, d: &Path, out: &mut Vec<(String, String)>) {
        for e in fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(base, &p, out);
            } else if p.extension().is_some_and(|x| x == "html") {
                out.push((
                    p.strip_prefix(base).unwrap().display().to_string(),
                    fs::read_to_string(&p).unwrap(),
                ));
            }
        }
    }
    walk(dir, dir, &mut out);
    out
}

#[test]
fn the_scanner_sees_active_content() {
    // The check must be able to fail: it finds what the vectors would do unsanitized.
    assert!(!active_content("<p><img src=x onerror=alert(1)></p>").is_empty());
    assert!(!active_content("<a href=\"jav&#x09;ascript:alert(1)\">x</a>").is_empty());
    assert!(!active_content("<img src=&#106;&#97;vascript:alert(1)>").is_empty());
    assert!(
        active_content("<meta name=\"description\" content=\"&lt;img onerror=alert(1)&gt;\">")
            .is_empty(),
        "escaped text in an attribute is harmless"
    );
    assert!(!active_content("<body><script>alert(1)</script>").is_empty());
    assert!(!active_content("<div style=\"background:url(x)\">").is_empty());
    assert!(active_content("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>").is_empty());
}

#[test]
fn no_vector_survives_as_active_content() {
    let dir = site("html");
    let vs = vectors();
    let mut fluent = String::from(
        "site-title = Wegweiser <script>alert(1)</script>\nsite-publisher = <img src=x onerror=alert(1)>\n",
    );
    fluent.push_str("report-error = <a href=\"javascript:alert(1)\">Fehler</a>\n");
    fs::write(dir.join("translations/de.ftl"), fluent).unwrap();
    fs::write(dir.join("content/_index.de.md"), "---\ntitle: Start\n---\n").unwrap();
    for (i, v) in vs.iter().enumerate() {
        let page = format!(
            "---\ntitle: {}\nsummary: {}\n---\n\n{v}\n\nText {v} Ende.\n\n- {v}\n",
            yaml_single(v),
            yaml_single(v)
        );
        fs::write(dir.join(format!("content/v{i:03}.de.md")), &page).unwrap();
        // The same through a translation, whose text is shown under an Arabic page.
        fs::write(dir.join(format!("content/v{i:03}.ar.md")), &page).unwrap();
        let office = format!(
            "---\ntitle: Amt {i}\nkind: office\nservices: {}\nbooking: {}\nbring: [{}]\naddress:\n  street: {}\n  city: {}\n  room: {}\n---\n",
            yaml_single(v),
            yaml_single(v),
            yaml_single(v),
            yaml_single(v),
            yaml_single(v),
            yaml_single(v)
        );
        fs::write(dir.join(format!("content/behoerden/a{i:03}.de.md")), office).unwrap();
    }
    let (code, stderr) = build(&dir);
    assert_eq!(
        code, 0,
        "the vectors are sanitized or escaped, not build errors:\n{stderr}"
    );
    let pages = all_html(&dir.join("public"));
    assert!(pages.len() > 2 * vs.len(), "every vector page was written");
    let mut problems = Vec::new();
    for (path, html) in &pages {
        for p in active_content(html) {
            problems.push(format!("{path}: {p}"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} active contents, e.g.:\n{}",
        problems.len(),
        problems
            .iter()
            .take(15)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn script_links_and_images_in_markdown_are_errors() {
    let dir = site("links");
    fs::write(
        dir.join("translations/de.ftl"),
        "site-title = T\nsite-publisher = P\n",
    )
    .unwrap();
    let links = [
        "[x](javascript:alert(1))",
        "[x](JAVASCRIPT:alert(1))",
        "[x](  javascript:alert(1))",
        "[x](java\tscript:alert(1))",
        "[x](vbscript:msgbox(1))",
        "[x](data:text/html,<script>alert(1)</script>)",
        "![x](javascript:alert(1))",
        "[x](<javascript:alert(1)>)",
    ];
    let body: String = links.iter().map(|l| format!("{l}\n\n")).collect();
    fs::write(
        dir.join("content/_index.de.md"),
        format!("---\ntitle: Start\n---\n\n{body}"),
    )
    .unwrap();
    let (code, stderr) = build(&dir);
    assert_eq!(code, 1, "{stderr}");
    let refused = stderr.matches("is not allowed").count();
    let literal = links
        .iter()
        .filter(|l| l.contains("java\tscript") || l.contains("(  "))
        .count();
    assert!(
        refused >= links.len() - literal,
        "each script link is refused:\n{stderr}"
    );
    assert!(!dir.join("public").exists());
    let _ = fs::remove_dir_all(&dir);
}
