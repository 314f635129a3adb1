"""Fetch stage: the address classifier and bounded decoders with no traffic; the fetcher against real loopback servers."""

from __future__ import annotations

import base64
import gzip
import logging
import threading
import time
import zlib

import brotli
import httpcore
import pytest

from briefgen.fetch import (
    AddressRefused,
    Fetcher,
    FetchSettings,
    GuardedBackend,
    classify_address,
    decoded_body,
    origin_of,
)
from briefgen.urls import FetchError, check_url, redact_url
from tests.webserver import Route, TestServer

# Short limits so every failure path ends in well under a second.
FAST = FetchSettings(connect_timeout=2, read_timeout=0.5, timeout=3, host_pause=0, retries=2, backoff=0.05,
                     max_bytes=200_000)


@pytest.fixture
def server():
    with TestServer("127.0.0.1") as s:
        yield s


@pytest.fixture
def forbidden():
    """The target a content URL must never reach: a second loopback address, not the host the user named."""
    with TestServer("127.0.0.2") as s:
        s.routes["/secret"] = Route("internal admin page")
        yield s


@pytest.fixture
def fetcher():
    with Fetcher(FAST, proxies={}) as f:
        yield f


# --- The classifier and helpers: no traffic at all -------------------------------------------------


@pytest.fixture
def no_traffic(monkeypatch):
    """No socket may be opened and no name resolved: the private-range addresses below are only ever
    classified, never sent a packet (only 127.0.0.0/8 and ::1 may receive traffic in tests)."""
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError("the address classifier must not touch the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "gethostbyname", refuse)


def test_no_traffic_refuses_a_socket(no_traffic) -> None:
    import socket

    with pytest.raises(AssertionError, match="must not touch the network"):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


# Private, link-local and other non-public addresses appear only here, as the classifier's input: the
# no_traffic fixture refuses every socket and lookup, so none of them is ever connected to. The guard's
# own tests use the second loopback address, 127.0.0.2, as the forbidden target.
@pytest.mark.usefixtures("no_traffic")
@pytest.mark.parametrize("address, reason", [
    ("10.1.2.3", "private"), ("172.16.0.1", "private"), ("172.31.255.255", "private"), ("192.168.1.1", "private"),
    ("169.254.169.254", "link-local"), ("100.64.0.1", "shared (carrier-grade NAT)"), ("127.0.0.1", "loopback"),
    ("127.0.0.2", "loopback"), ("::1", "loopback"), ("fc00::1", "private"), ("fd12:3456::1", "private"),
    ("fe80::1%eth0", "link-local"), ("::ffff:10.0.0.1", "private"), ("::ffff:127.0.0.1", "loopback"),
    ("64:ff9b::a00:1", "private"), ("2002:a00:1::", "private"), ("224.0.0.1", "multicast"), ("ff02::1", "multicast"),
    ("0.0.0.0", "unspecified"), ("::", "unspecified"), ("240.0.0.1", "reserved"), ("198.18.0.1", "private"),
    ("not-an-ip", "not an IP address"),
])
def test_classifier_names_every_non_public_range(address, reason) -> None:
    assert classify_address(address) == reason


@pytest.mark.usefixtures("no_traffic")
@pytest.mark.parametrize("address", ["8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111",
                                     "::ffff:8.8.8.8"])
def test_classifier_passes_public_addresses(address) -> None:
    assert classify_address(address) is None


def test_redact_url_hides_userinfo_and_secret_parameters() -> None:
    assert redact_url("https://bob:hunter2@example.org/f.xml") == "https://***@example.org/f.xml"
    assert redact_url("https://example.org/f?token=abc&page=2&api_key=k") == \
        "https://example.org/f?token=***&page=2&api_key=***"
    assert redact_url("https://example.org/a?b=1&c=%20") == "https://example.org/a?b=1&c=%20"  # untouched


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://127.0.0.1/x", "data:text/html,hi", "javascript:alert(1)",
                                 "gopher://127.0.0.1/", "/etc/passwd", "http:///nohost"])
def test_only_http_and_https_are_fetched(url, fetcher) -> None:
    with pytest.raises(FetchError, match="only http|no host"):
        fetcher.fetch(url)
    assert fetcher.requests == 0
    with pytest.raises(FetchError):
        check_url(url)


def test_origin_defaults_ports_and_lowercases_hosts() -> None:
    assert origin_of("http://Example.ORG/x") == ("example.org", 80)
    assert origin_of("https://example.org:8443/") == ("example.org", 8443)
    assert origin_of("https://bücher.example/") == ("xn--bcher-kva.example", 443)


@pytest.mark.parametrize("coding, compress", [
    ("gzip", gzip.compress), ("deflate", zlib.compress), ("br", brotli.compress),
    ("deflate", lambda d: (lambda c: c.compress(d) + c.flush())(zlib.compressobj(6, zlib.DEFLATED, -15))),
])
def test_decoders_restore_the_body(coding, compress) -> None:
    data = ("A feed entry about the harbour bridge. " * 2000).encode()
    blob = compress(data)
    assert decoded_body([blob[i:i + 333] for i in range(0, len(blob), 333)], coding, 10**7, "http://x/") == data


def test_gzip_members_and_stacked_encodings() -> None:
    assert decoded_body([gzip.compress(b"one ") + gzip.compress(b"two")], "gzip", 100, "u") == b"one two"
    assert decoded_body([brotli.compress(gzip.compress(b"x" * 50))], "gzip, br", 100, "u") == b"x" * 50
    with pytest.raises(FetchError, match="cannot read"):
        decoded_body([b"abc"], "zstd", 100, "u")
    with pytest.raises(FetchError, match="damaged"):
        decoded_body([b"\x1f\x8bnot gzip at all"], "gzip", 100, "u")


@pytest.mark.parametrize("coding, compress", [("gzip", gzip.compress), ("br", brotli.compress)])
@pytest.mark.usefixtures("no_traffic")
def test_decompression_bombs_stop_at_the_cap(coding, compress) -> None:
    bomb = compress(b"\0" * 100_000_000)  # 100 MB of zeros in ~100 kB (gzip) or ~100 bytes (brotli)
    produced = []

    def chunks():
        for i in range(0, len(bomb), 65536):
            produced.append(i)
            yield bomb[i:i + 65536]

    started = time.monotonic()
    with pytest.raises(FetchError, match="larger than the 1,000,000-byte limit"):
        decoded_body(chunks(), coding, 1_000_000, "http://127.0.0.1/bomb")
    assert time.monotonic() - started < 2
    assert len(produced) <= 2  # stopped long before reading the whole bomb


# --- The address guard, unit-tested with a fake network (no traffic) -------------------------------


class _FakeStream(httpcore.NetworkStream):
    def __init__(self, peer: str) -> None:
        self.peer = peer
        self.closed = False

    def close(self) -> None:
        self.closed = True

    def get_extra_info(self, info: str):
        return (self.peer, 80) if info == "server_addr" else None


class _FakeNetwork(httpcore.NetworkBackend):
    """Records what the guard asks it to connect to; connects to nothing."""

    def __init__(self, peer: str | None = None) -> None:
        self.calls: list[tuple[str, int]] = []
        self.peer = peer

    def connect_tcp(self, host, port, timeout=None, local_address=None, socket_options=None):
        self.calls.append((host, port))
        return _FakeStream(self.peer or host)


@pytest.mark.usefixtures("no_traffic")
def test_guard_connects_to_the_address_it_checked_not_to_a_second_lookup() -> None:
    answers = iter([["93.184.216.34"], ["127.0.0.1"]])  # a rebinding resolver: public first, loopback after
    lookups = []

    def resolve(host, port):
        lookups.append(host)
        return next(answers)

    network = _FakeNetwork()
    GuardedBackend((), resolve=resolve, inner=network).connect_tcp("news.example", 80)
    assert lookups == ["news.example"]  # resolved once
    assert network.calls == [("93.184.216.34", 80)]  # and connected to that very address, by number


@pytest.mark.usefixtures("no_traffic")
def test_guard_refuses_a_name_with_any_private_answer_before_connecting() -> None:
    network = _FakeNetwork()
    backend = GuardedBackend((), resolve=lambda h, p: ["93.184.216.34", "127.0.0.2"], inner=network)
    with pytest.raises(AddressRefused, match=r"news.example \(127.0.0.2\) \(a loopback address\)"):
        backend.connect_tcp("news.example", 80)
    assert network.calls == []


@pytest.mark.usefixtures("no_traffic")
def test_guard_checks_the_peer_the_socket_reached() -> None:
    network = _FakeNetwork(peer="127.0.0.2")  # asked for a public address, reached a loopback one
    backend = GuardedBackend((), resolve=lambda h, p: ["93.184.216.34"], inner=network)
    with pytest.raises(AddressRefused, match="127.0.0.2"):
        backend.connect_tcp("news.example", 80)


@pytest.mark.usefixtures("no_traffic")
def test_a_hung_resolver_ends_within_the_connect_timeout() -> None:
    def slow(host, port):
        time.sleep(3)
        return ["93.184.216.34"]

    network = _FakeNetwork()
    started = time.monotonic()
    with pytest.raises(httpcore.ConnectTimeout, match="resolving news.example took too long"):
        GuardedBackend((), resolve=slow, inner=network).connect_tcp("news.example", 80, timeout=0.3)
    assert time.monotonic() - started < 1 and network.calls == []


@pytest.mark.usefixtures("no_traffic")
def test_guard_trusts_only_the_named_host_and_port() -> None:
    network = _FakeNetwork()
    backend = GuardedBackend({("intranet.local", 8080)}, resolve=lambda h, p: ["127.0.0.2"], inner=network)
    backend.connect_tcp("intranet.local", 8080)
    assert network.calls == [("127.0.0.2", 8080)]
    with pytest.raises(AddressRefused):
        backend.connect_tcp("intranet.local", 6379)  # same host, another service: not what the user named


# --- The fetcher against real servers on loopback --------------------------------------------------


def get(fetcher, url, **options):
    """Fetch a URL as one the user named."""
    return fetcher.fetch(url, named=url, **options)


def test_fetch_sends_user_agent_and_encodings_and_reads_gzip(server, fetcher) -> None:
    server.routes["/feed.xml"] = Route(gzip.compress(b"<rss/>"), headers={"Content-Encoding": "gzip"},
                                       content_type="application/rss+xml")
    fetched = get(fetcher, server.url("/feed.xml"))
    assert fetched.status == 200 and fetched.body == b"<rss/>"
    (request,) = server.requests
    assert request.headers["user-agent"].startswith("briefgen/0.1.0 (")
    assert request.headers["accept-encoding"] == "gzip, deflate, br"
    assert "cookie" not in request.headers


def test_conditional_request_gets_304_and_no_body(server, fetcher) -> None:
    server.routes["/feed.xml"] = Route("<rss/>", etag='"v1"', last_modified="Fri, 01 Nov 2024 06:00:00 GMT")
    first = get(fetcher, server.url("/feed.xml"))
    assert first.etag == '"v1"' and first.last_modified == "Fri, 01 Nov 2024 06:00:00 GMT"
    second = get(fetcher, server.url("/feed.xml"), etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified and second.body == b""
    assert server.requests[1].headers["if-none-match"] == '"v1"'
    assert server.requests[1].headers["if-modified-since"] == "Fri, 01 Nov 2024 06:00:00 GMT"


def test_redirects_are_followed_by_hand_and_loops_end(server, fetcher) -> None:
    server.routes["/old"] = Route(status=301, headers={"Location": "/new"})
    server.routes["/new"] = Route("here")
    server.routes["/loop"] = Route(status=302, headers={"Location": "/loop"})
    fetched = get(fetcher, server.url("/old"))
    assert fetched.url == server.url("/new") and fetched.body == b"here"
    with pytest.raises(FetchError, match="more than 5 redirects"):
        get(fetcher, server.url("/loop"))
    assert server.count("/loop") == 6


def test_redirect_to_another_scheme_is_refused(server, fetcher) -> None:
    server.routes["/to-file"] = Route(status=302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(FetchError, match="a file: address"):
        get(fetcher, server.url("/to-file"))


def test_read_timeout_and_total_deadline(server) -> None:
    server.routes["/slow"] = Route("late", delay=5)
    server.routes["/drip"] = Route("x" * 100, drip=0.1)  # never silent for long, never done
    with Fetcher(FAST, proxies={}) as fetcher:
        started = time.monotonic()
        with pytest.raises(FetchError, match=r"no answer within 0.5 s \(--read-timeout\)"):
            get(fetcher, server.url("/slow"))
        assert time.monotonic() - started < 2
    with Fetcher(FetchSettings(read_timeout=1, timeout=0.6, host_pause=0), proxies={}) as fetcher:
        started = time.monotonic()
        with pytest.raises(FetchError, match=r"took longer than the 0.6 s limit \(--fetch-timeout\)"):
            get(fetcher, server.url("/drip"))
        assert time.monotonic() - started < 1.5


def test_huge_bodies_and_a_gzip_bomb_stop_at_the_cap(server, fetcher) -> None:
    big = b"<p>" + b"a" * 300_000 + b"</p>"
    server.routes["/huge"] = Route(big)
    server.routes["/huge-chunked"] = Route(big, chunked=True)
    server.routes["/bomb"] = Route(gzip.compress(b"\0" * 50_000_000), headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match=r"larger than the 200,000-byte limit \(300,007 bytes\)"):
        get(fetcher, server.url("/huge"))
    with pytest.raises(FetchError, match="larger than the 200,000-byte limit once decompressed"):
        get(fetcher, server.url("/huge-chunked"))
    with pytest.raises(FetchError, match="larger than the 200,000-byte limit once decompressed"):
        get(fetcher, server.url("/bomb"))


def test_429_retry_after_is_honoured(server, fetcher) -> None:
    def limited(request):
        if server.count("/busy") == 1:
            return Route("slow down", status=429, headers={"Retry-After": "1"})
        return Route("ok")

    server.routes["/busy"] = limited
    started = time.monotonic()
    assert get(fetcher, server.url("/busy")).body == b"ok"
    first, second = server.requests_for("/busy")
    assert second.at - first.at >= 0.95 and time.monotonic() - started < 2.5


def test_retries_are_bounded_in_count_and_time(server, fetcher) -> None:
    server.routes["/down"] = Route("maintenance", status=503)
    server.routes["/later"] = Route("come back tomorrow", status=429, headers={"Retry-After": "3600"})
    with pytest.raises(FetchError, match=r"HTTP 503 Service Unavailable after 2 retries"):
        get(fetcher, server.url("/down"))
    assert server.count("/down") == 3
    started = time.monotonic()
    with pytest.raises(FetchError, match="asked to retry after 3600 s, past the 3 s limit"):
        get(fetcher, server.url("/later"))
    assert server.count("/later") == 1 and time.monotonic() - started < 1


def test_http_errors_say_what_happened(server, fetcher) -> None:
    server.routes["/broken"] = Route("oops", status=500)
    with pytest.raises(FetchError, match=r"/broken: HTTP 500 Internal Server Error \(a server error") as caught:
        get(fetcher, server.url("/broken"))
    assert caught.value.transient and caught.value.reason == "HTTP 500 Internal Server Error"
    with pytest.raises(FetchError, match=r"HTTP 404 Not Found \(no such page") as caught:
        get(fetcher, server.url("/missing"))
    assert not caught.value.transient


def _fetch_all(fetcher, urls) -> None:
    threads = [threading.Thread(target=get, args=(fetcher, url)) for url in urls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(10)


def test_at_most_two_requests_per_host_at_a_time(server) -> None:
    server.routes["/item"] = Route("x", delay=0.2)
    with Fetcher(FetchSettings(host_pause=0, timeout=10), proxies={}) as fetcher:
        _fetch_all(fetcher, [server.url("/item")] * 6)
    assert server.count("/item") == 6 and server.max_in_flight == 2


def test_a_pause_between_requests_to_one_host(server) -> None:
    server.routes["/item"] = Route("x")
    with Fetcher(FetchSettings(host_pause=0.1, timeout=10), proxies={}) as fetcher:
        _fetch_all(fetcher, [server.url("/item")] * 5)
    starts = sorted(r.at for r in server.requests)
    assert len(starts) == 5 and starts[-1] - starts[0] >= 0.35  # four pauses of 0.1 s between five starts


def test_no_cookies_outlive_a_redirect_chain(server, fetcher) -> None:
    server.routes["/login"] = Route(status=302, headers={"Location": "/inside", "Set-Cookie": "sid=abc; Path=/"})
    server.routes["/inside"] = Route("in")
    get(fetcher, server.url("/login"))
    get(fetcher, server.url("/inside"))
    inside = server.requests_for("/inside")
    assert inside[0].headers.get("cookie") == "sid=abc"  # within the chain, as a browser would
    assert "cookie" not in inside[1].headers  # never kept for a later fetch


def test_credentials_go_to_their_host_and_nowhere_else(server, fetcher, caplog) -> None:
    server.routes["/private.xml"] = Route("<rss/>")
    server.routes["/private-broken.xml"] = Route("no", status=500)
    url = server.url("/private.xml").replace("http://", "http://reader:s3cr3t@")
    caplog.set_level(logging.DEBUG)
    fetcher.fetch(url, named=url)
    expected = "Basic " + base64.b64encode(b"reader:s3cr3t").decode()
    assert server.requests[0].headers["authorization"] == expected
    with pytest.raises(FetchError) as caught:
        fetcher.fetch(url.replace("private", "private-broken"), named=url)
    assert "s3cr3t" not in str(caught.value) and "***@" in str(caught.value)
    assert "s3cr3t" not in caplog.text and "reader" not in caplog.text


def test_content_links_may_not_reach_another_private_host(server, forbidden, fetcher) -> None:
    feed = server.url("/feed.xml")
    server.routes["/jump"] = Route(status=302, headers={"Location": forbidden.url("/secret")})
    with pytest.raises(AddressRefused, match=r"refused to connect to 127.0.0.2 \(a loopback address\)"):
        fetcher.fetch(forbidden.url("/secret"), named=feed)  # an entry link
    with pytest.raises(AddressRefused, match="127.0.0.2"):
        fetcher.fetch(server.url("/jump"), named=feed)  # a redirect from the named host
    with pytest.raises(AddressRefused, match=r"localhost \(127.0.0.1\)|localhost \(::1\)"):
        fetcher.fetch(f"http://localhost:{server.port}/x", named=feed)  # a name, resolved, then refused
    with pytest.raises(AddressRefused):
        fetcher.fetch(server.url("/x"))  # nothing named: even the first host must be public
    assert forbidden.count() == 0 and server.count("/x") == 0
    assert server.count("/jump") == 1


def test_the_named_host_itself_may_be_private(forbidden, fetcher) -> None:
    url = forbidden.url("/secret")
    assert fetcher.fetch(url, named=url).body == b"internal admin page"


def test_a_proxy_from_the_environment_is_used_and_the_target_still_checked(server, forbidden, monkeypatch) -> None:
    server.routes["/feed.xml"] = Route("<rss/>")
    with TestServer("127.0.0.1", upstream=server) as proxy:
        monkeypatch.setenv("http_proxy", proxy.url())
        monkeypatch.delenv("no_proxy", raising=False)
        monkeypatch.delenv("NO_PROXY", raising=False)
        with Fetcher(FAST) as fetcher:
            feed = server.url("/feed.xml")
            assert fetcher.fetch(feed, named=feed).body == b"<rss/>"
            with pytest.raises(AddressRefused, match="127.0.0.2"):
                fetcher.fetch(forbidden.url("/secret"), named=feed)
        assert [r.path for r in proxy.requests] == [feed]  # absolute-form: it went through the proxy
        assert server.count() == 0 and forbidden.count() == 0
