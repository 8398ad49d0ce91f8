#!/usr/bin/env python3
"""Tests that every web address in the manual pages survives rendering:
man(1) (groff) and mandoc, at 80 and 70 columns, print each URL of the
source whole, neither hyphenated nor broken across lines.

Usage: test_man_links.py BIN_DIR (run from anywhere).
"""
import glob, os, re, shutil, subprocess, sys
from gnlc_test import ENV, check, finish

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
pages = sorted(glob.glob(os.path.join(ROOT, "man", "*.[15]")))
check(len(pages) > 0, "no manual pages under man/")

renderers = []
if shutil.which("man") and shutil.which("groff"):
    renderers.append(("man", lambda page, width: (["man", "-l", page], dict(ENV, MANWIDTH=str(width), MAN_KEEP_FORMATTING="", PAGER="cat"))))
if shutil.which("mandoc"):
    renderers.append(("mandoc", lambda page, width: (["mandoc", "-T", "utf8", "-O", f"width={width}", page], ENV)))
if not renderers:
    print("neither man with groff nor mandoc is installed")
    sys.exit(77)


def plain_url(roff_url):
    return re.sub(r"\\[&:]", "", roff_url).replace("\\-", "-")


found = 0
for page in pages:
    with open(page, encoding="utf-8") as f:
        urls = {plain_url(u).rstrip(".,)") for u in re.findall(r"https?://[^\s\"<>⟩]+[\w/]", f.read())}
    urls = {u for u in urls if "." in u.split("//", 1)[1]}  # an address, not 'https://' on its own
    found += len(urls)
    for name, command in renderers:
        for width in (80, 70):
            args, env = command(page, width)
            result = subprocess.run(args, capture_output=True, env=env, timeout=60)
            text = re.sub(r".\x08", "", result.stdout.decode("utf-8", "replace"))
            for url in urls:
                if len(url) <= width - 14:
                    check(url in text, f"{os.path.basename(page)}: {name} at {width} columns breaks {url}")
check(found > 0, "no web address found in the manual pages")

finish()
