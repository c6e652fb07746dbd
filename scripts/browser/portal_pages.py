#!/usr/bin/env python3
"""Walks the public directory of a running portal in a real browser (Debian's
chromium through chromedriver), as a buyer would, in every language and width.

Usage: portal_pages.py SPEC.json REPORT.json [--screenshots DIR]

SPEC.json (every expectation computed by the caller from the catalogue, never
read from the page):
  {"base": "http://127.0.0.1:PORT", "widths": [1280, 390, 360],
   "languages": [{
     "language": "fr", "dir": "ltr",
     "home": {"title": "...", "heading": "36 fournisseurs", "expected": [first page's ids, in order]},
     "search": {"query": "anode", "title": "...", "heading": "...", "expected": [...],
                "names": [the display name of every supplier of the result set]},
     "facet": {"name": "region", "value": "2", "heading": "...", "expected": [...]},
     "browse": [{"name": "capability", "value": "smelting", "heading": "...", "expected": [...]}, ...],
     "empty": {"query": "zzqxwv", "title": "..."},
     "supplier": {"id": "...", "title": "...", "mailto": ["mailto:..."], "tel": ["tel:+1..."]},
     "pages": [{"kind": "not-found", "path": "/fr/suppliers/none", "title": "..."}, ...]}]}

At every width, in every language, one walk:
- the start page `/{lang}/`; Tab from the top reaches the search field, every stop
  on the way showing a visible focus (outline or box-shadow) inside the page; the
  query is typed, Tab moves to the button (focus visible), Enter submits the form;
  the heading (the count, worded) and the cards, in order, are the expected ones;
  Tab then walks the whole result page, every stop with a visible focus;
- the result page's ODS link is clicked; the file chromium saves must be a zip
  whose first member is a stored `mimetype` holding the ODS media type, with a
  sheet whose first column lists the result set's names;
- on narrow screens the "refine" link jumps to the facets (wide ones do not show
  it); a facet link (the one setting name=value) is clicked: the cards narrow;
- Back returns to the search; the expected card is clicked: the supplier page has
  exactly the expected mailto: and tel: links;
- its way back leads to the start page, where the capability tree is followed link
  by link ("browse"), each step leaving the expected cards;
- the site's name leads home, where a query nothing answers is submitted: no
  card, the empty state shows;
- every other page kind ("pages") is loaded: title as expected.
Every page loaded: no sideways scrolling (scrollWidth <= innerWidth), no visible
element or text outside the viewport's width nor outside its card or facet box,
no text under 9 px, the header, form, results, facets and footer not overlapping,
stand-alone links and buttons at least 24 px high, `lang`/`dir` of the language
(side by side, the facets at the inline end: left of the results in Arabic), and
no error in the browser's console (a CSP violation is one; so is a 404 for an
icon). The 404 and 400 pages may log their own status, nothing else.

Writes REPORT.json ({"loads", "searches", "facets", "downloads", "suppliers",
"tab_stops", "walks", "seconds": {"fr-1280": s, ...}, "screenshots": [...],
"failures": [{"language", "width", "page", "problem"}]}) and exits 0 with no failure, 1 otherwise, 2 when the browser cannot
start.
"""
import json
import os
import shutil
import sys
import time
import urllib.parse
import xml.etree.ElementTree as ET
import zipfile

from browser_shots import set_viewport, screenshot
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

ODS_TYPE = "application/vnd.oasis.opendocument.spreadsheet"

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
    return (r.width > 0 && r.height > 0) ? [r] : [];
  }
  const range = document.createRange();
  range.selectNodeContents(node);
  return Array.from(range.getClientRects()).filter(r => r.width > 0 && r.height > 0);
}
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node; node = walker.nextNode()) {
  if (node.nodeType === 3 && node.textContent.trim() === '') continue;
  const element = node.nodeType === 1 ? node : node.parentElement;
  if (['OPTION', 'SCRIPT', 'STYLE'].includes(element.tagName)) continue;
  const style = getComputedStyle(element);
  if (style.visibility === 'hidden') continue;
  const rects = rectsOf(node);
  for (const r of rects) {
    // The skip link waits above the page (moved out vertically, not sideways).
    if (r.bottom <= 0) continue;
    if (r.left < -tolerance || r.right > width + tolerance) {
      problems.push(`outside the page (${Math.round(r.left)}..${Math.round(r.right)} of ${width}): ${describe(node)}`);
      break;
    }
  }
  if (node.nodeType === 3 && rects.length && parseFloat(style.fontSize) < 9) problems.push(`text at ${style.fontSize}: ${describe(node)}`);
}
// Each card and facet holds its content.
for (const box of document.querySelectorAll('article.card, nav.facets, .active-filters, .contacts > li, .facts > div, form.search')) {
  const b = box.getBoundingClientRect();
  if (b.width === 0) continue;
  const inner = document.createTreeWalker(box, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = inner.nextNode(); node; node = inner.nextNode()) {
    if (node.nodeType === 3 && node.textContent.trim() === '') continue;
    const bad = rectsOf(node).find(r => r.left < b.left - tolerance || r.right > b.right + tolerance);
    if (bad) { problems.push(`outside its ${box.tagName.toLowerCase()}.${box.className}: ${describe(node)} at ${Math.round(bad.left)}..${Math.round(bad.right)} (box ${Math.round(b.left)}..${Math.round(b.right)})`); break; }
  }
}
// The page's big pieces do not overlap one another.
const pieces = Array.from(document.querySelectorAll('.site-name, nav.languages, main h1, form.search, .to-facets, section.results, nav#facets, article.supplier, .site-footer'))
  .map(e => [e, e.getBoundingClientRect()]).filter(([e, r]) => r.width > 0 && r.height > 0);
for (let i = 0; i < pieces.length; i++) for (let j = i + 1; j < pieces.length; j++) {
  const [a, ra] = pieces[i], [b, rb] = pieces[j];
  if (a.contains(b) || b.contains(a)) continue;
  const x = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left), y = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
  if (x > tolerance && y > tolerance) problems.push(`${describe(a)} overlaps ${describe(b)} (${Math.round(x)}x${Math.round(y)} px)`);
}
// Controls standing alone are at least 24 px high to tap (WCAG 2.5.8; links inside a
// sentence are exempt, so only these).
for (const e of document.querySelectorAll('nav#facets a, nav#facets summary, nav.languages a, .pagination a, .downloads a, form.search button, form.search input, .to-facets a, .remove, .back a, .clear-all a, .empty li a, .claims a, .tree-root a')) {
  const r = e.getBoundingClientRect();
  if (r.width > 0 && r.height < 24 - tolerance) problems.push(`a ${Math.round(r.height)}-px-high target: ${describe(e)}`);
}
return problems;
"""

PAGE_STATE = r"""
const heading = document.getElementById('results-heading');
const cards = Array.from(document.querySelectorAll('ol.cards article.card h3 a')).map(a => decodeURIComponent(new URL(a.href).pathname.split('/').pop()));
const facets = document.getElementById('facets');
const results = document.querySelector('section.results');
return {
  lang: document.documentElement.lang, dir: document.documentElement.dir,
  direction: getComputedStyle(document.querySelector('main')).direction,
  title: document.title, path: location.pathname, search: location.search,
  heading: heading ? heading.textContent : null, cards: cards,
  empty: document.querySelector('section.results div.empty') !== null,
  facetsLeft: facets ? facets.getBoundingClientRect().left : null,
  resultsLeft: results ? results.getBoundingClientRect().left : null,
  sideBySide: facets && results ? Math.abs(facets.getBoundingClientRect().top - results.getBoundingClientRect().top) < 2 : null,
};
"""

FOCUS_STATE = r"""
const e = document.activeElement;
if (!e || e === document.body) return null;
const s = getComputedStyle(e);
const r = e.getBoundingClientRect();
const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
const shadow = s.boxShadow && s.boxShadow !== 'none';
return {tag: e.tagName.toLowerCase(), id: e.id, cls: typeof e.className === 'string' ? e.className : '',
        text: (e.textContent || e.value || '').trim().slice(0, 30), href: e.getAttribute('href'),
        visible: outline || shadow, outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
        left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: window.innerWidth, height: window.innerHeight};
"""


def start_browser(downloads):
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars", "--lang=en"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {
        "download.default_directory": downloads,
        "download.prompt_for_download": False,
        "download.directory_upgrade": True,
        "safebrowsing.enabled": False,
    })
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    # Headless chromium honours the preference only with this as well.
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
    return driver


def query_of(url):
    return dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query, keep_blank_values=True))


class Walk:
    """One language at one width."""

    def __init__(self, driver, spec, language, width, report, shots, downloads):
        self.driver, self.spec, self.lang, self.width = driver, spec, language, width
        self.report, self.shots, self.downloads = report, shots, downloads
        self.code = language["language"]
        self.page = ""

    def fail(self, problem):
        self.report["failures"].append({"language": self.code, "width": self.width, "page": self.page, "problem": problem})

    def wait_loaded(self, previous_url=None):
        def ready(d):
            if previous_url is not None and d.current_url == previous_url:
                return False
            return d.execute_script("return document.readyState") == "complete"
        WebDriverWait(self.driver, 10).until(ready)

    def console_errors(self):
        for line in self.driver.get_log("browser"):
            if line.get("level") in ("SEVERE", "ERROR"):
                message = line.get("message", "")
                # The 404 and 400 pages are answered with their status on purpose.
                if self.page in ("not-found", "bad-request") and "the server responded with a status of 40" in message:
                    continue
                self.fail("browser console: " + message)

    def arrived(self, kind):
        """Checks that every page gets: layout, language, console; then a screenshot."""
        self.page = kind
        self.report["loads"] += 1
        self.console_errors()
        for problem in self.driver.execute_script(LAYOUT_PROBLEMS)[:10]:
            self.fail(problem)
        state = self.driver.execute_script(PAGE_STATE)
        if state["lang"] != self.code or state["dir"] != self.lang["dir"] or state["direction"] != self.lang["dir"]:
            self.fail(f"lang={state['lang']} dir={state['dir']} direction={state['direction']}, expected {self.code} {self.lang['dir']}")
        # Side by side (wide screens), the facets sit at the inline end of the results.
        if state["sideBySide"]:
            rtl = self.lang["dir"] == "rtl"
            if (state["facetsLeft"] < state["resultsLeft"]) != rtl:
                self.fail(f"facets at {state['facetsLeft']}, results at {state['resultsLeft']}: not at the inline end ({self.lang['dir']})")
        if self.shots:
            self.report["screenshots"] += screenshot(self.driver, self.shots, f"{self.code}-{kind}", self.width, max_height=14000)
        return state

    def expect_results(self, state, expected, what):
        """The cards, in order, the heading (the count as the language words it) and the title."""
        if state["cards"] != expected["expected"]:
            self.fail(f"{what}: cards {state['cards']}, expected {expected['expected']}")
        if state["heading"] != expected["heading"]:
            self.fail(f"{what}: heading {state['heading']!r}, expected {expected['heading']!r}")
        if "title" in expected and state["title"] != expected["title"]:
            self.fail(f"{what}: title {state['title']!r}, expected {expected['title']!r}")

    def focus(self):
        return self.driver.execute_script(FOCUS_STATE)

    def check_focus(self, focus, where):
        if focus is None:
            return
        self.report["tab_stops"] += 1
        name = f"{focus['tag']}#{focus['id']}.{focus['cls']} {focus['text']!r}"
        if not focus["visible"]:
            self.fail(f"{where}: no visible focus on {name} (outline {focus['outline']})")
        if focus["left"] < -1 or focus["right"] > focus["width"] + 1:
            self.fail(f"{where}: focused {name} outside the page ({round(focus['left'])}..{round(focus['right'])} of {focus['width']})")
        if focus["bottom"] < 0 or focus["top"] > focus["height"]:
            self.fail(f"{where}: focused {name} is not scrolled into view (top {round(focus['top'])})")

    def tab(self):
        ActionChains(self.driver).send_keys(Keys.TAB).perform()
        return self.focus()

    # The walk

    def run(self):
        base = self.spec["base"]
        code = self.code
        set_viewport(self.driver, self.width)
        self.driver.get(f"{base}/{code}/")
        self.wait_loaded()
        state = self.arrived("home")
        self.expect_results(state, self.lang["home"], "home")
        if not self.search_by_keyboard():
            return
        search_url = self.driver.current_url
        self.download()
        self.refine()
        # Back to the search (the "refine" link's #facets is a step of its own in the
        # history), then into a supplier, and from its page back home.
        self.driver.back()
        if self.driver.current_url.endswith("#facets"):
            self.driver.back()
        self.wait_loaded()
        self.page = "search-results"
        self.console_errors()
        if self.driver.current_url.split("#")[0] != search_url:
            self.fail(f"Back after the facet shows {self.driver.current_url}, not the search {search_url}")
            self.driver.get(search_url)
            self.wait_loaded()
        self.supplier()
        self.browse()
        self.empty()
        for page in self.lang.get("pages", []):
            self.driver.get(base + page["path"])
            self.wait_loaded()
            state = self.arrived(page["kind"])
            if state["title"] != page["title"]:
                self.fail(f"title {state['title']!r}, expected {page['title']!r}")

    def search_by_keyboard(self):
        """From the top of the home page: Tab to the field, type, Tab to the button, Enter."""
        search = self.lang["search"]
        self.driver.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);")
        focus = None
        for _ in range(20):
            focus = self.tab()
            self.check_focus(focus, "tabbing to the search field")
            if focus and focus["id"] == "q":
                break
        if not focus or focus["id"] != "q":
            self.fail(f"20 presses of Tab do not reach the search field (last: {focus})")
            return False
        ActionChains(self.driver).send_keys(search["query"]).perform()
        button = self.tab()
        self.check_focus(button, "the search button")
        if not button or button["tag"] != "button":
            self.fail(f"Tab after the search field focuses {button}, not the button")
            return False
        previous = self.driver.current_url
        ActionChains(self.driver).send_keys(Keys.ENTER).perform()
        self.wait_loaded(previous)
        state = self.arrived("search-results")
        self.report["searches"] += 1
        if query_of(self.driver.current_url).get("q") != search["query"]:
            self.fail(f"the form submitted {self.driver.current_url}, not q={search['query']!r}")
        self.expect_results(state, search, f"search {search['query']!r}")
        # Every stop of the result page shows its focus, in the page.
        self.driver.execute_script("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0);")
        seen = set()
        for _ in range(250):
            focus = self.tab()
            if focus is None:
                break
            key = (focus["tag"], focus["id"], focus["href"], focus["text"])
            if key in seen:
                break
            seen.add(key)
            self.check_focus(focus, "tabbing through the result page")
        if len(seen) < 10:
            self.fail(f"only {len(seen)} Tab stops on the result page")
        return True

    def download(self):
        search = self.lang["search"]
        for name in os.listdir(self.downloads):
            os.remove(os.path.join(self.downloads, name))
        links = [a for a in self.driver.find_elements(By.CSS_SELECTOR, "section.downloads a")
                 if urllib.parse.urlsplit(a.get_attribute("href")).path.endswith("/suppliers.ods")]
        if len(links) != 1:
            self.fail(f"{len(links)} ODS download links on the result page")
            return
        if query_of(links[0].get_attribute("href")).get("q") != search["query"]:
            self.fail(f"the ODS link {links[0].get_attribute('href')} is not for the search")
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", links[0])
        links[0].click()
        path = None
        deadline = time.time() + 20
        while time.time() < deadline:
            files = [f for f in os.listdir(self.downloads) if not f.endswith(".crdownload") and not f.startswith(".")]
            partial = [f for f in os.listdir(self.downloads) if f.endswith(".crdownload")]
            if files and not partial:
                path = os.path.join(self.downloads, files[0])
                break
            time.sleep(0.1)
        if path is None:
            self.fail("clicking the ODS link saved no file within 20 s")
            return
        self.report["downloads"] += 1
        if not path.endswith(".ods"):
            self.fail(f"the download is named {os.path.basename(path)}, not .ods")
        try:
            with zipfile.ZipFile(path) as ods:
                first = ods.infolist()[0]
                if first.filename != "mimetype" or first.compress_type != zipfile.ZIP_STORED:
                    self.fail(f"the ODS's first member is {first.filename} (compression {first.compress_type}), not a stored mimetype")
                if ods.read("mimetype").decode() != ODS_TYPE:
                    self.fail(f"the ODS's mimetype is {ods.read('mimetype')!r}")
                columns = first_columns(ods.read("content.xml"))
                if not any(sorted(column[1:]) == sorted(search["names"]) for column in columns.values()):
                    self.fail(f"no sheet of the ODS lists the result set {search['names']}: first columns {columns}")
        except zipfile.BadZipFile as error:
            self.fail(f"the download is not a zip: {error}")
        # A download leaves the page where it was.
        if self.driver.execute_script("return location.pathname") != f"/{self.code}/":
            self.fail("clicking the download left the result page")

    def click_link(self, element):
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        previous = self.driver.current_url
        element.click()
        self.wait_loaded(previous)

    def facet_link(self, name, value):
        for a in self.driver.find_elements(By.CSS_SELECTOR, "nav#facets a"):
            if query_of(a.get_attribute("href")).get(name) == value:
                return a
        return None

    def follow_facet(self, step, kind):
        link = self.facet_link(step["name"], step["value"])
        if link is None:
            self.fail(f"no facet link setting {step['name']}={step['value']}")
            return False
        before = query_of(self.driver.current_url)
        self.click_link(link)
        self.report["facets"] += 1
        state = self.arrived(kind)
        after = query_of(self.driver.current_url)
        before.pop("page", None)
        if after != {**before, step["name"]: step["value"]}:
            self.fail(f"the facet link led to {after}, expected {before} with {step['name']}={step['value']}")
        self.expect_results(state, step, f"facet {step['name']}={step['value']}")
        return True

    def refine(self):
        """On a phone, "refine" jumps down to the facets; then a facet narrows the search."""
        to_facets = self.driver.find_element(By.CSS_SELECTOR, ".to-facets a")
        if self.driver.execute_script("return window.innerWidth") < 832:
            if not to_facets.is_displayed():
                self.fail("no link to the facets on a narrow screen")
            else:
                self.driver.execute_script("window.scrollTo(0, 0)")
                to_facets.click()
                top = self.driver.execute_script("return document.getElementById('facets').getBoundingClientRect().top")
                if abs(top) > 2:
                    self.fail(f"the link to the facets leaves them {round(top)} px from the top")
        elif to_facets.is_displayed():
            self.fail("the link to the facets shows beside them on a wide screen")
        self.follow_facet(self.lang["facet"], "search-facet")

    def browse(self):
        """The supplier page's way back to the start, then down the capability tree link by link."""
        self.click_link(self.driver.find_element(By.CSS_SELECTOR, "p.back a"))
        self.page = "home"
        self.console_errors()
        if urllib.parse.urlsplit(self.driver.current_url)[2:4] != (f"/{self.code}/", ""):
            self.fail(f"the way back from a supplier leads to {self.driver.current_url}")
        for index, step in enumerate(self.lang["browse"]):
            if not self.follow_facet(step, f"browse-{index + 1}"):
                return

    def supplier(self):
        """A click on the expected card of the result page; its contacts can be written to and phoned."""
        supplier = self.lang["supplier"]
        cards = [a for a in self.driver.find_elements(By.CSS_SELECTOR, "ol.cards article.card h3 a")
                 if urllib.parse.unquote(urllib.parse.urlsplit(a.get_attribute("href")).path).split("/")[-1] == supplier["id"]]
        if not cards:
            self.fail(f"no card links to {supplier['id']}")
            return
        self.click_link(cards[0])
        self.report["suppliers"] += 1
        state = self.arrived("supplier")
        if state["path"] != f"/{self.code}/suppliers/{supplier['id']}":
            self.fail(f"the card led to {state['path']}")
        if state["title"] != supplier["title"]:
            self.fail(f"title {state['title']!r}, expected {supplier['title']!r}")
        hrefs = self.driver.execute_script("return Array.from(document.querySelectorAll('.contacts a')).map(a => a.getAttribute('href'))")
        for scheme in ("mailto", "tel"):
            shown = sorted(set(h for h in hrefs if h.startswith(scheme + ":")))
            if shown != sorted(set(supplier[scheme])):
                self.fail(f"{scheme}: links {shown}, expected {sorted(set(supplier[scheme]))}")

    def empty(self):
        """The site's name leads home, where a query nothing answers is typed and submitted."""
        self.click_link(self.driver.find_element(By.CSS_SELECTOR, ".site-name a"))
        self.page = "home"
        self.console_errors()
        field = self.driver.find_element(By.ID, "q")
        field.clear()
        field.send_keys(self.lang["empty"]["query"])
        previous = self.driver.current_url
        self.driver.find_element(By.CSS_SELECTOR, "form.search button[type=submit]").click()
        self.wait_loaded(previous)
        self.report["searches"] += 1
        state = self.arrived("search-empty")
        if state["cards"] or not state["empty"]:
            self.fail(f"query {self.lang['empty']['query']!r}: cards {state['cards']}, empty state shown: {state['empty']}")
        if "title" in self.lang["empty"] and state["title"] != self.lang["empty"]["title"]:
            self.fail(f"title {state['title']!r}, expected {self.lang['empty']['title']!r}")


def first_columns(content):
    """Sheet name -> the text of each row's first cell, in an ODS content.xml."""
    ns = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0"}
    columns = {}
    for table in ET.fromstring(content).iter("{%s}table" % ns["table"]):
        values = []
        for row in table.iter("{%s}table-row" % ns["table"]):
            cell = row.find("table:table-cell", ns)
            values.append("".join(cell.itertext()) if cell is not None else "")
        while values and values[-1] == "":
            values.pop()
        columns[table.get("{%s}name" % ns["table"])] = values
    return columns


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        spec = json.load(f)
    shots = argv[argv.index("--screenshots") + 1] if "--screenshots" in argv else None
    if shots:
        os.makedirs(shots, exist_ok=True)
    report = {"loads": 0, "searches": 0, "facets": 0, "downloads": 0, "suppliers": 0, "tab_stops": 0,
              "walks": 0, "seconds": {}, "screenshots": [], "failures": []}
    downloads = os.path.join(os.path.dirname(os.path.abspath(argv[2])), "downloads")
    os.makedirs(downloads, exist_ok=True)
    try:
        driver = start_browser(downloads)
    except Exception as error:  # no browser: the caller decides whether that fails
        report["failures"].append({"language": "", "width": 0, "page": "", "problem": f"cannot start chromium: {error}"})
        with open(argv[2], "w", encoding="utf-8") as f:
            json.dump(report, f, indent=1, ensure_ascii=False)
        return 2
    try:
        for language in spec["languages"]:
            for width in spec.get("widths", [1280, 390, 360]):
                walk = Walk(driver, spec, language, width, report, shots, downloads)
                started = time.time()
                try:
                    walk.run()
                    report["walks"] += 1
                except Exception as error:
                    walk.fail(f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''}")
                report["seconds"][f"{language['language']}-{width}"] = round(time.time() - started, 1)
    finally:
        driver.quit()
        shutil.rmtree(downloads, ignore_errors=True)
    with open(argv[2], "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1, ensure_ascii=False)
    return 1 if report["failures"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
