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
    /// Check the site as a build does, plus links, anchors, images, alt texts and headings;
    /// writes nothing
    Check {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long)]
        strict: bool,
        /// `json`: the problems as a JSON array on standard output, for machines
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
}

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    Text,
    Json,
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
    if let Err(e) = output::check_target(&root, &out) {
        eprintln!("error: {e}");
        return 1;
    }
    let built = build::build(&root);
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
    if let Err(e) = output::write(&out, &built.output) {
        eprintln!("error: {e}");
        return 1;
    }
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
    );
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
