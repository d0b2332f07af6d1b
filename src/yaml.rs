//! YAML as the user wrote it: parsing with positions mapped back into the file, and finding
//! the line of a key so that a message can point at it.
//!
//! Owns: turning `serde_yaml` errors into diagnostics, and a small indentation-based locator
//! of keys (`address.floor`, `destinations.2.name`). serde_yaml values carry no positions; the
//! locator reads the text instead. It handles block style, which is what editors write, and
//! flow mappings and lists inside it (`geo: { lat: 1, lon: 2 }`, `values: [a, b]`).

use crate::diagnostic::Diagnostic;
use crate::source::Source;
use serde_yaml::Value;

/// A piece of YAML inside a file: the file, and the byte range of the YAML text in it.
#[derive(Debug, Clone)]
pub struct Yaml {
    pub source: Source,
    pub start: usize,
    pub end: usize,
}

impl Yaml {
    pub fn text(&self) -> &str {
        &self.source.text[self.start..self.end]
    }

    /// Parses the YAML into a value, or a diagnostic at the place of the syntax error.
    pub fn parse(&self) -> Result<Value, Diagnostic> {
        let text = self.text();
        if let Some(d) = self.check_tabs_and_duplicates() {
            return Err(d);
        }
        match serde_yaml::from_str::<Value>(text) {
            Ok(Value::Null) => Ok(Value::Mapping(Default::default())),
            Ok(v) => Ok(v),
            Err(e) => Err(self.error_from(&e)),
        }
    }

    /// A diagnostic for a serde_yaml error, at its position when it has one.
    pub fn error_from(&self, e: &serde_yaml::Error) -> Diagnostic {
        let mut message = e.to_string();
        // serde_yaml appends " at line L column C"; we show the position ourselves.
        if let Some(i) = message.find(" at line ") {
            message.truncate(i);
        }
        if message.contains("repetition limit exceeded")
            || message.contains("recursion limit exceeded")
        {
            let text = self.text();
            let at = self.start + text.find('*').or_else(|| text.find('&')).unwrap_or(0);
            return Diagnostic::error_at(
                &self.source,
                at,
                at + 1,
                "the YAML aliases expand to too much text",
            )
            .with_hint(
                "write the values out instead of repeating them with `&anchor` and `*alias`",
            );
        }
        let offset = match e.location() {
            Some(loc) => self.start + loc.index().min(self.text().len()),
            None => self.start,
        };
        // A quote left open runs on over the next lines; the parser notices much later.
        if let Some((at, quote)) = self.open_quote_before(offset) {
            let line = self.source.line_col(offset).0;
            return Diagnostic::error_at(
                &self.source,
                at,
                at + 1,
                format!("invalid YAML: the quote `{quote}` opened here is not closed on its line"),
            )
            .with_hint(format!(
                "close it at the end of the value, as in `title: {quote}Jobcenter{quote}`; the YAML reader only noticed at line {line} ({message})"
            ));
        }
        Diagnostic::error_at(&self.source, offset, offset, format!("invalid YAML: {message}"))
            .with_hint("check the indentation and quote text that contains `: ` or starts with a special character")
    }

    /// The offset and the character of the first quote before `before` that opens a value
    /// (`key: "…`), is not closed on its line, and runs over a later line that looks like
    /// a field of its own (`summary: …`): a quote left open, not a value over two lines.
    fn open_quote_before(&self, before: usize) -> Option<(usize, char)> {
        let looks_like_key = |line: &str| {
            let t = line.trim_start().trim_start_matches("- ");
            let key: String = t
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            !key.is_empty() && (t[key.len()..].starts_with(": ") || t[key.len()..] == *":")
        };
        let mut offset = self.start;
        let mut open: Option<(usize, char)> = None;
        let mut block_of: Option<usize> = None; // the indentation of a `key: |` line
        for line in self.text().split_inclusive('\n') {
            if offset >= before {
                break;
            }
            let body = line.trim_end_matches(['\n', '\r']);
            let indent = body.len() - body.trim_start().len();
            if let Some(i) = block_of {
                if body.trim().is_empty() || indent > i {
                    offset += line.len();
                    continue;
                }
                block_of = None;
            }
            if let Some((at, q)) = open {
                // A value over several lines ends where its quote closes.
                let closes = match q {
                    '"' => {
                        let mut escaped = false;
                        body.chars().any(|c| match c {
                            '\\' if !escaped => {
                                escaped = true;
                                false
                            }
                            '"' if !escaped => true,
                            _ => {
                                escaped = false;
                                false
                            }
                        })
                    }
                    _ => body.matches('\'').count() % 2 == 1,
                };
                if closes {
                    open = None;
                } else if looks_like_key(body) {
                    return Some((at, q));
                }
                offset += line.len();
                continue;
            }
            let value_at = body
                .find(": ")
                .map(|i| i + 2)
                .or_else(|| body.trim_start().starts_with("- ").then(|| indent + 2));
            if let Some(v) = value_at {
                let value = body[v..].trim_start();
                let at = offset + body.len() - value.len();
                if value.starts_with(['|', '>']) {
                    block_of = Some(indent);
                }
                let quote = match value.chars().next() {
                    Some('"') => {
                        let mut escaped = false;
                        let mut closed = false;
                        for c in value[1..].chars() {
                            match c {
                                '\\' if !escaped => escaped = true,
                                '"' if !escaped => {
                                    closed = true;
                                    break;
                                }
                                _ => escaped = false,
                            }
                        }
                        (!closed).then_some('"')
                    }
                    // `''` inside is an escaped quote; what follows the closing one (a
                    // comment with an apostrophe) does not count.
                    Some('\'') => {
                        let mut rest = value[1..].chars().peekable();
                        let mut closed = false;
                        while let Some(c) = rest.next() {
                            if c == '\'' {
                                if rest.peek() == Some(&'\'') {
                                    rest.next();
                                } else {
                                    closed = true;
                                    break;
                                }
                            }
                        }
                        (!closed).then_some('\'')
                    }
                    _ => None,
                };
                open = quote.map(|q| (at, q));
            }
            offset += line.len();
        }
        // Still open where the reader gave up (at the end of the front matter, say).
        open
    }

    /// Tabs in indentation and keys given twice: serde_yaml reports neither at its place.
    fn check_tabs_and_duplicates(&self) -> Option<Diagnostic> {
        // One frame per open mapping: its indentation and the keys seen in it.
        let mut frames: Vec<(usize, Vec<(String, usize)>)> = Vec::new();
        let mut offset = self.start;
        let mut block_scalar_of: Option<usize> = None; // indentation of a `key: |` line
        for line in self.text().split_inclusive('\n') {
            let body = line.trim_end_matches(['\n', '\r']);
            let indent = body.len() - body.trim_start_matches(' ').len();
            if let Some(i) = block_scalar_of {
                if body.trim().is_empty() || indent > i {
                    offset += line.len();
                    continue;
                }
                block_scalar_of = None;
            }
            if body[indent..].starts_with('\t') {
                return Some(
                    Diagnostic::error_at(
                        &self.source,
                        offset + indent,
                        offset + indent + 1,
                        "a tab in the indentation of YAML",
                    )
                    .with_hint("YAML is indented with spaces only; replace the tab by spaces"),
                );
            }
            if let Some((key, key_start)) = key_of_line(body) {
                let new_item = body[indent..].starts_with("- ");
                frames.retain(|(i, _)| {
                    if new_item {
                        *i < key_start
                    } else {
                        *i <= key_start
                    }
                });
                if frames.last().is_none_or(|(i, _)| *i < key_start) {
                    frames.push((key_start, Vec::new()));
                }
                let keys = &mut frames.last_mut().expect("a frame was pushed").1;
                if let Some((_, first)) = keys.iter().find(|(k, _)| k == key) {
                    let (line, _) = self.source.line_col(*first);
                    let at = offset + key_start;
                    return Some(
                        Diagnostic::error_at(
                            &self.source,
                            at,
                            at + key.len(),
                            format!("`{key}` is given twice"),
                        )
                        .with_hint(format!(
                            "it was first given on line {line}; keep one of them"
                        )),
                    );
                }
                keys.push((key.to_string(), offset + key_start));
                let value = body[key_start + key.len()..]
                    .trim_start_matches([':', '"', '\''])
                    .trim();
                if value.starts_with(['|', '>']) {
                    block_scalar_of = Some(indent);
                }
            }
            offset += line.len();
        }
        None
    }

    /// Byte range in the file of the key at `path` (`["address", "floor"]`; a number selects
    /// a list item), or of the closest enclosing key that can be found.
    pub fn locate(&self, path: &[&str]) -> (usize, usize) {
        let mut best = (self.start, self.start);
        let mut offset = self.start;
        let mut depth = 0; // how many path elements are matched
        let mut indent_of_match: Option<usize> = None;
        let mut item_index: Option<usize> = None;
        for line in self.text().split_inclusive('\n') {
            let body = line.trim_end_matches(['\n', '\r']);
            let trimmed = body.trim_start();
            let indent = body.len() - trimmed.len();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                offset += line.len();
                continue;
            }
            if let Some(min) = indent_of_match {
                if indent <= min && !(trimmed.starts_with("- ") && indent == min) {
                    break; // left the block of the matched key
                }
            }
            if depth == path.len() {
                break;
            }
            let want = path[depth];
            if let Ok(n) = want.parse::<usize>() {
                if let Some(rest) = trimmed.strip_prefix('-') {
                    let i = item_index.map_or(0, |i| i + 1);
                    item_index = Some(i);
                    if i == n {
                        best = (offset + indent, offset + indent + 1);
                        depth += 1;
                        indent_of_match = Some(indent);
                        item_index = None;
                        // `- key: value` on the item line itself
                        if depth < path.len() {
                            let inner = indent + 1 + (rest.len() - rest.trim_start().len());
                            if let Some((key, _)) = key_of_line(&body[inner..]) {
                                if key == path[depth] {
                                    best = (offset + inner, offset + inner + key.len());
                                    depth += 1;
                                    indent_of_match = Some(inner);
                                }
                            }
                        }
                    }
                }
            } else if let Some((key, key_start)) = key_of_line(body) {
                let start = if trimmed.starts_with("- ") {
                    key_start
                } else {
                    indent
                };
                let level_ok = match indent_of_match {
                    None => start == 0,
                    Some(m) => start > m,
                };
                if key == want && level_ok {
                    best = (offset + key_start, offset + key_start + key.len());
                    depth += 1;
                    indent_of_match = Some(start);
                    item_index = None;
                }
            }
            offset += line.len();
        }
        if depth > 0 && depth < path.len() {
            // The rest of the path may be inside a flow collection after the matched key.
            let after_key = best.1;
            let rest = &self.source.text[after_key..self.end];
            if let Some(colon) = rest.strip_prefix(':') {
                let open = after_key + 1 + (colon.len() - colon.trim_start_matches(' ').len());
                if let Some(found) = self.locate_in_flow(open, &path[depth..]) {
                    return found;
                }
            }
        }
        best
    }

    /// Byte range of the key (or list item) at `path` inside the flow collection that starts
    /// at `open` (`{` or `[`).
    fn locate_in_flow(&self, open: usize, path: &[&str]) -> Option<(usize, usize)> {
        let text = &self.source.text[..self.end];
        let want = *path.first()?;
        let is_map = match text[open..].chars().next()? {
            '{' => true,
            '[' => false,
            _ => return None,
        };
        let mut i = open + 1;
        let mut index = 0;
        loop {
            // Skip the space before an entry.
            i += text[i..].len() - text[i..].trim_start().len();
            let c = text[i..].chars().next()?;
            if c == '}' || c == ']' {
                return None;
            }
            let entry_end = flow_entry_end(text, i);
            if is_map {
                let entry = &text[i..entry_end];
                let (key, key_start) = match entry.chars().next() {
                    Some(q @ ('"' | '\'')) => {
                        let close = entry[1..].find(q)?;
                        (&entry[1..1 + close], i + 1)
                    }
                    _ => {
                        let colon = entry.find(':').unwrap_or(entry.len());
                        (entry[..colon].trim_end(), i)
                    }
                };
                if key == want {
                    let key_end = key_start + key.len();
                    if path.len() == 1 {
                        return Some((key_start, key_end));
                    }
                    let after = &text[key_end..entry_end];
                    let after = after.trim_start_matches(['"', '\'']).strip_prefix(':')?;
                    let value = entry_end - after.len() + (after.len() - after.trim_start().len());
                    return self.locate_in_flow(value, &path[1..]);
                }
            } else if want.parse::<usize>().ok() == Some(index) {
                let item = text[i..entry_end].trim_end();
                if path.len() == 1 {
                    // Quotes excluded, as for values.
                    let quoted = item.len() >= 2
                        && item.starts_with(['"', '\''])
                        && item.ends_with(&item[..1]);
                    return Some(match quoted {
                        true => (i + 1, i + item.len() - 1),
                        false => (i, i + item.len().max(1)),
                    });
                }
                return self.locate_in_flow(i, &path[1..]);
            }
            index += 1;
            i = entry_end;
            match text[i..].chars().next()? {
                ',' => i += 1,
                _ => return None,
            }
        }
    }

    /// Byte range of the value of the key at `path`, when it is a scalar on the key's line
    /// (quotes excluded); the key's range otherwise.
    pub fn locate_value(&self, path: &[&str]) -> (usize, usize) {
        let (start, end) = self.locate(path);
        let line_end = self.source.text[end..]
            .find('\n')
            .map_or(self.source.text.len(), |i| end + i);
        let after = &self.source.text[end..line_end];
        let Some(rest) = after.strip_prefix(':') else {
            return (start, end);
        };
        let rest_trim = rest.trim_start();
        let value_start = line_end - after.len() + 1 + (rest.len() - rest_trim.len());
        let mut value = rest_trim.trim_end_matches('\r').trim_end();
        // Inside a flow collection the value ends at the next `,` `}` or `]`.
        let before_key = self.source.text[..start].trim_end_matches([' ', '"', '\'']);
        if before_key.ends_with(['{', ',']) {
            let end = flow_entry_end(&self.source.text[..line_end], value_start);
            value = self.source.text[value_start..end].trim_end();
        }
        if value.is_empty() {
            return (start, end);
        }
        if let Some(q) = value.chars().next().filter(|c| *c == '"' || *c == '\'') {
            let inner = &value[1..];
            let close = inner.find(q).unwrap_or(inner.len());
            return (value_start + 1, value_start + 1 + close);
        }
        (value_start, value_start + value.len())
    }
}

/// Where the flow entry starting at `from` ends: at the first `,`, `}` or `]` outside quotes
/// and nested brackets, or at the end of `text`.
fn flow_entry_end(text: &str, from: usize) -> usize {
    let mut nesting = 0usize;
    let mut quote: Option<char> = None;
    for (i, c) in text[from..].char_indices() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '{' | '[') => nesting += 1,
            (None, '}' | ']') if nesting == 0 => return from + i,
            (None, '}' | ']') => nesting -= 1,
            (None, ',') if nesting == 0 => return from + i,
            _ => {}
        }
    }
    text.len()
}

/// The key of a `key: value` line and where it starts, also after a list dash.
fn key_of_line(body: &str) -> Option<(&str, usize)> {
    let trimmed = body.trim_start();
    let mut start = body.len() - trimmed.len();
    let mut t = trimmed;
    if let Some(rest) = t.strip_prefix("- ") {
        let r = rest.trim_start();
        start += 2 + (rest.len() - r.len());
        t = r;
    }
    let (quoted, t) = match t.chars().next() {
        Some(q @ ('"' | '\'')) => (Some(q), &t[1..]),
        _ => (None, t),
    };
    let end = match quoted {
        Some(q) => t.find(q)?,
        None => t.find(':')?,
    };
    let key = &t[..end];
    let after = &t[end + usize::from(quoted.is_some())..];
    let after = after.strip_prefix(':')?;
    if !(after.is_empty() || after.starts_with([' ', '\r', '\t'])) {
        return None;
    }
    if key.is_empty()
        || key.starts_with(['#', '[', '{', '&', '*', '!', '|', '>'])
        || key.contains(" #")
    {
        return None;
    }
    Some((key, start + usize::from(quoted.is_some())))
}

/// A short description of a YAML value's type, for "expected X, found Y" messages.
pub fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "nothing",
        Value::Bool(_) => "yes/no (true/false)",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Sequence(_) => "a list",
        Value::Mapping(_) => "a set of fields",
        Value::Tagged(_) => "a tagged value",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    fn yaml(text: &str) -> Yaml {
        let source = SourceFile::new("f", "f", text.to_string());
        Yaml {
            end: source.text.len(),
            source,
            start: 0,
        }
    }

    fn at(y: &Yaml, path: &[&str]) -> (usize, usize) {
        let (s, _) = y.locate(path);
        y.source.line_col(s)
    }

    #[test]
    fn locates_nested_keys_and_list_items() {
        let y = yaml(
            "title: A\naddress:\n  street: B\n  floor: 1\nlist:\n  - name: x\n    room: 1\n  - name: y\n    room: 2\n",
        );
        assert_eq!(at(&y, &["title"]), (1, 1));
        assert_eq!(at(&y, &["address", "floor"]), (4, 3));
        assert_eq!(at(&y, &["list", "1", "room"]), (9, 5));
        assert_eq!(at(&y, &["list", "1", "name"]), (8, 5));
        assert_eq!(at(&y, &["address", "nothere"]), (2, 1));
    }

    #[test]
    fn a_quote_left_open_is_reported_where_it_opens() {
        let line_of = |text: &str| {
            let y = yaml(text);
            let d = y.parse().unwrap_err();
            (d.line, d.col, d.message)
        };
        let (line, col, message) =
            line_of("title: \"Jobcenter\nsummary: x\naddress:\n  postcode: \"27356\"\n  city: R\n");
        assert_eq!((line, col), (1, 8), "{message}");
        assert!(
            message.contains("the quote `\"` opened here is not closed"),
            "{message}"
        );
        let (line, _, message) = line_of("title: A\nlist:\n  - 'it''s\n  - b: 'x'\nz: [\n");
        assert_eq!(line, 3, "{message}");
        // A quoted value over two lines, a block of text with `: "` in it, an apostrophe in
        // a comment: none is blamed.
        for text in [
            "a: \"one\n  two\"\nb: x\nc: [\n",
            "a: |\n  say: \"hi\n  more\nb: x\nc: [\n",
            "a: 'Kita' # Eltern's\nb: x\nc: [\n",
            "a: 'Café #1 Zeven'\nb: x\nc: [\n",
        ] {
            let (line, _, message) = line_of(text);
            assert!(!message.contains("quote"), "{text:?} → {line}: {message}");
        }
        // Left open on the last field: named all the same.
        let (line, _, message) = line_of("title: A\nsummary: \"Text\n");
        assert_eq!(line, 2, "{message}");
        assert!(message.contains("quote"), "{message}");
        // Closed quotes with escapes are not mistaken for open ones.
        let (line, _, message) = line_of("a: \"say \\\"hi\\\"\"\nb: 'it''s'\nc: [\n");
        assert!(!message.contains("quote"), "{line}: {message}");
    }

    #[test]
    fn locates_values() {
        let y = yaml("hours: \"Mo 08:00\"\nphone: +49 1\n");
        let (s, e) = y.locate_value(&["hours"]);
        assert_eq!(&y.source.text[s..e], "Mo 08:00");
        let (s, e) = y.locate_value(&["phone"]);
        assert_eq!(&y.source.text[s..e], "+49 1");
    }

    #[test]
    fn locates_keys_and_values_inside_flow_collections() {
        let y = yaml(
            "office:\n  parking: { type: txet, required: yes }\n  topics: { type: one_of, values: [books, \"me dia\"] }\ngeo: { lat: 1, lon: 2 }\n",
        );
        let text = |(s, e): (usize, usize)| &y.source.text[s..e];
        assert_eq!(at(&y, &["office", "parking", "type"]), (2, 14));
        assert_eq!(text(y.locate_value(&["office", "parking", "type"])), "txet");
        assert_eq!(
            text(y.locate_value(&["office", "parking", "required"])),
            "yes"
        );
        assert_eq!(text(y.locate(&["office", "topics", "values"])), "values");
        assert_eq!(
            text(y.locate(&["office", "topics", "values", "1"])),
            "me dia"
        );
        assert_eq!(text(y.locate_value(&["geo", "lon"])), "2");
        // A key that is not there: the closest enclosing one.
        assert_eq!(text(y.locate(&["office", "parking", "values"])), "parking");
        // Block values are unchanged.
        assert_eq!(text(y.locate_value(&["geo"])), "{ lat: 1, lon: 2 }");
    }

    #[test]
    fn locating_in_odd_flow_text_stays_inside_the_file() {
        let texts = [
            "a: {",
            "a: { b",
            "a: { b: ",
            "a: { \"b: ä, c: [ö, 'ü\n",
            "a: { , b: 1, }\n",
            "a: [ , ä]\n",
            "a: { b: { c: [1, {d: é}] } }\n",
            "a: {ä: ö}\nb: [ü\n",
            "a: { 'b': \"c, d\" }",
            "a: [\"\"]",
        ];
        let paths: [&[&str]; 6] = [
            &["a", "b"],
            &["a", "0"],
            &["a", "1"],
            &["a", "b", "c", "1", "d"],
            &["a", "ä"],
            &["b", "0"],
        ];
        for text in texts {
            let y = yaml(text);
            for path in paths {
                for (s, e) in [y.locate(path), y.locate_value(path)] {
                    assert!(s <= e && e <= text.len(), "{text:?} {path:?}");
                    let _ = &text[s..e];
                }
            }
        }
    }

    #[test]
    fn duplicate_keys_point_at_the_second() {
        let y = yaml("title: A\nsummary: B\ntitle: C\n");
        let d = y.parse().unwrap_err();
        assert_eq!((d.line, d.col), (3, 1));
        assert!(d.message.contains("`title` is given twice"));
        let ok = yaml("a:\n  - name: x\n  - name: y\n");
        assert!(ok.parse().is_ok());
    }

    #[test]
    fn tabs_are_reported() {
        let d = yaml("a:\n\tb: 1\n").parse().unwrap_err();
        assert_eq!((d.line, d.col), (2, 1));
    }

    #[test]
    fn syntax_errors_have_positions() {
        let d = yaml("title: A\nsummary: [unclosed\n").parse().unwrap_err();
        assert!(d.line >= 2, "{d:?}");
    }
}
