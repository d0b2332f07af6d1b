#!/usr/bin/env python3
"""Writes a benchmark site in wegweiser's format: PAGES pages in sections of 100, in the
source language (de) and translated into every other language given, with Markdown text,
links between pages and a footer page.

    bench/gen-site.py OUT --pages 2500 --languages de,en,ar,uk   # 10,000 rendered pages

Deterministic: the same arguments give the same files."""
import argparse
import os
import shutil

NAMES = {"de": "Deutsch", "en": "English", "ar": "العربية", "uk": "Українська",
         "fa": "فارسی", "tr": "Türkçe", "ru": "Русский"}
WORDS = {"de": "Antrag Termin Beratung Unterlagen Ausweis Kita Schule Arbeit",
         "en": "application appointment advice documents passport nursery school work",
         "ar": "طلب موعد استشارة وثائق جواز روضة مدرسة عمل",
         "uk": "заява запис консультація документи паспорт садок школа робота",
         "fa": "درخواست نوبت مشاوره مدارک گذرنامه مهدکودک مدرسه کار",
         "tr": "başvuru randevu danışma belgeler pasaport kreş okul iş",
         "ru": "заявление запись консультация документы паспорт садик школа работа"}


def text(lang, n, words=60):
    w = WORDS[lang].split()
    return " ".join(w[(n * 7 + i) % len(w)] for i in range(words))


def page(lang, title, summary, body, weight=None):
    front = [f"title: {title}", f"summary: {summary}"]
    if weight is not None:
        front.append(f"weight: {weight}")
    return "---\n" + "\n".join(front) + "\n---\n\n" + body + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--pages", type=int, default=2500)
    ap.add_argument("--languages", default="de,en,ar,uk")
    a = ap.parse_args()
    langs = a.languages.split(",")
    if os.path.exists(a.out):
        shutil.rmtree(a.out)
    content = os.path.join(a.out, "content")
    os.makedirs(content)
    with open(os.path.join(a.out, "site.yaml"), "w") as f:
        f.write("base_url: https://bench.example.org/\nsource_language: de\n"
                "example_data: true\nreport_email: bench@example.org\nfooter: [impressum]\nlanguages:\n")
        for l in langs:
            f.write(f"  - tag: {l}\n    name: {NAMES[l]}\n")

    os.makedirs(os.path.join(a.out, "translations"))
    for l in langs:
        with open(os.path.join(a.out, "translations", f"{l}.ftl"), "w") as f:
            f.write(f"site-title = Bench {NAMES[l]}\nsite-publisher = Bench\n")

    def write(rel, s):
        p = os.path.join(content, rel)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "w") as f:
            f.write(s)

    sections = (a.pages + 99) // 100
    for l in langs:
        links = " ".join(f"[{l} {s}](s{s:03}/_index.md)" for s in range(min(sections, 20)))
        write(f"_index.{l}.md", page(l, f"Bench {l}", "Start", links))
        write(f"impressum.{l}.md", page(l, f"Impressum {l}", "Wer", text(l, 1)))
    n = 0
    for s in range(sections):
        for l in langs:
            write(f"s{s:03}/_index.{l}.md", page(l, f"Bereich {s} {l}", "Liste", text(l, s, 20), s if l == "de" else None))
        for p in range(100):
            if n >= a.pages:
                break
            n += 1
            for l in langs:
                body = (f"## {text(l, p, 3)}\n\n{text(l, p)}\n\n"
                        f"- [{text(l, p + 1, 2)}](p{(p + 1) % 100:02}.md)\n- [Impressum](../impressum.md)\n\n"
                        f"## {text(l, p + 2, 2)}\n\n{text(l, p + 3)}\n")
                write(f"s{s:03}/p{p:02}.{l}.md", page(l, f"Seite {s}-{p} {l}", text(l, p, 6), body, p if l == "de" else None))
    print(f"{a.out}: {n} pages + {sections} sections + home + impressum in {len(langs)} languages")


main()
