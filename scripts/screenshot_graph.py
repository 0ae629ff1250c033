#!/usr/bin/env python3
"""Render a graph with ``kg.html`` and screenshot it in headless Chromium, offline.

Usage: python scripts/screenshot_graph.py GRAPH.ttl OUT.png [--width 1400 --height 900]

The browser is driven over Chromium's DevTools protocol on a pipe
(``--remote-debugging-pipe``), so nothing beyond Chromium itself is needed: no
chromedriver, no websocket library, no open port. Every http(s)/ws(s) request
is blocked twice over (host resolver rules and ``Network.setBlockedURLs``) and
recorded, so a page that reaches out shows up in ``PageReport.requests``.
``tests/test_html_browser.py`` uses the same ``Chromium`` class.
"""
from __future__ import annotations

import argparse
import base64
import fcntl
import json
import os
import queue
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

#: Where Debian's ``chromium`` package puts the browser (wrapper script first).
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/lib/chromium/chromium",
                       "/usr/bin/chromium-browser", "/usr/bin/google-chrome")

CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run",
    "--no-default-browser-check", "--disable-extensions", "--disable-default-apps",
    "--mute-audio", "--hide-scrollbars", "--host-resolver-rules=MAP * ~NOTFOUND",
    "--remote-debugging-pipe",
)

BLOCKED_URLS = ["http://*", "https://*", "ws://*", "wss://*", "ftp://*"]


def find_chromium() -> str | None:
    """The Chromium binary: $CHROMIUM if set, else the first Debian location."""
    configured = os.environ.get("CHROMIUM")
    if configured:
        return configured if os.access(configured, os.X_OK) else None
    for candidate in CHROMIUM_CANDIDATES:
        if os.access(candidate, os.X_OK):
            return candidate
    return shutil.which("chromium")


class BrowserError(RuntimeError):
    """Chromium did not start, answer or finish in time."""


@dataclass
class PageReport:
    """What happened while a page loaded: the inputs of the offline checks."""

    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


class Chromium:
    """One headless Chromium with one page, driven over a DevTools pipe.

    >>> with Chromium(find_chromium()) as browser:           # doctest: +SKIP
    ...     report = browser.open(Path("out/graph.html"))
    ...     browser.evaluate("kgGraph.nodes.length")
    """

    def __init__(self, binary: str, *, width: int = 1400, height: int = 900,
                 timeout: float = 60.0):
        self._timeout = timeout
        self._profile = tempfile.TemporaryDirectory(prefix="kg-chromium-")
        to_browser_r, to_browser_w = os.pipe()
        from_browser_r, from_browser_w = os.pipe()
        # The protocol wants the browser's fd 3 (commands in) and fd 4 (replies
        # out); copy the pipe ends above 4 first so the dup2 calls cannot clash.
        high_r = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD_CLOEXEC, 10)
        high_w = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD_CLOEXEC, 10)
        for fd in (to_browser_r, from_browser_w):
            os.close(fd)

        def wire_pipes() -> None:
            os.dup2(high_r, 3)
            os.dup2(high_w, 4)

        self._proc = subprocess.Popen(
            [binary, *CHROMIUM_FLAGS, f"--user-data-dir={self._profile.name}",
             f"--window-size={width},{height}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            # Python's own fds are non-inheritable (PEP 446), so close_fds=False
            # passes only the two dup2 copies, which close_fds=True would close.
            # only os.dup2 runs between fork and exec: no lock a thread could hold
            preexec_fn=wire_pipes, close_fds=False,  # noqa: PLW1509
        )
        os.close(high_r)
        os.close(high_w)
        self._out = os.fdopen(to_browser_w, "wb", buffering=0)
        self._in = os.fdopen(from_browser_r, "rb", buffering=0)
        self._next_id = 0
        self._replies: dict[int, queue.Queue] = {}
        self._lock = threading.Lock()
        self.events: list[dict] = []
        self._stderr: list[bytes] = []
        self._threads = [threading.Thread(target=self._read_replies, daemon=True),
                         threading.Thread(target=self._drain_stderr, daemon=True)]
        for thread in self._threads:
            thread.start()
        self._session = self._attach(width, height)

    # -- protocol ----------------------------------------------------------------

    def _drain_stderr(self) -> None:
        for line in self._proc.stderr:
            self._stderr.append(line)

    def _read_replies(self) -> None:
        buffer = b""
        while True:
            chunk = self._in.read(65536)
            if not chunk:
                break
            buffer += chunk
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                message = json.loads(raw)
                if "id" in message:
                    with self._lock:
                        waiting = self._replies.get(message["id"])
                    if waiting is not None:
                        waiting.put(message)
                else:
                    self.events.append(message)
                    if message.get("method") == "Page.javascriptDialogOpening":
                        threading.Thread(target=self._dismiss, args=(message,), daemon=True).start()

    def _dismiss(self, message: dict) -> None:
        self.send("Page.handleJavaScriptDialog", {"accept": False},
                  session=message.get("sessionId"))

    def send(self, method: str, params: dict | None = None, *, session: str | None = None) -> dict:
        """One protocol command; returns its result or raises BrowserError."""
        with self._lock:
            self._next_id += 1
            ident = self._next_id
            waiting = self._replies[ident] = queue.Queue()
        message = {"id": ident, "method": method, "params": params or {}}
        if session is not None:
            message["sessionId"] = session
        try:
            self._out.write(json.dumps(message).encode() + b"\0")
        except BrokenPipeError as err:
            raise BrowserError(f"Chromium exited: {self.stderr_tail()}") from err
        deadline = time.monotonic() + self._timeout
        try:
            while True:
                try:
                    reply = waiting.get(timeout=0.5)
                    break
                except queue.Empty:
                    if self._proc.poll() is not None:
                        raise BrowserError(f"Chromium exited ({self._proc.returncode}) during "
                                           f"{method}: {self.stderr_tail()}") from None
                    if time.monotonic() > deadline:
                        raise BrowserError(f"no reply to {method} within {self._timeout}s: "
                                           f"{self.stderr_tail()}") from None
        finally:
            with self._lock:
                self._replies.pop(ident, None)
        if "error" in reply:
            raise BrowserError(f"{method} failed: {reply['error']}")
        return reply.get("result", {})

    def page(self, method: str, params: dict | None = None) -> dict:
        """A command to the page's session."""
        return self.send(method, params, session=self._session)

    def stderr_tail(self) -> str:
        return b"".join(self._stderr[-20:]).decode(errors="replace")

    def _attach(self, width: int, height: int) -> str:
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.send("Target.attachToTarget",
                            {"targetId": target, "flatten": True})["sessionId"]
        for method, params in (
            ("Page.enable", {}), ("Runtime.enable", {}), ("Log.enable", {}),
            ("Network.enable", {}), ("Network.setBlockedURLs", {"urls": BLOCKED_URLS}),
            ("Emulation.setDeviceMetricsOverride",
             {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False}),
        ):
            self.send(method, params, session=session)
        return session

    # -- page ------------------------------------------------------------------

    def open(self, path: Path, *, ready: str = "window.kgGraph && window.kgGraph.ready",
             timeout: float = 60.0) -> PageReport:
        """Load a local file and wait until the ``ready`` expression is true."""
        start = len(self.events)
        self.page("Page.navigate", {"url": Path(path).resolve().as_uri()})
        deadline = time.monotonic() + timeout
        while not self.evaluate(f"Boolean({ready})"):
            if time.monotonic() > deadline:
                raise BrowserError(f"page not ready after {timeout}s: {ready}")
            time.sleep(0.1)
        return self.report(start)

    def report(self, start: int = 0) -> PageReport:
        """Requests, console errors, exceptions and dialogs seen since ``start``."""
        report = PageReport()
        for event in self.events[start:]:
            method, params = event.get("method"), event.get("params", {})
            if method == "Network.requestWillBeSent":
                report.requests.append(params["request"]["url"])
            elif method == "Runtime.exceptionThrown":
                details = params["exceptionDetails"]
                report.exceptions.append(
                    details.get("exception", {}).get("description") or details.get("text", ""))
            elif method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                report.console_errors.append(
                    " ".join(str(a.get("value", a.get("description", ""))) for a in params["args"]))
            elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
                report.console_errors.append(params["entry"]["text"])
            elif method == "Page.javascriptDialogOpening":
                report.dialogs.append(params.get("message", ""))
        return report

    def evaluate(self, expression: str):
        """The JSON value of a JavaScript expression in the page."""
        result = self.page("Runtime.evaluate", {"expression": expression,
                                                "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression!r} threw: {result['exceptionDetails']}")
        return result["result"].get("value")

    def mouse_move(self, x: float, y: float) -> None:
        self.page("Input.dispatchMouseEvent", {"type": "mouseMoved", "x": x, "y": y})

    def screenshot(self) -> bytes:
        return base64.b64decode(self.page("Page.captureScreenshot", {"format": "png"})["data"])

    def close(self) -> None:
        try:
            self.send("Browser.close")
        except BrowserError:
            pass  # already gone: nothing left to close
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        self._out.close()
        for thread in self._threads:  # both end at EOF now that Chromium is gone
            thread.join(timeout=5)
        self._in.close()
        self._proc.stderr.close()
        self._profile.cleanup()

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def hover(browser: Chromium, label: str) -> None:
    """Move the mouse onto the node labelled ``label`` and wait for its tooltip."""
    point = browser.evaluate(f"""(() => {{
        const node = kgGraph.nodes.get({{filter: n => n.label === {json.dumps(label)}}})[0];
        if (!node) return null;
        const p = kgGraph.network.canvasToDOM(kgGraph.network.getPosition(node.id));
        const r = document.getElementById('kg-graph').getBoundingClientRect();
        return [p.x + r.left, p.y + r.top]; }})()""")
    if point is None:
        raise BrowserError(f"no drawn node is labelled {label!r}")
    for dx in (0, 1, 0):
        browser.mouse_move(point[0] + dx, point[1])
    browser.evaluate("new Promise(done => setTimeout(done, 600))")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph", type=Path, help="Turtle file written by kg")
    parser.add_argument("out", type=Path, help="PNG to write")
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--height", type=int, default=900)
    parser.add_argument("--max-nodes", type=int, default=None)
    parser.add_argument("--hover", metavar="LABEL", default=None,
                        help="show the tooltip of the node with this label")
    args = parser.parse_args(argv)

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from kg.formats import read_graph
    from kg.html import write_html

    binary = find_chromium()
    if binary is None:
        print("Chromium not found: apt-get install -y chromium (or set $CHROMIUM)",
              file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "graph.html"
        summary = write_html(read_graph(args.graph), page, max_nodes=args.max_nodes)
        with Chromium(binary, width=args.width, height=args.height) as browser:
            report = browser.open(page)
            browser.evaluate("kgGraph.network.fit({animation: false}), true")
            if args.hover is not None:
                hover(browser, args.hover)
            args.out.write_bytes(browser.screenshot())
    outside = [u for u in report.requests if not u.startswith(("file:", "data:"))]
    print(f"{args.out}: {summary.nodes_drawn} nodes, {summary.edges_drawn} edges; "
          f"{len(outside)} outside requests, {len(report.console_errors)} console errors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
