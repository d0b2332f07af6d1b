//! Signs and printed pages tested as paper: the example site's sheets printed to PDF by
//! Chromium, measured with pdfinfo, read back with zbarimg; and the `print` command's messages.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");
const BASE: &str = "https://integration.example.org/";

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("wegweiser-print-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn wegweiser(args: &[&str]) -> (i32, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn run(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd).args(args).output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// (pages, page size name) from pdfinfo: "Page size: 595.276 x 841.89 pts (A4)".
fn pdf_pages(pdf: &Path) -> (usize, String) {
    let info = run("pdfinfo", &[pdf.to_str().unwrap()]);
    let pages = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0);
    let size = info
        .lines()
        .find_map(|l| l.strip_prefix("Page size:"))
        .and_then(|s| s.split('(').nth(1))
        .map(|s| s.trim_end_matches(')').to_string())
        .unwrap_or_default();
    (pages, size)
}

/// The URLs of the QR codes on one page of a PDF.
fn qr_codes(pdf: &Path, page: usize) -> BTreeSet<String> {
    let dir = pdf.parent().unwrap();
    let prefix = dir.join(format!("page{page}"));
    let n = page.to_string();
    run(
        "pdftoppm",
        &[
            "-png",
            "-r",
            "150",
            "-f",
            &n,
            "-l",
            &n,
            "-singlefile",
            pdf.to_str().unwrap(),
            prefix.to_str().unwrap(),
        ],
    );
    let png = format!("{}.png", prefix.display());
    run("zbarimg", &["-q", "--raw", &png])
        .lines()
        .map(str::to_string)
        .collect()
}

fn print_pdf(chromium: &Path, url: &str, pdf: &Path) {
    if let Err(e) = wegweiser::print::url_to_pdf(chromium, url, pdf) {
        panic!("Chromium printed no PDF of {url}: {e}");
    }
}

/// The sheets of a sign document: (page id, language tags) in order.
fn sheets_of(html: &str) -> Vec<(String, Vec<String>)> {
    html.split("<section class=\"sheet ")
        .skip(1)
        .map(|s| {
            let s = s.split("</section>").next().unwrap();
            let id = s
                .split("data-page=\"")
                .nth(1)
                .unwrap()
                .split('"')
                .next()
                .unwrap();
            let langs = s
                .split("<article class=\"block\"")
                .skip(1)
                .map(|b| {
                    b.split("data-lang=\"")
                        .nth(1)
                        .unwrap()
                        .split('"')
                        .next()
                        .unwrap()
                        .to_string()
                })
                .collect();
            (id.to_string(), langs)
        })
        .collect()
}

fn url(lang: &str, id: &str) -> String {
    format!("{BASE}{lang}/{id}/")
}

#[test]
fn a_shelter_pack_prints_one_a4_page_per_office_with_a_qr_code_per_language() {
    let Some(chromium) = common::paper_tools() else {
        return;
    };
    let out = scratch("pack");
    let (code, stderr) = wegweiser(&[
        "print",
        "--root",
        ROOT,
        "--lang",
        "de,ar,uk,fa",
        "--section",
        "behoerden",
        "--pdf",
        "--chromium",
        chromium.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let html = std::fs::read_to_string(out.join("signs.html")).unwrap();
    let sheets = sheets_of(&html);
    assert_eq!(
        sheets.len(),
        7,
        "six offices and the signpost of behoerden/"
    );
    assert!(
        stderr.contains("printed 7 sheets in de, ar, uk, fa"),
        "{stderr}"
    );
    let pdf = out.join("signs.pdf");
    assert_eq!(pdf_pages(&pdf), (sheets.len(), "A4".to_string()));
    assert_eq!(sheets[0].0, "behoerden/auslaenderbehoerde");
    assert_eq!(sheets[0].1, ["de", "ar", "uk", "fa"]);
    for (i, (id, langs)) in sheets.iter().enumerate() {
        let want: BTreeSet<String> = langs.iter().map(|l| url(l, id)).collect();
        assert_eq!(qr_codes(&pdf, i + 1), want, "page {} ({id})", i + 1);
    }
    // A translation that is missing is left out, and said so.
    for (id, langs) in &sheets {
        for l in ["ar", "uk", "fa"] {
            if !langs.iter().any(|x| x == l) {
                assert!(
                    stderr.contains(&format!("{id}.de.md: no `{l}` block: not translated")),
                    "{stderr}"
                );
            }
        }
    }
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn a3_sheets_are_a3_and_the_signpost_arrows_are_never_mirrored() {
    let Some(chromium) = common::paper_tools() else {
        return;
    };
    let out = scratch("a3");
    let (code, stderr) = wegweiser(&[
        "print",
        "--root",
        ROOT,
        "--lang",
        "ar,de",
        "--kind",
        "signpost",
        "--paper",
        "a3",
        "--pdf",
        "--chromium",
        chromium.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let pdf = out.join("signs.pdf");
    assert_eq!(pdf_pages(&pdf), (1, "A3".to_string()));
    let id = "behoerden/wegweiser-kreishaus";
    assert_eq!(
        qr_codes(&pdf, 1),
        BTreeSet::from([url("ar", id), url("de", id)])
    );
    let html = std::fs::read_to_string(out.join("signs.html")).unwrap();
    // Every arrow sits in a left-to-right box in the Arabic block too.
    let ar = html
        .split("data-lang=\"ar\"")
        .nth(1)
        .unwrap()
        .split("</article>")
        .next()
        .unwrap();
    let arrows = ar.matches("<span class=\"arrow arrow-").count();
    assert_eq!(arrows, 7);
    assert_eq!(
        ar.matches("class=\"arrow arrow-right\" dir=\"ltr\"")
            .count(),
        2
    );
    let _ = std::fs::remove_dir_all(&out);
}

/// What Chromium computes for each block of a sign document: its direction, and whether the
/// language name in its bar stands at the right (right-to-left) or the left.
const CHECK_BLOCKS: &str = r#"<script>
window.addEventListener('load', () => {
  const out = [...document.querySelectorAll('.block')].map(b => {
    const bar = b.querySelector('.block-lang').getBoundingClientRect();
    const name = b.querySelector('.block-lang-name').getBoundingClientRect();
    const title = b.querySelector('.block-title').getBoundingClientRect();
    const pict = b.querySelector('.pictogram').getBoundingClientRect();
    return { lang: b.lang, dir: b.dir, direction: getComputedStyle(b).direction,
      name_at_right: bar.right - name.right < name.left - bar.left,
      pictogram_at_right: pict.left > title.left };
  });
  const p = document.createElement('pre'); p.id = 'report'; p.textContent = JSON.stringify(out);
  document.body.appendChild(p);
});
</script>"#;

#[test]
fn no_arabic_script_block_is_laid_out_left_to_right() {
    let Some(chromium) = common::paper_tools() else {
        return;
    };
    let out = scratch("rtl");
    let (code, stderr) = wegweiser(&[
        "print",
        "--root",
        ROOT,
        "--lang",
        "fa,de,ar,uk",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let report = chromium_report(&chromium, &out, CHECK_BLOCKS, None);
    assert!(report.len() >= 30, "{} blocks", report.len());
    let mut arabic_script = 0;
    for b in &report {
        let rtl = ["ar", "fa"].contains(&b["lang"].as_str().unwrap());
        arabic_script += usize::from(rtl);
        let want = if rtl { "rtl" } else { "ltr" };
        assert_eq!(b["dir"], want, "{b}");
        assert_eq!(b["direction"], want, "{b}");
        assert_eq!(b["name_at_right"], rtl, "{b}");
        assert_eq!(b["pictogram_at_right"], rtl, "{b}");
    }
    assert!(arabic_script >= 10);
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn the_sign_maker_prints_the_same_sheet() {
    let Some(chromium) = common::paper_tools() else {
        return;
    };
    let site = common::built_example();
    let out = scratch("maker");
    std::fs::create_dir_all(&out).unwrap();
    let pdf = out.join("maker.pdf");
    let id = "behoerden/auslaenderbehoerde";
    print_pdf(
        &chromium,
        &format!(
            "file://{}/de/signs/index.html?p={id}&l=de,ar,uk,fa",
            site.display()
        ),
        &pdf,
    );
    assert_eq!(pdf_pages(&pdf), (1, "A4".to_string()));
    let want: BTreeSet<String> = ["de", "ar", "uk", "fa"]
        .iter()
        .map(|l| url(l, id))
        .collect();
    assert_eq!(qr_codes(&pdf, 1), want);
    let text = run("pdftotext", &[pdf.to_str().unwrap(), "-"]);
    assert!(
        text.contains("Ausländerbehörde") && text.contains("Gedruckt:"),
        "{text}"
    );
    assert!(
        !text.contains("Schilder drucken"),
        "the page around the sheet is not printed"
    );
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn an_office_page_prints_its_facts_on_page_one_and_its_own_qr_code() {
    let Some(chromium) = common::paper_tools() else {
        return;
    };
    let site = common::built_example();
    let out = scratch("page");
    std::fs::create_dir_all(&out).unwrap();
    for lang in ["de", "ar"] {
        let pdf = out.join(format!("{lang}.pdf"));
        let page = format!("{lang}/behoerden/jobcenter/");
        print_pdf(
            &chromium,
            &format!("file://{}/{page}index.html", site.display()),
            &pdf,
        );
        let (pages, size) = pdf_pages(&pdf);
        assert_eq!(size, "A4");
        assert!(pages <= 2, "{lang}: {pages} pages");
        // The whole facts panel, down to its last row, is on the first page.
        let first = run(
            "pdftotext",
            &["-f", "1", "-l", "1", pdf.to_str().unwrap(), "-"],
        );
        let last_fact = if lang == "de" {
            "Zuständig für"
        } else {
            "مسؤول عن"
        };
        assert!(first.contains(last_fact), "{lang}: page 1:\n{first}");
        assert!(
            !first.contains("Sprache\n"),
            "no language switcher on paper"
        );
        // The QR code of the page, its address and "Stand" are at the top of the first sheet,
        // so that the entry on sheet 1 is complete on its own.
        assert_eq!(
            qr_codes(&pdf, 1),
            BTreeSet::from([format!("{BASE}{page}")]),
            "{lang}"
        );
        assert!(
            first.contains("https://"),
            "{lang}: the address on page 1: {first}"
        );
    }
    let _ = std::fs::remove_dir_all(&out);
}

#[test]
fn print_usage_errors_name_the_fix_and_exit_2() {
    let (code, stderr) = wegweiser(&["print", "--root", ROOT, "--lang", "de,fs"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(
        stderr.contains("`fs` is not a language of this site; did you mean `fa`?"),
        "{stderr}"
    );
    let (code, stderr) = wegweiser(&["print", "--root", ROOT, "--lang", "de,en,ar,uk,fa,tr,ru"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("a sheet holds at most 6 languages"),
        "{stderr}"
    );
    let (code, stderr) = wegweiser(&["print", "--root", ROOT, "--lang", "de", "--kind", "ofice"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("did you mean `office`?"), "{stderr}");
    let (code, stderr) = wegweiser(&[
        "print",
        "--root",
        ROOT,
        "--lang",
        "de",
        "--section",
        "behorden",
    ]);
    assert_eq!(code, 2);
    assert!(stderr.contains("did you mean `behoerden`?"), "{stderr}");
    let (code, stderr) = wegweiser(&["print", "--root", ROOT, "--lang", "de", "--paper", "A5"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("`A5` is not a paper size; use A4 or A3"),
        "{stderr}"
    );
    let (code, _) = wegweiser(&["print", "--root", ROOT]);
    assert_eq!(code, 2, "--lang is required");
}

#[test]
fn pdf_without_a_browser_is_a_clear_error() {
    let out = scratch("nobrowser");
    let (code, stderr) = wegweiser(&[
        "print",
        "--root",
        ROOT,
        "--lang",
        "de",
        "--pdf",
        "--chromium",
        "/nonexistent/chromium",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(
        stderr.contains("--chromium `/nonexistent/chromium` is not a program file"),
        "{stderr}"
    );
    assert!(!out.exists(), "nothing is written");
    // Without --chromium and with no browser on PATH.
    let out2 = Command::new(env!("CARGO_BIN_EXE_wegweiser"))
        .args(["print", "--root", ROOT, "--lang", "de", "--pdf", "-o"])
        .arg(&out)
        .env("PATH", "/nonexistent")
        .output()
        .unwrap();
    assert_eq!(out2.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out2.stderr);
    assert!(
        stderr.contains("--pdf needs Chromium or Google Chrome"),
        "{stderr}"
    );
    assert!(stderr.contains("apt-get install chromium"), "{stderr}");
}

#[test]
fn signs_leave_out_what_may_not_be_printed() {
    // A copy of two example pages: one German office with an Arabic translation marked
    // print_allowed: false and a Farsi machine translation.
    let site = scratch("allowed");
    let content = site.join("content/behoerden");
    std::fs::create_dir_all(&content).unwrap();
    std::fs::write(
        site.join("site.yaml"),
        "base_url: https://x.example/\nlanguages:\n  - { tag: de, name: Deutsch }\n  - { tag: ar, name: العربية }\n  - { tag: fa, name: فارسی }\n",
    )
    .unwrap();
    std::fs::write(
        site.join("content/_index.de.md"),
        "---\ntitle: Start\n---\n",
    )
    .unwrap();
    std::fs::create_dir_all(site.join("translations")).unwrap();
    std::fs::write(
        site.join("translations/de.ftl"),
        "site-title = Test\nsite-publisher = Amt Test\n",
    )
    .unwrap();
    std::fs::write(
        content.join("amt.de.md"),
        "---\ntitle: Amt\nkind: office\nservices: Hilfe\naddress: { street: Weg 1, city: Ort }\n---\n",
    )
    .unwrap();
    std::fs::write(
        content.join("amt.ar.md"),
        "---\ntitle: دائرة\nprint_allowed: false\n---\n",
    )
    .unwrap();
    std::fs::write(
        content.join("amt.fa.md"),
        "---\ntitle: اداره\nmachine: true\n---\n",
    )
    .unwrap();
    let out = site.join("print");
    let (code, stderr) = wegweiser(&[
        "print",
        "--root",
        site.to_str().unwrap(),
        "--lang",
        "de,ar,fa",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    assert!(
        stderr.contains("no `ar` block: `print_allowed: false` in that file"),
        "{stderr}"
    );
    assert!(
        stderr.contains("no `fa` block: machine translation"),
        "{stderr}"
    );
    let html = std::fs::read_to_string(out.join("signs.html")).unwrap();
    assert_eq!(
        sheets_of(&html),
        [("behoerden/amt".to_string(), vec!["de".to_string()])]
    );
    // The site may allow machine translations on signs.
    let yaml = std::fs::read_to_string(site.join("site.yaml")).unwrap();
    std::fs::write(
        site.join("site.yaml"),
        format!("{yaml}print: {{ machine_translations: true }}\n"),
    )
    .unwrap();
    let (code, stderr) = wegweiser(&[
        "print",
        "--root",
        site.to_str().unwrap(),
        "--lang",
        "de,ar,fa",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let html = std::fs::read_to_string(out.join("signs.html")).unwrap();
    assert_eq!(sheets_of(&html)[0].1, ["de", "fa"]);
    let _ = std::fs::remove_dir_all(&site);
}

/// For each block of a sign document after the sign fitting: how many destinations it has,
/// how many are hidden, and how many end below the block's inner bottom edge (cut off).
const CHECK_DESTINATIONS: &str = r#"<script>
window.addEventListener('load', () => setTimeout(() => {
  const out = [...document.querySelectorAll('.sheet-signpost .block')].map(b => {
    const box = b.getBoundingClientRect();
    const style = getComputedStyle(b);
    const inner = box.bottom - parseFloat(style.paddingBottom) - parseFloat(style.borderBottomWidth);
    const items = [...b.querySelectorAll('.sign-destinations li')];
    const list = b.querySelector('.sign-destinations');
    return { lang: b.lang, items: items.length,
      hidden: items.filter(li => !li.getClientRects().length).length,
      cut: items.filter(li => li.getBoundingClientRect().bottom > inner + 0.5).length,
      size_px: parseFloat(getComputedStyle(list).fontSize) };
  });
  const p = document.createElement('pre'); p.id = 'report'; p.textContent = JSON.stringify(out);
  document.body.appendChild(p);
}, 200));
</script>"#;

#[test]
fn a_four_language_signpost_keeps_every_destination_on_one_a4_sheet() {
    let Some(chromium) = common::paper_tools() else {
        return;
    };
    let out = scratch("signpost4");
    let (code, stderr) = wegweiser(&[
        "print",
        "--root",
        ROOT,
        "--lang",
        "de,ar,uk,fa",
        "--kind",
        "signpost",
        "--pdf",
        "--chromium",
        chromium.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{stderr}");
    let pdf = out.join("signs.pdf");
    assert_eq!(pdf_pages(&pdf), (1, "A4".to_string()));
    let id = "behoerden/wegweiser-kreishaus";
    let want: BTreeSet<String> = ["de", "ar", "uk", "fa"]
        .iter()
        .map(|l| url(l, id))
        .collect();
    assert_eq!(qr_codes(&pdf, 1), want);
    // Laid out at A4 size as the print is, every destination is shown and none is cut.
    // At A4 size (96 dpi), as the print lays it out.
    let report = chromium_report(&chromium, &out, CHECK_DESTINATIONS, Some("794,1123"));
    assert_eq!(report.len(), 4, "{report:?}");
    for b in &report {
        assert_eq!(b["items"], 7, "{b}");
        assert_eq!(b["hidden"], 0, "{b}");
        assert_eq!(b["cut"], 0, "{b}");
        // Set smaller when needed, but not below 60 % of 4.2 mm (about 9.5 px at 96 dpi).
        assert!(b["size_px"].as_f64().unwrap() >= 9.0, "{b}");
    }
    let _ = std::fs::remove_dir_all(&out);
}

/// Opens `out/signs.html` with `script` added in headless Chromium, and returns the JSON the
/// script leaves in `<pre id="report">`.
fn chromium_report(
    chromium: &Path,
    out: &Path,
    script: &str,
    window: Option<&str>,
) -> Vec<serde_json::Value> {
    let html = std::fs::read_to_string(out.join("signs.html")).unwrap();
    let check = out.join("check.html");
    std::fs::write(&check, html.replace("</body>", &format!("{script}</body>"))).unwrap();
    let profile = out.join("profile");
    let mut cmd = Command::new(chromium);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--virtual-time-budget=5000",
    ]);
    if let Some(size) = window {
        cmd.arg(format!("--window-size={size}"));
    }
    let dom = cmd
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", check.display()))
        .output()
        .unwrap();
    let dom = String::from_utf8_lossy(&dom.stdout);
    let json = dom
        .split("<pre id=\"report\">")
        .nth(1)
        .and_then(|r| r.split("</pre>").next())
        .unwrap_or_else(|| panic!("no report from Chromium:\n{dom}"))
        .replace("&quot;", "\"");
    serde_json::from_str(&json).unwrap()
}

/// For each block of an office or kita sheet after the sign fitting: the text lines that do
/// not lie wholly inside what shows them (the block, and the block's body, which clips), the
/// days of the opening hours whose line is shown whole, and whether the street and the
/// pointer to the QR code are shown. A line is its line box: the glyphs' box grown or shrunk
/// to the line height, as the layout places it.
const CHECK_LINES: &str = r#"<script>
window.addEventListener('load', () => setTimeout(() => {
  const hidden = (e, block) => {
    for (; e && e !== block; e = e.parentElement) if (getComputedStyle(e).clipPath !== 'none') return true;
    return false;
  };
  const out = [...document.querySelectorAll('.sheet:not(.sheet-signpost) .block')].map(b => {
    const o = b.getBoundingClientRect(), border = parseFloat(getComputedStyle(b).borderTopWidth);
    const inner = { top: o.top + border, bottom: o.bottom - border, left: o.left + border, right: o.right - border };
    const bodyEl = b.querySelector('.block-body'), body = bodyEl.getBoundingClientRect();
    const clipped = [];
    // whether every line of `el` is inside; the lines outside go into `clipped`
    const whole = el => {
      let ok = true;
      const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n; (n = walk.nextNode());) {
        if (!n.textContent.trim() || hidden(n.parentElement, b)) continue;
        const box = bodyEl.contains(n) ? body : inner;
        const r = document.createRange(); r.selectNodeContents(n);
        const lh = parseFloat(getComputedStyle(n.parentElement).lineHeight);
        for (const q of r.getClientRects()) {
          if (q.width < 0.5) continue;
          const mid = (q.top + q.bottom) / 2, half = (lh || q.height) / 2;
          if (mid - half < Math.max(inner.top, box.top) - 1.5 || mid + half > Math.min(inner.bottom, box.bottom) + 1.5
              || q.left < Math.max(inner.left, box.left) - 1 || q.right > Math.min(inner.right, box.right) + 1) {
            ok = false; clipped.push(n.textContent.trim());
          }
        }
      }
      return ok;
    };
    whole(b);
    const lines = clipped.splice(0);
    const days = [...b.querySelectorAll('.sign-hours li')]
      .filter(li => li.getClientRects().length && whole(li))
      .flatMap(li => li.dataset.days.split(' '));
    const sheet = b.closest('.sheet');
    return { page: sheet.dataset.page, count: +sheet.dataset.count, lang: b.lang, clipped: lines, days,
      street: !!b.querySelector('.address')?.getClientRects().length,
      qr_note: !!b.querySelector('.sign-hours-qr')?.getClientRects().length };
  });
  const p = document.createElement('pre'); p.id = 'report'; p.textContent = JSON.stringify(out);
  document.body.appendChild(p);
}, 200));
</script>"#;

/// The days a page's source says it is open, as the sheets name them ("mo", "tu", …).
fn open_days(id: &str) -> BTreeSet<String> {
    let source = std::fs::read_to_string(Path::new(ROOT).join(format!("content/{id}.de.md")))
        .unwrap_or_else(|e| panic!("content/{id}.de.md: {e}"));
    let Some(hours) = source
        .lines()
        .find_map(|l| l.strip_prefix("opening_hours:"))
    else {
        return BTreeSet::new();
    };
    let week = wegweiser::hours::parse(hours.trim().trim_matches('"')).unwrap();
    wegweiser::hours::DAYS
        .iter()
        .zip(&week.days)
        .filter(|(_, d)| !d.spans.is_empty() || d.appointment)
        .map(|(name, _)| name.to_string())
        .collect()
}

/// Prints the office and kita sheets with `args` and checks every block: no line cut off,
/// and the opening hours complete or left out as a whole (a missing day reads as "closed"),
/// then with a pointer to the QR code. Returns the report.
fn check_fact_sheets(chromium: &Path, name: &str, args: &[&str]) -> Vec<serde_json::Value> {
    let out = scratch(name);
    let mut all = vec!["print", "--root", ROOT, "-o", out.to_str().unwrap()];
    all.extend(args);
    let (code, stderr) = wegweiser(&all);
    assert_eq!(code, 0, "{stderr}");
    let window = if args.contains(&"A3") {
        "1123,1587"
    } else {
        "794,1123"
    };
    let report = chromium_report(chromium, &out, CHECK_LINES, Some(window));
    assert!(!report.is_empty(), "{args:?}: no blocks");
    for b in &report {
        let (page, lang) = (b["page"].as_str().unwrap(), &b["lang"]);
        assert_eq!(
            b["clipped"],
            serde_json::json!([]),
            "{args:?} {page} {lang}: cut off: {b}"
        );
        let shown: BTreeSet<String> = b["days"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| d.as_str().unwrap().to_string())
            .collect();
        let open = open_days(page);
        assert!(
            shown.is_empty() || shown == open,
            "{args:?} {page} {lang}: opening hours in part: {shown:?} of {open:?}"
        );
        // Hours left out are pointed to: the QR code has them.
        let left_out = shown.is_empty() && !open.is_empty();
        assert_eq!(b["qr_note"], left_out, "{args:?} {page} {lang}: {b}");
    }
    let _ = std::fs::remove_dir_all(&out);
    report
}

#[test]
fn office_signs_cut_no_line_and_show_all_opening_hours_or_none() {
    let Some(chromium) = common::paper_tools() else {
        return;
    };
    // Four languages, two of them in Arabic script, on A4: the Arabic and Farsi blocks had
    // lost a day of the hours, half a line, the street.
    let report = check_fact_sheets(
        &chromium,
        "lines4",
        &["--lang", "de,ar,uk,fa", "--kind", "office"],
    );
    assert_eq!(report.len(), 6 * 4, "{report:?}");
    for b in &report {
        let page = b["page"].as_str().unwrap();
        assert_eq!(
            b["days"].as_array().unwrap().len(),
            open_days(page).len(),
            "{b}"
        );
        assert_eq!(b["street"], true, "{b}");
    }
}

#[test]
fn sign_sheets_of_every_size_cut_no_line_and_show_all_opening_hours_or_none() {
    let Some(chromium) = common::paper_tools() else {
        return;
    };
    for (name, args) in [
        ("lines1", ["--lang", "fa", "--paper", "A4"]),
        ("lines3", ["--lang", "de,ar,fa", "--paper", "A4"]),
        ("lines6", ["--lang", "de,ar,uk,fa,ru,tr", "--paper", "A4"]),
        ("lines4a3", ["--lang", "de,ar,uk,fa", "--paper", "A3"]),
    ] {
        let report = check_fact_sheets(&chromium, name, &args);
        let most = report.iter().map(|b| b["count"].as_u64().unwrap()).max();
        assert_eq!(most, Some(args[1].split(',').count() as u64), "{args:?}");
    }
}
