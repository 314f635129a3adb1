"""Settings and briefgen.toml: defaults < config file < flags, every bad key reported at once."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from briefgen import ConfigError, Settings
from briefgen.cli import main

ARTICLE = "Bridge Closes\nThe bridge closed on Monday. Engineers found a crack. Repairs will take six weeks.\n"


def test_settings_report_every_bad_value_at_once() -> None:
    with pytest.raises(ConfigError) as info:
        Settings(sentences=0, page_size="A3", formats=("md", "docx"), date="yesterday")
    message = str(info.value)
    for key in ("sentences", "page_size", "formats", "date"):
        assert key in message


def test_config_file_sets_defaults_and_flags_override(tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "briefgen.toml").write_text('format = ["md"]\n[brief]\nsentences = 1\nout = "briefs"\n')
    runner = CliRunner()
    assert runner.invoke(main, ["brief", "a.txt"]).exit_code == 0
    assert sorted(p.name for p in (tmp_path / "briefs").glob("a.*")) == ["a.md"]
    situation = (tmp_path / "briefs" / "a.md").read_text().split("## Situation")[1].split("##")[0]
    assert "- " not in situation.replace("- *Nothing more to add.*", "")  # 1 sentence: only the bottom line
    result = runner.invoke(main, ["brief", "a.txt", "--format", "json", "--out", "other"])
    assert result.exit_code == 0
    assert [p.name for p in (tmp_path / "other").glob("a.*")] == ["a.json"]


def test_config_errors_name_every_bad_key(tmp_path) -> None:
    config = tmp_path / "c.toml"
    config.write_text('bogus = 1\npage-size = "A3"\n[brief]\nsentences = "many"\n[mail]\npassword = "x"\n[nope]\nx = 1\n')
    result = CliRunner().invoke(main, ["--config", str(config), "brief", "a.txt"])
    assert result.exit_code == 2
    line = result.stderr.strip()
    assert line.startswith(f"error: {config}: ")
    for fragment in ("bogus: unknown setting", "page-size:", "brief.sentences:", "mail.password: passwords never",
                     "[nope]: no such command"):
        assert fragment in line, fragment


def test_invalid_toml_names_the_file(tmp_path) -> None:
    config = tmp_path / "c.toml"
    config.write_text("sentences = = 3\n")
    result = CliRunner().invoke(main, ["--config", str(config), "algorithms"])
    assert result.exit_code == 2
    assert f"{config}: not valid TOML" in result.stderr


def test_missing_config_file(tmp_path) -> None:
    result = CliRunner().invoke(main, ["--config", str(tmp_path / "none.toml"), "algorithms"])
    assert result.exit_code == 2
    assert "no such config file" in result.stderr


def test_sections_table_and_limit_flag_set_section_lengths(tmp_path, monkeypatch) -> None:
    from .conftest import ROOT

    monkeypatch.chdir(tmp_path)
    seed = str(ROOT / "seeds" / "kursk_north_korean_troops.txt")
    (tmp_path / "briefgen.toml").write_text("[sections]\nactors = 3\n")
    runner = CliRunner()
    assert runner.invoke(main, ["brief", seed, "--format", "json"]).exit_code == 0
    import json

    data = json.loads((tmp_path / "out" / "kursk-north-korean-troops.json").read_text())
    assert len(next(s for s in data["sections"] if s["key"] == "actors")["items"]) == 3
    assert runner.invoke(main, ["brief", seed, "--format", "json", "--limit", "actors=5"]).exit_code == 0
    data = json.loads((tmp_path / "out" / "kursk-north-korean-troops.json").read_text())
    assert len(next(s for s in data["sections"] if s["key"] == "actors")["items"]) == 5


def test_bad_section_lengths_are_reported(tmp_path) -> None:
    config = tmp_path / "c.toml"
    config.write_text('[sections]\nactors = "many"\nweather = 2\n')
    result = CliRunner().invoke(main, ["--config", str(config), "algorithms"])
    assert result.exit_code == 2
    assert "sections.actors:" in result.stderr and "sections.weather:" in result.stderr
    result = CliRunner().invoke(main, ["brief", "x.txt", "--limit", "weather=2"])
    assert result.exit_code == 2 and "use SECTION=N" in result.output
