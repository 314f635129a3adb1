"""Table cache: entries keyed by their sources, written atomically, and a miss whenever anything is off."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefgen import tablecache

TABLE = {"word": "NN", "words": "NNS", "names": frozenset({"ann", "lee"}), "pairs": (("a", 1), ("b", 2))}


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv(tablecache.CACHE_ENV, str(folder))
    return folder


def test_a_stored_table_is_read_back_for_the_same_key_only(cache: Path) -> None:
    key = ("1.0", (("data.txt", 10, 123),))
    assert tablecache.load("words", key) is None
    tablecache.store("words", key, TABLE)
    assert tablecache.load("words", key) == TABLE
    assert len(list(cache.iterdir())) == 1 and not list(cache.glob(".*.part"))
    assert tablecache.load("words", ("1.0", (("data.txt", 11, 123),))) is None  # the data file grew
    assert tablecache.load("words", ("1.1", (("data.txt", 10, 123),))) is None  # another version
    assert tablecache.load("other", key) is None


def test_a_damaged_entry_is_a_miss_and_the_next_store_replaces_it(cache: Path) -> None:
    key = ("1.0",)
    tablecache.store("words", key, TABLE)
    (entry,) = cache.iterdir()
    whole = entry.read_bytes()
    entry.write_bytes(whole[: len(whole) // 2])  # a file cut short
    assert tablecache.load("words", key) is None
    entry.write_bytes(b"not marshal data at all")
    assert tablecache.load("words", key) is None
    tablecache.store("words", key, TABLE)
    assert tablecache.load("words", key) == TABLE


def test_an_entry_holding_another_key_is_a_miss(cache: Path) -> None:
    tablecache.store("words", ("1.0",), TABLE)
    (entry,) = cache.iterdir()
    tablecache.store("words", ("2.0",), {"other": "table"})
    second = next(p for p in cache.iterdir() if p != entry)
    second.replace(entry)  # the file of key 1.0 now holds the entry of key 2.0
    assert tablecache.load("words", ("1.0",)) is None


def test_the_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(tablecache.CACHE_ENV, "")
    monkeypatch.chdir(tmp_path)
    assert tablecache.cache_dir() is None
    tablecache.store("words", ("1.0",), TABLE)
    assert tablecache.load("words", ("1.0",)) is None
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_written_only_costs_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file where the cache folder would be", "utf-8")
    monkeypatch.setenv(tablecache.CACHE_ENV, str(blocker / "cache"))
    tablecache.store("words", ("1.0",), TABLE)  # no exception
    assert tablecache.load("words", ("1.0",)) is None


def test_a_table_marshal_cannot_hold_is_not_stored(cache: Path) -> None:
    tablecache.store("words", ("1.0",), {"x": object()})
    assert tablecache.load("words", ("1.0",)) is None
    assert not cache.exists() or list(cache.iterdir()) == []


def test_old_entries_are_pruned_but_the_newest_stays(cache: Path) -> None:
    for version in range(tablecache.MAX_ENTRIES + 3):
        tablecache.store("words", (str(version),), {"version": str(version)})
        assert tablecache.load("words", (str(version),)) == {"version": str(version)}
        assert len(list(cache.glob("words-*"))) <= tablecache.MAX_ENTRIES
    tablecache.store("other", ("1",), TABLE)
    assert len(list(cache.glob("words-*"))) == tablecache.MAX_ENTRIES  # another table's entries are its own


def test_a_package_stamp_changes_with_its_data_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "fakedata"
    package.mkdir()
    (package / "__init__.py").write_text("", "utf-8")
    (package / "words.txt").write_text("word NN\n", "utf-8")
    info = tmp_path / "fakedata-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: fakedata\nVersion: 1.0\n", "utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    first = tablecache.package_stamp("fakedata", "words.txt")
    assert first is not None and first[1] == "1.0"
    assert tablecache.package_stamp("fakedata", "words.txt") == first
    (package / "words.txt").write_text("word NN\nwords NNS\n", "utf-8")
    assert tablecache.package_stamp("fakedata", "words.txt") != first
    assert tablecache.package_stamp("fakedata", "missing.txt") is None
    assert tablecache.package_stamp("no_such_package_here", "words.txt") is None


# One process's view of the gazetteer's tables: a digest of every table, a tagged sentence, and whether
# building them was needed (nameparser is imported only to build the role nouns).
_PROBE = textwrap.dedent(
    """
    import hashlib, json, sys
    from briefgen import gazetteer
    from briefgen.sections._tags import tag_text
    gazetteer.load_tables()
    def plain(value):
        if isinstance(value, dict):
            return sorted(value.items())
        return [plain(v) for v in value] if isinstance(value, tuple) else sorted(value)
    digest = hashlib.sha256()
    for name, table in sorted(gazetteer._BUILDERS.items()):
        digest.update(repr((name, plain(table()))).encode())
    print(json.dumps({"tables": digest.hexdigest(), "built": "nameparser" in sys.modules,
                      "tags": [t.tag for t in tag_text("Officials said the bridge will cost $12 million.")]}))
    """
)


def _probe(cache: Path) -> dict:
    env = {**os.environ, tablecache.CACHE_ENV: str(cache)}
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, env=env, check=True)
    return json.loads(out.stdout)


def test_the_gazetteer_reads_back_exactly_the_tables_it_builds(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    built = _probe(cache)
    assert built["built"] and len(list(cache.glob("gazetteer-*"))) == 1
    cached = _probe(cache)
    assert not cached["built"]  # read from the entry: nothing was built
    assert cached == {**built, "built": False}
    (entry,) = cache.glob("gazetteer-*")
    entry.write_bytes(entry.read_bytes()[:1000])  # damaged: built again, the same, and stored again
    rebuilt = _probe(cache)
    assert rebuilt == built
    assert _probe(cache) == cached
    assert _probe(tmp_path / "elsewhere") == built  # a new folder starts empty


def test_the_folder_follows_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(tablecache.CACHE_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert tablecache.cache_dir() == tmp_path / "xdg" / "briefgen"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert tablecache.cache_dir() == tmp_path / "home" / ".cache" / "briefgen"
    monkeypatch.setenv(tablecache.CACHE_ENV, str(tmp_path / "mine"))
    assert tablecache.cache_dir() == tmp_path / "mine"
