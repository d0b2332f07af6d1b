//! QR codes as inline SVG: the matrix comes from the `qrcode` crate, the drawing is ours so
//! that it is small (one path, one run of dark modules per segment), carries its quiet zone
//! of four modules, and is accessible (`role="img"` with a label).
//!
//! Owns: turning a URL into an `<svg>` element. Must not: decide which URL (that is the
//! caller's: first-party page URLs only) or how large it is printed (that is CSS).

use qrcode::EcLevel;
use qrcode::canvas::{Canvas, MaskPattern};
use qrcode::types::{Color, Version};

/// Modules of light margin around the code, as ISO/IEC 18004 asks.
pub const QUIET_ZONE: usize = 4;

/// Error correction: `M` (15 %) for page footers, `Q` (25 %) for signs on a wall, which get
/// scratched, folded and written on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    M,
    Q,
}

/// An inline `<svg>` of the QR code of `data`, with `label` as its accessible name and the
/// quiet zone inside its view box. `None` only when `data` is too long for any QR code.
pub fn svg(data: &str, level: Level, label: &str, class: &str) -> Option<String> {
    let ec = match level {
        Level::M => EcLevel::M,
        Level::Q => EcLevel::Q,
    };
    let (width, colors) = matrix(data.as_bytes(), ec)?;
    let size = width + 2 * QUIET_ZONE;
    let mut d = String::new();
    for y in 0..width {
        let row = &colors[y * width..(y + 1) * width];
        // Each run of dark modules is one horizontal stroke of width 1 along the row's middle.
        let mut x = 0;
        let mut pen: Option<usize> = None; // x where the last stroke ended, in this row
        while x < width {
            if !row[x] {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && row[x] {
                x += 1;
            }
            let run = x - start;
            match pen {
                None => d.push_str(&format!(
                    "M{} {}.5h{run}",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE
                )),
                Some(end) => d.push_str(&format!("m{} 0h{run}", start - end)),
            }
            pen = Some(x);
        }
    }
    Some(format!(
        "<svg class=\"{class}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" role=\"img\" aria-label=\"{}\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path stroke=\"#000\" d=\"{d}\"/></svg>",
        attr(label)
    ))
}

const MASKS: [MaskPattern; 8] = [
    MaskPattern::Checkerboard,
    MaskPattern::HorizontalLines,
    MaskPattern::VerticalLines,
    MaskPattern::DiagonalLines,
    MaskPattern::LargeCheckerboard,
    MaskPattern::Fields,
    MaskPattern::Diamonds,
    MaskPattern::Meadow,
];

/// The code's width and its modules, row by row (`true` is dark). The same matrix as
/// `QrCode::with_error_correction_level`, which spends most of a page's rendering time on
/// choosing the mask (its penalty rules walk the matrix through boxed closures); here the
/// same rules run on a plain array — the profile in bench/RESULTS.md shows why.
fn matrix(data: &[u8], ec: EcLevel) -> Option<(usize, Vec<bool>)> {
    let bits = qrcode::bits::encode_auto(data, ec).ok()?;
    let version = bits.version();
    if !matches!(version, Version::Normal(_)) {
        return None; // encode_auto gives only normal QR codes, never Micro QR
    }
    let bytes = bits.into_bytes();
    let (codewords, ec_codewords) = qrcode::ec::construct_codewords(&bytes, version, ec).ok()?;
    let mut canvas = Canvas::new(version, ec);
    canvas.draw_all_functional_patterns();
    canvas.draw_data(&codewords, &ec_codewords);
    let width = usize::try_from(version.width()).ok()?;
    MASKS
        .iter()
        .map(|&mask| {
            let mut c = canvas.clone();
            c.apply_mask(mask);
            let dark: Vec<bool> = c
                .into_colors()
                .into_iter()
                .map(|c| c == Color::Dark)
                .collect();
            (penalty(&dark, width), dark)
        })
        .min_by_key(|(score, _)| *score) // the first of equals, as the crate does
        .map(|(_, dark)| (width, dark))
}

/// The mask penalty of ISO/IEC 18004 §7.8.3 (runs, 2×2 blocks, finder-like patterns, dark
/// balance), computed exactly as the `qrcode` crate does, so that the same mask wins.
fn penalty(dark: &[bool], w: usize) -> i32 {
    let at = |x: usize, y: usize| dark[y * w + x];
    let mut score = 0i32;
    for horizontal in [true, false] {
        let line = |i: usize, j: usize| if horizontal { at(j, i) } else { at(i, j) };
        for i in 0..w {
            // Runs of five or more modules of one colour: length − 2 each.
            let mut run = 0i32;
            let mut last = None;
            for j in 0..w {
                let c = line(i, j);
                if Some(c) == last {
                    run += 1;
                } else {
                    if run >= 5 {
                        score += run - 2;
                    }
                    last = Some(c);
                    run = 1;
                }
            }
            if run >= 5 {
                score += run - 2;
            }
            // 1:1:3:1:1 finder-like patterns without four light modules on one side: 40.
            const PATTERN: [bool; 7] = [true, false, true, true, true, false, true];
            for j in 0..w.saturating_sub(6) {
                if (0..7).any(|k| line(i, j + k) != PATTERN[k]) {
                    continue;
                }
                let dark_before = (j.saturating_sub(4)..j).any(|k| line(i, k));
                let dark_after = (j + 7..(j + 11).min(w)).any(|k| line(i, k));
                if !dark_before || !dark_after {
                    score += 40;
                }
            }
        }
    }
    // The three finder patterns themselves count 9 × 40 in the crate's rule; it subtracts them.
    score -= 360;
    for y in 0..w - 1 {
        for x in 0..w - 1 {
            let c = at(x, y);
            if c == at(x + 1, y) && c == at(x, y + 1) && c == at(x + 1, y + 1) {
                score += 3;
            }
        }
    }
    let dark_count = dark.iter().filter(|d| **d).count();
    let ratio = (dark_count * 200 / dark.len()) as i32;
    score + (ratio - 100).abs()
}

fn attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;
    use qrcode::QrCode;

    /// The faster mask choice picks the same mask as the crate, for URLs of every length
    /// (so every QR code version the site uses) and both levels.
    #[test]
    fn the_matrix_is_the_crates_matrix() {
        for n in 0..120 {
            let url = format!(
                "https://integration.example.org/{}/s{n:03}/{}/",
                ["de", "ar", "fa-AF", "de-x-ls"][n % 4],
                "abschnitt-".repeat(n % 17)
            );
            for ec in [EcLevel::M, EcLevel::Q] {
                let code = QrCode::with_error_correction_level(url.as_bytes(), ec).unwrap();
                let want: Vec<bool> = code
                    .to_colors()
                    .into_iter()
                    .map(|c| c == Color::Dark)
                    .collect();
                let (w, got) = matrix(url.as_bytes(), ec).unwrap();
                assert_eq!(w, code.width(), "{url}");
                assert!(got == want, "{url} at {ec:?}: a different mask");
            }
        }
    }

    /// Reads the modules back from the path and compares them with the library's matrix.
    #[test]
    fn the_path_draws_exactly_the_dark_modules_with_a_quiet_zone() {
        let url = "https://integration.example.org/fa/behoerden/auslaenderbehoerde/";
        let svg = svg(url, Level::Q, "QR: x", "qr").unwrap();
        let code = QrCode::with_error_correction_level(url, EcLevel::Q).unwrap();
        let w = code.width();
        let size = w + 8;
        assert!(svg.contains(&format!("viewBox=\"0 0 {size} {size}\"")));
        assert!(svg.contains("role=\"img\" aria-label=\"QR: x\""));
        let d = svg
            .split(" d=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let mut dark = vec![false; size * size];
        let (mut x, mut y) = (0i64, 0i64);
        let mut chars = d.chars().peekable();
        let num = |chars: &mut std::iter::Peekable<std::str::Chars>| {
            let mut s = String::new();
            while let Some(&c) = chars.peek() {
                if c.is_ascii_digit() || c == '.' || c == '-' {
                    s.push(c);
                    chars.next();
                } else {
                    break;
                }
            }
            while chars.peek() == Some(&' ') {
                chars.next();
            }
            s.parse::<f64>().unwrap()
        };
        while let Some(c) = chars.next() {
            match c {
                'M' => {
                    x = num(&mut chars) as i64;
                    y = num(&mut chars).floor() as i64;
                }
                'm' => {
                    x += num(&mut chars) as i64;
                    num(&mut chars);
                }
                'h' => {
                    let n = num(&mut chars) as i64;
                    for i in 0..n {
                        dark[(y as usize) * size + (x + i) as usize] = true;
                    }
                    x += n;
                }
                other => panic!("unexpected {other}"),
            }
        }
        let colors = code.to_colors();
        for yy in 0..size {
            for xx in 0..size {
                let inside = (4..w + 4).contains(&xx) && (4..w + 4).contains(&yy);
                let want = inside && colors[(yy - 4) * w + (xx - 4)] == Color::Dark;
                assert_eq!(dark[yy * size + xx], want, "module {xx},{yy}");
            }
        }
    }

    #[test]
    fn labels_are_escaped() {
        let s = svg("https://x.org/", Level::M, "a \"b\" <c>", "qr").unwrap();
        assert!(s.contains("aria-label=\"a &quot;b&quot; &lt;c&gt;\""));
    }
}
