//! Language tags as a page's `languages:` field takes them: BCP 47 in its canonical form
//! (`de`, `ar`, `fa-AF`, `sr-Latn`, `de-x-ls`), the language an ISO 639 code.
//!
//! Owns: the list of ISO 639 codes (`iso639.txt`) and the check of one tag, with what it
//! should have been where that can be told. Must not: know the site's languages (the caller
//! adds them to its hint).

use std::collections::HashMap;
use std::sync::OnceLock;

/// What is wrong with a tag, and the tag it likely means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Names the tag that was meant, when it is known.
    pub message: String,
    /// The tag that was most likely meant (`de` for `DE`, `ar` for `ara`).
    pub meant: Option<String>,
    pub hint: String,
}

/// ISO 639-3 code → the ISO 639-1 code to write instead, if there is one (`ara` → `ar`);
/// ISO 639-1 codes and ISO 639-2/B codes (`ger`) map to the code to write too.
fn codes() -> &'static HashMap<&'static str, Option<&'static str>> {
    static CODES: OnceLock<HashMap<&'static str, Option<&'static str>>> = OnceLock::new();
    CODES.get_or_init(|| {
        let mut map = HashMap::new();
        for line in include_str!("iso639.txt").lines() {
            if line.starts_with('#') {
                continue;
            }
            let mut parts = line.split(' ');
            let Some(three) = parts.next() else { continue };
            let two = parts.next();
            let bibliographic = parts.next();
            match two {
                Some(two) => {
                    map.insert(two, None);
                    map.insert(three, Some(two));
                    if let Some(b) = bibliographic {
                        map.insert(b, Some(two));
                    }
                }
                None => {
                    map.insert(three, None);
                }
            }
        }
        map
    })
}

/// `Some(None)` for a code to write as it is, `Some(Some(two))` for a three-letter code
/// with a two-letter one, `None` for no language at all.
fn language(code: &str) -> Option<Option<&'static str>> {
    // qaa–qtz are reserved for local use.
    let local = code.len() == 3 && code.starts_with('q') && code[1..2] <= *"t";
    if local {
        return Some(None);
    }
    codes().get(code).copied()
}

/// A tag in canonical case: language lowercase, script titlecase (`Latn`), region uppercase
/// (`AF`), everything after a singleton (`x-ls`) lowercase; `None` when it is not built like
/// a tag at all.
fn canonical(tag: &str) -> Option<String> {
    let parts: Vec<&str> = tag.split('-').collect();
    let first = parts.first()?;
    if !(2..=3).contains(&first.len()) || !first.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let mut out = vec![first.to_ascii_lowercase()];
    let mut extension = false;
    for (i, part) in parts.iter().enumerate().skip(1) {
        let alnum = part.bytes().all(|b| b.is_ascii_alphanumeric());
        if part.is_empty() || part.len() > 8 || !alnum {
            return None;
        }
        let alpha = part.bytes().all(|b| b.is_ascii_alphabetic());
        let digits = part.bytes().all(|b| b.is_ascii_digit());
        let lower = part.to_ascii_lowercase();
        if extension || part.len() == 1 {
            extension = true;
            out.push(lower);
        } else if i == 1 && part.len() == 4 && alpha {
            let mut script = lower;
            script[..1].make_ascii_uppercase();
            out.push(script);
        } else if (part.len() == 2 && alpha) || (part.len() == 3 && digits) {
            out.push(part.to_ascii_uppercase());
        } else if part.len() >= 5 || (part.len() == 4 && part.as_bytes()[0].is_ascii_digit()) {
            out.push(lower);
        } else {
            return None;
        }
    }
    // A singleton must be followed by something (`x-ls`, not `x`).
    if parts.last().is_some_and(|p| p.len() == 1) {
        return None;
    }
    Some(out.join("-"))
}

/// Names of languages that editors write instead of their tags, in German and English:
/// the languages most asked for in German counselling and authorities.
const NAMES: &[(&str, &[&str])] = &[
    ("de", &["deutsch", "german"]),
    ("en", &["englisch", "english"]),
    ("ar", &["arabisch", "arabic"]),
    ("fa", &["persisch", "farsi", "persian"]),
    ("prs", &["dari"]),
    ("ps", &["paschtu", "paschto", "pashto"]),
    ("uk", &["ukrainisch", "ukrainian"]),
    ("ru", &["russisch", "russian"]),
    ("tr", &["türkisch", "tuerkisch", "turkish"]),
    ("ku", &["kurdisch", "kurdish"]),
    ("ckb", &["sorani"]),
    ("kmr", &["kurmandschi", "kurmanji"]),
    ("ti", &["tigrinya", "tigrinisch"]),
    ("am", &["amharisch", "amharic"]),
    ("so", &["somali", "somalisch"]),
    ("fr", &["französisch", "franzoesisch", "french"]),
    ("es", &["spanisch", "spanish"]),
    ("it", &["italienisch", "italian"]),
    ("pt", &["portugiesisch", "portuguese"]),
    ("pl", &["polnisch", "polish"]),
    ("ro", &["rumänisch", "rumaenisch", "romanian"]),
    ("bg", &["bulgarisch", "bulgarian"]),
    ("sq", &["albanisch", "albanian"]),
    ("sr", &["serbisch", "serbian"]),
    ("hr", &["kroatisch", "croatian"]),
    ("bs", &["bosnisch", "bosnian"]),
    ("mk", &["mazedonisch", "makedonisch", "macedonian"]),
    ("el", &["griechisch", "greek"]),
    ("hu", &["ungarisch", "hungarian"]),
    ("cs", &["tschechisch", "czech"]),
    ("vi", &["vietnamesisch", "vietnamese"]),
    ("zh", &["chinesisch", "chinese"]),
    ("ur", &["urdu"]),
    ("hi", &["hindi"]),
    ("ka", &["georgisch", "georgian"]),
    ("hy", &["armenisch", "armenian"]),
    ("az", &["aserbaidschanisch", "azerbaijani"]),
    ("sw", &["suaheli", "swahili"]),
    (
        "gsg",
        &[
            "gebärdensprache",
            "gebaerdensprache",
            "deutsche gebärdensprache",
        ],
    ),
];

/// The tag of a language written by its name (`Arabisch` → `ar`).
fn by_name(word: &str) -> Option<&'static str> {
    let lower = word.trim().to_lowercase();
    NAMES
        .iter()
        .find(|(_, names)| names.contains(&lower.as_str()))
        .map(|(tag, _)| *tag)
}

/// Checks one tag of a `languages:` list.
pub fn check(tag: &str) -> Result<(), Problem> {
    let how = "a language is written as its tag: the ISO 639 code in small letters, like \
               `de`, `ar`, `fa`, `uk`, `ti`, `prs`, and a country after it in capitals \
               (`fa-AF`)";
    if let Some(meant) = by_name(tag) {
        return Err(Problem {
            message: format!("`{tag}` is the name of a language; its tag is `{meant}`"),
            meant: Some(meant.to_string()),
            hint: how.into(),
        });
    }
    let Some(canon) = canonical(tag) else {
        return Err(Problem {
            message: format!("`{tag}` is not a language tag"),
            meant: None,
            hint: how.into(),
        });
    };
    let (first, rest) = canon.split_once('-').unwrap_or((&canon, ""));
    let with = |code: &str| {
        if rest.is_empty() {
            code.to_string()
        } else {
            format!("{code}-{rest}")
        }
    };
    match language(first) {
        None => Err(Problem {
            message: format!("`{tag}` is not a language tag: there is no language `{first}`"),
            meant: None,
            hint: how.into(),
        }),
        Some(Some(two)) => Err(Problem {
            message: format!("the language tag `{tag}` is written `{}`", with(two)),
            meant: Some(with(two)),
            hint: format!(
                "a language that has a two-letter code (ISO 639-1) is written with it: `{two}`, \
                 not `{first}`"
            ),
        }),
        Some(None) if canon != tag => Err(Problem {
            message: format!("the language tag `{tag}` is written `{canon}`"),
            meant: Some(canon.clone()),
            hint: "language codes are written in small letters (`de`), a country after them in \
                   capitals (`fa-AF`)"
                .into(),
        }),
        Some(None) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_tags_of_known_languages_pass() {
        for tag in [
            "de",
            "ar",
            "fa",
            "uk",
            "ti",
            "prs",
            "ckb",
            "fa-AF",
            "sr-Latn",
            "de-x-ls",
            "zh-Hant-TW",
            "es-419",
            "qaa",
        ] {
            assert_eq!(check(tag), Ok(()), "{tag}");
        }
    }

    #[test]
    fn unknown_languages_and_names_are_refused() {
        for tag in ["xx", "deutsch und englisch", "d", "de-", "de_AT", "x-ls"] {
            let p = check(tag).unwrap_err();
            assert_eq!(p.meant, None, "{tag}");
        }
        assert!(
            check("xx")
                .unwrap_err()
                .message
                .contains("no language `xx`")
        );
    }

    #[test]
    fn other_spellings_say_what_they_mean() {
        let meant = |tag: &str| check(tag).unwrap_err().meant;
        assert_eq!(meant("DE").as_deref(), Some("de"));
        assert_eq!(meant("fa-af").as_deref(), Some("fa-AF"));
        assert_eq!(meant("ara").as_deref(), Some("ar"));
        assert_eq!(meant("ger").as_deref(), Some("de"));
        assert_eq!(meant("deu-AT").as_deref(), Some("de-AT"));
        assert_eq!(meant("sr-latn").as_deref(), Some("sr-Latn"));
        // A language's name, as editors write it, in German or English.
        assert_eq!(meant("arabisch").as_deref(), Some("ar"));
        assert_eq!(meant("Türkisch").as_deref(), Some("tr"));
        assert_eq!(meant("Farsi").as_deref(), Some("fa"));
        assert_eq!(meant("Gebärdensprache").as_deref(), Some("gsg"));
        // Every tag the names lead to is one that passes.
        for (tag, _) in NAMES {
            assert_eq!(check(tag), Ok(()), "{tag}");
        }
    }
}
