"""The admin UI in a real browser against real llmproxy processes: sign-in, keys, the proxy switcher, viewports,
keyboard reach, and /ui being absent on a worker."""

import os
import re
import subprocess
import tempfile
import time

import pytest
import requests
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

MASTER = "sk-ui-test-master-0123456789abcdef"
BINARY = os.environ["LLMPROXY_BIN"]
SHOTS = os.environ.get("UI_SCREENSHOTS", "ui-screenshots")


def start(directory, name, args, env):
    log = open(os.path.join(directory, f"{name}.log"), "w+")
    process = subprocess.Popen([BINARY, "serve", "--host", "127.0.0.1", "--port", "0", *args], stdout=log, stderr=subprocess.STDOUT,
                               env={**os.environ, "LLMPROXY_MASTER_KEY": MASTER, **env})
    for _ in range(400):
        log.seek(0)
        found = re.search(r"listening on http://127\.0\.0\.1:(\d+)", log.read())
        if found:
            return process, f"http://127.0.0.1:{found.group(1)}"
        if process.poll() is not None:
            break
        time.sleep(0.05)
    log.seek(0)
    raise RuntimeError(f"{name} did not start: {log.read()}")


@pytest.fixture(scope="module")
def proxies():
    directory = tempfile.mkdtemp()
    database = ["--database-url", f"sqlite:{directory}/shared.sqlite"]
    processes = []
    admin, admin_url = start(directory, "admin", ["--role", "admin", *database], {})
    processes.append(admin)
    cors = {"LLMPROXY_CORS_ORIGINS": admin_url}
    workers = []
    for region in ("eu", "us"):
        process, url = start(directory, region, ["--role", "worker", *database],
                             {**cors, "LLMPROXY_SPEND_JOURNAL": f"{directory}/{region}.journal"})
        processes.append(process)
        workers.append(url)
    yield {"admin": admin_url, "eu": workers[0], "us": workers[1]}
    for process in processes:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,800"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.set_window_size(1280, 800)
    yield driver
    driver.quit()


def wait_for(driver, condition, timeout=10):
    return WebDriverWait(driver, timeout).until(condition)


def visible(driver, css):
    return wait_for(driver, EC.visibility_of_element_located((By.CSS_SELECTOR, css)))


def shot(driver, name):
    os.makedirs(SHOTS, exist_ok=True)
    driver.save_screenshot(os.path.join(SHOTS, name))


def sign_in(driver, url):
    driver.get(f"{url}/ui/#/keys")
    visible(driver, "#sign-in-key").send_keys(MASTER)
    driver.find_element(By.CSS_SELECTOR, "#sign-in button[type=submit]").click()
    visible(driver, "#generate")


def add_connection(driver, name, url, key):
    form = visible(driver, "#connection-form")
    for field, value in (("name", name), ("url", url), ("apiKey", key)):
        element = form.find_element(By.NAME, field)
        element.clear()
        element.send_keys(value)
    form.find_element(By.ID, "save-connection").click()
    wait_for(driver, EC.text_to_be_present_in_element((By.ID, "connection-test-result"), "Saved."))


def connection_status(driver, name):
    row = driver.find_element(By.XPATH, f"//dialog//tr[td[1][normalize-space()='{name}']]")
    row.find_element(By.CSS_SELECTOR, "button[data-action=test]").click()
    wait_for(driver, lambda d: "Testing" not in row.find_element(By.CSS_SELECTOR, ".status").text
             and row.find_element(By.CSS_SELECTOR, ".status").text != "")
    return row.find_element(By.CSS_SELECTOR, ".status").text


def test_sign_in_generate_switch_and_back(proxies, browser):
    sign_in(browser, proxies["admin"])
    form = browser.find_element(By.ID, "generate")
    form.find_element(By.NAME, "alias").send_keys("ui-made")
    form.find_element(By.NAME, "budget").send_keys("5")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    new_key = visible(browser, "#new-key").text
    assert new_key.startswith("sk-") and len(new_key) == 35
    assert f"curl {proxies['admin']}/v1/chat/completions" in browser.find_element(By.ID, "sample-code").text
    browser.find_element(By.ID, "done-key").click()
    wait_for(browser, EC.text_to_be_present_in_element((By.TAG_NAME, "main"), "ui-made"))
    assert new_key not in browser.find_element(By.TAG_NAME, "main").text, "the key is shown once only"
    assert requests.post(f"{proxies['eu']}/v1/chat/completions", headers={"authorization": f"Bearer {new_key}"},
                         json={"model": "demo", "messages": [{"role": "user", "content": "hi"}]}).status_code == 200
    shot(browser, "keys.png")

    browser.find_element(By.ID, "manage-connections").click()
    add_connection(browser, "eu-worker", proxies["eu"], MASTER)
    add_connection(browser, "us-worker", proxies["us"], "sk-wrong-key-0000000000000000000000")
    add_connection(browser, "no-cors", proxies["admin"].replace("127.0.0.1", "localhost"), MASTER)
    assert connection_status(browser, "eu-worker") == "Connected (v0.1.0, role worker, db connected)"
    assert connection_status(browser, "us-worker").startswith("Key rejected (401)")
    assert connection_status(browser, "no-cors").startswith("CORS refused")
    shot(browser, "connections.png")
    browser.find_element(By.ID, "close-connections").click()

    switcher = visible(browser, "#connection-select")
    shot(browser, "switcher.png")
    Select(switcher).select_by_visible_text("eu-worker")
    wait_for(browser, EC.text_to_be_present_in_element((By.TAG_NAME, "main"), "data-plane worker"))
    browser.get(f"{proxies['admin']}/ui/#/models")
    wait_for(browser, EC.text_to_be_present_in_element((By.TAG_NAME, "main"), "demo"))
    assert Select(visible(browser, "#connection-select")).first_selected_option.text == "eu-worker"
    Select(browser.find_element(By.ID, "connection-select")).select_by_visible_text("This proxy")
    wait_for(browser, EC.text_to_be_present_in_element((By.TAG_NAME, "main"), "Deployment"))
    browser.get(f"{proxies['admin']}/ui/#/keys")
    wait_for(browser, EC.text_to_be_present_in_element((By.TAG_NAME, "main"), "ui-made"))


def test_ui_is_absent_on_workers(proxies):
    for worker in (proxies["eu"], proxies["us"]):
        for path in ("/ui", "/ui/", "/ui/app.css", "/ui/js/main.js", "/ui/config.json"):
            response = requests.get(worker + path)
            assert response.status_code == 404, path
            assert "role: worker" in response.json()["error"]["message"]


@pytest.mark.parametrize("width,height", [(1280, 800), (390, 844)])
def test_pages_fit_the_viewport(proxies, browser, width, height):
    browser.set_window_size(width, height)
    sign_in(browser, proxies["admin"]) if not browser.execute_script("return sessionStorage.getItem('llmproxy.key')") else None
    for page in ("keys", "users", "teams", "models", "spend", "health"):
        browser.get(f"{proxies['admin']}/ui/#/{page}")
        wait_for(browser, lambda d: "Loading" not in d.find_element(By.TAG_NAME, "main").text)
        assert browser.find_element(By.CSS_SELECTOR, "main h1").is_displayed()
        assert not browser.find_elements(By.CSS_SELECTOR, "main .error"), browser.find_element(By.TAG_NAME, "main").text
        overflow = browser.execute_script("return document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{page} at {width}px is {overflow}px too wide"
    browser.get(f"{proxies['admin']}/ui/#/keys")
    visible(browser, "#generate")
    if width < 600:
        shot(browser, "keys-phone.png")
    browser.set_window_size(1280, 800)


def tab_through(browser, controls):
    """Presses Tab enough times to cycle through `controls` twice; answers those never focused."""
    reached = set()
    for _ in range(len(controls) * 2 + 5):
        browser.switch_to.active_element.send_keys(Keys.TAB)
        reached.add(browser.execute_script("return document.activeElement.id || document.activeElement.outerHTML.slice(0, 80)"))
    return [c.get_attribute("outerHTML")[:80] for c in controls
            if (c.get_attribute("id") or c.get_attribute("outerHTML")[:80]) not in reached]


def test_keyboard_reaches_every_control(proxies, browser):
    for page in ("keys", "users", "teams", "models", "spend", "health"):
        browser.get(f"{proxies['admin']}/ui/#/{page}")
        wait_for(browser, lambda d: "Loading" not in d.find_element(By.TAG_NAME, "main").text)
        controls = browser.execute_script("""
            return [...document.querySelectorAll('a[href], button, input:not([type=hidden]), select')]
              .filter(e => e.offsetParent !== null && !e.closest('dialog'))""")
        browser.find_element(By.TAG_NAME, "body").click()
        missing = tab_through(browser, controls)
        assert not missing, f"{page}: not reachable with Tab: {missing}"
    browser.find_element(By.ID, "manage-connections").send_keys(Keys.ENTER)
    visible(browser, "#connection-form")
    controls = browser.execute_script("""
        return [...document.querySelectorAll('dialog button, dialog input:not([type=hidden])')].filter(e => e.offsetParent !== null)""")
    missing = tab_through(browser, controls)
    assert not missing, f"connections dialog: not reachable with Tab: {missing}"
    browser.switch_to.active_element.send_keys(Keys.ESCAPE)
