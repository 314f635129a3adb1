"""Shared fixtures: the repo's seeds, a golden-file option, and tiny articles."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from briefgen.tablecache import CACHE_ENV

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLDEN = Path(__file__).resolve().parent / "golden"
# A fixed date keeps golden files independent of the seeds' modification times.
GOLDEN_DATE = "2024-11-01"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="Rewrite tests/golden/ from the current output.")


def pytest_configure(config: pytest.Config) -> None:
    # The table cache of a test run (briefgen.tablecache) lives in a folder of its own, set before any test
    # module is collected and inherited by the commands tests run: the user's cache is neither read nor written.
    if CACHE_ENV not in os.environ:
        config._briefgen_cache = tempfile.mkdtemp(prefix="briefgen-test-cache-")
        os.environ[CACHE_ENV] = config._briefgen_cache


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = getattr(config, "_briefgen_cache", None)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)
        os.environ.pop(CACHE_ENV, None)


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def kursk_text() -> str:
    return (ROOT / "seeds" / "kursk_north_korean_troops.txt").read_text("utf-8")


# --- Network safety net: tests may reach loopback only -------------------------------------------

_LOOPBACK_NAMES = {"localhost", "localhost.localdomain", "ip6-localhost"}


def _loopback_address(address) -> bool:
    import ipaddress

    if not isinstance(address, tuple):  # AF_UNIX paths and the like
        return True
    host = str(address[0]).split("%", 1)[0]
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True, scope="session")
def loopback_only():
    """Fail any test that would connect to, or resolve, anything but a loopback address."""
    import socket

    real_connect, real_connect_ex, real_getaddrinfo = socket.socket.connect, socket.socket.connect_ex, \
        socket.getaddrinfo

    def connect(self, address):
        if not _loopback_address(address):
            raise AssertionError(f"a test tried to connect to {address!r}: tests may reach loopback addresses only")
        return real_connect(self, address)

    def connect_ex(self, address):
        if not _loopback_address(address):
            raise AssertionError(f"a test tried to connect to {address!r}: tests may reach loopback addresses only")
        return real_connect_ex(self, address)

    def getaddrinfo(host, *args, **kwargs):
        name = host.decode() if isinstance(host, bytes) else host
        if name and not _loopback_address((name, 0)):
            raise AssertionError(f"a test tried to resolve {name!r}: use IP literals or localhost")
        return real_getaddrinfo(host, *args, **kwargs)

    socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo = connect, connect_ex, getaddrinfo
    yield
    socket.socket.connect, socket.socket.connect_ex, socket.getaddrinfo = real_connect, real_connect_ex, \
        real_getaddrinfo
