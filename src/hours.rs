//! Opening hours in OpenStreetMap `opening_hours` syntax, parsed into a week table.
//!
//! Owns: the parser for the part of the syntax that offices and Kitas use — weekday ranges
//! and lists (`Mo-Fr`, `Mo,We`), public holidays (`PH`), time ranges (`08:00-12:00,14:00-17:30`),
//! `off`/`closed`, `24/7`, date exceptions (`Dec 24-Jan 01 off`) and comments
//! (`Th "by appointment"`). A later rule replaces an earlier one for its days, as in OSM.
//! Errors carry the byte position in the expression. Must not: know any language; the
//! rendering in words is the theme's.

pub const DAYS: [&str; 7] = ["mo", "tu", "we", "th", "fr", "sa", "su"];
const OSM_DAYS: [&str; 7] = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Minutes since midnight; an end may be 24:00 (1440).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub from: u16,
    pub to: u16,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Day {
    pub spans: Vec<Span>,
    /// Open by appointment only (a rule with a comment and no times).
    pub appointment: bool,
    /// The comment of a rule with times or `off` (`Mo-Fr 08:00-12:00 "nur mit Termin"`), as
    /// written, in the site's source language.
    pub note: Option<String>,
}

/// A closed period on dates of every year: (month, day) to (month, day), inclusive, 1-based.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Exception {
    pub from: (u8, u8),
    pub to: (u8, u8),
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Week {
    /// Monday first.
    pub days: [Day; 7],
    pub holidays_closed: bool,
    pub exceptions: Vec<Exception>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    /// Byte range in the expression.
    pub start: usize,
    pub end: usize,
    pub message: String,
    pub hint: String,
}

pub fn format_time(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

impl Span {
    pub fn display(&self) -> String {
        format!("{}–{}", format_time(self.from), format_time(self.to))
    }
    /// OSM form, `08:00-12:00`.
    pub fn osm(&self) -> String {
        format!("{}-{}", format_time(self.from), format_time(self.to))
    }
}

struct Lexer<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn skip_ws(&mut self) {
        while self.s[self.pos..].starts_with([' ', '\t']) {
            self.pos += 1;
        }
    }
    fn rest(&self) -> &'a str {
        &self.s[self.pos..]
    }
    fn eat(&mut self, t: &str) -> bool {
        self.skip_ws();
        if self.rest().starts_with(t) {
            self.pos += t.len();
            true
        } else {
            false
        }
    }
    /// The next word (letters) or number-ish token, for messages.
    fn token_end(&self) -> usize {
        let r = self.rest();
        let n = r
            .char_indices()
            .find(|(_, c)| c.is_whitespace() || matches!(c, ';' | ','))
            .map_or(r.len(), |(i, _)| i);
        self.pos + n.max(r.chars().next().map_or(0, char::len_utf8))
    }
    fn err(&self, message: impl Into<String>, hint: impl Into<String>) -> Error {
        Error {
            start: self.pos,
            end: self.token_end(),
            message: message.into(),
            hint: hint.into(),
        }
    }
}

fn day_at(rest: &str) -> Option<usize> {
    OSM_DAYS.iter().position(|d| rest.starts_with(d))
}

fn month_at(rest: &str) -> Option<usize> {
    MONTHS.iter().position(|m| rest.starts_with(m))
}

/// Dashes that look like the hyphen of a range but are not (word processors put them in).
const DASHES: [char; 5] = ['\u{2010}', '\u{2011}', '\u{2013}', '\u{2014}', '\u{2212}'];

/// Parses an expression into a week. An empty expression is an error.
pub fn parse(expr: &str) -> Result<Week, Error> {
    parse_week(expr).map_err(|e| {
        // Whatever was expected there, a dash where a hyphen belongs is the mistake.
        let at = expr[e.start..].trim_start_matches([' ', '\t']);
        match at.chars().next() {
            Some(dash) if DASHES.contains(&dash) => {
                let start = expr.len() - at.len();
                Error {
                    start,
                    end: start + dash.len_utf8(),
                    message: format!("`{dash}` is a dash, not a hyphen"),
                    hint: "write ranges with a plain hyphen `-`, as in `Mo-Fr 08:00-12:00`; \
                           text copied from a word processor often has dashes instead"
                        .into(),
                }
            }
            _ => e,
        }
    })
}

fn parse_week(expr: &str) -> Result<Week, Error> {
    let mut week = Week::default();
    let mut lx = Lexer { s: expr, pos: 0 };
    lx.skip_ws();
    if lx.rest().is_empty() {
        return Err(lx.err(
            "the opening hours are empty",
            "write e.g. `Mo-Fr 08:00-12:00`",
        ));
    }
    loop {
        rule(&mut lx, &mut week)?;
        lx.skip_ws();
        if lx.rest().is_empty() {
            break;
        }
        if !lx.eat(";") {
            return Err(lx.err(
                format!("unexpected `{}`", &expr[lx.pos..lx.token_end()]),
                "separate rules with `; `, e.g. `Mo-Fr 08:00-12:00; Th 14:00-17:30`",
            ));
        }
        lx.skip_ws();
        if lx.rest().is_empty() {
            break; // a trailing `;` is harmless
        }
    }
    Ok(week)
}

fn rule(lx: &mut Lexer, week: &mut Week) -> Result<(), Error> {
    lx.skip_ws();
    if lx.eat("24/7") {
        for d in &mut week.days {
            *d = Day {
                spans: vec![Span { from: 0, to: 1440 }],
                appointment: false,
                note: None,
            };
        }
        return Ok(());
    }
    // A date exception: `Dec 24-Jan 01 off`.
    if month_at(lx.rest()).is_some() {
        let from = month_day(lx)?;
        let to = if lx.eat("-") {
            lx.skip_ws();
            if month_at(lx.rest()).is_some() {
                month_day(lx)?
            } else {
                (from.0, day_number(lx, from.0)?)
            }
        } else {
            from
        };
        lx.skip_ws();
        if lx.eat("off") || lx.eat("closed") {
            week.exceptions.push(Exception { from, to });
            return Ok(());
        }
        return Err(lx.err(
            "dates can only be marked closed here",
            "write the closed dates with `off`, e.g. `Dec 24-Jan 01 off`",
        ));
    }
    let mut days = [false; 7];
    let mut holidays = false;
    let mut any_day = false;
    loop {
        lx.skip_ws();
        if lx.eat("PH") {
            holidays = true;
        } else if let Some(d) = day_at(lx.rest()) {
            lx.pos += 2;
            if lx.eat("-") {
                lx.skip_ws();
                let Some(e) = day_at(lx.rest()) else {
                    return Err(lx.err(
                        "expected a weekday after `-`",
                        "weekdays are Mo, Tu, We, Th, Fr, Sa, Su",
                    ));
                };
                lx.pos += 2;
                let mut i = d;
                loop {
                    days[i] = true;
                    if i == e {
                        break;
                    }
                    i = (i + 1) % 7;
                }
            } else {
                days[d] = true;
            }
        } else if !any_day {
            if lx.rest().starts_with(|c: char| c.is_ascii_digit()) {
                // Times without days apply to every day.
                days = [true; 7];
                break;
            }
            let word = &lx.s[lx.pos..lx.token_end()];
            let hint = match word.get(..2).map(str::to_ascii_lowercase).as_deref() {
                Some(w) if DAYS.contains(&w) => format!("weekdays are written `{}{}`: Mo, Tu, We, Th, Fr, Sa, Su", &w[..1].to_uppercase(), &w[1..]),
                _ => "weekdays are Mo, Tu, We, Th, Fr, Sa, Su (in English, two letters); public holidays are PH".to_string(),
            };
            return Err(lx.err(format!("`{word}` is not a weekday"), hint));
        } else {
            let word = &lx.s[lx.pos..lx.token_end()];
            return Err(lx.err(
                format!("`{word}` is not a weekday"),
                "weekdays are Mo, Tu, We, Th, Fr, Sa, Su",
            ));
        }
        any_day = true;
        if !lx.eat(",") {
            break;
        }
    }
    lx.skip_ws();
    let mut spans = Vec::new();
    let mut closed = false;
    let mut comment = None;
    if lx.eat("off") || lx.eat("closed") {
        closed = true;
    } else if lx.rest().starts_with(|c: char| c.is_ascii_digit()) {
        loop {
            lx.skip_ws();
            let span = time_span(lx)?;
            spans.push(span);
            if !lx.eat(",") {
                break;
            }
        }
        spans.sort_by_key(|s| s.from);
        for w in spans.windows(2) {
            if w[1].from < w[0].to {
                return Err(Error {
                    start: 0,
                    end: lx.pos,
                    message: format!("the times {} and {} overlap", w[0].osm(), w[1].osm()),
                    hint: "write each period of the day once".into(),
                });
            }
        }
    }
    lx.skip_ws();
    if lx.rest().starts_with('"') {
        let start = lx.pos;
        let Some(end) = lx.rest()[1..].find('"') else {
            return Err(Error {
                start,
                end: lx.s.len(),
                message: "the comment is never closed".into(),
                hint: "end the comment with `\"`".into(),
            });
        };
        comment = Some(lx.rest()[1..=end].trim().to_string());
        lx.pos += end + 2;
    }
    if !closed && spans.is_empty() && comment.is_none() {
        if holidays && !days.iter().any(|d| *d) {
            return Err(lx.err(
                "say whether public holidays are open",
                "write `PH off` for closed on public holidays",
            ));
        }
        let got = &lx.s[lx.pos..lx.token_end()];
        return Err(lx.err(
            if got.is_empty() {
                "expected opening times after the days".to_string()
            } else {
                format!("expected opening times, found `{got}`")
            },
            "write times as `08:00-12:00` (24 hours), or `off` for closed",
        ));
    }
    if holidays {
        week.holidays_closed = closed;
    }
    // A comment alone means "by appointment", which every language can say; a comment
    // beside times or `off` is shown as written.
    let appointment = comment.is_some() && spans.is_empty() && !closed;
    let note = comment.filter(|c| !appointment && !c.is_empty());
    for (i, on) in days.iter().enumerate() {
        if *on {
            week.days[i] = Day {
                spans: spans.clone(),
                appointment,
                note: note.clone(),
            };
        }
    }
    Ok(())
}

fn time(lx: &mut Lexer) -> Result<u16, Error> {
    lx.skip_ws();
    let r = lx.rest();
    let bytes = r.as_bytes();
    let ok = bytes.len() >= 5
        && bytes[..2].iter().all(u8::is_ascii_digit)
        && bytes[2] == b':'
        && bytes[3..5].iter().all(u8::is_ascii_digit);
    if !ok {
        return Err(lx.err(
            "expected a time like `08:00`",
            "write times with two digits for hours and minutes, 24 hours: `08:00-12:30`",
        ));
    }
    let h: u16 = r[..2].parse().expect("two digits");
    let m: u16 = r[3..5].parse().expect("two digits");
    if h > 24 || m > 59 || (h == 24 && m > 0) {
        return Err(Error {
            start: lx.pos,
            end: lx.pos + 5,
            message: format!("`{}` is not a time of day", &r[..5]),
            hint: "hours go from 00 to 24, minutes from 00 to 59".into(),
        });
    }
    lx.pos += 5;
    Ok(h * 60 + m)
}

fn time_span(lx: &mut Lexer) -> Result<Span, Error> {
    let start = lx.pos;
    let from = time(lx)?;
    if !lx.eat("-") {
        return Err(lx.err(
            "expected `-` and the closing time",
            "write a period as `08:00-12:00`",
        ));
    }
    let to = time(lx)?;
    if to <= from {
        return Err(Error {
            start,
            end: lx.pos,
            message: format!(
                "the period {}-{} ends before it starts",
                format_time(from),
                format_time(to)
            ),
            hint: "write the opening time first, then the closing time".into(),
        });
    }
    Ok(Span { from, to })
}

fn month_day(lx: &mut Lexer) -> Result<(u8, u8), Error> {
    lx.skip_ws();
    let Some(m) = month_at(lx.rest()) else {
        return Err(lx.err(
            "expected a month",
            "months are Jan, Feb, Mar, Apr, May, Jun, Jul, Aug, Sep, Oct, Nov, Dec",
        ));
    };
    lx.pos += 3;
    let month = m as u8 + 1;
    let d = day_number(lx, month)?;
    Ok((month, d))
}

fn day_number(lx: &mut Lexer, month: u8) -> Result<u8, Error> {
    lx.skip_ws();
    let digits = lx.rest().chars().take_while(char::is_ascii_digit).count();
    let m = usize::from(month.clamp(1, 12)) - 1;
    let max = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m];
    match lx.rest()[..digits].parse::<u8>() {
        Ok(d) if (1..=max).contains(&d) && digits <= 2 => {
            lx.pos += digits;
            Ok(d)
        }
        _ => Err(lx.err(
            "expected a day of the month",
            format!("write dates as `Dec 24`; {} has days 1 to {max}", MONTHS[m]),
        )),
    }
}

/// The expression in normalised OSM form, for machines (JSON-LD).
pub fn spec_rows(week: &Week) -> Vec<(usize, Span)> {
    let mut rows = Vec::new();
    for (i, d) in week.days.iter().enumerate() {
        for s in &d.spans {
            rows.push((i, *s));
        }
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn times(w: &Week, day: usize) -> Vec<String> {
        w.days[day].spans.iter().map(Span::display).collect()
    }

    #[test]
    fn later_rules_replace_earlier_ones_for_their_days() {
        let w = parse("Mo-Fr 08:00-12:00; Th 08:00-12:00,14:00-17:30; PH off").unwrap();
        assert_eq!(times(&w, 0), ["08:00–12:00"]);
        assert_eq!(times(&w, 3), ["08:00–12:00", "14:00–17:30"]);
        assert!(times(&w, 5).is_empty());
        assert!(w.holidays_closed);
    }

    #[test]
    fn lists_wrapping_ranges_exceptions_and_comments() {
        let w = parse("Sa-Mo 10:00-11:00; We \"nach Vereinbarung\"; Dec 24-Jan 01 off").unwrap();
        assert_eq!(times(&w, 6), ["10:00–11:00"]);
        assert_eq!(times(&w, 0), ["10:00–11:00"]);
        assert!(w.days[2].appointment);
        assert_eq!(
            w.exceptions,
            [Exception {
                from: (12, 24),
                to: (1, 1)
            }]
        );
        let w = parse("Mo,We,Fr 09:00-12:00").unwrap();
        assert_eq!(times(&w, 2), ["09:00–12:00"]);
        assert!(times(&w, 1).is_empty());
    }

    #[test]
    fn comments_beside_times_are_kept() {
        let w = parse("Mo-Fr 08:00-12:00 \"nur mit Termin\"; Sa off \"Notdienst\"").unwrap();
        assert_eq!(times(&w, 0), ["08:00–12:00"]);
        assert_eq!(w.days[4].note.as_deref(), Some("nur mit Termin"));
        assert!(!w.days[4].appointment);
        assert_eq!(w.days[5].note.as_deref(), Some("Notdienst"));
        assert!(w.days[5].spans.is_empty());
        assert_eq!(w.days[6].note, None);
        // A comment alone is "by appointment", in the reader's language, not a note.
        let w = parse("We \"nach Vereinbarung\"").unwrap();
        assert!(w.days[2].appointment);
        assert_eq!(w.days[2].note, None);
    }

    #[test]
    fn dashes_for_hyphens_are_named() {
        for (expr, at) in [
            ("Mo–Fr 08:00-12:00", 2),
            ("Mo-Fr 08:00–12:00", 11),
            ("Mo-Fr 08:00 — 12:00", 12),
            ("Mo-Fr 08:00-12:00; Sa 09:00\u{2212}10:00", 27),
        ] {
            let e = parse(expr).unwrap_err();
            assert_eq!(e.start, at, "{expr}");
            assert!(
                e.message.ends_with("is a dash, not a hyphen"),
                "{expr}: {}",
                e.message
            );
            assert!(e.hint.contains("plain hyphen `-`"), "{}", e.hint);
        }
        // A dash inside a comment is text.
        assert!(parse("Mo 08:00-12:00 \"Termine – nur vormittags\"").is_ok());
    }

    #[test]
    fn errors_point_at_their_column() {
        let e = parse("Mo-Fr 08:00-12:00; Tx 14:00-16:00").unwrap_err();
        assert_eq!((e.start, e.message.as_str()), (19, "`Tx` is not a weekday"));
        let e = parse("Mo-Fr 8:00-12:00").unwrap_err();
        assert_eq!(e.start, 6);
        let e = parse("Mo 12:00-08:00").unwrap_err();
        assert!(e.message.contains("ends before it starts"));
        let e = parse("mo 08:00-12:00").unwrap_err();
        assert!(e.hint.contains("`Mo`"), "{}", e.hint);
        let e = parse("Mo 08:00-25:00").unwrap_err();
        assert_eq!(e.start, 9);
        assert!(parse("").is_err());
    }
}
