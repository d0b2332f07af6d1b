#!/usr/bin/env python3
"""Writes a benchmark site in wegweiser's format, and optionally the same corpus as a Hugo site.

PAGES source pages in sections of 100, in the source language (de), each translated into
every other language given; about 5% of the translations are left out on purpose, so that
wegweiser shows those pages in a fallback language. Each page has front matter (title,
summary, weight) and a body of about 575 words: `##`/`###` headings, paragraphs with
**bold** and _emphasis_, a bullet list, a numbered list, a small table and 2–4 links to
other pages (`../s003/p17.md`, which wegweiser resolves, and errors on when broken). Home
page, a section page per section and a footer page (`impressum`) in every language.

    bench/gen-site.py OUT --pages 1250 --languages de,de-x-ls,en,ar,uk,fa,tr,ru   # 10,000 pages
    bench/gen-site.py OUT --pages 1250 --hugo OUT-hugo     # and the same corpus for Hugo

With `--hugo DIR`, DIR becomes a Hugo site (`hugo --source DIR`): the same languages
(weights, `defaultContentLanguage: de` in a subfolder, right to left for ar and fa), the
same `NAME.LANG.md` files with the same front matter and bodies, and the minimal theme in
`bench/hugo-theme/` (its README.md says what it matches). Hugo has no per-page language fallback: where a
translation is left out, the Hugo corpus gets a copy of the German page under that
language, so that both tools render the same set of pages.

Deterministic: the same arguments give the same files (no use of `random`, no dates)."""
import argparse
import os
import shutil
import sys
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = "de"
SECTION_SIZE = 100

NAMES = {"de": "Deutsch", "de-x-ls": "Leichte Sprache", "en": "English", "ar": "العربية",
         "uk": "Українська", "fa": "فارسی", "tr": "Türkçe", "ru": "Русский"}
RTL = {"ar", "fa"}

# Per language: content words and function words. A page is written once as indexes into
# these lists and then spelt in every language, so all translations of a page have the same
# structure (headings, list items, table rows, links) and only the words differ.
WORDS = {
    "de": ("Antrag Termin Beratung Unterlagen Ausweis Kita Schule Arbeit Aufenthalt Behörde "
           "Sprachkurs Wohnung Anmeldung Bescheid Formular Frist Gebühr Jobcenter Krankenkasse "
           "Kinder Eltern Familie Sprechzeiten Telefon Adresse Haltestelle Kosten Hilfe "
           "Unterstützung Dolmetscher Übersetzung Ausbildung Praktikum Bewerbung Zeugnis "
           "Anerkennung Abschluss Integrationskurs Wohngeld Kindergeld Versicherung Arztpraxis "
           "Impfung Reisepass Geburtsurkunde Mietvertrag Landkreis Gemeinde Beratungsstelle "
           "Öffnungszeiten",
           "und der die das mit für bei in auf von zum zur ist sind wird können müssen bitte "
           "oder auch nicht Sie Ihre"),
    "de-x-ls": ("Antrag Termin Beratung Papiere Aus·weis Kita Schule Arbeit Amt Sprach·kurs "
                "Wohnung An·meldung Brief Formular Geld Job·center Kranken·kasse Kinder Eltern "
                "Familie Telefon Adresse Bus Hilfe Dolmetscher Aus·bildung Praktikum Bewerbung "
                "Zeugnis Kurs Arzt Pass Miete Stadt Frist",
                "und der die das mit für Sie Ihr hier dort gibt es ist sind können müssen "
                "bitte auch nicht"),
    "en": ("application appointment advice documents passport nursery school work residence "
           "authority course flat registration notice form deadline fee jobcentre insurance "
           "children parents family hours phone address stop costs help support interpreter "
           "translation training internship certificate recognition qualification integration "
           "housing benefit doctor vaccination tenancy district municipality counselling office",
           "and the of with for at in on from to is are will can must please or also not you "
           "your"),
    "ar": ("طلب موعد استشارة وثائق جواز روضة مدرسة عمل إقامة دائرة دورة سكن تسجيل قرار استمارة "
           "مهلة رسوم مركز تأمين أطفال الوالدين عائلة ساعات هاتف عنوان محطة تكاليف مساعدة دعم "
           "مترجم ترجمة تدريب شهادة اعتراف مؤهل اندماج إيجار طبيب تطعيم بلدية مكتب",
           "و في من إلى على مع عن هذا هذه يجب يمكن لا أو الذي التي"),
    "uk": ("заява запис консультація документи паспорт садок школа робота перебування установа "
           "курс житло реєстрація рішення формуляр строк збір центр страхування діти батьки "
           "родина години телефон адреса зупинка витрати допомога підтримка перекладач переклад "
           "навчання практика свідоцтво визнання кваліфікація інтеграція оренда лікар щеплення "
           "громада офіс",
           "і в на з до для та що це можна потрібно не або також ваш"),
    "fa": ("درخواست نوبت مشاوره مدارک گذرنامه مهدکودک مدرسه کار اقامت اداره دوره مسکن ثبت‌نام "
           "تصمیم فرم مهلت هزینه مرکز بیمه کودکان والدین خانواده ساعات تلفن نشانی ایستگاه کمک "
           "حمایت مترجم ترجمه آموزش کارآموزی گواهی شناسایی مدرک ادغام اجاره پزشک واکسن شهرداری "
           "دفتر",
           "و در از به با برای این که را است می‌توانید باید نه یا هم"),
    "tr": ("başvuru randevu danışma belgeler pasaport kreş okul iş oturum daire kurs konut kayıt "
           "karar form süre ücret merkez sigorta çocuklar ebeveynler aile saatler telefon adres "
           "durak masraflar yardım destek tercüman çeviri eğitim staj belge tanınma diploma uyum "
           "kira doktor aşı belediye ofis",
           "ve ile için bu bir de da veya değil lütfen gerekir olabilir size sizin"),
    "ru": ("заявление запись консультация документы паспорт садик школа работа пребывание "
           "ведомство курс жильё регистрация решение формуляр срок сбор центр страховка дети "
           "родители семья часы телефон адрес остановка расходы помощь поддержка переводчик "
           "перевод обучение практика свидетельство признание квалификация интеграция аренда "
           "врач прививка община офис",
           "и в на с к для что это можно нужно не или также ваш по"),
}
WORDS = {l: (c.split(), f.split()) for l, (c, f) in WORDS.items()}

# Fluent strings of the site (wegweiser) and the Hugo theme's few UI strings.
UI = {
    "de": ("Zum Inhalt springen", "Sprache", "Sie sind hier", "Fehler auf dieser Seite melden",
           "Themen", "Weitere Seiten"),
    "en": ("Skip to main content", "Language", "You are here", "Report a mistake on this page",
           "Topics", "More pages"),
}


class Rng:
    """xorshift64*: the same numbers on every Python version and machine."""

    def __init__(self, seed):
        self.s = (seed * 0x9E3779B97F4A7C15 + 1) & 0xFFFFFFFFFFFFFFFF or 1

    def below(self, n):
        s = self.s
        s ^= s >> 12
        s ^= (s << 25) & 0xFFFFFFFFFFFFFFFF
        s ^= s >> 27
        self.s = s
        return ((s * 0x2545F4914F6CDD1D) & 0xFFFFFFFFFFFFFFFF) % n

    def between(self, lo, hi):
        return lo + self.below(hi - lo + 1)


def seed(*parts):
    return zlib.crc32("/".join(map(str, parts)).encode())


# --- A page as structure, independent of the language -------------------------------------
# Words are ("c", i) content word or ("f", i) function word; inline runs are lists of words
# and ("b", run) bold, ("e", run) emphasis, ("a", target, run) a link to another page.

def words(rng, n, content=0.6):
    return [("c", rng.below(1000)) if rng.below(100) < content * 100 else ("f", rng.below(1000))
            for _ in range(n)]


def sentence(rng, lo=8, hi=16, marks=True):
    run = words(rng, rng.between(lo, hi))
    if marks and len(run) > 6 and rng.below(4) == 0:
        i = rng.between(1, len(run) - 3)
        run[i:i + 2] = [("b" if rng.below(2) else "e", run[i:i + 2])]
    return run


def paragraph(rng, sentences):
    return [sentence(rng) for _ in range(sentences)]


def page_structure(rng, targets):
    """About 575 words: intro, three `##` parts, two `###` below the second, a bullet list,
    a numbered list, a table; `targets` (2–4 pages) are linked from the paragraphs."""
    blocks = [("p", paragraph(rng, 7))]
    blocks += [("h2", words(rng, rng.between(2, 4), 1)), ("p", paragraph(rng, 6)),
               ("ul", [sentence(rng, 3, 7, False) for _ in range(rng.between(4, 6))])]
    blocks += [("h2", words(rng, rng.between(2, 4), 1)), ("p", paragraph(rng, 5)),
               ("h3", words(rng, rng.between(2, 3), 1)), ("p", paragraph(rng, 6)),
               ("ol", [sentence(rng, 5, 9, False) for _ in range(rng.between(3, 5))]),
               ("h3", words(rng, rng.between(2, 3), 1)), ("p", paragraph(rng, 5)),
               ("table", [words(rng, 1, 1) for _ in range(rng.between(3, 5))], rng.below(1000))]
    blocks += [("h2", words(rng, rng.between(2, 4), 1)), ("p", paragraph(rng, 7)),
               ("p", paragraph(rng, 6))]
    # Links go into sentences of the paragraphs, one per paragraph from the second on.
    paras = [b for b in blocks if b[0] == "p"][1:]
    for k, target in enumerate(targets):
        para = paras[k % len(paras)][1]
        s = para[rng.below(len(para))]
        i = rng.below(max(1, len(s) - 2))
        s[i:i + 2] = [("a", target, s[i:i + 2])]
    return blocks


def spell(lang, run, cap=True):
    content, function = WORDS[lang]
    out = []
    for w in run:
        if w[0] == "c":
            out.append(content[w[1] % len(content)])
        elif w[0] == "f":
            out.append(function[w[1] % len(function)])
        elif w[0] == "b":
            out.append(f"**{spell(lang, w[1], False)}**")
        elif w[0] == "e":
            out.append(f"_{spell(lang, w[1], False)}_")
        else:
            out.append(f"[{spell(lang, w[2], False)}]({w[1]})")
    text = " ".join(out)
    if cap and text[:1].isalpha():
        text = text[:1].upper() + text[1:]
    return text


def markdown(lang, blocks):
    out = []
    for b in blocks:
        if b[0] == "p":
            out.append(" ".join(spell(lang, s) + "." for s in b[1]))
        elif b[0] in ("h2", "h3"):
            out.append(("##" if b[0] == "h2" else "###") + " " + spell(lang, b[1]))
        elif b[0] == "ul":
            out.append("\n".join("- " + spell(lang, s) for s in b[1]))
        elif b[0] == "ol":
            out.append("\n".join(f"{i}. " + spell(lang, s) for i, s in enumerate(b[1], 1)))
        elif b[0] == "table":
            rows, n = b[1], b[2]
            head = f"| {spell(lang, [('c', n)])} | {spell(lang, [('c', n + 1)])} | {spell(lang, [('c', n + 2)])} |"
            lines = [head, "|---|---|---:|"]
            for i, r in enumerate(rows):
                h = 8 + (n + i) % 5
                lines.append(f"| {spell(lang, r)} | {h:02}:00–{h + 4:02}:00 | {5 * ((n + 3 * i) % 20)} € |")
            out.append("\n".join(lines))
    return "\n\n".join(out)


def word_count(md):
    return sum(1 for w in md.split() if any(ch.isalpha() for ch in w))


def front(title, summary, weight=None):
    lines = [f"title: {quote(title)}", f"summary: {quote(summary)}"]
    if weight is not None:
        lines.append(f"weight: {weight}")
    return "---\n" + "\n".join(lines) + "\n---\n\n"


def quote(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# --- The corpus ------------------------------------------------------------------------------

def missing(s, p, lang, percent):
    """Whether the translation of page s/p into lang is left out (about `percent` %)."""
    return lang != SOURCE and seed("missing", s, p, lang) % 1000 < percent * 10


def corpus(pages, langs, percent):
    """Yields (path without .LANG.md, lang, title, summary, weight, body, copy): `weight` is
    the source's (a wegweiser translation inherits it), `copy` is true where the translation
    is left out and the fields are the source's."""
    sections = (pages + SECTION_SIZE - 1) // SECTION_SIZE

    def link(s, p, t):
        ts, tp = divmod(t, SECTION_SIZE)
        return f"p{tp:02}.md" if ts == s else f"../s{ts:03}/p{tp:02}.md"

    for lang in langs:
        links = "\n".join(f"- [{spell(lang, [('c', s)])} {s}](s{s:03}/_index.md)"
                          for s in range(min(sections, 20)))
        home = spell(lang, words(Rng(seed("home")), 40)) + ".\n\n" + links
        yield "_index", lang, f"Bench {NAMES[lang]}", spell(lang, [("c", 1), ("c", 2)]), None, home, False
        imp = " ".join(spell(lang, s) + "." for s in paragraph(Rng(seed("impressum")), 4))
        yield "impressum", lang, f"Impressum {NAMES[lang]}", spell(lang, [("c", 3)]), None, imp, False
    for s in range(sections):
        rng = Rng(seed("section", s))
        intro = paragraph(rng, 2)
        title = words(rng, 2, 1)
        summary = sentence(rng, 6, 6, False)
        for lang in langs:
            body = " ".join(spell(lang, x) + "." for x in intro)
            yield f"s{s:03}/_index", lang, f"{spell(lang, title)} {s}", spell(lang, summary), s, body, False
        for p in range(min(SECTION_SIZE, pages - s * SECTION_SIZE)):
            rng = Rng(seed("page", s, p))
            g = s * SECTION_SIZE + p
            targets = []
            for _ in range(rng.between(2, 4)):
                t = rng.below(pages)
                if t != g and t not in targets:
                    targets.append(t)
            if not targets:
                targets.append((g + 1) % pages if pages > 1 else g)
            blocks = page_structure(rng, [link(s, p, t) for t in targets])
            title = words(rng, rng.between(2, 4), 1)
            summary = sentence(rng, 10, 16, False)
            for lang in langs:
                copy = missing(s, p, lang, percent)
                tl = SOURCE if copy else lang
                yield (f"s{s:03}/p{p:02}", lang, spell(tl, title), spell(tl, summary) + ".", p,
                       markdown(tl, blocks), copy)


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def fresh(out):
    if os.path.exists(out):
        shutil.rmtree(out)
    os.makedirs(out)


def wegweiser_setup(out, langs):
    fresh(out)
    cfg = ["base_url: https://bench.example.org/", f"source_language: {SOURCE}", "example_data: true",
           "report_email: bench@example.org", "footer: [impressum]", "languages:"]
    for l in langs:
        cfg.append(f"  - tag: {l}\n    name: {NAMES[l]}")
        if l.startswith(SOURCE + "-"):
            cfg.append(f"    fallback: [{SOURCE}]")
    write(os.path.join(out, "site.yaml"), "\n".join(cfg) + "\n")
    for l in langs:
        write(os.path.join(out, "translations", f"{l}.ftl"),
              f"site-title = Bench {NAMES[l]}\nsite-publisher = Bench\n")


def hugo_setup(out, langs):
    fresh(out)
    cfg = ["baseURL: https://bench.example.org/", f"defaultContentLanguage: {SOURCE}",
           "defaultContentLanguageInSubdir: true",
           "# wegweiser has no tags or categories, no feeds and no pagination: neither does this.",
           "disableKinds: [taxonomy, term, rss]",
           "enableRobotsTXT: true",
           "markup:", "  goldmark:", "    renderHooks:", "      link:",
           "        # resolve `other.md` links to the page in the same language, as wegweiser does",
           "        useEmbedded: always",
           "languages:"]
    for w, l in enumerate(langs, 1):
        # Hugo finds no UI strings (i18n/) for a private-use tag like de-x-ls: a variant
        # takes its base language's locale, and the theme writes `lang` from the key.
        locale = l.split("-")[0] if "-x-" in l else l
        cfg.append(f"  {l}:\n    weight: {w}\n    label: {quote(NAMES[l])}\n    locale: {locale}\n"
                   f"    title: {quote('Bench ' + NAMES[l])}")
        if l in RTL:
            cfg.append("    direction: rtl")
    write(os.path.join(out, "hugo.yaml"), "\n".join(cfg) + "\n")
    shutil.copytree(os.path.join(HERE, "hugo-theme", "layouts"), os.path.join(out, "layouts"))
    # The same stylesheet as wegweiser's default theme, so that the outputs weigh the same.
    css = os.path.join(os.path.dirname(HERE), "themes", "default", "static", "theme", "style.css")
    os.makedirs(os.path.join(out, "static", "theme"))
    if os.path.exists(css):
        shutil.copy(css, os.path.join(out, "static", "theme"))
    keys = ("skip-link", "nav-languages", "breadcrumb-label", "report-error", "home-sections",
            "home-pages")
    for l in (l for l in langs if "-x-" not in l):
        write(os.path.join(out, "i18n", f"{l}.yaml"),
              "".join(f"{k}: {quote(v)}\n" for k, v in zip(keys, UI.get(l, UI["en"])))
              + "site-publisher: Bench\n")


def generate(out, pages, langs, percent, hugo=None):
    wegweiser_setup(out, langs)
    if hugo:
        hugo_setup(hugo, langs)
    n = files = left_out = words_de = hugo_files = 0
    for path, lang, title, summary, weight, body, copy in corpus(pages, langs, percent):
        name = f"{path}.{lang}.md"
        if hugo:
            # Hugo has no inheritance from the source: every language states the weight.
            write(os.path.join(hugo, "content", name), front(title, summary, weight) + body + "\n")
            hugo_files += 1
        if copy:
            left_out += 1
            continue
        write(os.path.join(out, "content", name),
              front(title, summary, weight if lang == SOURCE else None) + body + "\n")
        files += 1
        if lang == SOURCE and "/p" in path:
            n += 1
            words_de += word_count(body)
    sections = (pages + SECTION_SIZE - 1) // SECTION_SIZE
    print(f"{out}: {n} pages in {sections} sections + home + impressum in {len(langs)} languages; "
          f"{files} files, {left_out} translations left out; {words_de // max(n, 1)} words a page (de)")
    if hugo:
        print(f"{hugo}: the same corpus for Hugo, {hugo_files} files (left-out translations as copies of the German)")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", help="the wegweiser site to write (replaced if it exists)")
    ap.add_argument("--pages", type=int, default=2500, help="source pages (each in every language)")
    ap.add_argument("--languages", default="de,en,ar,uk",
                    help=f"comma-separated, {SOURCE} (the source) always; known: {','.join(NAMES)}")
    ap.add_argument("--missing", type=float, default=5.0, help="percent of translations left out")
    ap.add_argument("--hugo", metavar="DIR", help="also write the corpus as a Hugo site to DIR")
    a = ap.parse_args()
    langs = [l.strip() for l in a.languages.split(",") if l.strip()]
    unknown = [l for l in langs if l not in NAMES]
    if unknown:
        sys.exit(f"gen-site.py: no words for {', '.join(unknown)}; known: {', '.join(NAMES)}")
    if SOURCE not in langs:
        langs.insert(0, SOURCE)
    langs = [SOURCE] + [l for l in dict.fromkeys(langs) if l != SOURCE]
    if a.pages < 1:
        sys.exit("gen-site.py: --pages must be at least 1")
    generate(a.out, a.pages, langs, a.missing, a.hugo)


main()
