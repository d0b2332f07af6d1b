#!/usr/bin/env python3
"""Measures what an editor waits for with `wegweiser serve`: from saving a file to the
browser having the changed page. Per run: append a unique line to a page's source, then
  event  = time until the server announces the new build on its event stream
  page   = time until a GET of the page returns the changed text (what a reload shows)
The site is copied to a temporary folder first; the original is never edited.

    cargo build --release
    bench/serve-latency.py                                   # the example site
    bench/gen-site.py /tmp/bench10k --pages 2500 --languages de,en,ar,uk
    bench/serve-latency.py --site /tmp/bench10k --file content/s012/p50.de.md --url /de/s012/p50/
"""
import argparse
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
INPUTS = ["site.yaml", "content", "translations", "themes", "templates", "static"]


def copy_site(site, to):
    for name in INPUTS:
        src = os.path.join(site, name)
        if os.path.isdir(src):
            shutil.copytree(src, os.path.join(to, name))
        elif os.path.isfile(src):
            shutil.copy(src, to)


def get(addr, path):
    with socket.create_connection(addr, timeout=30) as s:
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        data = b""
        while chunk := s.recv(65536):
            data += chunk
    return data.decode("utf-8", "replace")


class Events:
    def __init__(self, addr):
        self.s = socket.create_connection(addr, timeout=60)
        self.s.sendall(b"GET /__wegweiser/events HTTP/1.1\r\nHost: x\r\n\r\n")
        self.buf = b""

    def next_build(self, not_this=None):
        event = None
        while True:
            while b"\n" not in self.buf:
                chunk = self.s.recv(4096)
                if not chunk:
                    sys.exit("the event stream closed")
                self.buf += chunk
            line, self.buf = self.buf.split(b"\n", 1)
            line = line.decode().rstrip("\r")
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: ") and event == "build" and line[6:] != not_this:
                return line[6:]
            elif not line:
                event = None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--site", default=REPO)
    ap.add_argument("--file", default="content/behoerden/jobcenter.de.md")
    ap.add_argument("--url", default="/de/behoerden/jobcenter/")
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--edit", choices=["body", "title"], default="body",
                    help="append a line to the text, or change the title (which listings show)")
    ap.add_argument("--bin", default=os.path.join(REPO, "target/release/wegweiser"))
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="wegweiser-latency-")
    copy_site(a.site, tmp)
    server = subprocess.Popen([a.bin, "serve", "--port", "0", "--root", tmp],
                              stderr=subprocess.PIPE, stdin=subprocess.DEVNULL,
                              env=dict(os.environ, NO_COLOR="1"), text=True)
    try:
        addr = None
        start = time.time()
        for line in server.stderr:
            if line.startswith("built"):
                print("first build:", line.strip())
            if line.startswith("serving http://"):
                host, port = line.split("/")[2].rsplit(":", 1)
                addr = (host, int(port))
                break
            if time.time() - start > 300:
                break
        if not addr:
            sys.exit("the server did not start")
        # The server's own report per build, for the record.
        import threading
        rebuilt = []
        threading.Thread(target=lambda: [rebuilt.append(l.strip()) for l in server.stderr
                                         if "rebuilt" in l], daemon=True).start()
        events = Events(addr)
        generation = events.next_build()
        path = os.path.join(tmp, a.file)
        original = open(path, encoding="utf-8").read()
        to_event, to_page = [], []
        for i in range(a.runs):
            marker = f"latency-marker-{i}-{time.time_ns()}"
            t0 = time.perf_counter()
            if a.edit == "body":
                edited = original + f"\n\n{marker}\n"
            else:
                edited = original.replace("\ntitle: ", f"\ntitle: {marker} ", 1)
            with open(path, "w", encoding="utf-8") as f:
                f.write(edited)
            # A build announced now may still be one of the last save (an editor's save can
            # arrive as two changes): wait for the build that shows this edit.
            extra = -1
            while True:
                generation = events.next_build(generation)
                t1 = time.perf_counter()
                body = get(addr, a.url)
                t2 = time.perf_counter()
                extra += 1
                if marker in body:
                    break
                if t2 - t0 > 10:
                    sys.exit(f"run {i + 1}: {a.url} does not show the edit after 10 s")
            if extra:
                print(f"run {i + 1}: {extra} earlier build(s) announced before the one with this edit")
            to_event.append((t1 - t0) * 1000)
            to_page.append((t2 - t0) * 1000)
            print(f"run {i + 1}: event {to_event[-1]:.0f} ms, page {to_page[-1]:.0f} ms"
                  + (f"   ({rebuilt[-1]})" if rebuilt else ""))
            time.sleep(0.3)
        print(f"\n{a.site} — edit the {a.edit} of {a.file}, fetch {a.url}, {a.runs} runs")
        print(f"save → reload event: median {statistics.median(to_event):.0f} ms, max {max(to_event):.0f} ms")
        print(f"save → changed page: median {statistics.median(to_page):.0f} ms, max {max(to_page):.0f} ms")
    finally:
        server.kill()
        server.wait()
        shutil.rmtree(tmp, ignore_errors=True)


main()
