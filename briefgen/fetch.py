"""Fetch stage: the one HTTP client briefgen has (httpx), with its address guard (left of ingest).

Nothing here runs unless a user names a URL. Every fetch is a GET with connect, read and total
timeouts (the total is a deadline this module enforces on every socket operation, redirects and
retries included), a cap on the decoded body (decompressed here in bounded steps, so a gzip or
brotli bomb stops at the cap), at most a few redirects followed by hand so every hop is checked,
http and https only, no cookies kept beyond one redirect chain, at most two connections and a
short pause between requests per host, and bounded retries on 429/503 that honour Retry-After.

The address guard: a URL that came from content (an entry link, a redirect, a discovered feed
link) may reach a loopback, private, link-local, multicast, reserved or unspecified address only
on the very host (and port) the user named. The check is made on the address each connection is
actually opened to: the host is resolved once, every address checked, and the socket connected to
a checked address (so DNS rebinding cannot swap it), then its peer address is checked again.
Behind a proxy (the standard *_proxy environment variables) the target host is resolved and
checked before the request is sent. Credentials in URLs are sent as Basic auth to their own host
only and never appear in a message, a log line or a file (`redact_url`).
"""

from __future__ import annotations

import base64
import email.utils
import ipaddress
import logging
import socket
import threading
import time
import urllib.parse
import urllib.request
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from http.cookiejar import CookieJar, DefaultCookiePolicy

import httpcore
import httpx

from . import __version__
from .errors import ConfigError
from .ingest import DEFAULT_MAX_BYTES, MAX_BYTES_FLAG
from .urls import SCHEMES, FetchError, check_url, fetch_error, redact_url

log = logging.getLogger(__name__)
# httpx logs every request URL in full (user:password@ included) at INFO: briefgen logs its own, redacted.
for _name in ("httpx", "httpcore"):
    logging.getLogger(_name).setLevel(logging.WARNING)

USER_AGENT = f"briefgen/{__version__} (extractive news briefs; fetches only the feeds and pages its user names)"
# A host that has not accepted a TCP connection in 10 s is down or black-holed; a cron job must not wait on it.
CONNECT_TIMEOUT = 10.0
# The longest silence between two reads of one answer.
READ_TIMEOUT = 20.0
# The whole fetch of one address, redirects and retry waits included.
FETCH_TIMEOUT = 60.0
# Feeds rarely chain more than two (http -> https -> www); more is a loop or a tracker.
MAX_REDIRECTS = 5
# Retries of a 429 or 503 answer; each waits Retry-After (or a doubling backoff) within the deadline.
RETRIES = 2
# First wait before a retry when the server gives no Retry-After; doubled on each further try.
BACKOFF_SECONDS = 1.0
# Politeness: at most this many requests in flight to one host, their starts this far apart.
HOST_CONNECTIONS = 2
HOST_PAUSE = 0.5
# Decompression works in steps of at most this many output bytes, so the cap is checked between steps.
DECODE_STEP = 64 * 1024
GZIP_MAGIC = b"\x1f\x8b"
REDIRECTS = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({429, 503})
ACCEPT_FEED = ("application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, "
               "text/xml;q=0.9, text/html;q=0.7, */*;q=0.5")
ACCEPT_PAGE = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
# RFC 6598 shared address space (carrier-grade NAT): not private by Python's table, not public either.
SHARED_ADDRESS_SPACE = ipaddress.ip_network("100.64.0.0/10")
# IPv6 prefixes that embed an IPv4 address: NAT64 (RFC 6052); 6to4 and IPv4-mapped are read by ipaddress.
NAT64_PREFIX = ipaddress.ip_network("64:ff9b::/96")


class AddressRefused(FetchError):
    """A connection would have reached an address the guard does not allow for this fetch."""


# --- Addresses ------------------------------------------------------------------------------------


def classify_address(address: str) -> str | None:
    """Why an IP address is not a public internet address ("loopback", "private", ...), or None if it is.

    IPv4-mapped, 6to4 and NAT64 IPv6 addresses are judged by the IPv4 address they carry.
    """
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "not an IP address"
    if ip.version == 6:
        embedded = ip.ipv4_mapped or ip.sixtofour
        if embedded is None and ip in NAT64_PREFIX:
            embedded = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        if embedded is not None:
            return classify_address(str(embedded))
    if ip.is_unspecified:
        return "unspecified"
    if ip.is_loopback:
        return "loopback"
    if ip.is_link_local:
        return "link-local"
    if ip.is_multicast:
        return "multicast"
    if ip.version == 4 and ip in SHARED_ADDRESS_SPACE:
        return "shared (carrier-grade NAT)"
    if ip.is_reserved:
        return "reserved"
    if ip.is_private:
        return "private"
    if not ip.is_global:
        return "reserved"
    return None


def resolve_host(host: str, port: int) -> list[str]:
    """The IP addresses a host name resolves to (an IP literal resolves to itself), in resolver order."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


Origin = tuple[str, int]


def origin_of(url: str | httpx.URL) -> Origin:
    """(host, port) of a URL, host lower-cased and IDNA-encoded, port defaulted by scheme."""
    parsed = url if isinstance(url, httpx.URL) else httpx.URL(url)
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    return parsed.raw_host.decode("ascii").lower(), port


# --- The deadline every socket operation of the current fetch keeps -------------------------------

_current = threading.local()


def _remaining(timeout: float | None) -> float | None:
    """A socket timeout shortened to what is left of this thread's fetch deadline."""
    deadline = getattr(_current, "deadline", None)
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        raise httpcore.ReadTimeout("the fetch deadline has passed")
    return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    """A network stream whose every read, write and TLS handshake ends by the fetch's deadline."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _remaining(timeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _remaining(timeout))

    def close(self) -> None:
        self._inner.close()

    def start_tls(self, ssl_context, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        return _DeadlineStream(self._inner.start_tls(ssl_context, server_hostname, _remaining(timeout)))

    def get_extra_info(self, info: str):
        return self._inner.get_extra_info(info)


def _refusal(address: str, reason: str) -> AddressRefused:
    return AddressRefused(f"refused to connect to {address} (a {reason} address): a link or redirect found in "
                          "content may reach a private address only on the host you named")


def _same_ip(a: str, b: str) -> bool:
    try:
        return ipaddress.ip_address(a.split("%", 1)[0]) == ipaddress.ip_address(b.split("%", 1)[0])
    except ValueError:
        return False


class GuardedBackend(httpcore.NetworkBackend):
    """An httpcore network backend that opens a connection only to an address the guard allows.

    `trusted` origins (the host the user named, a configured proxy) may be any address; every other
    host must resolve to public addresses only. The host is resolved once and the socket connected
    to a checked address; its peer address is checked again once connected.
    """

    def __init__(self, trusted: Iterable[Origin] = (), resolve: Callable[[str, int], list[str]] = resolve_host,
                 inner: httpcore.NetworkBackend | None = None) -> None:
        self.trusted = frozenset(trusted)
        self._resolve = resolve
        self._inner = inner or httpcore.SyncBackend()

    def addresses(self, host: str, port: int, timeout: float | None = None) -> list[str]:
        """The addresses this backend may connect to for host:port; `AddressRefused` when none may be used."""
        try:
            addresses = _within(self._resolve, host, port, timeout)
        except TimeoutError:
            raise httpcore.ConnectTimeout(f"resolving {host} took too long") from None
        except (OSError, UnicodeError) as exc:
            raise httpcore.ConnectError(f"cannot resolve {host} ({getattr(exc, 'strerror', None) or exc})") from None
        if not addresses:
            raise httpcore.ConnectError(f"cannot resolve {host} (no addresses)")
        if (host.lower(), port) in self.trusted:
            return addresses
        for address in addresses:
            reason = classify_address(address)
            if reason is not None:
                # One bad answer is enough: a public name that also resolves to a private address is an attack.
                raise _refusal(address if address == host else f"{host} ({address})", reason)
        return addresses

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable | None = None) -> httpcore.NetworkStream:
        last: Exception | None = None
        for address in self.addresses(host, port, _remaining(timeout)):
            try:
                stream = self._inner.connect_tcp(address, port, _remaining(timeout), local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
                continue
            peer = stream.get_extra_info("server_addr")
            peer_address = str(peer[0]) if peer else ""
            reason = None if (host.lower(), port) in self.trusted else classify_address(peer_address)
            if not _same_ip(peer_address, address) or reason is not None:
                stream.close()
                raise _refusal(peer_address or "an unknown address", reason or "different")
            return _DeadlineStream(stream)
        assert last is not None
        raise last

    def connect_unix_socket(self, path: str, timeout: float | None = None, socket_options=None):
        raise httpcore.ConnectError("briefgen does not connect to Unix sockets")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def _within(resolve: Callable[[str, int], list[str]], host: str, port: int, timeout: float | None) -> list[str]:
    """`resolve(host, port)`, given up (TimeoutError) after `timeout` seconds: getaddrinfo has no timeout of its
    own, and a hung resolver must not hold a fetch past its deadline (the lookup thread is left to finish)."""
    if timeout is None:
        return resolve(host, port)
    outcome: list = []

    def run() -> None:
        try:
            outcome.append((True, resolve(host, port)))
        except BaseException as exc:  # noqa: BLE001 - handed back to the caller's thread
            outcome.append((False, exc))

    worker = threading.Thread(target=run, name=f"resolve {host}", daemon=True)
    worker.start()
    worker.join(timeout)
    if not outcome:
        raise TimeoutError(host)
    ok, value = outcome[0]
    if not ok:
        raise value
    return value


class _GuardedTransport(httpx.HTTPTransport):
    """httpx's own transport (exception mapping, proxies), its connections opened by a `GuardedBackend`."""

    def __init__(self, backend: GuardedBackend, **options) -> None:
        super().__init__(**options)
        # httpx offers no hook for the network backend; httpcore's pools (direct and proxy alike) open every
        # connection through this attribute, and the end-to-end guard tests fail if that ever changes.
        if not hasattr(self._pool, "_network_backend"):
            raise RuntimeError("this httpcore version cannot take briefgen's address guard; install httpx 0.28")
        self._pool._network_backend = backend


# --- Bodies: decoded in bounded steps -------------------------------------------------------------


def _zlib_steps(chunks: Iterable[bytes], wbits: int) -> Iterator[bytes]:
    """Inflate (gzip when wbits is 31, zlib 15, raw -15), at most `DECODE_STEP` bytes per output step."""
    decoder = zlib.decompressobj(wbits)
    for chunk in chunks:
        data, pending = chunk, False
        while data or pending:
            if decoder.eof:
                # gzip allows several members one after another; anything else after the end is not body.
                if wbits != 31 or not data.startswith(GZIP_MAGIC):
                    return
                decoder = zlib.decompressobj(wbits)
            out = decoder.decompress(data, DECODE_STEP)
            if out:
                yield out
            data = decoder.unused_data if decoder.eof else decoder.unconsumed_tail
            # A full step may leave output inside zlib even when all input was taken: ask again.
            pending = not decoder.eof and len(out) == DECODE_STEP
    if not decoder.eof:
        yield decoder.flush()


def _deflate_steps(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """HTTP "deflate": zlib-wrapped as the standard says, or raw deflate as some servers send it."""
    iterator = iter(chunks)
    first = next(iterator, b"")
    # A zlib header: compression method 8 and a check value making the first two bytes a multiple of 31.
    wrapped = len(first) >= 2 and first[0] & 0x0F == 8 and ((first[0] << 8) | first[1]) % 31 == 0
    yield from _zlib_steps(_prepend(first, iterator), 15 if wrapped else -15)


def _prepend(first: bytes, rest: Iterator[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


def _brotli_steps(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Brotli, at most `DECODE_STEP` bytes per output step."""
    import brotli

    decoder = brotli.Decompressor()
    for chunk in chunks:
        yield decoder.process(chunk, output_buffer_limit=DECODE_STEP)
        while not decoder.can_accept_more_data():
            yield decoder.process(b"", output_buffer_limit=DECODE_STEP)


_DECODERS: dict[str, Callable[[Iterable[bytes]], Iterator[bytes]]] = {
    "gzip": lambda chunks: _zlib_steps(chunks, 31),
    "x-gzip": lambda chunks: _zlib_steps(chunks, 31),
    "deflate": _deflate_steps,
    "br": _brotli_steps,
}


def decoded_body(chunks: Iterable[bytes], content_encoding: str | None, max_bytes: int, url: str) -> bytes:
    """The body with its Content-Encoding(s) undone, refused as soon as it passes `max_bytes`."""
    import brotli

    codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
    codings = [c for c in codings if c != "identity"]
    stream: Iterable[bytes] = chunks
    for coding in reversed(codings):  # the last coding listed was applied last
        if coding not in _DECODERS:
            raise fetch_error(url, f"sent in the {coding!r} encoding, which briefgen cannot read")
        stream = _DECODERS[coding](stream)
    parts, size = [], 0
    try:
        for part in stream:
            size += len(part)
            if size > max_bytes:
                raise fetch_error(url, f"larger than the {max_bytes:,}-byte limit once decompressed",
                                  f"; raise it with {MAX_BYTES_FLAG}")
            parts.append(part)
    except (zlib.error, brotli.error) as exc:
        raise fetch_error(url, f"the compressed body is damaged ({exc})") from None
    return b"".join(parts)


# --- Settings and results -------------------------------------------------------------------------


@dataclass(frozen=True)
class FetchSettings:
    """How briefgen fetches: timeouts in seconds, the decoded size cap, redirects, retries and politeness."""

    connect_timeout: float = CONNECT_TIMEOUT
    read_timeout: float = READ_TIMEOUT
    timeout: float = FETCH_TIMEOUT
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = MAX_REDIRECTS
    retries: int = RETRIES
    backoff: float = BACKOFF_SECONDS
    host_pause: float = HOST_PAUSE
    host_connections: int = HOST_CONNECTIONS
    user_agent: str = USER_AGENT

    def __post_init__(self) -> None:
        problems = [f"{name} must be more than 0, not {getattr(self, name)!r}"
                    for name in ("connect_timeout", "read_timeout", "timeout", "max_bytes", "host_connections")
                    if not getattr(self, name) > 0]
        problems += [f"{name} must be 0 or more, not {getattr(self, name)!r}"
                     for name in ("max_redirects", "retries", "backoff", "host_pause") if getattr(self, name) < 0]
        if problems:
            raise ConfigError("; ".join(problems))


@dataclass(frozen=True)
class Fetched:
    """One fetched address: where it ended up (after redirects), its status (200 or 304) and decoded body."""

    url: str
    status: int
    body: bytes
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        """Whether the server said the copy from last time is still current (304): nothing to parse."""
        return self.status == 304


class _HostGate:
    """At most `connections` requests to one host at a time, their starts `pause` seconds apart."""

    def __init__(self, connections: int, pause: float) -> None:
        self._slots = threading.BoundedSemaphore(connections)
        self._lock = threading.Lock()
        self._next = 0.0
        self._pause = pause

    @contextmanager
    def turn(self, deadline: float) -> Iterator[None]:
        """Wait for a slot and this host's pause (within the deadline), then hold the slot."""
        if not self._slots.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise _DeadlinePassed
        try:
            with self._lock:
                now = time.monotonic()
                start = max(now, self._next)
                self._next = start + self._pause
            if start >= deadline:
                raise _DeadlinePassed
            time.sleep(start - now)
            yield
        finally:
            self._slots.release()


class _DeadlinePassed(Exception):
    """The fetch's total deadline passed while waiting (for a host slot or before a retry)."""


def _retry_after(value: str | None, now: float) -> float | None:
    """Seconds a Retry-After header asks to wait (delta-seconds or an HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - now)


def _no_cookies() -> CookieJar:
    """A cookie jar that refuses every cookie: nothing a site sets outlives the redirect chain it came in."""
    return CookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))


def _basic_auth(url: httpx.URL) -> str | None:
    if not url.username and not url.password:
        return None
    token = f"{url.username}:{url.password}".encode("utf-8")
    return "Basic " + base64.b64encode(token).decode("ascii")


class Fetcher:
    """The one HTTP client of briefgen (thread-safe): guarded, polite, bounded. Close it when done."""

    def __init__(self, settings: FetchSettings | None = None,
                 resolve: Callable[[str, int], list[str]] = resolve_host,
                 proxies: dict[str, str] | None = None) -> None:
        self.settings = settings or FetchSettings()
        self._resolve = resolve
        # The standard http_proxy / https_proxy / all_proxy / no_proxy variables, as urllib reads them.
        self._proxies = urllib.request.getproxies_environment() if proxies is None else proxies
        self._ssl = httpx.create_ssl_context(trust_env=True)  # SSL_CERT_FILE / SSL_CERT_DIR honoured
        self._clients: dict[tuple[Origin | None, str | None], httpx.Client] = {}
        self._gates: dict[str, _HostGate] = {}
        self._lock = threading.Lock()
        self.requests = 0

    def __enter__(self) -> "Fetcher":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        """Close every connection."""
        with self._lock:
            clients, self._clients = list(self._clients.values()), {}
        for client in clients:
            client.close()

    def fetch(self, url: str, named: str | None = None, etag: str | None = None, last_modified: str | None = None,
              accept: str = ACCEPT_FEED) -> Fetched:
        """GET a URL. `named` is the URL the user named for this job: its host may be any address.

        `etag` and `last_modified` make the request conditional (a 304 answer has an empty body).
        Raises `FetchError` with a one-line reason; `AddressRefused` when the guard stops a connection.
        """
        check_url(url)
        settings = self.settings
        try:
            trusted = origin_of(named) if named else None
            target = httpx.URL(url)
        except (httpx.InvalidURL, UnicodeError, ValueError) as exc:
            raise fetch_error(url, f"not a valid address ({_scrub(exc, url)})") from None
        deadline = time.monotonic() + settings.timeout
        auth = _basic_auth(target) if trusted and origin_of(target) == trusted else None
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        jar = httpx.Cookies()  # cookies live for this one redirect chain only
        for _hop in range(settings.max_redirects + 1):
            target = target.copy_with(username=None, password=None)
            status, response_headers, body = self._with_retries(url, target, trusted, deadline, headers, jar,
                                                                auth if origin_of(target) == trusted else None)
            if status in REDIRECTS and response_headers.get("location"):
                location = response_headers["location"]
                try:
                    following = target.join(location)
                except httpx.InvalidURL:
                    raise fetch_error(url, "redirected to an unreadable address") from None
                check_url(str(following))
                log.info("%s redirects to %s", redact_url(str(target)), redact_url(str(following)))
                target = following
                continue
            if status == 304:
                return Fetched(str(target), 304, b"", None, etag, last_modified)
            if status != 200:
                raise fetch_error(url, f"HTTP {status} {_reason(status)}", _hint(status),
                                  transient=status >= 500 or status == 408)
            return Fetched(str(target), 200, body, response_headers.get("content-type"),
                           response_headers.get("etag"), response_headers.get("last-modified"))
        raise fetch_error(url, f"more than {settings.max_redirects} redirects", " (a redirect loop?)")

    def _with_retries(self, url: str, target: httpx.URL, trusted: Origin | None, deadline: float,
                      headers: dict[str, str], jar: httpx.Cookies, auth: str | None):
        """One hop, retried on 429/503 within the retry count and the deadline."""
        settings = self.settings
        for attempt in range(settings.retries + 1):
            status, response_headers, body = self._request(url, target, trusted, deadline, headers, jar, auth)
            if status not in RETRY_STATUSES:
                return status, response_headers, body
            wait = _retry_after(response_headers.get("retry-after"), time.time())
            if wait is None:
                wait = settings.backoff * 2 ** attempt
            if attempt == settings.retries:
                tries = f" after {settings.retries} retr{'y' if settings.retries == 1 else 'ies'}"
                raise fetch_error(url, f"HTTP {status} {_reason(status)}{tries}", "; try again later", transient=True)
            if time.monotonic() + wait > deadline:
                raise fetch_error(url, f"HTTP {status} {_reason(status)}, asked to retry after {wait:g} s",
                                  f", past the {settings.timeout:g} s limit (--fetch-timeout)", transient=True)
            log.info("%s: HTTP %d; retrying in %.1f s", redact_url(str(target)), status, wait)
            time.sleep(wait)
        raise AssertionError("unreachable")

    def _request(self, url: str, target: httpx.URL, trusted: Origin | None, deadline: float,
                 headers: dict[str, str], jar: httpx.Cookies, auth: str | None):
        """One GET: (status, headers, decoded body for a 200 else b"")."""
        settings = self.settings
        proxy = self._proxy_for(target)
        try:
            with self._gate(target.host).turn(deadline):
                if proxy is not None:
                    self._check_proxied_target(target, trusted,
                                               min(settings.connect_timeout, max(0.0, deadline - time.monotonic())))
                client = self._client(trusted, proxy)
                request = client.build_request("GET", target, headers=headers)
                jar.set_cookie_header(request)
                if auth:
                    request.headers["Authorization"] = auth
                _current.deadline = deadline
                try:
                    log.debug("GET %s", redact_url(str(target)))
                    with self._lock:
                        self.requests += 1
                    response = client.send(request, stream=True)
                    try:
                        jar.extract_cookies(response)
                        length = response.headers.get("content-length", "")
                        body = b""
                        if response.status_code == 200:
                            if length.isdigit() and int(length) > settings.max_bytes and \
                                    not response.headers.get("content-encoding"):
                                raise fetch_error(url, f"larger than the {settings.max_bytes:,}-byte limit "
                                                  f"({int(length):,} bytes)", f"; raise it with {MAX_BYTES_FLAG}")
                            body = decoded_body(response.iter_raw(), response.headers.get("content-encoding"),
                                                settings.max_bytes, url)
                        return response.status_code, response.headers, body
                    finally:
                        response.close()
                finally:
                    _current.deadline = None
        except _DeadlinePassed:
            raise self._too_slow(url) from None
        except AddressRefused as exc:
            raise AddressRefused(f"{redact_url(url)}: {exc.reason}", exc.reason) from None
        except FetchError:
            raise
        except httpx.TimeoutException as exc:
            if time.monotonic() >= deadline - 0.01:
                raise self._too_slow(url) from None
            if isinstance(exc, httpx.ConnectTimeout):
                raise fetch_error(url, f"could not connect within {settings.connect_timeout:g} s",
                                  " (--connect-timeout); is the site up?", transient=True) from None
            raise fetch_error(url, f"no answer within {settings.read_timeout:g} s", " (--read-timeout)",
                              transient=True) from None
        except httpx.ConnectError as exc:
            raise fetch_error(url, f"cannot connect ({_scrub(exc, url)})", transient=True) from None
        except httpx.HTTPError as exc:
            raise fetch_error(url, f"the connection failed ({_scrub(exc, url)})", transient=True) from None

    def _too_slow(self, url: str) -> FetchError:
        return fetch_error(url, f"took longer than the {self.settings.timeout:g} s limit", " (--fetch-timeout)",
                           transient=True)

    def _gate(self, host: str) -> _HostGate:
        with self._lock:
            gate = self._gates.get(host)
            if gate is None:
                gate = self._gates[host] = _HostGate(self.settings.host_connections, self.settings.host_pause)
            return gate

    def _client(self, trusted: Origin | None, proxy: str | None) -> httpx.Client:
        """One client (one connection pool) per trusted origin and proxy, so a pooled connection opened
        under one feed's allowance is never reused under another's."""
        key = (trusted, proxy)
        with self._lock:
            client = self._clients.get(key)
            if client is None:
                allowed = {trusted} if trusted else set()
                if proxy:
                    allowed.add(origin_of(proxy))
                settings = self.settings
                transport = _GuardedTransport(
                    GuardedBackend(allowed, resolve=self._resolve), verify=self._ssl, proxy=proxy,
                    trust_env=False, limits=httpx.Limits(max_connections=4 * settings.host_connections,
                                                         max_keepalive_connections=settings.host_connections))
                client = self._clients[key] = httpx.Client(
                    transport=transport, trust_env=False, follow_redirects=False, cookies=_no_cookies(),
                    headers={"User-Agent": settings.user_agent, "Accept-Encoding": "gzip, deflate, br"},
                    timeout=httpx.Timeout(connect=settings.connect_timeout, read=settings.read_timeout,
                                          write=settings.read_timeout, pool=settings.timeout))
            return client

    def _proxy_for(self, target: httpx.URL) -> str | None:
        """The proxy the environment names for this URL, or None (direct, or excluded by no_proxy)."""
        proxies = self._proxies
        if not proxies or urllib.request.proxy_bypass_environment(target.host, proxies):
            return None
        proxy = proxies.get(target.scheme) or proxies.get("all")
        if not proxy:
            return None
        if "://" not in proxy:
            proxy = "http://" + proxy
        if urllib.parse.urlsplit(proxy).scheme.lower() not in SCHEMES:
            raise FetchError(f"the proxy {redact_url(proxy)} is not an http or https proxy; briefgen supports only "
                             "those (set https_proxy / http_proxy to one, or unset it)", "an unsupported proxy")
        return proxy

    def _check_proxied_target(self, target: httpx.URL, trusted: Origin | None, timeout: float) -> None:
        """Behind a proxy the socket reaches the proxy, so the target host is resolved and checked here."""
        if trusted is not None and origin_of(target) == trusted:
            return
        try:
            GuardedBackend((), resolve=self._resolve).addresses(target.raw_host.decode("ascii"),
                                                                origin_of(target)[1], timeout)
        except httpcore.ConnectTimeout as exc:  # outside httpx's own mapping of httpcore's errors
            raise httpx.ConnectTimeout(str(exc)) from None
        except httpcore.ConnectError as exc:
            raise httpx.ConnectError(str(exc)) from None


def _reason(status: int) -> str:
    try:
        import http

        return http.HTTPStatus(status).phrase
    except ValueError:
        return ""


def _hint(status: int) -> str:
    if status in (401, 403):
        return " (the site refuses briefgen; a private feed needs its own address with credentials)"
    if status in (404, 410):
        return " (no such page; check the address)"
    if status >= 500:
        return " (a server error; it may work later)"
    return ""


def _scrub(exc: BaseException, url: str) -> str:
    """An exception's text without any credentials the URL held."""
    text = str(exc) or type(exc).__name__
    parts = urllib.parse.urlsplit(url)
    if parts.password:
        text = text.replace(parts.password, "***")
    if parts.username:
        text = text.replace(parts.username + "@", "***@")
    return text.replace(url, redact_url(url))


__all__ = [
    "AddressRefused", "FetchError", "FetchSettings", "Fetched", "Fetcher", "GuardedBackend",
    "classify_address", "decoded_body", "origin_of", "redact_url", "resolve_host",
]
