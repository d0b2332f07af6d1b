//! QR codes as inline SVG: the matrix comes from the `qrcode` crate, the drawing is ours so
//! that it is small (one path, one run of dark modules per segment), carries its quiet zone
//! of four modules, and is accessible (`role="img"` with a label).
//!
//! Owns: turning a URL into an `<svg>` element. Must not: decide which URL (that is the
//! caller's: first-party page URLs only) or how large it is printed (that is CSS).

use qrcode::EcLevel;
use qrcode::canvas::{Canvas, MaskPattern};
use qrcode::types::{Color, Version};
use std::fmt::Write as _;

/// Modules of light margin around the code, as ISO/IEC 18004 asks.
pub const QUIET_ZONE: usize = 4;

/// Error correction: `M` (15 %) for page footers, `Q` (25 %) for signs on a wall, which get
/// scratched, folded and written on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
    let (size, d) = cached_drawing(data, level, ec)?;
    Some(format!(
        "<svg class=\"{class}\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {size} {size}\" role=\"img\" aria-label=\"{}\" shape-rendering=\"crispEdges\"><rect width=\"{size}\" height=\"{size}\" fill=\"#fff\"/><path stroke=\"#000\" d=\"{d}\"/></svg>",
        attr(label)
    ))
}

/// The drawing of a code: its size with the quiet zone, and the path of its dark modules.
fn drawing(data: &str, ec: EcLevel) -> Option<(usize, String)> {
    let (width, colors) = matrix(data.as_bytes(), ec)?;
    let size = width + 2 * QUIET_ZONE;
    let mut d = String::with_capacity(width * width);
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
            // Writing to a String cannot fail.
            let _ = match pen {
                None => write!(d, "M{} {}.5h{run}", start + QUIET_ZONE, y + QUIET_ZONE),
                Some(end) => write!(d, "m{} 0h{run}", start - end),
            };
            pen = Some(x);
        }
    }
    Some((size, d))
}

static CACHING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Keep the drawings made in this process, by data and level, so that the dev server's
/// rebuilds draw only the codes of new addresses. (A single build draws each code once, and
/// would only hold the memory.)
pub fn keep_drawings() {
    CACHING.store(true, std::sync::atomic::Ordering::Relaxed);
}

fn cached_drawing(data: &str, level: Level, ec: EcLevel) -> Option<(usize, std::sync::Arc<str>)> {
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex, OnceLock};
    if !CACHING.load(std::sync::atomic::Ordering::Relaxed) {
        let (size, d) = drawing(data, ec)?;
        return Some((size, Arc::from(d)));
    }
    type Cache = Mutex<HashMap<(String, Level), (usize, Arc<str>)>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let cache = CACHE.get_or_init(|| Mutex::new(HashMap::new()));
    let key = (data.to_string(), level);
    if let Some(hit) = cache.lock().unwrap_or_else(|e| e.into_inner()).get(&key) {
        return Some(hit.clone());
    }
    let (size, d) = drawing(data, ec)?;
    let drawn = (size, Arc::<str>::from(d));
    let mut map = cache.lock().unwrap_or_else(|e| e.into_inner());
    if map.len() >= 200_000 {
        map.clear(); // a bound for a server that runs for days on a changing site
    }
    map.insert(key, drawn.clone());
    Some(drawn)
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
    if w <= 64 {
        return penalty_bits(dark, w);
    }
    let mut transposed = vec![false; w * w];
    for y in 0..w {
        for x in 0..w {
            transposed[x * w + y] = dark[y * w + x];
        }
    }
    let mut score = 0i32;
    for lines in [dark, &transposed[..]] {
        for line in lines.chunks_exact(w) {
            score += line_penalty(line);
        }
    }
    score -= 360;
    for y in 0..w - 1 {
        let (top, bottom) = (&dark[y * w..(y + 1) * w], &dark[(y + 1) * w..(y + 2) * w]);
        for x in 0..w - 1 {
            let c = top[x];
            if c == top[x + 1] && c == bottom[x] && c == bottom[x + 1] {
                score += 3;
            }
        }
    }
    score + balance(dark)
}

fn balance(dark: &[bool]) -> i32 {
    let dark_count = dark.iter().filter(|d| **d).count();
    let ratio = (dark_count * 200 / dark.len()) as i32;
    (ratio - 100).abs()
}

/// Runs of five or more modules of one colour (length − 2 each) and 1:1:3:1:1 finder-like
/// patterns without four light modules on one side (40 each) in one row or column.
fn line_penalty(line: &[bool]) -> i32 {
    let mut score = 0;
    let mut run = 0i32;
    let mut last = None;
    for &c in line {
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
    const PATTERN: [bool; 7] = [true, false, true, true, true, false, true];
    let w = line.len();
    for j in 0..w.saturating_sub(6) {
        if line[j..j + 7] != PATTERN {
            continue;
        }
        // Outside the code counts as light.
        let light_before = !line[j.saturating_sub(4)..j].contains(&true);
        let light_after = !line[j + 7..(j + 11).min(w)].contains(&true);
        if light_before || light_after {
            score += 40;
        }
    }
    score
}

/// `penalty` for codes up to 64 modules wide (versions 1–11, every page URL): each row and
/// column is one `u64` (bit `i` is module `i`), and the rules are shifts and masks.
fn penalty_bits(dark: &[bool], w: usize) -> i32 {
    let mut rows = [0u64; 64];
    let mut cols = [0u64; 64];
    for y in 0..w {
        for x in 0..w {
            if dark[y * w + x] {
                rows[y] |= 1 << x;
                cols[x] |= 1 << y;
            }
        }
    }
    let all = if w == 64 { u64::MAX } else { (1u64 << w) - 1 };
    let mut score = 0i32;
    for &line in rows[..w].iter().chain(&cols[..w]) {
        score += line_penalty_bits(line, w, all);
    }
    score -= 360;
    // 2×2 blocks: bit x set when modules x and x+1 of two rows are all one colour.
    let pairs = all >> 1;
    for y in 0..w - 1 {
        let (a, b) = (rows[y], rows[y + 1]);
        let same = !(a ^ (a >> 1)) & !(a ^ b) & !(b ^ (b >> 1)) & pairs;
        score += 3 * same.count_ones() as i32;
    }
    let dark_count: u32 = rows[..w].iter().map(|r| r.count_ones()).sum();
    let ratio = (dark_count as usize * 200 / (w * w)) as i32;
    score + (ratio - 100).abs()
}

fn line_penalty_bits(b: u64, w: usize, all: u64) -> i32 {
    let mut score = 0i32;
    // Runs: bit i of `change` is set where module i differs from module i + 1.
    let mut change = (b ^ (b >> 1)) & (all >> 1);
    let mut start = 0usize;
    loop {
        let end = if change == 0 {
            w
        } else {
            change.trailing_zeros() as usize + 1
        };
        let run = (end - start) as i32;
        if run >= 5 {
            score += run - 2;
        }
        if change == 0 {
            break;
        }
        change &= change - 1;
        start = end;
    }
    // 1011101 starting at bit j (the pattern reads the same both ways); outside is light.
    let bit = |k: u32| b >> k;
    let pattern = b & !bit(1) & bit(2) & bit(3) & bit(4) & !bit(5) & bit(6) & (all >> 6);
    if pattern != 0 {
        // Four light modules at j-4..j and at j+7..j+11 (beyond the code: light).
        let light_before = !((b << 1) | (b << 2) | (b << 3) | (b << 4));
        let light_after = !(bit(7) | bit(8) | bit(9) | bit(10));
        score += 40 * (pattern & (light_before | light_after)).count_ones() as i32;
    }
    score
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

    #[test]
    fn the_bit_penalty_is_the_plain_penalty() {
        let mut seed = 7u64;
        for w in [21usize, 25, 37, 41, 57, 61] {
            for _ in 0..200 {
                let dark: Vec<bool> = (0..w * w)
                    .map(|_| {
                        seed = seed
                            .wrapping_mul(6364136223846793005)
                            .wrapping_add(1442695040888963407);
                        (seed >> 33) % 3 != 0
                    })
                    .collect();
                let mut plain = 0;
                let mut t = vec![false; w * w];
                for y in 0..w {
                    for x in 0..w {
                        t[x * w + y] = dark[y * w + x];
                    }
                }
                for line in dark.chunks_exact(w).chain(t.chunks_exact(w)) {
                    plain += line_penalty(line);
                }
                let bits: i32 = {
                    let mut sum = 0;
                    let all = (1u64 << w) - 1;
                    for line in dark.chunks_exact(w).chain(t.chunks_exact(w)) {
                        let b = line
                            .iter()
                            .enumerate()
                            .fold(0u64, |acc, (i, d)| acc | (u64::from(*d) << i));
                        sum += line_penalty_bits(b, w, all);
                    }
                    sum
                };
                assert_eq!(bits, plain, "width {w}");
                let mut full = plain - 360 + balance(&dark);
                for y in 0..w - 1 {
                    for x in 0..w - 1 {
                        let c = dark[y * w + x];
                        if c == dark[y * w + x + 1]
                            && c == dark[(y + 1) * w + x]
                            && c == dark[(y + 1) * w + x + 1]
                        {
                            full += 3;
                        }
                    }
                }
                assert_eq!(penalty_bits(&dark, w), full, "width {w}");
            }
        }
    }

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
