"""Shared fixtures: the repo's seeds, a golden-file option, and tiny articles."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
GOLDEN = Path(__file__).resolve().parent / "golden"
# A fixed date keeps golden files independent of the seeds' modification times.
GOLDEN_DATE = "2024-11-01"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="Rewrite tests/golden/ from the current output.")


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def kursk_text() -> str:
    return (ROOT / "seeds" / "kursk_north_korean_troops.txt").read_text("utf-8")
