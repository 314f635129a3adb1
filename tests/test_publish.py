"""Publish stage: slugs that never leave the output folder, atomic writes, and ownership of files."""

from __future__ import annotations

import pytest

from briefgen.publish import MANIFEST, OutputError, OutputFolder, slug_for_source, slugify, unique_slugs


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("kursk_north_korean_troops", "kursk-north-korean-troops"),
        ("../../etc/passwd", "etc-passwd"),
        ("/absolute/path", "absolute-path"),
        ("CON", "con-brief"),
        ("nul", "nul-brief"),
        ("Café Zürich", "cafe-zurich"),
        ("北京", "brief"),
        ("...", "brief"),
    ],
)
def test_slugify_is_safe(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_slug_is_capped_at_100_characters() -> None:
    assert len(slugify("a" * 500)) == 100


def test_slug_for_source_uses_file_stem_and_stdin() -> None:
    assert slug_for_source("seeds/My Article.txt") == "my-article"
    assert slug_for_source("-") == "stdin"


def test_colliding_slugs_are_numbered_in_input_order() -> None:
    assert unique_slugs(["a/x.txt", "b/x.txt", "c/X.md", "y.txt"]) == ["x", "x-2", "x-3", "y"]


def test_write_is_atomic_and_recorded(tmp_path) -> None:
    folder = OutputFolder(tmp_path / "out")
    folder.write("a.md", b"hello")
    folder.save_manifest()
    assert (tmp_path / "out" / "a.md").read_bytes() == b"hello"
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.endswith(".part")]
    again = OutputFolder(tmp_path / "out")
    assert again.owns("a.md")
    again.write("a.md", b"replaced")
    assert (tmp_path / "out" / "a.md").read_bytes() == b"replaced"


def test_user_files_are_never_overwritten(tmp_path) -> None:
    (tmp_path / "notes.md").write_text("mine")
    folder = OutputFolder(tmp_path)
    with pytest.raises(OutputError, match="not written by briefgen"):
        folder.write("notes.md", b"theirs")
    assert (tmp_path / "notes.md").read_text() == "mine"


def test_a_file_edited_after_briefgen_wrote_it_is_left_alone(tmp_path) -> None:
    folder = OutputFolder(tmp_path)
    folder.write("a.md", b"ours")
    folder.save_manifest()
    (tmp_path / "a.md").write_text("edited by the user")
    assert not OutputFolder(tmp_path).owns("a.md")


def test_names_cannot_escape_the_folder(tmp_path) -> None:
    folder = OutputFolder(tmp_path / "out")
    with pytest.raises(OutputError, match="outside"):
        folder.write("../escape.md", b"x")
    assert not (tmp_path / "escape.md").exists()


def test_manifest_lists_written_files(tmp_path) -> None:
    folder = OutputFolder(tmp_path)
    folder.write("b.json", b"{}")
    folder.save_manifest()
    assert '"b.json"' in (tmp_path / MANIFEST).read_text()
