#!/usr/bin/env python3
"""The page in headless Chromium (Debian's chromium, chromium-driver and
python3-selenium), opened from file://:

- it loads without a console error and without a request leaving the page;
- an invalid example, chosen with the file input and dropped on the page,
  shows the diagnostics of `gnlc check` with their line numbers;
- the form filled in by typing a valid application, then saved, gives a
  file that `gnlc check` accepts; with one required field emptied, the
  page shows the same diagnostics as `gnlc check` on the saved file;
- opening a file fills the form;
- served over HTTP, it asks for nothing but its own files.

Screenshots of each go to OUT_DIR, with timing.json (the time the page
took to check one file).

    tests/web/test_page.py BIN_DIR WEB_DIR OUT_DIR
"""
import datetime, glob, http.server, json, os, subprocess, sys, threading, time, tomllib

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

bin_dir, web_dir, out_dir = (os.path.abspath(p) for p in sys.argv[1:4])
gnlc = os.path.join(bin_dir, "gnlc")
downloads = os.path.join(out_dir, "downloads")
os.makedirs(downloads, exist_ok=True)
for old in glob.glob(os.path.join(downloads, "*")):
    os.remove(old)
failures = []
AS_OF = "2025-08-01"


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message)


def cli_check(path, cwd=None):
    result = subprocess.run([gnlc, "check", "--format", "json", "--as-of", AS_OF, path],
                            capture_output=True, cwd=cwd, env=dict(os.environ, NO_COLOR="1"))
    return result.returncode, json.loads(result.stdout)


def diagnostics_of(items):
    return sorted((li.get_attribute("data-rule"), li.get_attribute("data-severity"),
                   int(li.get_attribute("data-line")), int(li.get_attribute("data-column")),
                   li.find_element(By.CLASS_NAME, "message").get_attribute("textContent")) for li in items)


def cli_diagnostics(report):
    return sorted((d["rule"], d["severity"], d["line"], d["column"], d["message"])
                  for d in report["files"][0]["diagnostics"])


options = webdriver.ChromeOptions()
for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1200,1800"):
    options.add_argument(argument)
options.binary_location = "/usr/bin/chromium"
options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
options.add_experimental_option("prefs", {"download.default_directory": downloads,
                                          "download.prompt_for_download": False})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
wait = WebDriverWait(driver, 60)
try:
    page = "file://" + os.path.join(web_dir, "index.html")
    started = time.monotonic()
    driver.get(page)
    wait.until(lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))
    load_seconds = time.monotonic() - started
    driver.save_screenshot(os.path.join(out_dir, "page-loaded.png"))

    def scroll_to(node, block="center"):
        driver.execute_script("arguments[0].scrollIntoView({block: arguments[1]});", node, block)

    def set_as_of(day):
        driver.execute_script("const e = document.getElementById('as-of'); e.value = arguments[0];"
                              "e.dispatchEvent(new Event('change'));", day)

    # ---- An invalid example, chosen with the file input.
    set_as_of(AS_OF)
    invalid = os.path.abspath("examples/applications/br-sorocaba.toml")
    status, report = cli_check(invalid)
    check(status == 1, "the invalid example is valid on the command line")
    driver.find_element(By.ID, "applications").send_keys(invalid)
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#results article"))
    article = driver.find_element(By.CSS_SELECTOR, "#results article")
    check(article.get_attribute("data-valid") == "false", "the page says the invalid example is valid")
    shown = diagnostics_of(article.find_elements(By.CSS_SELECTOR, ".diagnostics > li"))
    check(shown == cli_diagnostics(report),
          f"the page's diagnostics differ from gnlc check's:\n{shown}\n{cli_diagnostics(report)}")
    check(all(d[2] > 0 for d in shown), "a diagnostic without a line number")
    marked = [int(li.get_attribute("id").split("-l")[1]) for li in article.find_elements(By.CSS_SELECTOR, ".source li.marked")]
    check(sorted(set(marked)) == sorted({d[2] for d in shown}), f"marked lines {marked} differ from {shown}")
    check_ms = float(driver.find_element(By.ID, "check-summary").get_attribute("data-ms"))
    scroll_to(driver.find_element(By.ID, "check-summary"), "start")
    driver.execute_script("const li = arguments[0].querySelector('.source li.marked');"
                          "li.parentElement.scrollTop = li.offsetTop - 80;", article)
    driver.save_screenshot(os.path.join(out_dir, "check-invalid.png"))
    article.screenshot(os.path.join(out_dir, "check-invalid-file.png"))
    # An explanation is one click away.
    details = article.find_element(By.CSS_SELECTOR, ".diagnostics details summary")
    details.click()
    wait.until(lambda d: article.find_element(By.CSS_SELECTOR, ".diagnostics pre.explain").text.strip())
    rule = article.find_element(By.CSS_SELECTOR, ".diagnostics > li").get_attribute("data-rule")
    explained = subprocess.run([gnlc, "explain", rule], capture_output=True, text=True,
                               env=dict(os.environ, NO_COLOR="1")).stdout
    check(article.find_element(By.CSS_SELECTOR, ".diagnostics pre.explain").get_attribute("textContent") == explained,
          "the page's explanation differs from gnlc explain")
    driver.save_screenshot(os.path.join(out_dir, "check-explain.png"))

    # ---- The same kind of file, dropped.
    driver.find_element(By.ID, "clear").click()
    dropped_path = os.path.abspath("examples/applications/" + sorted(os.listdir("examples/applications"))[1])
    with open(dropped_path, encoding="utf-8") as f:
        dropped_text = f.read()
    driver.execute_script("""
        const transfer = new DataTransfer();
        transfer.items.add(new File([arguments[0]], arguments[1], {type: 'text/plain'}));
        const drop = document.getElementById('drop');
        drop.dispatchEvent(new DragEvent('dragover', {dataTransfer: transfer, bubbles: true, cancelable: true}));
        drop.dispatchEvent(new DragEvent('drop', {dataTransfer: transfer, bubbles: true, cancelable: true}));
    """, dropped_text, os.path.basename(dropped_path))
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#results article"))
    article = driver.find_element(By.CSS_SELECTOR, "#results article")
    status, report = cli_check(dropped_path)
    shown = diagnostics_of(article.find_elements(By.CSS_SELECTOR, ".diagnostics > li"))
    check(shown == cli_diagnostics(report), f"dropped file: diagnostics differ:\n{shown}\n{cli_diagnostics(report)}")
    check(article.get_attribute("data-valid") == str(report["files"][0]["valid"]).lower(), "dropped file: verdict differs")
    driver.save_screenshot(os.path.join(out_dir, "check-dropped.png"))

    # ---- The form, typed in from a valid application.
    valid_path, clean_path = None, None
    for candidate in sorted(glob.glob("examples/applications/*.toml")):
        status, report = cli_check(os.path.abspath(candidate))
        if status == 0:
            valid_path = valid_path or candidate
            if not report["files"][0]["diagnostics"]:
                clean_path = clean_path or candidate
    valid_path = clean_path or valid_path
    check(valid_path is not None, "no valid example")
    print("form filled from", valid_path)
    with open(valid_path, "rb") as f:
        data = tomllib.load(f)

    def toml_text(value):
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, (datetime.date, datetime.datetime)):
            return value.isoformat()
        return str(value)

    def control(table, key):
        return driver.find_element(By.ID, f"field-{table or 'top'}-{key}")

    def fill(table, key, value):
        element = control(table, key)
        tag = element.tag_name
        if tag == "select":
            Select(element).select_by_value(toml_text(value))
        elif tag == "fieldset":
            for box in element.find_elements(By.CSS_SELECTOR, "input[type=checkbox]"):
                if (box.get_attribute("value") in value) != box.is_selected():
                    box.click()
        else:
            element.clear()
            text = toml_text(value)
            if tag == "textarea" and len(text) > 200:
                # Long statements: most of it set at once, the rest typed.
                driver.execute_script("arguments[0].value = arguments[1];", element, text[:-20])
                element.send_keys(text[-20:])
            else:
                element.send_keys(text)

    for key, value in data.items():
        if isinstance(value, dict):
            for inner, inner_value in value.items():
                fill(key, inner, inner_value)
        elif key != "format":
            fill("", key, value)

    def form_settled():
        time.sleep(0.4)
        return driver.find_element(By.ID, "form-result").get_attribute("data-valid")

    name = driver.find_element(By.ID, "file-name")
    name.clear()
    name.send_keys("saved-valid.toml")
    check(form_settled() == "true", "the form filled from a valid application is not valid: " +
          driver.find_element(By.ID, "form-problems").text)
    scroll_to(driver.find_element(By.ID, "form-result"))
    driver.save_screenshot(os.path.join(out_dir, "form-valid.png"))

    def save(file_name):
        driver.find_element(By.ID, "save").click()
        target = os.path.join(downloads, file_name)
        for _ in range(100):
            if os.path.exists(target) and not os.path.exists(target + ".crdownload"):
                return target
            time.sleep(0.1)
        check(False, f"{file_name} was not saved")
        return None

    saved = save("saved-valid.toml")
    if saved:
        status, report = cli_check("saved-valid.toml", cwd=downloads)
        check(status == 0, f"gnlc check refuses the saved valid form: {report}")

    # ---- One required field left empty.
    website = control("city", "website")
    website.clear()
    website.send_keys(" ")
    name.clear()
    name.send_keys("saved-missing.toml")
    check(form_settled() == "false", "the form without a website is valid")
    shown = diagnostics_of(driver.find_elements(By.CSS_SELECTOR, "#form-problems .diagnostics > li"))
    field_error = driver.find_element(By.ID, "field-city-website-error").text
    check("missing-field" in field_error, f"the website field does not show its error: {field_error!r}")
    check(website.get_attribute("aria-invalid") == "true", "the website field is not marked invalid")
    saved = save("saved-missing.toml")
    if saved:
        status, report = cli_check("saved-missing.toml", cwd=downloads)
        check(status == 1, "gnlc check accepts the form without a website")
        check(shown == cli_diagnostics(report),
              f"the form's diagnostics differ from gnlc check's:\n{shown}\n{cli_diagnostics(report)}")
        check(any(d[0] == "missing-field" for d in shown), f"no missing-field: {shown}")
    scroll_to(website)
    driver.save_screenshot(os.path.join(out_dir, "form-missing-field.png"))
    # Legible on a phone: the same page at a phone's width.
    driver.set_window_size(412, 915)
    scroll_to(website)
    widths = driver.execute_script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    check(widths[0] <= widths[1], f"at a phone's width the page scrolls sideways: {widths}")
    driver.save_screenshot(os.path.join(out_dir, "phone-form.png"))
    driver.set_window_size(1200, 1800)

    # ---- Opening a file fills the form.
    driver.find_element(By.ID, "open").send_keys(os.path.abspath(valid_path))
    wait.until(lambda d: "website" not in d.find_element(By.ID, "field-city-website-error").text and
               d.find_element(By.ID, "form-result").get_attribute("data-valid") == "true")
    check(control("city", "website").get_attribute("value") == data["city"]["website"], "open did not fill the form")
    notice = driver.find_element(By.ID, "open-notice").text
    check(os.path.basename(valid_path) in notice, f"no notice after opening: {notice!r}")

    # ---- Nothing went wrong, and nothing left the page.
    for entry in driver.get_log("browser"):
        check(entry["level"] not in ("SEVERE", "ERROR"), f"console: {entry['message']}")
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            url = message["params"]["request"]["url"]
            check(url.split(":", 1)[0] in ("file", "data", "blob", "about"), f"a request left the page: {url}")
    # ---- From a static host: the same page over HTTP asks for nothing
    # beyond its own files.
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=web_dir, **kwargs)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        driver.get(origin + "/index.html")
        wait.until(lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))
        driver.find_element(By.ID, "applications").send_keys(invalid)
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#results article"))
        for entry in driver.get_log("browser"):
            check(entry["level"] not in ("SEVERE", "ERROR"), f"console over HTTP: {entry['message']}")
        for entry in driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.requestWillBeSent":
                url = message["params"]["request"]["url"]
                check(url.startswith(origin + "/") or url.split(":", 1)[0] in ("data", "blob", "about"),
                      f"a request over HTTP went elsewhere: {url}")
    finally:
        server.shutdown()

    timing = {"load_seconds": round(load_seconds, 3), "check_one_file_ms": round(check_ms, 2)}
    with open(os.path.join(out_dir, "timing.json"), "w") as f:
        json.dump(timing, f)
    print("timing:", timing)
finally:
    driver.quit()

print(f"page tests: {len(failures)} failed; screenshots in {out_dir}")
sys.exit(1 if failures else 0)
