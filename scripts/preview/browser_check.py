"""`make preview-check`: `salin preview` in a real browser (Debian's chromium through its
chromedriver, driven by Selenium from PyPI).

Serves a copy of the seed briefing with one planted finding (an English heading in the Tagalog
column) and one missing Korean variant (a fallback); checks the three columns and their lang
attributes, that blocks line up across columns, the highlighted finding and its evidence on hover;
then edits the briefing on disk and sees the page change without a reload, breaks it and sees the
error in place over the last good columns, and mends it. Raw requests (no path normalisation)
check that nothing outside the briefing's output is served. Screenshots go to out/.
Prints one line per check and `N passed, N failed`; exits 1 if any failed.
"""

import http.client
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By

SALIN, SEED, OUT = (os.path.abspath(p) for p in sys.argv[1:4])
results = []


def check(name, ok, detail=""):
    results.append(bool(ok))
    print(("PASS " if ok else "FAIL ") + name + ("" if ok else f": {detail}"), flush=True)


def wait(condition, seconds=15):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            value = condition()
            if value:
                return value
        except Exception:
            pass
        time.sleep(0.1)
    return None


def raw_get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    connection.putrequest("GET", path, skip_host=False, skip_accept_encoding=True)
    connection.endheaders()
    response = connection.getresponse()
    return response.status, response.read().decode(errors="replace")


folder = tempfile.mkdtemp(prefix="salin-preview-check-")
briefing = os.path.join(folder, "edscg-5.briefing.yaml")
with open(SEED, encoding="utf-8") as handle:
    text = handle.read()
planted = text.replace(
    "tl: Pagsusulong ng Seguridad sa Pamamagitan ng Deterrence",
    "tl: Advancing Security Through Deterrence and Nuclear Consultation",
).replace("      ko: 억제를 통한 안보 강화\n", "", 1)  # a Korean heading missing: a fallback
with open(briefing, "w", encoding="utf-8") as handle:
    handle.write(planted)
with open(os.path.join(folder, "secret.txt"), "w") as handle:
    handle.write("do not serve")

server = subprocess.Popen([SALIN, "preview", briefing, "--port", "0"], stderr=subprocess.PIPE, text=True)
driver = None
try:
    line = server.stderr.readline()
    match = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
    check("salin preview binds to 127.0.0.1", match, line)
    port = int(match.group(1))
    url = f"http://127.0.0.1:{port}/"

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1500,1100",
                     "--hide-scrollbars"]:
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"),
                              options=options)
    driver.get(url)
    columns = wait(lambda: driver.find_elements(By.CSS_SELECTOR, "article.column[lang]"))
    langs = [c.get_attribute("lang") for c in columns or []]
    check("three columns with lang attributes en, tl, ko", langs == ["en", "tl", "ko"], langs)

    tops = [[round(b.rect["y"]) for b in c.find_elements(By.CSS_SELECTOR, ".block")] for c in columns]
    check("blocks line up across the columns", len(set(map(tuple, tops))) == 1 and len(tops[0]) > 5, tops)

    marks = driver.find_elements(By.CSS_SELECTOR, "article[lang=tl] mark.finding")
    check("the planted finding is highlighted in the tl column", len(marks) >= 1, len(marks))
    evidence = marks[0].get_attribute("data-evidence") if marks else ""
    check("its evidence names the language and why", "language: en" in evidence and "evidence:" in evidence, evidence)
    fallbacks = driver.find_elements(By.CSS_SELECTOR, "article[lang=ko] .fallback[lang=en]")
    check("the missing ko variant is a marked fallback", len(fallbacks) >= 1, len(fallbacks))
    os.makedirs(OUT, exist_ok=True)
    driver.save_screenshot(os.path.join(OUT, "preview.png"))
    if marks:
        driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", marks[0])
        ActionChains(driver).move_to_element(marks[0]).perform()
        time.sleep(0.3)
        driver.save_screenshot(os.path.join(OUT, "preview-hover.png"))
        driver.execute_script("window.scrollTo(0, 0)")

    # Edit the briefing on disk: the page changes by itself, without a reload.
    driver.execute_script("window.__notReloaded = true")
    edited = planted.replace("have deepened their defense alliance", "have visibly deepened their defense alliance")
    with open(briefing, "w", encoding="utf-8") as handle:
        handle.write(edited)
    changed = wait(lambda: "visibly deepened" in driver.find_element(By.CSS_SELECTOR, "article[lang=en]").text)
    check("an edit on disk shows up without a reload",
          changed and driver.execute_script("return window.__notReloaded === true"))

    # Break it mid-edit: the error in place, the last good columns still shown, the server alive.
    with open(briefing, "w", encoding="utf-8") as handle:
        handle.write(edited + "\nsections: [unclosed\n")
    alert = wait(lambda: driver.find_element(By.CSS_SELECTOR, "#problems [role=alert]"))
    check("a briefing that stops parsing shows its error on the page",
          alert and "edscg-5.briefing.yaml:" in alert.text, alert.text if alert else None)
    check("the last good columns stay, dimmed",
          len(driver.find_elements(By.CSS_SELECTOR, ".preview.stale article.column")) == 3)
    driver.save_screenshot(os.path.join(OUT, "preview-error.png"))
    with open(briefing, "w", encoding="utf-8") as handle:
        handle.write(edited)
    check("mended, the error goes away",
          wait(lambda: not driver.find_elements(By.CSS_SELECTOR, "#problems [role=alert]")))
    check("still the same page, never reloaded", driver.execute_script("return window.__notReloaded === true"))

    # Nothing outside the briefing's own output, asked without any path normalisation.
    for path in ["/../../etc/passwd", "/render/../../etc/passwd.html", "/secret.txt",
                 "/render/..%2Fsecret.txt.html", "/%2e%2e/%2e%2e/etc/passwd", "/edscg-5.briefing.yaml"]:
        status, body = raw_get(port, path)
        check(f"{path} is not served", status == 404 and "root:" not in body and "do not serve" not in body,
              (status, body[:80]))
    check("the server is still running", server.poll() is None)
    server.terminate()
    try:
        code = server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        code = None
    check("SIGTERM stops it (open event streams included)", code is not None, code)
except Exception as error:
    check("browser session completed", False, repr(error))
finally:
    if driver:
        driver.quit()
    if server.poll() is None:
        server.kill()
        server.wait()
    shutil.rmtree(folder, ignore_errors=True)
passed = sum(results)
print(f"{passed} passed, {len(results) - passed} failed")
sys.exit(0 if results and all(results) else 1)
