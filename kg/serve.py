"""A read-only SPARQL 1.1 Protocol endpoint over one graph file.

``make_server(graph, ServeOptions())`` returns a ``ThreadingHTTPServer`` that
answers at ``/sparql``: ``GET ?query=``, ``POST`` with a form body
(``application/x-www-form-urlencoded``) and ``POST`` with
``application/sparql-query``. Results are negotiated from ``Accept``: SPARQL
JSON (the default), XML, CSV or TSV for SELECT and ASK; Turtle (the default)
or N-Triples for CONSTRUCT and DESCRIBE.

Safe by default:

- it binds to 127.0.0.1; any other host is logged as a warning;
- it is read-only: SPARQL Update (an ``update=`` form field, the
  ``application/sparql-update`` type, or update keywords in the text), and
  PUT/DELETE/PATCH, are refused with 403 or 405;
- ``SERVICE`` (federated queries, which would make the server fetch URLs)
  and ``LOAD`` are refused with 403. They are found with a SPARQL tokenizer
  (``kg.query.sparql_keywords``) that skips strings, IRIs, comments,
  variables and prefixed names, so ``?service`` or ``"LOAD"`` are fine;
- request bodies and query strings over ``max_request_bytes`` get 413/414;
- a query that runs longer than ``timeout_s`` gets 503 and is stopped.

How the timeout works: Oxigraph cannot cancel a query, and a thread running
one cannot be stopped, so each query runs in a worker *process*; on timeout
the worker is killed (its CPU and memory are freed at once) and a new one is
started in the background. The graph is loaded once into an on-disk Oxigraph
store in a temporary directory, which every worker opens read-only: workers
share the operating system's page cache instead of each holding a copy, and a
new worker is ready as soon as Python has started. Workers are started with
the ``spawn`` method, never ``fork``, because the server is multi-threaded.
``workers`` bounds how many queries run at once; a request waits for a free
worker within its own timeout.
"""
from __future__ import annotations

import ipaddress
import logging
import os
import queue
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing.connection import Connection
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from kg.errors import KGError, ServeError
from kg.query import UPDATE_KEYWORDS, format_result, load_store, run_query, sparql_keywords

log = logging.getLogger(__name__)

#: Media types for SELECT/ASK results and for graphs, in order of preference,
#: with the ``format_result`` format each maps to.
RESULT_MEDIA = {
    "application/sparql-results+json": "json",
    "application/json": "json",
    "application/sparql-results+xml": "xml",
    "application/xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}
GRAPH_MEDIA = {
    "text/turtle": "turtle",
    "application/n-triples": "ntriples",
}
_CONTENT_TYPE = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
}


@dataclass(frozen=True)
class ServeOptions:
    """Settings of ``make_server``; the defaults are the safe ones."""

    host: str = "127.0.0.1"
    port: int = 7878
    #: Seconds a query may run (waiting for a free worker included).
    timeout_s: float = 10.0
    #: Largest accepted request body, and longest accepted query string.
    max_request_bytes: int = 256 * 1024
    #: Queries that may run at the same time (one process each).
    workers: int = 2
    #: Seconds a client may take to send its request before it is dropped.
    socket_timeout_s: float = 30.0


def negotiate(accept: str | None, offers: dict[str, str]) -> str | None:
    """The format of the best media type in ``offers`` for an ``Accept`` header.

    No header or ``*/*`` gives the first offer; ``None`` means nothing
    acceptable (HTTP 406).

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULT_MEDIA)
    'xml'
    >>> negotiate(None, GRAPH_MEDIA), negotiate("text/*", GRAPH_MEDIA), negotiate("image/png", GRAPH_MEDIA)
    ('turtle', 'turtle', None)
    """
    if not accept or not accept.strip():
        return next(iter(offers.values()))
    ranges = []
    for position, item in enumerate(accept.split(",")):
        media, *params = [part.strip() for part in item.split(";")]
        quality = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if media and quality > 0:
            ranges.append((-quality, position, media.lower()))
    for _, _, media in sorted(ranges):
        for offer, fmt in offers.items():
            kind, _, sub = offer.partition("/")
            if media in (offer, "*/*", f"{kind}/*"):
                return fmt
    return None


def refusal(query: str) -> str | None:
    """Why the endpoint refuses ``query`` (an update, SERVICE or LOAD), or None.

    >>> refusal("SELECT ?service WHERE { ?s <http://x/service> ?service }") is None
    True
    >>> refusal("SELECT * WHERE { SERVICE <http://evil/sparql> { ?s ?p ?o } }")
    'SERVICE (federated query) is disabled on this endpoint'
    >>> refusal("LOAD <http://example.org/data.ttl>")
    'this endpoint is read-only: SPARQL Update (LOAD) is refused'
    """
    keywords = set(sparql_keywords(query))
    update = sorted(UPDATE_KEYWORDS & keywords)
    if update:
        return f"this endpoint is read-only: SPARQL Update ({', '.join(update)}) is refused"
    if "SERVICE" in keywords:
        return "SERVICE (federated query) is disabled on this endpoint"
    return None


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server; ``close()`` stops its workers and removes the store."""

    daemon_threads = True
    workers: _Workers
    store_dir: Path

    def __init__(self, options: ServeOptions):
        self.options = options
        super().__init__((options.host, options.port), _Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host if ':' not in host else f'[{host}]'}:{port}/sparql"

    def close(self) -> None:
        self.server_close()
        self.workers.close()
        shutil.rmtree(self.store_dir, ignore_errors=True)


def make_server(graph: str | Path, options: ServeOptions = ServeOptions()) -> SparqlServer:
    """Bind the endpoint and load ``graph``; call ``serve_forever()`` to answer.

    The address is bound first, so a port in use fails at once. Raises
    ``ServeError`` when the address cannot be bound (port in use, unknown
    host) and ``GraphLoadError`` for a bad graph file.
    """
    if options.workers < 1 or options.timeout_s <= 0 or options.max_request_bytes < 1:
        raise ServeError("workers, timeout and request size limit must be positive numbers")
    if not _is_loopback(options.host):
        log.warning("listening on %s: the endpoint is reachable from other machines", options.host)
    try:
        server = SparqlServer(options)
    except OSError as err:
        raise ServeError(
            f"cannot listen on {options.host}:{options.port}: {err.strerror or err}; "
            "pass another --port or --host"
        ) from None
    server.store_dir = Path(tempfile.mkdtemp(prefix="kg-serve-"))
    try:
        store = ox.Store(str(server.store_dir))
        load_store(graph, store)
        log.info("graph %s: %d quads in %s", graph, len(store), server.store_dir)
        store.flush()
        del store  # closes the store, so that only read-only workers hold it
        server.workers = _Workers(server.store_dir, options.workers)
    except BaseException:
        server.server_close()
        shutil.rmtree(server.store_dir, ignore_errors=True)
        raise
    return server


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class _Timeout(Exception):
    pass


class _Workers:
    """A pool of query processes, each with the store open read-only."""

    def __init__(self, store_dir: Path, size: int):
        self._store_dir = store_dir
        self._idle: queue.Queue = queue.Queue()
        self._all: set = set()
        self._lock = threading.Lock()
        self._closed = False
        try:
            started = [self._start() for _ in range(size)]
            for worker in started:
                self._wait_ready(worker)
        except BaseException:
            self.close()
            raise

    def run(self, query: str, formats: tuple[str | None, str | None], timeout: float) -> tuple:
        """Run in a worker; its reply is ``("ok", format, text)``, ``("error", message)``
        or ``("unacceptable", kind)``. Raises ``_Timeout``, or ``EOFError``/``OSError``
        when the worker died."""
        deadline = time.monotonic() + timeout
        try:
            process, conn = self._idle.get(timeout=timeout)
        except queue.Empty:
            raise _Timeout from None
        try:
            conn.send((query, formats))
            if conn.poll(max(deadline - time.monotonic(), 0)):
                reply = conn.recv()
                self._idle.put((process, conn))
                return reply
        except (EOFError, OSError):
            log.warning("query worker %s died; starting another", process.pid)
            self._replace(process, conn)
            raise
        log.warning("query timed out after %.1f s; stopping worker %s", timeout, process.pid)
        self._replace(process, conn)
        raise _Timeout

    @property
    def idle(self) -> int:
        """How many workers are ready and waiting for a query."""
        return self._idle.qsize()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            workers = list(self._all)
        for process, conn in workers:
            process.kill()
            process.wait()
            conn.close()

    def _start(self):
        # A fresh interpreter via subprocess, not multiprocessing: spawn would
        # re-run the caller's __main__ script, fork is unsafe with threads.
        parent, child = socket.socketpair()
        # The worker imports this very kg package, installed or not.
        path = os.pathsep.join(filter(None, [str(Path(__file__).resolve().parents[1]), os.environ.get("PYTHONPATH")]))
        process = subprocess.Popen(
            [sys.executable, "-c", _WORKER_CODE, str(self._store_dir), str(child.fileno())],
            pass_fds=[child.fileno()],
            stdin=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": path},
        )
        child.close()
        conn = Connection(parent.detach())
        with self._lock:
            if not self._closed:
                self._all.add((process, conn))
                return process, conn
        process.kill()
        process.wait()
        conn.close()
        raise OSError("the server is closing")

    def _wait_ready(self, worker) -> None:
        process, conn = worker
        if not conn.poll(120) or conn.recv() != "ready":
            raise ServeError(f"query worker {process.pid} did not start; run with -vv to see why")
        self._idle.put(worker)

    def _replace(self, process, conn) -> None:
        process.kill()
        process.wait()
        conn.close()
        with self._lock:
            self._all.discard((process, conn))
            if self._closed:
                return
        # Start the new worker in the background: the caller answers now.
        threading.Thread(target=self._restart, daemon=True).start()

    def _restart(self) -> None:
        try:
            self._wait_ready(self._start())
        except (ServeError, EOFError, OSError) as err:
            if not self._closed:
                log.error("could not replace a query worker: %r", err)


_WORKER_CODE = "import sys; from kg.serve import _worker_main; _worker_main(sys.argv[1], int(sys.argv[2]))"


def _worker_main(store_dir: str, fd: int) -> None:
    """Worker process: answer ``(query, (result_fmt, graph_fmt))`` until the socket closes."""
    conn = Connection(fd)
    store = ox.Store.read_only(store_dir)
    conn.send("ready")
    while True:
        try:
            query, (result_fmt, graph_fmt) = conn.recv()
        except EOFError:
            return
        try:
            result = run_query(store, query)
            fmt = graph_fmt if result.kind == "graph" else result_fmt
            if fmt is None:
                conn.send(("unacceptable", result.kind))
            else:
                conn.send(("ok", fmt, format_result(result, fmt)))
        except KGError as err:
            conn.send(("error", str(err)))


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "kg-sparql"
    protocol_version = "HTTP/1.1"

    def setup(self) -> None:
        self.timeout = self.server.options.socket_timeout_s
        super().setup()

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (stdlib's name)
        log.info("%s %s", self.address_string(), format % args)

    def do_GET(self) -> None:
        if not self._on_endpoint():
            return
        raw = urlsplit(self.path).query
        if len(raw) > self.server.options.max_request_bytes:
            self._send_error(HTTPStatus.REQUEST_URI_TOO_LONG, "query string too long; POST the query instead")
            return
        self._answer_form(parse_qs(raw, keep_blank_values=True))

    def do_POST(self) -> None:
        if not self._on_endpoint():
            return
        body = self._read_body()
        if body is None:
            return
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if ctype == "application/x-www-form-urlencoded":
            self._answer_form(parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True))
        elif ctype == "application/sparql-query":
            self._answer(body.decode("utf-8", "replace"))
        elif ctype == "application/sparql-update":
            self._send_error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is refused")
        else:
            self._send_error(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                "POST a query as application/sparql-query or as an application/x-www-form-urlencoded form",
            )

    def _refuse_method(self) -> None:
        self._send_error(HTTPStatus.METHOD_NOT_ALLOWED, "this endpoint is read-only: use GET or POST", allow=True)

    do_PUT = do_DELETE = do_PATCH = _refuse_method

    def _on_endpoint(self) -> bool:
        if urlsplit(self.path).path == "/sparql":
            return True
        self._send_error(HTTPStatus.NOT_FOUND, "the SPARQL endpoint is /sparql")
        return False

    def _read_body(self) -> bytes | None:
        limit = self.server.options.max_request_bytes
        if self.headers.get("Transfer-Encoding"):
            self._send_error(HTTPStatus.LENGTH_REQUIRED, "send a Content-Length, not a chunked body")
            return None
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self._send_error(HTTPStatus.LENGTH_REQUIRED, "send a Content-Length header")
            return None
        if length < 0 or length > limit:
            self.close_connection = True  # the body stays unread
            self._send_error(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body over {limit} bytes")
            return None
        return self.rfile.read(length)

    def _answer_form(self, form: dict[str, list[str]]) -> None:
        if "update" in form:
            self._send_error(HTTPStatus.FORBIDDEN, "this endpoint is read-only: SPARQL Update is refused")
        elif len(form.get("query", [])) != 1:
            self._send_error(HTTPStatus.BAD_REQUEST, "pass exactly one query parameter: /sparql?query=SELECT...")
        elif form.keys() & {"default-graph-uri", "named-graph-uri"}:
            self._send_error(HTTPStatus.BAD_REQUEST, "default-graph-uri and named-graph-uri are not supported")
        else:
            self._answer(form["query"][0])

    def _answer(self, query: str) -> None:
        reason = refusal(query)
        if reason:
            self._send_error(HTTPStatus.FORBIDDEN, reason)
            return
        accept = self.headers.get("Accept")
        formats = (negotiate(accept, RESULT_MEDIA), negotiate(accept, GRAPH_MEDIA))
        if formats == (None, None):
            self._send_error(HTTPStatus.NOT_ACCEPTABLE, _not_acceptable())
            return
        timeout = self.server.options.timeout_s
        try:
            reply = self.server.workers.run(query, formats, timeout)
        except _Timeout:
            self._send_error(HTTPStatus.SERVICE_UNAVAILABLE, f"query timed out after {timeout:g} s or server busy")
            return
        except (EOFError, OSError):
            self._send_error(HTTPStatus.INTERNAL_SERVER_ERROR, "the query worker failed; try again")
            return
        if reply[0] == "error":
            self._send_error(HTTPStatus.BAD_REQUEST, reply[1])
        elif reply[0] == "unacceptable":
            self._send_error(HTTPStatus.NOT_ACCEPTABLE, _not_acceptable())
        else:
            self._send(HTTPStatus.OK, _CONTENT_TYPE[reply[1]], reply[2].encode("utf-8"))

    def _send_error(self, status: HTTPStatus, message: str, allow: bool = False) -> None:
        headers = {"Allow": "GET, POST"} if allow else {}
        self._send(status, "text/plain; charset=utf-8", f"{message}\n".encode("utf-8"), headers)

    def _send(self, status: HTTPStatus, content_type: str, body: bytes, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Vary", "Accept")
        self.send_header("X-Content-Type-Options", "nosniff")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        self.wfile.write(body)


def _not_acceptable() -> str:
    return "acceptable types: " + ", ".join([*RESULT_MEDIA, *GRAPH_MEDIA])
