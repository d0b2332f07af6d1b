//! `wegweiser print`: the sign sheets of a choice of pages and languages as one printable
//! HTML document, and with `--pdf` as a PDF printed by a local Chromium or Chrome.
//!
//! Owns: the command's arguments and messages. Must not: lay out sheets (that is
//! `print`) or write other than through `output::write`.

use crate::config::Paper;
use crate::diagnostic::Diagnostic;
use crate::output;
use crate::print::{self, PrintOptions};
use crate::render::Output;
use std::path::PathBuf;

#[derive(clap::Args)]
pub struct PrintArgs {
    /// Languages of each sheet, in this order, 1 to 6: `--lang de,ar,uk,fa`
    #[arg(long, value_delimiter = ',', required = true, value_name = "TAGS")]
    lang: Vec<String>,
    /// Only pages of this kind: office, kita or signpost
    #[arg(long)]
    kind: Option<String>,
    /// Only the pages of this section (its folder under content/), e.g. `behoerden`
    #[arg(long)]
    section: Option<String>,
    /// A4 or A3, portrait [default: `print: paper:` in site.yaml, else A4]
    #[arg(long, value_parser = parse_paper)]
    paper: Option<Paper>,
    /// The site's folder (with site.yaml)
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Where to write signs.html (and signs.pdf) [default: ROOT/print]
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// Also write signs.pdf, printed by a locally installed Chromium or Chrome
    #[arg(long)]
    pdf: bool,
    /// The Chromium or Chrome program for --pdf [default: the first found on PATH]
    #[arg(long, value_name = "PATH")]
    chromium: Option<PathBuf>,
}

fn parse_paper(s: &str) -> Result<Paper, String> {
    Paper::parse(s).ok_or_else(|| format!("`{s}` is not a paper size; use A4 or A3"))
}

/// Runs the command; returns the exit code.
pub fn run(args: PrintArgs) -> i32 {
    let root = args.root;
    if !root.join("site.yaml").is_file() {
        super::report(&[Diagnostic::error_file(
            "site.yaml",
            format!("there is no site.yaml in `{}`", root.display()),
        )
        .with_hint("run wegweiser in the site's folder, or give it with --root DIR")]);
        return 1;
    }
    let out = args.output.unwrap_or_else(|| root.join("print"));
    let mut diagnostics = vec![];
    let loaded = print::load(&root, &mut diagnostics);
    super::report(&diagnostics);
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    let Some(loaded) = loaded.filter(|_| errors == 0) else {
        eprintln!("error: the site has errors; nothing was printed");
        return 1;
    };
    let opts = PrintOptions {
        root: root.clone(),
        langs: args.lang.iter().map(|l| l.trim().to_string()).collect(),
        kind: args.kind,
        section: args.section,
        paper: args.paper,
        today: print::today(),
    };
    if let Err(e) = print::check_options(&loaded.site, &opts) {
        eprintln!("error: {}", e.0);
        return 2;
    }
    let chromium = if args.pdf {
        match print::find_chromium(args.chromium.as_deref()) {
            Some(c) => Some(c),
            None => {
                match &args.chromium {
                    Some(p) => {
                        eprintln!("error: --chromium `{}` is not a program file", p.display())
                    }
                    None => eprintln!(
                        "error: --pdf needs Chromium or Google Chrome, and none was found on PATH\n  = hint: install it (Debian, Ubuntu: `apt-get install chromium`) or give its path with --chromium PATH; without --pdf, open signs.html in a browser and print it"
                    ),
                }
                return 1;
            }
        }
    } else {
        None
    };
    let printed = match print::print(&loaded, &opts) {
        Ok(p) => p,
        Err(d) => {
            super::report(&[d]);
            return 1;
        }
    };
    for note in &printed.notes {
        eprintln!("note: {note}");
    }
    if let Err(e) = output::check_target(&root, &out, output::Holds::Sheets) {
        eprintln!("error: {e}");
        return 1;
    }
    let mut files = Output::new();
    files.insert("signs.html".into(), printed.html.into_bytes());
    if let Err(e) = output::write(&out, &files, output::Holds::Sheets) {
        eprintln!("error: {e}");
        return 1;
    }
    let html = out.join("signs.html");
    let mut wrote = html.display().to_string();
    if let Some(chromium) = chromium {
        let pdf = out.join("signs.pdf");
        let abs = std::fs::canonicalize(&html).unwrap_or(html.clone());
        if let Err(e) = print::to_pdf(&chromium, &abs, &pdf) {
            eprintln!("error: {e}");
            return 1;
        }
        wrote = format!("{wrote} and {}", pdf.display());
    }
    let n = printed.sheets;
    eprintln!(
        "printed {n} {} in {} to {wrote}",
        if n == 1 { "sheet" } else { "sheets" },
        opts.langs.join(", ")
    );
    0
}
