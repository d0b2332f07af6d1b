// The check page's script (tests/browser.rs): opens each page in a same-origin frame, reports
// what Chromium computed, runs axe-core in the page, and posts the report to /__report.
// PAGES is replaced by the list of paths to check.
const pages = PAGES;
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;
const LATIN_WORD = /[A-Za-zÄÖÜäöüß]{3,}/;

const nextFrame = (w) => new Promise(r => w.requestAnimationFrame(() => w.requestAnimationFrame(r)));

function load(frame, src) {
  return new Promise((resolve, reject) => {
    frame.onload = resolve;
    frame.onerror = reject;
    frame.src = src;
  });
}

// Elements sticking out of the viewport sideways: they make a reader scroll horizontally.
function overflowing(d, w) {
  const width = d.documentElement.clientWidth;
  const out = [];
  if (d.documentElement.scrollWidth <= width) return out;
  for (const e of d.body.querySelectorAll('*')) {
    const r = e.getBoundingClientRect();
    if (r.width > 0 && (r.right > width + 1 || r.left < -1)) {
      // report the outermost culprits only
      if (!out.some(o => o.contains(e))) out.push(e);
    }
  }
  return out.slice(0, 5).map(e => e.outerHTML.slice(0, 120));
}

// Does focusing this element change how it looks (outline, shadow, background)?
function focusVisible(e, w) {
  const look = () => {
    const s = w.getComputedStyle(e);
    return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color].join('|');
  };
  const before = look();
  e.focus();
  const after = look();
  const s = w.getComputedStyle(e);
  const ring = (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none';
  e.blur();
  return before !== after && ring;
}

async function check(path) {
  const f = document.createElement('iframe');
  f.style.width = '1280px';
  f.style.height = '800px';
  document.body.appendChild(f);
  await load(f, path);
  const d = f.contentDocument, w = f.contentWindow;
  const html = d.documentElement;
  const lang = html.getAttribute('lang') || '';
  const blocks = [...d.querySelectorAll('body [lang]')];
  const phones = [...d.querySelectorAll('a[href^="tel:"]')];

  // Text of the theme and the facts that is plainly not in the page's language (Latin words
  // on an Arabic-script page) must sit in an element that says its language. The Markdown
  // body (.prose) is left out: a translator writes names in it as they are.
  const untagged = [];
  if (html.getAttribute('dir') === 'rtl') {
    const walker = d.createTreeWalker(d.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const t = n.textContent;
      const el = n.parentElement;
      if (!LATIN_WORD.test(t) || ARABIC_SCRIPT.test(t)) continue;
      if (el.closest('script, style, .prose, [translate="no"]')) continue;
      if (el.closest('[lang]').getAttribute('lang') === lang) untagged.push(t.trim().slice(0, 60));
    }
  }

  const focusable = [...d.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')];
  const first = focusable[0];
  const skipTarget = first && first.getAttribute('href') && first.getAttribute('href').startsWith('#')
    ? d.getElementById(first.getAttribute('href').slice(1)) : null;
  const noFocusRing = focusable.slice(0, 60).filter(e => !focusVisible(e, w)).map(e => e.outerHTML.slice(0, 100));

  const crumb = d.querySelector('.breadcrumbs li + li');
  const p = d.querySelector('main p');
  const ps = p ? w.getComputedStyle(p) : null;

  const report = {
    page: path,
    lang,
    dir: html.getAttribute('dir'),
    direction: w.getComputedStyle(html).direction,
    blocks_without_dir: blocks.filter(e => !e.hasAttribute('dir')).map(e => e.outerHTML.slice(0, 80)),
    rtl_blocks_computed_ltr: blocks.filter(e => e.getAttribute('dir') === 'rtl' && w.getComputedStyle(e).direction !== 'rtl').length,
    ltr_blocks_computed_rtl: blocks.filter(e => e.getAttribute('dir') === 'ltr' && w.getComputedStyle(e).direction !== 'ltr').length,
    phones_not_ltr: phones.filter(a => w.getComputedStyle(a).direction !== 'ltr' && !a.querySelector('[dir=ltr], bdi')).map(a => a.outerHTML),
    untagged_foreign_text: untagged,
    crumb_separator: crumb ? w.getComputedStyle(crumb, '::before').content : null,
    headings: [...d.querySelectorAll('h1, h2, h3, h4, h5, h6')].map(h => Number(h.tagName[1])),
    landmarks: {
      banner: d.querySelectorAll('body > header').length,
      main: d.querySelectorAll('main').length,
      contentinfo: d.querySelectorAll('body > footer').length,
      nav_unlabelled: [...d.querySelectorAll('nav')].filter(n => !n.getAttribute('aria-label')).length,
    },
    skip_link: !!(first && first.classList.contains('skip-link') && skipTarget && skipTarget.tagName === 'MAIN'),
    no_focus_ring: noFocusRing,
    text: ps ? {
      text_align: ps.textAlign,
      hyphens: ps.hyphens || ps.webkitHyphens,
      line_height: parseFloat(ps.lineHeight) / parseFloat(ps.fontSize),
      font_size: parseFloat(ps.fontSize),
      font_family: ps.fontFamily,
    } : null,
  };

  // axe-core, from the test server, in the page itself.
  const s = d.createElement('script');
  s.src = '/__axe.js';
  await new Promise((resolve, reject) => { s.onload = resolve; s.onerror = reject; d.head.appendChild(s); });
  const result = await w.axe.run(d, { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] });
  report.axe = result.violations.map(v => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ': ' + (n.failureSummary || '').replace(/\s+/g, ' ')),
  }));
  report.axe_ran = result.testEngine && result.testEngine.version;
  s.remove();

  // Reflow (WCAG 1.4.10): 320 CSS px is 1280 px at 400 % zoom, so it covers 200 % too.
  f.style.width = '320px';
  await nextFrame(w);
  report.overflow_320 = overflowing(d, w);
  f.style.width = '640px';
  await nextFrame(w);
  report.overflow_640 = overflowing(d, w);
  // Text spacing (WCAG 1.4.12) at 320 px: nothing may be cut off or stick out.
  f.style.width = '320px';
  const spacing = d.createElement('style');
  spacing.textContent = '* { line-height: 1.5 !important; letter-spacing: .12em !important; word-spacing: .16em !important; } p { margin-block-end: 2em !important; }';
  d.head.appendChild(spacing);
  await nextFrame(w);
  report.overflow_text_spacing = overflowing(d, w);
  f.remove();
  return report;
}

(async () => {
  const out = [];
  try {
    for (const p of pages) out.push(await check(p));
  } catch (e) {
    out.push({ error: String(e && e.stack || e) });
  }
  await fetch('/__report', { method: 'POST', body: JSON.stringify(out) });
})();
