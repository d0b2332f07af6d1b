//! The floor of the benchmark (`bench/run`): the least a static site generator can do with a
//! folder of Markdown. Walks CONTENT_DIR for `*.md`, drops the `---` front matter, renders
//! the rest with pulldown-cmark (tables on) and writes one `index.html` per file, in one
//! thread, with no template, no link resolution and no sanitizing.
//!
//! `content/s001/p07.ar.md` becomes `OUT_DIR/s001/p07.ar/index.html`.
//!
//!     cargo run --release --example floor -- CONTENT_DIR OUT_DIR

use pulldown_cmark::{Options, Parser, html};
use std::fs::{self, File};
use std::io::{BufWriter, Write};
use std::path::Path;
use std::process::ExitCode;

/// The text after the front matter: everything after the second `---` line when the file
/// starts with one, else the whole text.
fn body(text: &str) -> &str {
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return text;
    };
    let mut offset = 0;
    for line in rest.split_inclusive('\n') {
        offset += line.len();
        if line.trim_end() == "---" {
            return &rest[offset..];
        }
    }
    text
}

fn run(content: &Path, out: &Path) -> std::io::Result<usize> {
    let mut html_buf = String::new();
    let mut files = 0;
    for entry in walkdir::WalkDir::new(content).sort_by_file_name() {
        let entry = entry?;
        let path = entry.path();
        if !entry.file_type().is_file() || path.extension().is_none_or(|e| e != "md") {
            continue;
        }
        let text = fs::read_to_string(path)?;
        html_buf.clear();
        html::push_html(
            &mut html_buf,
            Parser::new_ext(body(&text), Options::ENABLE_TABLES),
        );
        let rel = path
            .strip_prefix(content)
            .unwrap_or(path)
            .with_extension("");
        let dir = out.join(rel);
        fs::create_dir_all(&dir)?;
        let mut w = BufWriter::new(File::create(dir.join("index.html"))?);
        w.write_all(html_buf.as_bytes())?;
        w.flush()?;
        files += 1;
    }
    Ok(files)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [content, out] = args.as_slice() else {
        eprintln!("usage: floor CONTENT_DIR OUT_DIR");
        return ExitCode::from(2);
    };
    match run(Path::new(content), Path::new(out)) {
        Ok(n) => {
            println!("{n} files");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("floor: {e}");
            ExitCode::FAILURE
        }
    }
}
