#!/usr/bin/env python3
"""Checks packet pages in a real browser (Debian's chromium through chromedriver).

Usage: packet_pages.py SPEC.json REPORT.json [--screenshots DIR]

SPEC.json: {"widths": [1280, 390], "pages": [{"path": "/abs/index-ar.html",
  "languages": ["en", "ar", "fr"], "searches": [{"query": "...", "expected": ["supplier-x", ...]}],
  "filters": [{"name": "area", "value": "...", "expected": [...]}]}]}
"languages" are the packet's languages: the switcher must link each with hreflang.
"searches" and "filters" (landing pages only) give the cards expected visible,
computed by the caller from the catalogue, not from the page.

At every width, each page is loaded from file:// and must hold together:
- the page does not scroll sideways (document scrollWidth <= innerWidth) and no
  visible element or text lies outside the viewport's width;
- no element or text of a supplier card, a chart, a fact or the search panel lies
  outside its box (1 px tolerance, for subpixel layout);
- no visible text is rendered smaller than 9 px (SVG text measured as drawn);
- every chart label, bar and value lies inside its chart;
- the language switcher is the body's first element, at the top, above the header
  and the main content, and links every packet language with hreflang;
- on landing pages, the search script ran (the panel shows: the CSP hash matched),
  the browser logged no error, and typing each query or choosing each filter value
  leaves exactly the expected cards visible; clearing shows them all again.

Writes REPORT.json ({"pages": n, "loads": n, "searches": n, "filters": n,
"screenshots": [...], "failures": [{"page", "width", "problem"}]}) and exits 0
when there is no failure, 1 otherwise, 2 when the browser cannot start.
"""
import json
import os
import sys
import time

from browser_shots import set_viewport, screenshot
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

LAYOUT_PROBLEMS = r"""
const problems = [];
const tolerance = 1;
const width = window.innerWidth;
const doc = document.documentElement;
if (doc.scrollWidth > width) problems.push(`page scrolls sideways: scrollWidth ${doc.scrollWidth} > innerWidth ${width}`);
function describe(node) {
  const e = node.nodeType === 1 ? node : node.parentElement;
  const id = e.closest('[id]');
  const text = (node.textContent || '').trim().slice(0, 40);
  return `${e.tagName.toLowerCase()}${e.className && typeof e.className === 'string' ? '.' + e.className : ''} in #${id ? id.id : '?'} "${text}"`;
}
function rectsOf(node) {
  if (node.nodeType === 1) {
    const r = node.getBoundingClientRect();
    return (r.width > 0 || r.height > 0) ? [r] : [];
  }
  const range = document.createRange();
  range.selectNodeContents(node);
  return Array.from(range.getClientRects()).filter(r => r.width > 0 && r.height > 0);
}
function visibleNodes(root) {
  const out = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let n = walker.nextNode();
  while (n) {
    if (n.nodeType === 1 || n.textContent.trim() !== '') out.push(n);
    n = walker.nextNode();
  }
  return out;
}
function inside(r, box) {
  return r.left >= box.left - tolerance && r.right <= box.right + tolerance && r.top >= box.top - tolerance && r.bottom <= box.bottom + tolerance;
}
// Nothing outside the page's width.
for (const node of visibleNodes(document.body)) {
  if (node.nodeType === 1 && ['OPTION', 'SCRIPT', 'STYLE'].includes(node.tagName)) continue;
  for (const r of rectsOf(node)) {
    if (r.left < -tolerance || r.right > width + tolerance) { problems.push(`outside the page (${Math.round(r.left)}..${Math.round(r.right)} of ${width}): ${describe(node)}`); break; }
  }
  if (node.nodeType === 3 && rectsOf(node).length) {
    // Inside an SVG the computed size ignores the drawing's scaling: measure the glyphs' box instead.
    const inSVG = node.parentElement.closest('svg') !== null;
    const size = inSVG ? Math.min(...rectsOf(node).map(r => r.height)) / 1.15 : parseFloat(getComputedStyle(node.parentElement).fontSize);
    if (size < 9) problems.push(`text at ${size.toFixed(1)}px: ${describe(node)}`);
  }
}
// Nothing outside its box.
const boxes = document.querySelectorAll('article, figure.chart, dl.facts > div, #finder, nav.languages, .languages-choice > li');
for (const box of boxes) {
  const b = box.getBoundingClientRect();
  if (b.width === 0) continue;
  for (const node of visibleNodes(box)) {
    if (node.nodeType === 1 && node.tagName === 'OPTION') continue;
    for (const r of rectsOf(node)) {
      if (!inside(r, b)) { problems.push(`outside its ${box.tagName.toLowerCase()}${box.id ? '#' + box.id : ''}: ${describe(node)} at ${Math.round(r.left)}..${Math.round(r.right)} (box ${Math.round(b.left)}..${Math.round(b.right)})`); break; }
    }
  }
}
// Charts: every label, bar and value inside its chart.
for (const chart of document.querySelectorAll('figure.chart')) {
  const b = chart.getBoundingClientRect();
  const parts = chart.querySelectorAll('.bar-label, .bar, .bar-value');
  if (parts.length === 0) problems.push(`chart #${chart.id} has no bars`);
  for (const p of parts) if (!inside(p.getBoundingClientRect(), b)) problems.push(`chart part outside #${chart.id}: ${describe(p)}`);
}
// The switcher: first, at the top, above everything else.
const nav = document.querySelector('nav.languages');
if (!nav) problems.push('no language switcher');
else {
  if (document.body.firstElementChild !== nav) problems.push('the switcher is not the first element of the body');
  const n = nav.getBoundingClientRect();
  if (n.top > 40) problems.push(`the switcher starts ${Math.round(n.top)}px down`);
  for (const other of document.querySelectorAll('header, main, h1')) {
    if (other.getBoundingClientRect().top < n.bottom - tolerance) problems.push(`${other.tagName.toLowerCase()} starts above the switcher's bottom`);
  }
}
return problems;
"""

SWITCHER_LINKS = "return Array.from(document.querySelectorAll('nav.languages a')).map(a => [a.getAttribute('hreflang'), a.getAttribute('href'), a.getAttribute('lang')]);"
VISIBLE_CARDS = "return Array.from(document.querySelectorAll('article[data-search]')).filter(a => !a.hidden && a.getBoundingClientRect().height > 0).map(a => a.id).sort();"
ALL_CARDS = "return Array.from(document.querySelectorAll('article[data-search]')).map(a => a.id).sort();"


def start_browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars", "--allow-file-access-from-files"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def check_page(driver, page, width, report, shots):
    path = page["path"]
    name = os.path.relpath(path, os.path.dirname(os.path.dirname(path)))
    def fail(problem):
        report["failures"].append({"page": name, "width": width, "problem": problem})
    set_viewport(driver, width, 900)
    driver.get("file://" + path)
    report["loads"] += 1
    for line in driver.get_log("browser"):
        if line.get("level") in ("SEVERE", "ERROR"):
            fail("browser log: " + line.get("message", ""))
    for problem in driver.execute_script(LAYOUT_PROBLEMS)[:20]:
        fail(problem)
    links = driver.execute_script(SWITCHER_LINKS)
    expected_links = [[l, f"index-{l}.html", l] for l in page["languages"]]
    if links != expected_links:
        fail(f"switcher links {links}, expected {expected_links}")
    if page.get("searches") or page.get("filters"):
        all_cards = driver.execute_script(ALL_CARDS)
        if not driver.find_element(By.ID, "finder").is_displayed():
            fail("the search panel is hidden: the script did not run (CSP hash?)")
            return
        box = driver.find_element(By.ID, "finder-text")
        reset = driver.find_element(By.ID, "finder-reset")
        for search in page.get("searches", []):
            box.send_keys(search["query"])
            shown = driver.execute_script(VISIBLE_CARDS)
            if shown != sorted(search["expected"]):
                fail(f"search {search['query']!r}: shows {shown}, expected {sorted(search['expected'])}")
            report["searches"] += 1
            reset.click()
            if driver.execute_script(VISIBLE_CARDS) != all_cards:
                fail("clearing the search does not show every card again")
        for choice in page.get("filters", []):
            Select(driver.find_element(By.ID, "finder-" + choice["name"])).select_by_value(choice["value"])
            shown = driver.execute_script(VISIBLE_CARDS)
            if shown != sorted(choice["expected"]):
                fail(f"filter {choice['name']}={choice['value']!r}: shows {shown}, expected {sorted(choice['expected'])}")
            report["filters"] += 1
            # The layout holds with cards hidden too.
            for problem in driver.execute_script(LAYOUT_PROBLEMS)[:5]:
                fail(f"with filter {choice['name']}: {problem}")
            reset.click()
    if shots:
        stem = name.replace("/", "-").removesuffix(".html")
        report["screenshots"] += screenshot(driver, shots, stem, width)


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        spec = json.load(f)
    shots = argv[argv.index("--screenshots") + 1] if "--screenshots" in argv else None
    if shots:
        os.makedirs(shots, exist_ok=True)
    report = {"pages": len(spec["pages"]), "loads": 0, "searches": 0, "filters": 0, "screenshots": [], "failures": []}
    try:
        driver = start_browser()
    except Exception as error:  # no browser: the caller decides whether that fails
        report["failures"].append({"page": "", "width": 0, "problem": f"cannot start chromium: {error}"})
        with open(argv[2], "w", encoding="utf-8") as f:
            json.dump(report, f, indent=1, ensure_ascii=False)
        return 2
    try:
        for page in spec["pages"]:
            for width in spec.get("widths", [1280, 390]):
                try:
                    check_page(driver, page, width, report, shots)
                except Exception as error:
                    report["failures"].append({"page": page["path"], "width": width, "problem": f"{type(error).__name__}: {error}"})
    finally:
        driver.quit()
    with open(argv[2], "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1, ensure_ascii=False)
    return 1 if report["failures"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
