//! What a long build shows while it runs, and the one line that sums it up.
//!
//! Owns: the progress bar (only on a terminal, never with `NO_COLOR`; plain lines
//! otherwise) and the summary line of `build` and `serve`. Must not: decide anything about
//! the build; the pipeline only tells it how far it got.

use crate::site::Site;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::time::Duration;

/// Told by the pipeline how far it got. The default does nothing.
pub trait Observer: Sync {
    /// A stage begins: `reading`, `rendering`.
    fn stage(&self, _name: &str) {}
    /// How many pages (page × language, listings' filtered views included) will be rendered.
    fn pages(&self, _total: usize) {}
    /// One more page is rendered; called from many threads.
    fn page_done(&self) {}
}

/// Shows nothing.
pub struct Quiet;
impl Observer for Quiet {}

/// Whether stderr is a terminal that may show a progress bar and colours.
pub fn fancy() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// A progress bar on stderr: the stage, pages rendered of all, elapsed time. Hidden when
/// stderr is not a terminal or `NO_COLOR` is set.
pub struct Bar {
    bar: ProgressBar,
}

impl Bar {
    pub fn new() -> Bar {
        let bar = if fancy() {
            ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr_with_hz(10))
        } else {
            ProgressBar::hidden()
        };
        bar.set_style(
            ProgressStyle::with_template("{spinner} {msg} {pos}/{len} pages [{elapsed}]")
                .expect("the template is valid"),
        );
        bar.enable_steady_tick(Duration::from_millis(100));
        Bar { bar }
    }

    /// Removes the bar before the summary is printed.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}

impl Default for Bar {
    fn default() -> Self {
        Bar::new()
    }
}

impl Observer for Bar {
    fn stage(&self, name: &str) {
        self.bar.set_message(name.to_string());
    }
    fn pages(&self, total: usize) {
        self.bar.set_length(total as u64);
    }
    fn page_done(&self) {
        self.bar.inc(1);
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// `VERB 25 pages in 7 languages (452 files) in 0.31 s, 1 warning; text per language: de 25,
/// en 25, ar 20`. The counts per language are the pages written in that language; the
/// others show a fallback.
pub fn summary_line(
    verb: &str,
    site: Option<&Site>,
    files: usize,
    warnings: usize,
    elapsed: Duration,
) -> String {
    let pages = site.map_or(0, |s| s.pages.len());
    let langs = site.map_or(0, |s| s.config.languages.len());
    format!(
        "{verb} {} in {} ({} files) in {:.2} s, {}{}",
        plural(pages, "page", "pages"),
        plural(langs, "language", "languages"),
        files,
        elapsed.as_secs_f64(),
        plural(warnings, "warning", "warnings"),
        per_language(site),
    )
}

/// `; text per language: de 25, en 25, ar 20`, or nothing without a site.
pub fn per_language(site: Option<&Site>) -> String {
    let Some(site) = site else {
        return String::new();
    };
    let counts: Vec<String> = site
        .config
        .languages
        .iter()
        .map(|l| {
            let n = site
                .pages
                .iter()
                .filter(|p| p.versions.contains_key(&l.tag))
                .count();
            format!("{} {n}", l.tag)
        })
        .collect();
    format!("; text per language: {}", counts.join(", "))
}
