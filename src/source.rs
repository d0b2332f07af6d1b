//! Files as text with their line starts, so that a byte offset becomes a line and column
//! for a message, and the line itself can be shown under it.
//!
//! Owns: reading a user's file (BOM stripped, CRLF kept as text but treated as one line end).
//! Must not: interpret the text.

use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One file of the site, its text, and where each line starts.
#[derive(Debug)]
pub struct SourceFile {
    /// Path relative to the site root, with `/` separators, as shown in messages.
    pub name: String,
    /// Absolute path on disk.
    pub path: PathBuf,
    pub text: String,
    line_starts: Vec<usize>,
}

/// A shared handle: diagnostics keep the file alive to show its lines.
pub type Source = Arc<SourceFile>;

impl SourceFile {
    pub fn new(name: impl Into<String>, path: impl Into<PathBuf>, mut text: String) -> Source {
        if text.starts_with('\u{feff}') {
            text.drain(..3);
        }
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        Arc::new(SourceFile {
            name: name.into(),
            path: path.into(),
            text,
            line_starts,
        })
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[line];
        let col = self.text[start..floor_char(&self.text, offset)]
            .chars()
            .count()
            + 1;
        (line + 1, col)
    }

    /// Byte offset of a 1-based line and column (column in characters).
    pub fn offset(&self, line: usize, col: usize) -> usize {
        let Some(&start) = self.line_starts.get(line.saturating_sub(1)) else {
            return self.text.len();
        };
        let line_text = self.line(line);
        let within: usize = line_text
            .chars()
            .take(col.saturating_sub(1))
            .map(char::len_utf8)
            .sum();
        start + within
    }

    /// The text of a 1-based line, without its line end.
    pub fn line(&self, line: usize) -> &str {
        let Some(&start) = self.line_starts.get(line.saturating_sub(1)) else {
            return "";
        };
        let end = self
            .line_starts
            .get(line)
            .copied()
            .unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// `path` relative to `root`, with `/` separators, for messages and identities.
pub fn display_name(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path);
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let f = SourceFile::new("a", "a", "ä: 1\r\nb: ü\n".to_string());
        assert_eq!(f.line_col(0), (1, 1));
        assert_eq!(f.line_col(f.text.find('ü').unwrap()), (2, 4));
        assert_eq!(f.line(1), "ä: 1");
        assert_eq!(f.offset(2, 4), f.text.find('ü').unwrap());
    }

    #[test]
    fn bom_is_dropped() {
        let f = SourceFile::new("a", "a", "\u{feff}x".to_string());
        assert_eq!(f.text, "x");
    }
}
