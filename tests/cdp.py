"""A small headless-chromium driver over the Chrome DevTools Protocol, for the report tests.

Debian's chromium, installed with apt-get when missing; one browser per test session. The
flags keep it off the network: this machine has none, and a report must not need one.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars", "--window-size=1280,900",
         "--remote-debugging-port=0", "--remote-debugging-address=127.0.0.1"]


class BrowserUnavailable(Exception):
    """Chromium cannot be installed or launched here; the reason is the message."""


def find_or_install_chromium() -> str:
    """The chromium executable: $AUDIT_CHROMIUM, one on PATH, else Debian's, installed now."""
    exe = os.environ.get("AUDIT_CHROMIUM") or shutil.which("chromium") or \
        shutil.which("chromium-browser")
    if exe:
        return exe
    if not shutil.which("apt-get"):
        raise BrowserUnavailable("chromium is not installed and there is no apt-get to install it")
    if os.geteuid() != 0:
        raise BrowserUnavailable("chromium is not installed; installing it needs root "
                                 "(apt-get install -y chromium)")
    # Test workers run in parallel (pytest -n): one installs while the others wait for it.
    import fcntl

    with open(os.path.join(tempfile.gettempdir(), "audit-chromium-install.lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        exe = shutil.which("chromium")
        if exe:
            return exe
        return _install()


def _install() -> str:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = ["apt-get", "install", "-y", "-q", "chromium"]  # with its fonts (recommended)
    proc = subprocess.run(install, capture_output=True, text=True, env=env, timeout=900, check=False)
    if proc.returncode != 0:  # a fresh machine has no package lists yet
        subprocess.run(["apt-get", "update", "-q"], capture_output=True, env=env, timeout=600, check=False)
        proc = subprocess.run(install, capture_output=True, text=True, env=env, timeout=900, check=False)
    exe = shutil.which("chromium")
    if proc.returncode != 0 or not exe:
        tail = " ".join((proc.stderr or proc.stdout).strip().splitlines()[-2:])
        raise BrowserUnavailable(f"apt-get install chromium failed: {tail}")
    return exe


class Browser:
    """One headless chromium and one page, driven through CDP."""

    def __init__(self, exe: str, timeout: float = 20.0):
        import websocket  # websocket-client, in the test extra

        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="audit-chromium-")
        # Chromium makes its own temporary folders (org.chromium.Chromium.*) and leaves them:
        # inside the profile, they go when it does.
        self.proc = subprocess.Popen([exe, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                     env={**os.environ, "TMPDIR": self.profile})
        try:
            port = self._port()
            page = next(t for t in self._json(port, "/json/list") if t.get("type") == "page")
            self.ws = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=timeout,
                                                  suppress_origin=True)
        except Exception as exc:
            self.close()
            raise BrowserUnavailable(f"chromium did not start: {exc}") from None
        self._id = 0
        self.events: list[dict[str, Any]] = []
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.send(f"{domain}.enable")

    def _port(self) -> int:
        # Chromium writes the port it chose to DevToolsActivePort in the profile.
        marker = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                err = self.proc.stderr.read().decode("utf-8", "replace").strip().splitlines()
                raise RuntimeError(f"exited with {self.proc.returncode}: {' '.join(err[-3:])}")
            if marker.exists() and marker.read_text().strip():
                return int(marker.read_text().splitlines()[0])
            time.sleep(0.05)
        raise RuntimeError(f"no DevTools port after {self.timeout:.0f} s")

    @staticmethod
    def _json(port: int, path: str) -> Any:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=10) as resp:
            return json.load(resp)

    def send(self, method: str, **params: Any) -> dict[str, Any]:
        self._id += 1
        ident = self._id
        self.ws.send(json.dumps({"id": ident, "method": method, "params": params}))
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            message = json.loads(self.ws.recv())
            if message.get("id") == ident:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)
        raise TimeoutError(method)

    def wait_event(self, method: str, since: int = 0) -> dict[str, Any]:
        deadline = time.monotonic() + self.timeout
        while time.monotonic() < deadline:
            for event in self.events[since:]:
                if event["method"] == method:
                    return event
            since = len(self.events)
            self.events.append(json.loads(self.ws.recv()))
        raise TimeoutError(method)

    def open(self, path: Path) -> None:
        """Load a file and wait for its load event; events before it are dropped."""
        self.events.clear()
        url = path.resolve().as_uri()
        self.send("Page.navigate", url=url)
        self.wait_event("Page.loadEventFired")
        # A load event of the page before may still arrive after the clear: wait for this one.
        self.wait_until(f"location.href === {json.dumps(url)} && document.readyState === 'complete'")

    def wait_until(self, condition: str) -> None:
        """Poll a JavaScript condition until it holds (a page loads, a navigation lands)."""
        deadline = time.monotonic() + self.timeout
        while not self._eval_across_navigation(condition):
            if time.monotonic() > deadline:
                raise TimeoutError(condition)
            time.sleep(0.05)

    def _eval_across_navigation(self, condition: str) -> Any:
        """The condition's value, or None while the page it was asked of is being replaced
        (the browser answers "Inspected target navigated or closed" then)."""
        try:
            return self.eval(condition)
        except RuntimeError as exc:
            if "navigated or closed" in str(exc):
                return None
            raise

    def eval(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True,
                           awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression}: {result['exceptionDetails'].get('text')} "
                               f"{result['exceptionDetails'].get('exception', {}).get('description')}")
        return result["result"].get("value")

    def click(self, selector: str) -> None:
        """A real mouse click at the middle of the element (scrolled into view first)."""
        box = self.eval(f"(() => {{ const e = document.querySelector({json.dumps(selector)});"
                        "e.scrollIntoView({block: 'center'}); const r = e.getBoundingClientRect();"
                        "return [r.x + r.width / 2, r.y + r.height / 2]; })()")
        for kind in ("mousePressed", "mouseReleased"):
            self.send("Input.dispatchMouseEvent", type=kind, x=box[0], y=box[1], button="left",
                      clickCount=1)

    def key(self, key: str) -> None:
        code = f"Key{key.upper()}" if len(key) == 1 and key.isalpha() else key
        self.send("Input.dispatchKeyEvent", type="keyDown", key=key, code=code, text=key,
                  windowsVirtualKeyCode=ord(key.upper()))
        self.send("Input.dispatchKeyEvent", type="keyUp", key=key, code=code,
                  windowsVirtualKeyCode=ord(key.upper()))

    def type(self, selector: str, text: str) -> None:
        self.eval(f"document.querySelector({json.dumps(selector)}).focus()")
        self.send("Input.insertText", text=text)

    def screenshot(self, path: Path, full: bool = True) -> Path:
        params: dict[str, Any] = {"format": "png", "captureBeyondViewport": full}
        if full:
            size = self.eval("[document.documentElement.scrollWidth, "
                             "Math.min(document.documentElement.scrollHeight, 6000)]")
            params["clip"] = {"x": 0, "y": 0, "width": size[0], "height": size[1], "scale": 1}
        data = self.send("Page.captureScreenshot", **params)["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def requests(self) -> list[str]:
        """URLs the page asked for since it was opened."""
        return [e["params"]["request"]["url"] for e in self.events
                if e["method"] == "Network.requestWillBeSent"]

    def close(self) -> None:
        ws = getattr(self, "ws", None)
        if ws is not None:
            ws.close()
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.proc.stderr.close()
        shutil.rmtree(self.profile, ignore_errors=True)

    def console(self) -> list[str]:
        """Console and browser log lines (CSP violations among them) since the page opened."""
        self.eval("1")  # events queued before this answer are now read
        lines = [f"{e['params']['entry'].get('source')}: {e['params']['entry'].get('text')}"
                 for e in self.events if e["method"] == "Log.entryAdded"]
        return lines + [f"console: {e['params'].get('args')}" for e in self.events
                        if e["method"] == "Runtime.consoleAPICalled"]
