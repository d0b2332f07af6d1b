//! Rebuilds that render again only what a change can show on: the dev server's way to stay
//! fast on large sites. Everything else of the pipeline (reading, checking, the site model,
//! the chooser, 404 pages, sitemap, static files) runs in full every time.
//!
//! Owns: deciding, from the last good site model and the new one, which pages must be
//! rendered again. When in doubt it says "all": a rebuild must give exactly the output and
//! messages of a full build (tested in `tests/incremental.rs`). Must not: render.

use crate::build::{self, Built, Rerender};
use crate::kinds::{Fields, Value};
use crate::markdown;
use crate::progress::Observer;
use crate::render::Output;
use crate::site::{Page, Site};
use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;

/// The last build without errors: what the next rebuild may reuse.
pub struct Good {
    pub site: Site,
    pub output: Arc<Output>,
    /// The sign maker's files, when its build left them for later (`Built::later`) and they
    /// are not in `output`.
    pub signs: Option<Arc<Output>>,
}

/// Builds the site, reusing the files of `good` for pages that `changed` (site files, as
/// `content/a.de.md`, every change since `good` was built) cannot have touched. With
/// `signs_later`, a sign maker that must be rendered again is left to `Built::later`.
pub fn rebuild(
    root: &Path,
    observer: &dyn Observer,
    good: Option<&Good>,
    changed: &BTreeSet<String>,
    signs_later: bool,
) -> Built {
    match good {
        Some(good) => {
            let plan = |new: &Site| pages_to_render(&good.site, new, changed);
            let earlier = build::Earlier {
                output: &good.output,
                signs: good.signs.as_deref(),
                plan: &plan,
                signs_later,
            };
            build::build_reusing(root, observer, Some(earlier))
        }
        None => build::build_observed(root, observer),
    }
}

/// The ids of the pages to render again after `changed`, or `None` for all of them.
///
/// A page shows its own files, its parent's title (breadcrumbs), the cards of its children
/// (title, summary, facts; a section's filters come from its children's fields), the titles
/// of the footer pages, and links to other pages (their paths, and their headings' ids for
/// `#anchors`), and the titles of pages their fields name (`venue`). So an edit of a page's
/// files needs its own pages; when the edit is in what other pages show of it (front
/// matter), also its parent's (which lists it), the pages that name it and their parents,
/// and, for a section, every page below it. Anything else is rendered in full: a file
/// outside `content/` and `static/`, a page or translation added or removed or moved, a
/// footer page, a changed heading.
pub fn pages_to_render(old: &Site, new: &Site, changed: &BTreeSet<String>) -> Option<Rerender> {
    let only_content = changed
        .iter()
        .all(|f| f.starts_with("content/") && f.ends_with(".md") || f.starts_with("static/"));
    if !only_content || old.pages.len() != new.pages.len() {
        return None;
    }
    let mut edited = Vec::new();
    for (o, n) in old.pages.iter().zip(&new.pages) {
        let same_place = o.id == n.id
            && o.path == n.path
            && o.parent == n.parent
            && o.is_section == n.is_section
            && o.versions.keys().eq(n.versions.keys());
        if !same_place {
            return None;
        }
        let same_text = o
            .versions
            .values()
            .zip(n.versions.values())
            .all(|(a, b)| a.doc.source.text == b.doc.source.text);
        if !same_text {
            if new.config.footer.contains(&n.id) || headings(o) != headings(n) {
                return None;
            }
            edited.push((o, n));
        }
    }
    let mut render = BTreeSet::new();
    // Pages that change themselves, not only in their listing of a child.
    let mut direct = BTreeSet::new();
    // The sign maker shows the front matter of sign pages, never their Markdown text.
    let mut signs = false;
    for (old_page, page) in edited {
        render.insert(page.id.clone());
        direct.insert(page.id.clone());
        if shown_elsewhere(old_page) == shown_elsewhere(page) {
            continue;
        }
        signs = true;
        if let Some(parent) = &page.parent {
            render.insert(parent.clone());
            // The values a section's listing is filtered by (and their counts) come from
            // its children: a change there changes every filtered view.
            if facets(old_page) != facets(page) {
                direct.insert(parent.clone());
            }
        }
        // Pages whose fields name it show its title, and so do their cards.
        for p in new.pages.iter().filter(|p| refers_to(p, &page.id)) {
            render.insert(p.id.clone());
            direct.insert(p.id.clone());
            render.extend(p.parent.clone());
        }
        if page.is_section {
            for p in &new.pages {
                if below(new, p, &page.id) {
                    render.insert(p.id.clone());
                    direct.insert(p.id.clone());
                }
            }
        }
    }
    let listing_only = render.difference(&direct).cloned().collect();
    Some(Rerender {
        pages: render,
        listing_only,
        signs,
    })
}

/// What other pages show of a page: its card in its section's listing (kind, order, fields,
/// and the front matter of every language: title, summary, facts) and its title in the
/// breadcrumbs below it. Not its Markdown text.
fn shown_elsewhere(page: &Page) -> (&str, i64, &Fields, Vec<&Fields>) {
    (
        &page.kind,
        page.weight,
        &page.neutral,
        page.versions.values().map(|v| &v.texts).collect(),
    )
}

/// The values a section's listing is filtered by, of one of its pages.
fn facets(page: &Page) -> [Vec<String>; 2] {
    crate::render::FACETS.map(|f| crate::render::facet_values(page, f))
}

/// Whether a field of `page` (`venue: behoerden/jobcenter`) names the page `id`.
fn refers_to(page: &Page, id: &str) -> bool {
    page.neutral
        .values()
        .chain(page.versions.values().flat_map(|v| v.texts.values()))
        .any(|v| matches!(v, Value::Page(target) if target == id))
}

/// Whether `section_id` is an ancestor of `page`.
fn below(site: &Site, page: &Page, section_id: &str) -> bool {
    let mut parent = page.parent.as_deref();
    // The parents form a tree; the bound only guards against a cycle.
    for _ in 0..site.pages.len() {
        match parent {
            Some(p) if p == section_id => return true,
            Some(p) => parent = site.page(p).and_then(|p| p.parent.as_deref()),
            None => return false,
        }
    }
    false
}

/// The heading ids of each language version: what `#anchor` links are checked against.
fn headings(page: &Page) -> Vec<Vec<String>> {
    page.versions
        .values()
        .map(|v| {
            let input = markdown::Input {
                text: v.doc.body(),
                source_ids: None,
                trusted_html: false,
            };
            markdown::render(&input, &|_| Ok(String::new()), &mut vec![])
                .headings
                .into_iter()
                .map(|h| h.id)
                .collect()
        })
        .collect()
}
