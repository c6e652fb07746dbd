#!/usr/bin/env python3
"""Walks the portal's signed-in side in a real browser (Debian's chromium through
chromedriver), as the people would, by clicks and typing only: the first admin, a
supplier user it invites, the review and the publication.

Usage: signed_in_flow.py SPEC.json REPORT.json [--screenshots DIR]

SPEC.json (written by Tests/AluPortalTests/SignedInBrowserTests.swift; every
expectation computed there from the message tables and the catalogue):
  {"base": "http://127.0.0.1:PORT", "outbox": "DATA/outbox", "width": 1280,
   "admin": {"link": "the link the server printed", "email": "...", "password": "..."},
   "supplier": {"id": "electro-saguenay", "email": "...", "password": "...",
                "sentence": "a new unique French description", "bad_website": "htp:/mauvais",
                "website": "the published website, typed back to fix the error",
                "public_path": "/fr/suppliers/electro-saguenay"},
   "paths": {"sign_in": "/fr/account/sign-in", "home": "/fr/account/", "accounts": "...",
             "queue": "...", "entry": "...", "submissions": "..."}}

The steps, each recorded in REPORT.json under "steps" with what the page showed:
1. admin: opens the printed link, chooses a password, signs in, reads the secret on
   the code page, types the RFC 6238 code computed here (hmac/hashlib, no pyotp),
   reaches the staff home;
2. admin: clicks through to the accounts page, invites the supplier user for the
   supplier, sees the notice, signs out; the mail is read from the outbox (.eml);
3. supplier: opens the mail's link, chooses a password, signs in, opens its entry
   form, types a new French description and breaks the website, saves: the error is
   beside the website field (its message element in the field's box, named by the
   input's aria-describedby, aria-invalid="true") and in the summary (a link to the
   field); types the website back, submits, sees the submission pending on its
   submissions page; signs out;
4. admin: signs in again, waits for the next TOTP step (a code is good once), types
   the new code, opens the queue, the submission, reads the diff (the new sentence in
   the new column of the French description's row), approves;
5. anyone: the supplier's public page shows the new sentence.
Screenshots (with --screenshots DIR): the entry form with its error (the summary and
the field) and the diff page, at 1280 and 390 px; and every page's document as the
browser holds it in DIR/pages/, for the Nu HTML checker.
Every page: no error in the browser's console; lang="fr"; whether it scrolls sideways
(an observation at 1280 and 390 px, in "layout"). Before signing out, the supplier, and
after the approval the admin, also open each of their pages in English at 390 px
("paths_en" in the spec): there, lang="en", a heading, and no sideways scrolling are
required.

Writes REPORT.json ({"steps": {...}, "failures": [{"step", "problem"}], "layout": [...],
"screenshots": [...], "seconds": s}); exits 0 with no failure, 1 otherwise, 2 when the
browser cannot start.
"""
import base64
import email
import email.policy
import glob
import hashlib
import hmac
import json
import os
import re
import struct
import sys
import time
import urllib.parse

from browser_shots import set_viewport
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait


def totp(secret_base32, at):
    """RFC 6238 with HMAC-SHA-1, 30-second steps, 6 digits: (code, step)."""
    secret = secret_base32.replace(" ", "").upper()
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    step = int(at // 30)
    digest = hmac.new(key, struct.pack(">Q", step), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = (struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000
    return f"{value:06d}", step


def start_browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--hide-scrollbars", "--lang=fr"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


PAGE_STATE = r"""
const doc = document.documentElement;
return {title: document.title, lang: doc.lang, path: location.pathname, search: location.search,
        h1: (document.querySelector('main h1') || {textContent: ''}).textContent.trim(),
        scrollWidth: doc.scrollWidth, innerWidth: window.innerWidth};
"""

# The field's error: the message elements inside the field's own box, the ids the
# input names in aria-describedby, its aria-invalid; the summary's link to it.
FIELD_ERROR = r"""
const input = document.getElementById(arguments[0]);
if (!input) return null;
const box = input.closest('.field');
const described = (input.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
const beside = box ? Array.from(box.querySelectorAll('.field-error')) : [];
const summary = Array.from(document.querySelectorAll('.error-summary a'))
  .filter(a => a.getAttribute('href') === '#' + arguments[0]).map(a => a.textContent.trim());
const r = input.getBoundingClientRect();
const near = beside.map(e => { const b = e.getBoundingClientRect(); return Math.round(r.top - b.bottom); });
return {invalid: input.getAttribute('aria-invalid'), value: input.value,
        beside: beside.map(e => ({id: e.id, text: e.textContent.trim(), named: described.includes(e.id)})),
        gap: near, summary: summary,
        summaryTitle: (document.querySelector('.error-summary h2') || {textContent: ''}).textContent.trim(),
        status: (document.querySelector('main p.notice') || {textContent: ''}).textContent.trim()};
"""


class Flow:
    def __init__(self, driver, spec, report, shots):
        self.driver, self.spec, self.report, self.shots = driver, spec, report, shots
        self.step = ""
        self.base = spec["base"]
        self.width = spec.get("width", 1280)
        self.language = "fr"

    # Helpers

    def fail(self, problem):
        self.report["failures"].append({"step": self.step, "problem": problem})

    def record(self, **seen):
        self.report["steps"].setdefault(self.step, {}).update(seen)

    def wait_loaded(self, previous_url=None):
        def ready(d):
            if previous_url is not None and d.current_url == previous_url:
                return False
            return d.execute_script("return document.readyState") == "complete"
        WebDriverWait(self.driver, 20).until(ready)

    def arrived(self, kind):
        """Every page: the console stays clean, the page is French; sideways scrolling noted."""
        state = self.driver.execute_script(PAGE_STATE)
        for line in self.driver.get_log("browser"):
            if line.get("level") in ("SEVERE", "ERROR"):
                message = line.get("message", "")
                # The entry form with an error is answered 422 on purpose.
                if kind == "entry-with-error" and "status of 422" in message:
                    continue
                self.fail(f"{kind}: browser console: {message}")
        if state["lang"] != self.language:
            self.fail(f"{kind}: lang={state['lang']!r}, expected {self.language!r}")
        if state["scrollWidth"] > state["innerWidth"]:
            self.report["layout"].append(f"{kind} at {state['innerWidth']} px scrolls sideways (scrollWidth {state['scrollWidth']})")
        self.report["pages"].append({"kind": kind, "path": state["path"], "title": state["title"], "h1": state["h1"]})
        if self.shots:
            # The document as the browser holds it, for the Nu HTML checker.
            os.makedirs(os.path.join(self.shots, "pages"), exist_ok=True)
            with open(os.path.join(self.shots, "pages", f"{len(self.report['pages']):02d}-{kind}.html"), "w", encoding="utf-8") as f:
                f.write("<!DOCTYPE html>\n" + self.driver.execute_script("return document.documentElement.outerHTML"))
        return state

    def go(self, url, kind):
        self.driver.get(url)
        self.wait_loaded()
        return self.arrived(kind)

    def click(self, element, kind):
        """Clicks a link or a button and waits for the next page (a form may post to its own address)."""
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", element)
        # A mark on the page being left: the next page does not have it.
        self.driver.execute_script("window.flowLeaving = true")
        element.click()
        WebDriverWait(self.driver, 20).until(
            lambda d: d.execute_script("return window.flowLeaving === undefined && document.readyState === 'complete'"))
        return self.arrived(kind)

    def type_into(self, element_id, text):
        field = self.driver.find_element(By.ID, element_id)
        self.driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", field)
        field.clear()
        field.send_keys(text)
        return field

    def submit_button(self, form_css):
        return self.driver.find_element(By.CSS_SELECTOR, f"{form_css} button[type=submit]")

    def link_to(self, path):
        for a in self.driver.find_elements(By.CSS_SELECTOR, "main a"):
            if urllib.parse.urlsplit(a.get_attribute("href") or "").path == path:
                return a
        raise LookupError(f"no link to {path} on {self.driver.current_url}")

    def sign_in(self, who, password, kind):
        """On the sign-in page: the address (unless kept), the password, the button."""
        field = self.driver.find_element(By.ID, "field-email")
        if field.get_attribute("value") != who:
            self.type_into("field-email", who)
        self.type_into("field-password", password)
        return self.click(self.submit_button("form.account-form"), kind)

    def sign_out(self, kind):
        return self.click(self.driver.find_element(By.CSS_SELECTOR, ".account-bar button[type=submit]"), kind)

    def enter_code(self, secret, after_step, kind):
        """Waits until the TOTP step is after `after_step` (a code is good once), types the code."""
        code, step = totp(secret, time.time())
        waited = 0.0
        while after_step is not None and step <= after_step:
            time.sleep(0.5)
            waited += 0.5
            code, step = totp(secret, time.time())
        self.type_into("field-code", code)
        state = self.click(self.submit_button("form.account-form"), kind)
        return state, step, waited

    def screenshot(self, stem, element_id=None):
        """At 1280 and 390 px: the top of the page and, when given, the element centred."""
        if not self.shots:
            return
        for width in (1280, 390):
            set_viewport(self.driver, width)
            self.driver.execute_script("window.scrollTo(0, 0)")
            state = self.driver.execute_script(PAGE_STATE)
            if state["scrollWidth"] > state["innerWidth"]:
                self.report["layout"].append(f"{stem} at {width} px scrolls sideways (scrollWidth {state['scrollWidth']})")
            path = os.path.join(self.shots, f"{stem}-{width}-top.png")
            self.driver.save_screenshot(path)
            self.report["screenshots"].append(path)
            if element_id:
                self.driver.execute_script("document.getElementById(arguments[0]).scrollIntoView({block: 'center'})", element_id)
                path = os.path.join(self.shots, f"{stem}-{width}-field.png")
                self.driver.save_screenshot(path)
                self.report["screenshots"].append(path)
            else:
                height = self.driver.execute_script("return document.documentElement.scrollHeight")
                for index, y in enumerate(range(900, min(height, 9000), 900)):
                    self.driver.execute_script("window.scrollTo(0, arguments[0])", y)
                    path = os.path.join(self.shots, f"{stem}-{width}-{index + 2:02d}.png")
                    self.driver.save_screenshot(path)
                    self.report["screenshots"].append(path)
        set_viewport(self.driver, self.width)

    def walk_in_english(self, who, paths):
        """The same person's pages in English on a phone (390 px): each reached, lang="en",
        a heading, a clean console, no sideways scrolling (a failure here, not a note)."""
        self.language = "en"
        set_viewport(self.driver, 390)
        seen = []
        # The origin the person's session cookie belongs to (the mailed links say localhost).
        here = urllib.parse.urlsplit(self.driver.current_url)
        origin = f"{here.scheme}://{here.netloc}"
        try:
            for path in paths:
                state = self.go(origin + path, f"{who}-en-390")
                if self.shots:
                    shot = os.path.join(self.shots, f"{who}-en-390-{len(seen):02d}.png")
                    self.driver.save_screenshot(shot)
                    self.report["screenshots"].append(shot)
                wide = state["scrollWidth"] > state["innerWidth"]
                seen.append({"path": state["path"], "h1": state["h1"], "lang": state["lang"], "sideways": wide})
                if state["path"] != path:
                    self.fail(f"{path} in English led to {state['path']}")
                if wide:
                    self.fail(f"{path} scrolls sideways at 390 px (scrollWidth {state['scrollWidth']})")
                if not state["h1"]:
                    self.fail(f"{path} has no heading")
        finally:
            self.language = "fr"
            set_viewport(self.driver, self.width)
        self.record(english_390=seen)

    # The steps

    def admin_enrols(self):
        self.step = "1-admin-enrolled"
        admin, paths = self.spec["admin"], self.spec["paths"]
        state = self.go(admin["link"], "invitation")
        self.record(invitation_page=state["h1"])
        self.type_into("field-password", admin["password"])
        self.type_into("field-repeat", admin["password"])
        state = self.click(self.submit_button("form.account-form"), "sign-in-after-invitation")
        notice = self.driver.find_elements(By.CSS_SELECTOR, "main p.notice")
        self.record(after_invitation_path=state["path"], notice=notice[0].get_attribute("textContent").strip() if notice else None,
                    email_kept=self.driver.find_element(By.ID, "field-email").get_attribute("value"))
        state = self.sign_in(admin["email"], admin["password"], "code")
        self.record(code_path=state["path"])
        secret = self.driver.find_element(By.CSS_SELECTOR, "p.secret code").text
        uri = self.driver.find_element(By.CSS_SELECTOR, "code.uri").text
        uri_secret = urllib.parse.parse_qs(urllib.parse.urlsplit(uri).query).get("secret", [""])[0]
        self.record(secret_shown=len(secret.replace(" ", "")), secret_matches_uri=secret.replace(" ", "") == uri_secret,
                    uri_scheme=urllib.parse.urlsplit(uri).scheme)
        self.secret = secret
        state, step, _ = self.enter_code(secret, None, "staff-home")
        self.enrolled_step = step
        links = [a.text for a in self.driver.find_elements(By.CSS_SELECTOR, "ul.home-links a")]
        self.record(home_path=state["path"], home_h1=state["h1"], home_links=links)
        if state["path"] != paths["home"]:
            self.fail(f"the code led to {state['path']}, not the home {paths['home']}")
            return False
        return True

    def admin_invites(self):
        self.step = "2-supplier-invited"
        supplier, paths = self.spec["supplier"], self.spec["paths"]
        state = self.click(self.link_to(paths["accounts"]), "accounts")
        self.record(accounts_h1=state["h1"])
        before = set(glob.glob(os.path.join(self.spec["outbox"], "*.eml")))
        self.type_into("invite-email", supplier["email"])
        Select(self.driver.find_element(By.ID, "invite-role")).select_by_value("supplier")
        choices = [o.get_attribute("value") for o in self.driver.find_elements(By.CSS_SELECTOR, "#invite-supplier option")]
        self.record(supplier_choices=len(choices), supplier_listed=supplier["id"] in choices)
        if supplier["id"] not in choices:
            self.fail(f"the invitation form offers no {supplier['id']} (choices: {choices[:10]})")
            return False
        Select(self.driver.find_element(By.ID, "invite-supplier")).select_by_value(supplier["id"])
        Select(self.driver.find_element(By.ID, "invite-language")).select_by_value("fr")
        form = "form[action='%s']" % paths["invite"]
        state = self.click(self.submit_button(form), "accounts-invited")
        notice = self.driver.find_elements(By.CSS_SELECTOR, "main p.notice")
        self.record(notice=notice[0].get_attribute("textContent").strip() if notice else None,
                    listed=supplier["email"] in self.driver.find_element(By.TAG_NAME, "main").text)
        # The mail, as the supplier's mail program would show it.
        deadline = time.time() + 10
        mails = []
        while time.time() < deadline and not mails:
            mails = sorted(set(glob.glob(os.path.join(self.spec["outbox"], "*.eml"))) - before)
            time.sleep(0.1)
        link = None
        for path in mails:
            with open(path, "rb") as f:
                message = email.message_from_binary_file(f, policy=email.policy.default)
            if supplier["email"] not in str(message["To"]):
                continue
            body = message.get_body(preferencelist=("plain",)).get_content()
            found = re.search(r"https?://\S+/account/invitation\?token=[A-Za-z0-9_\-]+", body)
            self.record(mail_to=str(message["To"]), mail_subject=str(message["Subject"]), mail_link_origin=None)
            if found:
                link = found.group(0)
                parts = urllib.parse.urlsplit(link)
                self.record(mail_link_origin=f"{parts.scheme}://{parts.netloc}", mail_link_path=parts.path)
        if link is None:
            self.fail(f"no invitation mail with a link for {supplier['email']} in the outbox ({len(mails)} new mails)")
            return False
        self.invitation = link
        state = self.sign_out("after-admin-sign-out")
        self.record(after_sign_out=state["path"])
        return True

    def supplier_edits(self):
        self.step = "3-supplier-submitted"
        supplier, paths = self.spec["supplier"], self.spec["paths"]
        state = self.go(self.invitation, "supplier-invitation")
        self.type_into("field-password", supplier["password"])
        self.type_into("field-repeat", supplier["password"])
        self.click(self.submit_button("form.account-form"), "supplier-sign-in")
        state = self.sign_in(supplier["email"], supplier["password"], "supplier-home")
        self.record(home_path=state["path"])
        state = self.click(self.link_to(paths["entry"]), "entry")
        self.record(entry_h1=state["h1"])
        # The script's search box over the capability tree: typing narrows it.
        search = self.driver.find_element(By.ID, "capability-search-input")
        search.send_keys("anode")
        counted = self.driver.execute_script("""
            const items = [...document.querySelectorAll('.capability-search ~ details ul.tree li')];
            const seen = items.filter(li => li.offsetParent !== null);
            return {total: items.length, visible: seen.length,
                    labels: seen.map(li => li.querySelector('.choice').textContent.trim()),
                    status: document.querySelector('.capability-search [role=status]').textContent};
        """)
        self.record(search_total=counted["total"], search_visible=counted["visible"],
                    search_labels=counted["labels"], search_status=counted["status"])
        self.driver.execute_script("""
            const box = document.getElementById('capability-search-input');
            box.value = ''; box.dispatchEvent(new Event('input'));
        """)
        # The French description: the text area of the row whose hidden language is fr.
        language = self.driver.find_element(
            By.CSS_SELECTOR, "input[type=hidden][name^='descriptions['][name$='].language'][value='fr']")
        area_id = "field-" + language.get_attribute("name").replace("[", "-").replace("].language", "_text")
        self.record(description_field=area_id)
        self.type_into(area_id, supplier["sentence"])
        self.type_into("field-website", supplier["bad_website"])
        save = self.driver.find_element(By.CSS_SELECTOR, ".form-actions button[name=action][value=save]")
        state = self.click(save, "entry-with-error")
        error = self.driver.execute_script(FIELD_ERROR, "field-website")
        kept = self.driver.find_element(By.ID, area_id).get_attribute("value")
        self.record(error=error, description_kept=kept == supplier["sentence"])
        if not error or error["invalid"] != "true" or not error["beside"] or not all(e["named"] for e in error["beside"]):
            self.fail(f"no error beside the website field named by it: {error}")
        if not error or not error["summary"]:
            self.fail(f"the summary does not link to the website field: {error}")
        self.screenshot("entry-form-error", "field-website")
        # Fixed, then submitted.
        self.type_into("field-website", supplier["website"])
        submit = self.driver.find_element(By.CSS_SELECTOR, ".form-actions button[name=action][value=submit]")
        state = self.click(submit, "submissions")
        cards = self.driver.execute_script(r"""
            return Array.from(document.querySelectorAll('section.submission-card')).map(s => ({
              heading: s.querySelector('h2').textContent.trim(),
              state: (s.querySelector('h2 .state') || {className: ''}).className,
              stateText: (s.querySelector('h2 .state') || {textContent: ''}).textContent.trim()}));""")
        self.record(submissions_path=state["path"], cards=cards)
        if state["path"] != paths["submissions"]:
            self.fail(f"submitting led to {state['path']}, not the submissions page")
        pending = [c for c in cards if "state-pending" in c["state"]]
        if len(pending) != 1:
            self.fail(f"{len(pending)} pending submissions shown: {cards}")
            return False
        self.supplier_secures()
        self.walk_in_english("supplier", self.spec["paths_en"]["supplier"])
        self.click(self.driver.find_element(By.CSS_SELECTOR, "nav.languages a[hreflang=fr]"), "back-in-french")
        self.sign_out("after-supplier-sign-out")
        return True

    def supplier_secures(self):
        """From its home: the sessions page (this browser listed, marked), then a new
        password given with the current one; the page says it is changed."""
        self.step = "3b-supplier-secured"
        supplier, paths = self.spec["supplier"], self.spec["paths"]
        self.click(self.driver.find_element(By.CSS_SELECTOR, ".account-bar a"), "home")
        self.click(self.link_to(paths["sessions"]), "sessions")
        items = [li.text for li in self.driver.find_elements(By.CSS_SELECTOR, "ul.sessions li")]
        self.record(sessions=items, end_forms=len(self.driver.find_elements(By.CSS_SELECTOR, "main form.account-form")))
        self.screenshot("sessions")
        self.click(self.driver.find_element(By.CSS_SELECTOR, ".account-bar a"), "home")
        self.click(self.link_to(paths["password"]), "password")
        self.type_into("field-current", supplier["password"])
        self.type_into("field-password", supplier["new_password"])
        self.type_into("field-repeat", supplier["new_password"])
        state = self.click(self.submit_button("form.account-form"), "password-changed")
        notice = self.driver.find_elements(By.CSS_SELECTOR, "main p.notice")
        self.record(path=state["path"], notice=notice[0].text if notice else None)
        self.screenshot("password-changed")
        self.step = "3-supplier-submitted"

    def admin_approves(self):
        self.step = "4-admin-approved"
        admin, supplier, paths = self.spec["admin"], self.spec["supplier"], self.spec["paths"]
        self.go(self.base + paths["sign_in"], "admin-sign-in-again")
        state = self.sign_in(admin["email"], admin["password"], "code-again")
        enrolling = bool(self.driver.find_elements(By.CSS_SELECTOR, "p.secret"))
        state, step, waited = self.enter_code(self.secret, self.enrolled_step, "staff-home-again")
        self.record(secret_shown_again=enrolling, code_step=step, after_enrolled_step=step - self.enrolled_step,
                    waited_seconds=round(waited, 1), home_path=state["path"])
        if state["path"] != paths["home"]:
            self.fail(f"the second code led to {state['path']}")
            return False
        state = self.click(self.link_to(paths["queue"]), "queue")
        # One submission per row (its number and its supplier's name both link to it).
        rows, seen = [], set()
        for a in self.driver.find_elements(By.CSS_SELECTOR, "main a"):
            path = urllib.parse.urlsplit(a.get_attribute("href")).path
            if re.fullmatch(re.escape(paths["submission_prefix"]) + r"\d+", path) and path not in seen:
                seen.add(path)
                rows.append(a)
        self.record(queue_links=[a.get_attribute("href") for a in rows], queue_text=supplier["name"] in self.driver.find_element(By.TAG_NAME, "main").text)
        if len(rows) != 1:
            self.fail(f"{len(rows)} submissions in the queue")
            if not rows:
                return False
        state = self.click(rows[0], "submission")
        diff = self.driver.execute_script(r"""
            return Array.from(document.querySelectorAll('.diff tbody tr')).map(tr => ({
              kind: tr.className, field: tr.querySelector('th').textContent.trim(),
              old: (tr.querySelector('td.old') || {textContent: ''}).textContent.trim(),
              new: (tr.querySelector('td.new') || {textContent: ''}).textContent.trim()}));""")
        caption = self.driver.execute_script("const c = document.querySelector('.diff caption'); return c ? c.textContent.trim() : null")
        self.record(submission_path=state["path"], submission_h1=state["h1"], diff=diff, diff_caption=caption)
        if not any(supplier["sentence"] == row["new"] for row in diff):
            self.fail(f"the new sentence is in no row's new column: {diff}")
        self.screenshot("submission-diff")
        approve = self.driver.find_element(By.CSS_SELECTOR, "form.decision[action$='/approve'] button[type=submit]")
        self.type_into("approve-comment", "Merci, c'est publié.")
        state = self.click(approve, "approved")
        outcome = self.driver.find_elements(By.CSS_SELECTOR, "main div.notice p")
        facts_state = self.driver.find_elements(By.CSS_SELECTOR, "dd.state")
        self.record(after_approve_path=state["path"], outcome=outcome[0].get_attribute("textContent").strip() if outcome else None,
                    state=facts_state[0].get_attribute("class") if facts_state else None,
                    decision_forms_left=len(self.driver.find_elements(By.CSS_SELECTOR, "form.decision")))
        # The decided submission and the staff's other pages, in English on a phone.
        decided = state["path"].replace("/fr/", "/en/", 1)
        self.walk_in_english("admin", self.spec["paths_en"]["admin"] + [decided])
        return True

    def directory_shows(self):
        self.step = "5-published"
        supplier = self.spec["supplier"]
        state = self.go(self.base + supplier["public_path"], "public-supplier")
        main = self.driver.find_element(By.TAG_NAME, "main").text
        self.record(path=state["path"], title=state["title"], sentence_shown=supplier["sentence"] in main,
                    old_text_gone=supplier["old_start"] not in main)
        if supplier["sentence"] not in main:
            self.fail("the public page does not show the new sentence")

    def run(self):
        set_viewport(self.driver, self.width)
        for step in (self.admin_enrols, self.admin_invites, self.supplier_edits, self.admin_approves):
            if not step():
                return
        self.directory_shows()


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        spec = json.load(f)
    shots = argv[argv.index("--screenshots") + 1] if "--screenshots" in argv else None
    if shots:
        os.makedirs(shots, exist_ok=True)
    report = {"steps": {}, "failures": [], "layout": [], "pages": [], "screenshots": [], "seconds": 0}
    started = time.time()
    try:
        driver = start_browser()
    except Exception as error:  # no browser: the caller decides whether that fails
        report["failures"].append({"step": "", "problem": f"cannot start chromium: {error}"})
        with open(argv[2], "w", encoding="utf-8") as f:
            json.dump(report, f, indent=1, ensure_ascii=False)
        return 2
    flow = Flow(driver, spec, report, shots)
    try:
        flow.run()
    except Exception as error:
        flow.fail(f"{type(error).__name__}: {str(error).splitlines()[0] if str(error) else ''} (at {driver.current_url})")
    finally:
        driver.quit()
    report["seconds"] = round(time.time() - started, 1)
    with open(argv[2], "w", encoding="utf-8") as f:
        json.dump(report, f, indent=1, ensure_ascii=False)
    return 1 if report["failures"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
