"""A real HTTP server for the tests, on a loopback address: routes, request log, stalls, bounded in requests and time."""

from __future__ import annotations

import http.server
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from typing import Callable

# Every server stops answering after this many requests (a runaway client ends, it does not spin).
MAX_REQUESTS = 400
# No handler waits longer than this for a stall to be released, or sleeps longer than this.
MAX_WAIT_SECONDS = 15.0


@dataclass
class Route:
    """What one path answers: status, headers and body; conditional answers from etag/last_modified;
    `delay` seconds of silence first; `drip` sends the body a byte at a time, `drip` seconds apart;
    `chunked` sends it in chunks without a length; `stall` waits for the server's release event."""

    body: bytes | str = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    content_type: str = "text/html; charset=utf-8"
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0
    drip: float = 0.0
    chunked: bool = False
    stall: bool = False


Handler = Callable[["Request"], Route]


@dataclass(frozen=True)
class Request:
    """One request the server received."""

    path: str
    headers: dict[str, str]
    line: str
    at: float


class TestServer:
    """A threaded HTTP/1.1 server on `host` (127.0.0.1 or 127.0.0.2) serving `routes` by path."""

    __test__ = False  # not a test class

    def __init__(self, host: str = "127.0.0.1", upstream: "TestServer | None" = None) -> None:
        self.routes: dict[str, Route | Handler] = {}
        self.requests: list[Request] = []
        self.release = threading.Event()
        self.stalled = threading.Event()
        self.stop_event = threading.Event()
        self.in_flight = 0
        self.max_in_flight = 0
        # A proxy: absolute-URL requests are answered from the upstream server's routes, never forwarded.
        self.upstream = upstream
        self._lock = threading.Lock()
        server = self

        class _Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            timeout = MAX_WAIT_SECONDS

            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                server._handle(self)

        self.httpd = http.server.ThreadingHTTPServer((host, 0), _Handler)
        self.httpd.daemon_threads = True
        self.host, self.port = self.httpd.server_address[:2]
        self.thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self) -> "TestServer":
        self.thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop_event.set()
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str = "/") -> str:
        """The absolute URL of a path on this server."""
        return f"http://{self.host}:{self.port}{path}"

    def count(self, path: str | None = None) -> int:
        """Requests received for a path (query included), or in all."""
        with self._lock:
            return sum(1 for r in self.requests if path is None or r.path == path)

    def requests_for(self, path: str) -> list[Request]:
        """Every request received for a path, in order."""
        with self._lock:
            return [r for r in self.requests if r.path == path]

    def _wait(self, seconds: float) -> None:
        self.stop_event.wait(min(seconds, MAX_WAIT_SECONDS))

    def _handle(self, handler: http.server.BaseHTTPRequestHandler) -> None:
        path = handler.path
        routes = self.routes
        if path.startswith("http://") and self.upstream is not None:
            parts = urllib.parse.urlsplit(path)
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            routes = self.upstream.routes
        request = Request(handler.path, {k.lower(): v for k, v in handler.headers.items()}, handler.requestline,
                          time.monotonic())
        with self._lock:
            self.requests.append(request)
            over = len(self.requests) > MAX_REQUESTS
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        try:
            if over:
                route = Route("too many requests in one test", status=503)
            else:
                found = routes.get(path)
                route = found(request) if callable(found) else (found or Route("not found", status=404))
            self._answer(handler, request, route)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with self._lock:
                self.in_flight -= 1

    def _answer(self, handler, request: Request, route: Route) -> None:
        if route.stall:
            self.stalled.set()
            self.release.wait(MAX_WAIT_SECONDS)
        if route.delay:
            self._wait(route.delay)
        body = route.body.encode("utf-8") if isinstance(route.body, str) else route.body
        status = route.status
        if route.etag and request.headers.get("if-none-match") == route.etag or \
                route.last_modified and request.headers.get("if-modified-since") == route.last_modified:
            status, body = 304, b""
        handler.send_response(status)
        headers = {"Content-Type": route.content_type, **route.headers}
        if route.etag:
            headers["ETag"] = route.etag
        if route.last_modified:
            headers["Last-Modified"] = route.last_modified
        for name, value in headers.items():
            handler.send_header(name, value)
        if route.chunked and status == 200:
            handler.send_header("Transfer-Encoding", "chunked")
            handler.end_headers()
            for start in range(0, len(body), 65536):
                piece = body[start:start + 65536]
                handler.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
                if self.stop_event.is_set():
                    return
            handler.wfile.write(b"0\r\n\r\n")
            return
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        if route.drip and status == 200:
            for byte in body:
                handler.wfile.write(bytes([byte]))
                handler.wfile.flush()
                self._wait(route.drip)
                if self.stop_event.is_set():
                    return
            return
        if status != 304:
            handler.wfile.write(body)
