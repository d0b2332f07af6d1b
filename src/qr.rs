//! QR codes as inline SVG: the matrix comes from the `qrcode` crate, the drawing is ours so
//! that it is small (one path, one run of dark modules per segment), carries its quiet zone
//! of four modules, and is accessible (`role="img"` with a label).
//!
//! Owns: turning a URL into an `<svg>` element. Must not: decide which URL (that is the
//! caller's: first-party page URLs only) or how large it is printed (that is CSS).

use qrcode::types::Color;
use qrcode::{EcLevel, QrCode};

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
    let code = QrCode::with_error_correction_level(data.as_bytes(), ec).ok()?;
    let width = code.width();
    let colors = code.to_colors();
    let size = width + 2 * QUIET_ZONE;
    let mut d = String::new();
    for y in 0..width {
        let row = &colors[y * width..(y + 1) * width];
        // Each run of dark modules is one horizontal stroke of width 1 along the row's middle.
        let mut x = 0;
        let mut pen: Option<usize> = None; // x where the last stroke ended, in this row
        while x < width {
            if row[x] != Color::Dark {
                x += 1;
                continue;
            }
            let start = x;
            while x < width && row[x] == Color::Dark {
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

fn attr(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(test)]
mod tests {
    use super::*;

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
