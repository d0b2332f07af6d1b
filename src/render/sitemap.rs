//! `sitemap.xml`: every page in every language it is written in, with its alternates. A
//! sitemap file holds at most 50,000 URLs and 50 MB (sitemaps.org); a larger site gets
//! `sitemap-1.xml`, `sitemap-2.xml`, … and `sitemap.xml` becomes their index, so that
//! `robots.txt` names the same file either way.

use super::{alternates, xml};
use crate::kinds::Value;
use crate::site::Site;

/// The protocol's limits, with room under the 50 MB for the file's head and foot.
const MAX_URLS: usize = 50_000;
const MAX_BYTES: usize = 50 * 1000 * 1000 - 1000;

const HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
const FOOT: &str = "</urlset>\n";

/// The sitemap files of `site`: output path → XML.
pub fn files(site: &Site) -> Vec<(String, String)> {
    split(&site.config.base_url, &entries(site), MAX_URLS, MAX_BYTES)
}

/// One `<url>` element per page and language it is written in (a page shown in a fallback
/// language is not listed under the reader's language).
fn entries(site: &Site) -> Vec<String> {
    let config = &site.config;
    let mut out = Vec::new();
    for page in &site.pages {
        let alts = alternates(site, page);
        for l in &config.languages {
            let Some(v) = page.versions.get(&l.tag) else {
                continue;
            };
            let mut e = format!(
                "  <url>\n    <loc>{}</loc>\n",
                xml(&format!("{}{}/{}", config.base_url, l.tag, page.path))
            );
            if let Some(Value::Str(d)) = v.texts.get("updated") {
                e.push_str(&format!("    <lastmod>{}</lastmod>\n", xml(d)));
            }
            for a in &alts {
                e.push_str(&format!(
                    "    <xhtml:link rel=\"alternate\" hreflang=\"{}\" href=\"{}\"/>\n",
                    xml(a["hreflang"].as_str().unwrap_or_default()),
                    xml(a["href"].as_str().unwrap_or_default())
                ));
            }
            e.push_str("  </url>\n");
            out.push(e);
        }
    }
    out
}

/// `entries` as one `sitemap.xml`, or, beyond `max_urls` or `max_bytes` in a file, as
/// numbered files and an index of them at `sitemap.xml`.
fn split(
    base_url: &str,
    entries: &[String],
    max_urls: usize,
    max_bytes: usize,
) -> Vec<(String, String)> {
    let mut chunks: Vec<String> = vec![String::from(HEAD)];
    let mut urls = 0;
    for e in entries {
        let last = chunks.last_mut().expect("one chunk at least");
        if urls > 0 && (urls == max_urls || last.len() + e.len() + FOOT.len() > max_bytes) {
            last.push_str(FOOT);
            chunks.push(String::from(HEAD));
            urls = 0;
        }
        chunks.last_mut().expect("one chunk at least").push_str(e);
        urls += 1;
    }
    chunks
        .last_mut()
        .expect("one chunk at least")
        .push_str(FOOT);
    if chunks.len() == 1 {
        return vec![("sitemap.xml".into(), chunks.remove(0))];
    }
    let mut index = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    let mut files = Vec::new();
    for (i, chunk) in chunks.into_iter().enumerate() {
        let name = format!("sitemap-{}.xml", i + 1);
        index.push_str(&format!(
            "  <sitemap>\n    <loc>{}</loc>\n  </sitemap>\n",
            xml(&format!("{base_url}{name}"))
        ));
        files.push((name, chunk));
    }
    index.push_str("</sitemapindex>\n");
    files.push(("sitemap.xml".into(), index));
    files
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(i: usize) -> String {
        format!("  <url>\n    <loc>https://x.org/de/p{i}/</loc>\n  </url>\n")
    }

    #[test]
    fn a_small_site_has_one_sitemap() {
        let entries: Vec<String> = (0..3).map(entry).collect();
        let files = split("https://x.org/", &entries, 3, 10_000);
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].0, "sitemap.xml");
        assert!(files[0].1.starts_with(HEAD) && files[0].1.ends_with(FOOT));
        assert_eq!(files[0].1.matches("<url>").count(), 3);
    }

    #[test]
    fn beyond_the_limits_sitemap_xml_is_an_index_of_numbered_files() {
        let entries: Vec<String> = (0..7).map(entry).collect();
        // At most 3 URLs a file: 3 + 3 + 1.
        let files = split("https://x.org/", &entries, 3, 10_000);
        let names: Vec<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "sitemap-1.xml",
                "sitemap-2.xml",
                "sitemap-3.xml",
                "sitemap.xml"
            ]
        );
        let counts: Vec<usize> = files[..3]
            .iter()
            .map(|(_, x)| x.matches("<url>").count())
            .collect();
        assert_eq!(counts, [3, 3, 1]);
        for (_, x) in &files[..3] {
            assert!(x.starts_with(HEAD) && x.ends_with(FOOT), "{x}");
        }
        let index = &files[3].1;
        assert!(index.contains("<sitemapindex"));
        assert!(
            index.contains("<loc>https://x.org/sitemap-2.xml</loc>"),
            "{index}"
        );
        assert_eq!(index.matches("<sitemap>").count(), 3);
        // Every URL is in exactly one file, in order.
        let all: String = files[..3].iter().map(|(_, x)| x.as_str()).collect();
        for e in &entries {
            assert_eq!(all.matches(e.as_str()).count(), 1);
        }
        // The byte limit splits too: each file stays under it.
        let small = HEAD.len() + FOOT.len() + 2 * entry(0).len() + 1;
        let files = split("https://x.org/", &entries, 100, small);
        assert_eq!(
            files.len(),
            5,
            "4 files of 2, 2, 2 and 1 URLs, and the index"
        );
        for (_, x) in &files[..4] {
            assert!(x.len() <= small, "{} bytes", x.len());
        }
    }
}
