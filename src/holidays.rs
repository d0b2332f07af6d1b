//! Public holidays: which days `PH off` in an opening-hours line means.
//!
//! Owns: the calendars of the German states (Lower Saxony by default), Easter, and a site's
//! own additions and removals (`holidays:` in site.yaml). Must not: know any language — a
//! holiday is named by a Fluent message `holiday-ID` of the theme or the site.

use crate::kinds::{date_of, days_of};

/// How a holiday falls in a given year.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum When {
    /// The same month and day every year.
    Fixed(u8, u8),
    /// Days after Easter Sunday (negative: before).
    Easter(i16),
    /// Buß- und Bettag: the Wednesday before 23 November.
    RepentanceDay,
    /// One date only, `YYYY-MM-DD` in days since 1970-01-01.
    Once(i64),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    /// `christmas-day`; the Fluent message is `holiday-christmas-day`.
    pub id: String,
    pub when: When,
}

/// A holiday on a date: `2026-12-25`, message `holiday-christmas-day`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Holiday {
    pub date: String,
    pub message: String,
}

const NATIONWIDE: &[(&str, When)] = &[
    ("new-year", When::Fixed(1, 1)),
    ("good-friday", When::Easter(-2)),
    ("easter-monday", When::Easter(1)),
    ("labour-day", When::Fixed(5, 1)),
    ("ascension", When::Easter(39)),
    ("whit-monday", When::Easter(50)),
    ("unity-day", When::Fixed(10, 3)),
    ("christmas-day", When::Fixed(12, 25)),
    ("boxing-day", When::Fixed(12, 26)),
];

/// The holidays of the German states beyond the nationwide ones (state-wide only; holidays of
/// single municipalities, such as Augsburg's Peace Festival, are added with `extra`).
const STATES: &[(&str, &str, &[&str])] = &[
    (
        "DE-BW",
        "Baden-Württemberg",
        &["epiphany", "corpus-christi", "all-saints"],
    ),
    (
        "DE-BY",
        "Bayern",
        &["epiphany", "corpus-christi", "all-saints"],
    ),
    ("DE-BE", "Berlin", &["womens-day"]),
    (
        "DE-BB",
        "Brandenburg",
        &["easter-sunday", "whit-sunday", "reformation-day"],
    ),
    ("DE-HB", "Bremen", &["reformation-day"]),
    ("DE-HH", "Hamburg", &["reformation-day"]),
    ("DE-HE", "Hessen", &["corpus-christi"]),
    (
        "DE-MV",
        "Mecklenburg-Vorpommern",
        &["womens-day", "reformation-day"],
    ),
    ("DE-NI", "Niedersachsen", &["reformation-day"]),
    (
        "DE-NW",
        "Nordrhein-Westfalen",
        &["corpus-christi", "all-saints"],
    ),
    (
        "DE-RP",
        "Rheinland-Pfalz",
        &["corpus-christi", "all-saints"],
    ),
    (
        "DE-SL",
        "Saarland",
        &["corpus-christi", "assumption", "all-saints"],
    ),
    ("DE-SN", "Sachsen", &["reformation-day", "repentance-day"]),
    ("DE-ST", "Sachsen-Anhalt", &["epiphany", "reformation-day"]),
    ("DE-SH", "Schleswig-Holstein", &["reformation-day"]),
    ("DE-TH", "Thüringen", &["childrens-day", "reformation-day"]),
];

const REGIONAL: &[(&str, When)] = &[
    ("epiphany", When::Fixed(1, 6)),
    ("womens-day", When::Fixed(3, 8)),
    ("easter-sunday", When::Easter(0)),
    ("whit-sunday", When::Easter(49)),
    ("corpus-christi", When::Easter(60)),
    ("assumption", When::Fixed(8, 15)),
    ("childrens-day", When::Fixed(9, 20)),
    ("reformation-day", When::Fixed(10, 31)),
    ("all-saints", When::Fixed(11, 1)),
    ("repentance-day", When::RepentanceDay),
];

/// The region used when site.yaml says nothing: Lower Saxony, where wegweiser started.
pub const DEFAULT_REGION: &str = "DE-NI";

/// The codes of the regions wegweiser knows, and `none` (only the site's own `extra` days).
pub fn regions() -> impl Iterator<Item = &'static str> {
    STATES.iter().map(|s| s.0).chain(["none"])
}

/// The ids of every holiday any region has (for `remove:` hints).
pub fn known_ids() -> impl Iterator<Item = &'static str> {
    NATIONWIDE.iter().chain(REGIONAL).map(|(id, _)| *id)
}

/// The rules of a region (`DE-NI`), or `None` for an unknown code.
pub fn region(code: &str) -> Option<Vec<Rule>> {
    if code == "none" {
        return Some(Vec::new());
    }
    let (_, _, own) = STATES.iter().find(|s| s.0.eq_ignore_ascii_case(code))?;
    let rule = |(id, when): &(&str, When)| Rule {
        id: id.to_string(),
        when: when.clone(),
    };
    let mut out: Vec<Rule> = NATIONWIDE.iter().map(rule).collect();
    out.extend(REGIONAL.iter().filter(|(id, _)| own.contains(id)).map(rule));
    Some(out)
}

/// Easter Sunday of a Gregorian year, as (month, day) — the anonymous Gregorian algorithm
/// (Meeus/Jones/Butcher).
pub fn easter(year: i64) -> (u8, u8) {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    (month as u8, day as u8)
}

fn days(year: i64, month: u8, day: u8) -> Option<i64> {
    days_of(&format!("{year:04}-{month:02}-{day:02}"))
}

impl When {
    /// The day (days since 1970-01-01) it falls on in `year`, if any.
    fn in_year(&self, year: i64) -> Option<i64> {
        match *self {
            When::Fixed(m, d) => days(year, m, d),
            When::Easter(offset) => {
                let (m, d) = easter(year);
                Some(days(year, m, d)? + i64::from(offset))
            }
            When::RepentanceDay => {
                // 1970-01-01 was a Thursday; Wednesday is weekday 2 counting Monday as 0.
                let nov23 = days(year, 11, 23)?;
                let weekday = (nov23 + 3).rem_euclid(7);
                let back = (weekday - 2).rem_euclid(7);
                Some(nov23 - if back == 0 { 7 } else { back })
            }
            When::Once(day) => (date_of(day)[..4].parse::<i64>().ok() == Some(year)).then_some(day),
        }
    }
}

/// The holidays from `from` to `to` (days since 1970-01-01, inclusive), by date.
pub fn between(rules: &[Rule], from: i64, to: i64) -> Vec<Holiday> {
    let first: i64 = date_of(from)[..4].parse().unwrap_or(1970);
    let last: i64 = date_of(to)[..4].parse().unwrap_or(1970);
    let mut out: Vec<(i64, &str)> = Vec::new();
    for year in first..=last {
        for r in rules {
            if let Some(d) = r.when.in_year(year) {
                if (from..=to).contains(&d) {
                    out.push((d, &r.id));
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out.into_iter()
        .map(|(d, id)| Holiday {
            date: date_of(d),
            message: format!("holiday-{id}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(region_code: &str, year: i64) -> Vec<(String, String)> {
        let rules = region(region_code).unwrap();
        let from = days(year, 1, 1).unwrap();
        let to = days(year, 12, 31).unwrap();
        between(&rules, from, to)
            .into_iter()
            .map(|h| (h.date, h.message.trim_start_matches("holiday-").to_string()))
            .collect()
    }

    #[test]
    fn easter_sundays_are_right() {
        // Checked against the published dates.
        assert_eq!(easter(2024), (3, 31));
        assert_eq!(easter(2025), (4, 20));
        assert_eq!(easter(2026), (4, 5));
        assert_eq!(easter(2027), (3, 28));
        assert_eq!(easter(2038), (4, 25));
        assert_eq!(easter(2285), (3, 22));
    }

    #[test]
    fn lower_saxony_2026_has_ten_holidays_with_reformation_day() {
        let d = dates("DE-NI", 2026);
        let want = [
            ("2026-01-01", "new-year"),
            ("2026-04-03", "good-friday"),
            ("2026-04-06", "easter-monday"),
            ("2026-05-01", "labour-day"),
            ("2026-05-14", "ascension"),
            ("2026-05-25", "whit-monday"),
            ("2026-10-03", "unity-day"),
            ("2026-10-31", "reformation-day"),
            ("2026-12-25", "christmas-day"),
            ("2026-12-26", "boxing-day"),
        ];
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(d, want);
    }

    #[test]
    fn other_states_differ_where_they_should() {
        let by = dates("DE-BY", 2026);
        assert!(by.contains(&("2026-06-04".into(), "corpus-christi".into())));
        assert!(by.contains(&("2026-01-06".into(), "epiphany".into())));
        assert!(!by.iter().any(|(_, id)| id == "reformation-day"));
        // Buß- und Bettag 2026 is Wednesday 18 November; in 2027 the 17th.
        assert!(dates("DE-SN", 2026).contains(&("2026-11-18".into(), "repentance-day".into())));
        assert!(dates("DE-SN", 2027).contains(&("2027-11-17".into(), "repentance-day".into())));
        assert!(dates("DE-BE", 2026).contains(&("2026-03-08".into(), "womens-day".into())));
        assert!(region("DE-XX").is_none());
        assert!(dates("none", 2026).is_empty());
    }

    #[test]
    fn a_window_spans_the_turn_of_the_year() {
        let rules = region("DE-NI").unwrap();
        let from = days_of("2026-11-25").unwrap();
        let h = between(&rules, from, from + 365);
        let first: Vec<&str> = h.iter().take(3).map(|h| h.date.as_str()).collect();
        assert_eq!(first, ["2026-12-25", "2026-12-26", "2027-01-01"]);
        assert_eq!(h.last().unwrap().date, "2027-10-31");
        assert_eq!(date_of(days_of("2028-02-29").unwrap()), "2028-02-29");
    }
}
