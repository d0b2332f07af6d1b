//! Problems in the user's files, as values: file, line, column, message and a hint.
//!
//! Owns: the `Diagnostic` type, sorting, and rendering it like a good compiler does
//! (`path:line:col`, the source line, a caret). Diagnostics are collected, never thrown:
//! a run reports all of them and decides the exit code at the end.

use crate::source::Source;
use std::fmt::Write;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

#[derive(Debug, Clone)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Name of the file relative to the site root; empty for problems of no file.
    pub file: String,
    pub line: usize,
    pub col: usize,
    /// How many characters to underline (at least one).
    pub len: usize,
    pub message: String,
    pub hint: Option<String>,
    source: Option<Source>,
}

impl Diagnostic {
    /// An error at a byte range of a source file.
    pub fn error_at(source: &Source, start: usize, end: usize, message: impl Into<String>) -> Self {
        Self::at(Severity::Error, source, start, end, message)
    }

    pub fn warning_at(
        source: &Source,
        start: usize,
        end: usize,
        message: impl Into<String>,
    ) -> Self {
        Self::at(Severity::Warning, source, start, end, message)
    }

    fn at(
        severity: Severity,
        source: &Source,
        start: usize,
        end: usize,
        message: impl Into<String>,
    ) -> Self {
        let (line, col) = source.line_col(start);
        let (end_line, end_col) = source.line_col(end.max(start));
        let len = if end_line == line && end_col > col {
            end_col - col
        } else {
            1
        };
        Diagnostic {
            severity,
            file: source.name.clone(),
            line,
            col,
            len,
            message: message.into(),
            hint: None,
            source: Some(source.clone()),
        }
    }

    /// An error at a line and column of a source file (both 1-based).
    pub fn error_line_col(
        source: &Source,
        line: usize,
        col: usize,
        msg: impl Into<String>,
    ) -> Self {
        let start = source.offset(line, col);
        Self::error_at(source, start, start, msg)
    }

    /// An error about a whole file, or about no file (empty name).
    pub fn error_file(file: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.into(),
            line: 0,
            col: 0,
            len: 0,
            message: message.into(),
            hint: None,
            source: None,
        }
    }

    /// A warning about a whole file.
    pub fn warning_file(file: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Self::error_file(file, message)
        }
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    pub fn with_len(mut self, len: usize) -> Self {
        self.len = len.max(1);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    fn sort_key(&self) -> (&str, usize, usize, Severity, &str) {
        (
            &self.file,
            self.line,
            self.col,
            self.severity,
            &self.message,
        )
    }

    /// `file:line:col`, or less where less is known.
    pub fn location(&self) -> String {
        match (self.file.is_empty(), self.line) {
            (true, _) => String::new(),
            (false, 0) => self.file.clone(),
            (false, _) => format!("{}:{}:{}", self.file, self.line, self.col),
        }
    }

    /// The message as a compiler would print it, with the source line and a caret.
    pub fn render(&self) -> String {
        let mut out = String::new();
        let label = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let _ = writeln!(out, "{label}: {}", self.message);
        let loc = self.location();
        let gutter = " ".repeat(self.line.max(1).to_string().len());
        if !loc.is_empty() {
            let _ = writeln!(out, "{gutter}--> {loc}");
        }
        if let (Some(source), true) = (&self.source, self.line > 0) {
            let text = source.line(self.line);
            let caret_pad: String = text
                .chars()
                .take(self.col.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            let _ = writeln!(out, "{gutter} |");
            let _ = writeln!(out, "{} | {}", self.line, text);
            let _ = writeln!(out, "{gutter} | {caret_pad}{}", "^".repeat(self.len.max(1)));
        }
        if let Some(hint) = &self.hint {
            let _ = writeln!(out, "{gutter} = hint: {hint}");
        }
        out
    }
}

/// Sorts diagnostics by file, line and column, and drops exact duplicates.
pub fn sort(diagnostics: &mut Vec<Diagnostic>) {
    diagnostics.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    diagnostics.dedup_by(|a, b| a.sort_key() == b.sort_key());
}

/// The closest of `candidates` to `word`, if it is close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let lower = word.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (edit_distance(&lower, &c.to_lowercase()), c))
        .filter(|(d, c)| {
            let longer = c.chars().count().max(word.chars().count());
            // Close enough to be a slip (a letter in three), not a different word
            // (`en` → `ar`, `colour` → `minor`).
            *d <= (longer / 3).max(1) && *d < longer
        })
        .min_by_key(|(d, c)| (*d, *c))
        .map(|(_, c)| c)
}

/// Optimal-string-alignment distance: a swap of two neighbours (`ra` for `ar`) counts one.
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut d = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            d[i][j] = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d[i][j] = d[i][j].min(d[i - 2][j - 2] + 1);
            }
        }
    }
    d[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    #[test]
    fn renders_line_and_caret() {
        let src = SourceFile::new("content/a.de.md", "x", "---\ntitel: A\n---\n".to_string());
        let d = Diagnostic::error_at(&src, 4, 9, "unknown field `titel`")
            .with_hint("did you mean `title`?");
        assert_eq!(
            d.render(),
            "error: unknown field `titel`\n --> content/a.de.md:2:1\n  |\n2 | titel: A\n  | ^^^^^\n  = hint: did you mean `title`?\n"
        );
    }

    #[test]
    fn closest_suggests_typos_only() {
        assert_eq!(closest("ra", ["ar", "de", "fa"]), Some("ar"));
        assert_eq!(closest("fa-af", ["ar", "de", "fa-AF"]), Some("fa-AF"));
        assert_eq!(closest("xyzzy", ["ar", "de"]), None);
        assert_eq!(closest("DE", ["ar", "de"]), Some("de"));
        // Two letters that share none are not a slip.
        assert_eq!(closest("en", ["ar", "de", "uk"]), None);
        assert_eq!(closest("dx", ["ar", "de"]), Some("de"));
        assert_eq!(closest("colour", ["minor", "weight"]), None);
        assert_eq!(
            closest("wheelchar", ["wheelchair", "weight"]),
            Some("wheelchair")
        );
    }
}
