"""The one atomic writer: whole files or none, with the permissions asked for."""

import os
import stat

import pytest

from briefgen.atomic import ORDINARY, write_atomic


def test_a_write_replaces_the_file_whole_with_ordinary_permissions(tmp_path):
    target = tmp_path / "brief.md"
    target.write_bytes(b"old")
    write_atomic(target, b"new text")
    assert target.read_bytes() == b"new text"
    assert stat.S_IMODE(target.stat().st_mode) == ORDINARY
    assert [p.name for p in tmp_path.iterdir()] == ["brief.md"]  # no temporary file left beside it


def test_the_mode_asked_for_is_set_whatever_the_umask(tmp_path):
    target = tmp_path / "entry.bin"
    write_atomic(target, b"x", mode=0o640, durable=True)  # neither mkstemp's 0600 nor an umask's default
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_failed_replace_leaves_the_old_file_and_no_temporary_one(tmp_path, monkeypatch):
    target = tmp_path / "brief.md"
    target.write_bytes(b"old")

    def refuse(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.md"]


def test_a_missing_folder_is_an_os_error(tmp_path):
    with pytest.raises(OSError):
        write_atomic(tmp_path / "absent" / "brief.md", b"x")
