"""Command line: outputs, stdout, exit codes and every error path's message."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from briefgen import __version__
from briefgen.cli import main

ARTICLE = (
    "Harbor Bridge Closes For Repairs\n"
    "The Harbor Bridge closed on Monday after engineers found a crack, Mayor Ana Ortiz said.\n"
    "Repairs will cost about $4 million and are expected to take six weeks.\n"
    "The city has not yet said how traffic will be diverted.\n"
)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "Harbor_Bridge.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_version(runner: CliRunner) -> None:
    result = runner.invoke(main, ["--version"])
    assert result.exit_code == 0 and __version__ in result.output


def test_brief_writes_md_pdf_json_named_after_the_input(runner: CliRunner, article, tmp_path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(main, ["brief", str(article), "--out", str(out), "--date", "2024-10-31"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == [
        "harbor-bridge.json", "harbor-bridge.md", "harbor-bridge.pdf"]
    assert (out / "harbor-bridge.pdf").read_bytes().startswith(b"%PDF")
    data = json.loads((out / "harbor-bridge.json").read_text())
    assert data["title"] == "Harbor Bridge Closes For Repairs" and data["date"] == "2024-10-31"
    assert data["source"] == str(article)


def test_rerun_is_byte_identical(runner: CliRunner, article, tmp_path) -> None:
    out = tmp_path / "out"
    runner.invoke(main, ["brief", str(article), "--out", str(out)])
    first = {p.name: p.read_bytes() for p in out.iterdir()}
    result = runner.invoke(main, ["brief", str(article), "--out", str(out)])
    assert result.exit_code == 0
    assert {p.name: p.read_bytes() for p in out.iterdir()} == first


def test_format_md_to_stdout(runner: CliRunner, article) -> None:
    result = runner.invoke(main, ["brief", str(article), "--format", "md", "--out", "-"])
    assert result.exit_code == 0
    assert result.output.startswith('---\ntitle: "Harbor Bridge Closes For Repairs"\n')
    assert "\n# Harbor Bridge Closes For Repairs\n" in result.output


def test_stdin_is_read_with_dash(runner: CliRunner, tmp_path) -> None:
    result = runner.invoke(main, ["brief", "-", "--format", "json", "--out", str(tmp_path)], input=ARTICLE)
    assert result.exit_code == 0, result.output
    assert json.loads((tmp_path / "stdin.json").read_text())["source"] == "-"


def test_bad_inputs_fail_one_by_one_and_the_rest_are_written(runner: CliRunner, article, tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\t\n")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 news\nThe caf\xe9 closed.".encode("latin-1") + b"\xff\xfe\xfa")
    out = tmp_path / "out"
    nothing = tmp_path / "nothing"
    (nothing / "deep").mkdir(parents=True)
    (nothing / "deep" / "photo.png").write_bytes(b"\x89PNG")
    result = runner.invoke(main, ["brief", str(empty), str(tmp_path / "missing.txt"), str(nothing), str(binary),
                                  str(article), "--out", str(out), "--format", "md"])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 4, lines
    assert lines[0] == f"error: {empty}: empty file (nothing but whitespace)"
    assert lines[1] == f"error: {tmp_path / 'missing.txt'}: no such file (check the path)"
    assert lines[2].startswith(f"error: {nothing}: no article files in this folder") and "binary" in lines[3]
    assert "Traceback" not in result.output
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["harbor-bridge.md"]


def test_user_file_in_output_folder_is_not_overwritten(runner: CliRunner, article, tmp_path) -> None:
    (tmp_path / "harbor-bridge.md").write_text("my notes")
    result = runner.invoke(main, ["brief", str(article), "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert "exists and was not written by briefgen" in result.stderr
    assert (tmp_path / "harbor-bridge.md").read_text() == "my notes"
    # Nothing else of that brief was written either: no partial set.
    assert not (tmp_path / "harbor-bridge.pdf").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["brief", "x.txt", "--format", "docx"], "give a comma list of md, pdf, json"),
        (["brief", "x.txt", "--algorithm", "magic"], "unknown algorithm 'magic'"),
        (["brief", "x.txt", "--date", "31/10/2024"], "use YYYY-MM-DD"),
        (["brief", "x.txt", "--page-size", "A3"], "'A3' is not one of"),
        (["brief", "x.txt", "--sentences", "0"], "0 is not in the range"),
        (["brief", "x.txt", "y.txt", "--out", "-"], "prints one brief as Markdown, JSON or HTML"),
        (["brief"], "Missing argument 'FILE...'"),
    ],
)
def test_usage_errors_exit_2_with_a_message(runner: CliRunner, args: list[str], message: str) -> None:
    result = runner.invoke(main, args)
    assert result.exit_code == 2
    assert message in result.output


def test_templates_folder_must_exist(runner: CliRunner, article) -> None:
    result = runner.invoke(main, ["brief", str(article), "--templates", "/no/such/dir"])
    assert result.exit_code == 2
    assert "'/no/such/dir' does not exist" in result.output


def test_broken_user_template_is_a_configuration_error(runner: CliRunner, article, tmp_path) -> None:
    (tmp_path / "brief.md.j2").write_text("{% if %}")
    result = runner.invoke(main, ["brief", str(article), "--templates", str(tmp_path), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: template {tmp_path / 'brief.md.j2'}, line 1:")
    assert not list((tmp_path / "o").glob("*.md"))


def test_summarize_prints_sentences_in_document_order(runner: CliRunner, article) -> None:
    result = runner.invoke(main, ["summarize", str(article), "--sentences", "2", "--algorithm", "lead"])
    assert result.exit_code == 0
    assert result.output.splitlines() == [
        "The Harbor Bridge closed on Monday after engineers found a crack, Mayor Ana Ortiz said.",
        "Repairs will cost about $4 million and are expected to take six weeks.",
    ]


def test_summarize_missing_file(runner: CliRunner) -> None:
    result = runner.invoke(main, ["summarize", "nope.txt"])
    assert result.exit_code == 1
    assert result.stderr.strip() == "error: nope.txt: no such file (check the path)"


def test_algorithms_lists_default_lead_and_sumy(runner: CliRunner) -> None:
    result = runner.invoke(main, ["algorithms"])
    names = [line.split()[0] for line in result.output.splitlines()]
    assert names[:2] == ["default", "lead"]
    assert {"lexrank", "textrank", "lsa", "luhn", "sumbasic", "kl", "edmundson", "reduction"} <= set(names)


def test_evaluate_prints_lead_and_chosen_algorithms(runner: CliRunner) -> None:
    from .conftest import ROOT

    corpus = ROOT / "tests" / "data" / "tiny_corpus.jsonl"
    result = runner.invoke(main, ["evaluate", str(corpus), "-a", "default", "-a", "lexrank", "--sentences", "2"])
    assert result.exit_code == 0, result.output
    rows = [line.split("|")[1].strip() for line in result.output.splitlines() if line.startswith("| ")]
    assert rows == ["method", "lead-k", "default", "lexrank"]


def test_evaluate_errors(runner: CliRunner, tmp_path) -> None:
    result = runner.invoke(main, ["evaluate", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 1 and "no such corpus file" in result.stderr
    result = runner.invoke(main, ["evaluate", str(tmp_path / "none.jsonl"), "-a", "magic"])
    assert result.exit_code == 2 and "unknown algorithm 'magic'" in result.output


def test_brief_reads_folders_recursively_into_flat_names(runner: CliRunner, tmp_path) -> None:
    inbox = tmp_path / "inbox"
    (inbox / "a").mkdir(parents=True)
    (inbox / "a" / "x.txt").write_text(ARTICLE, "utf-8")
    (inbox / "b.md").write_text(ARTICLE, "utf-8")
    (inbox / ".hidden.txt").write_text(ARTICLE, "utf-8")
    (inbox / "old").mkdir()
    (inbox / "old" / ".briefgen-manifest.json").write_text("{}", "utf-8")  # briefgen's own output: skipped
    (inbox / "old" / "x.md").write_text(ARTICLE, "utf-8")
    out = tmp_path / "out"
    result = runner.invoke(main, ["brief", str(inbox), "--out", str(out), "--format", "md", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == ["a-x.md", "b.md"]


def test_a_run_that_writes_nothing_creates_nothing(runner: CliRunner, tmp_path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n", "utf-8")
    out = tmp_path / "never" / "made"
    result = runner.invoke(main, ["brief", str(empty), str(tmp_path / "missing.txt"), "--out", str(out)])
    assert result.exit_code == 1
    assert not (tmp_path / "never").exists()


@pytest.mark.parametrize("args", [["brief", "ARTICLE", "--format", "md", "-q"], ["brief", "ARTICLE", "--format", "md",
                                  "-v", "--debug"]])
def test_global_flags_work_after_the_command(runner: CliRunner, article, tmp_path, args: list[str]) -> None:
    args = [str(article) if a == "ARTICLE" else a for a in args] + ["--out", str(tmp_path / "o")]
    result = runner.invoke(main, args)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "o" / "harbor-bridge.md").is_file()


def test_quiet_after_daily_is_accepted(runner: CliRunner, article, tmp_path) -> None:
    result = runner.invoke(main, ["daily", str(article), "--out", str(tmp_path / "lib"), "--format", "md", "-q",
                                  "--date", "2024-11-01", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert result.stderr == ""


def test_help_lists_every_command(runner: CliRunner) -> None:
    overview = runner.invoke(main, ["--help"]).output
    for command in main.commands:
        assert f"briefgen {command}" in overview, command


def test_jobs_do_not_change_the_files(runner: CliRunner, tmp_path) -> None:
    inputs = []
    for i, town in enumerate(["Harbor", "Ridge", "Vale"]):
        path = tmp_path / f"{town}.txt"
        path.write_text(ARTICLE.replace("Harbor", town), "utf-8")
        inputs.append(str(path))
    trees = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        result = runner.invoke(main, ["brief", *inputs, "--out", str(out), "--date", "2024-11-01", "-j", jobs])
        assert result.exit_code == 0, result.output
        trees.append({p.name: p.read_bytes() for p in out.iterdir()})
    assert len(trees[0]) == 10 and trees[0] == trees[1]  # 3 x (md, pdf, json) and the manifest


def test_each_inputs_files_are_written_before_the_next_input_is_briefed(runner: CliRunner, tmp_path,
                                                                         monkeypatch) -> None:
    import briefgen.batch

    inputs = []
    for town in ["Harbor", "Ridge", "Vale"]:
        path = tmp_path / f"{town}.txt"
        path.write_text(ARTICLE.replace("Harbor", town), "utf-8")
        inputs.append(str(path))
    out = tmp_path / "out"
    seen = []
    real = briefgen.batch.brief_input

    def watched(source, *args):
        seen.append(sorted(p.name for p in out.glob("*.md")) if out.exists() else [])
        return real(source, *args)

    monkeypatch.setattr(briefgen.batch, "brief_input", watched)
    result = runner.invoke(main, ["brief", *inputs, "--out", str(out), "--format", "md", "-j", "1"])
    assert result.exit_code == 0, result.output
    assert seen == [[], ["harbor.md"], ["harbor.md", "ridge.md"]]  # written while the next one is briefed


def test_a_run_cut_short_records_what_it_wrote_so_a_rerun_replaces_it(runner: CliRunner, tmp_path,
                                                                        monkeypatch) -> None:
    import briefgen.batch

    inputs = []
    for town in ["Harbor", "Ridge"]:
        path = tmp_path / f"{town}.txt"
        path.write_text(ARTICLE.replace("Harbor", town), "utf-8")
        inputs.append(str(path))
    out = tmp_path / "out"
    real = briefgen.batch.brief_input

    def interrupted(source, *args):
        if source.endswith("Ridge.txt"):
            raise KeyboardInterrupt  # Ctrl-C while the second input is briefed
        return real(source, *args)

    monkeypatch.setattr(briefgen.batch, "brief_input", interrupted)
    cut = runner.invoke(main, ["brief", *inputs, "--out", str(out), "--format", "md", "-j", "1"])
    assert cut.exit_code != 0 and (out / "harbor.md").is_file() and not (out / "ridge.md").exists()
    assert "harbor.md" in json.loads((out / ".briefgen-manifest.json").read_text("utf-8"))["files"]
    monkeypatch.setattr(briefgen.batch, "brief_input", real)
    rerun = runner.invoke(main, ["brief", *inputs, "--out", str(out), "--format", "md", "-j", "1"])
    assert rerun.exit_code == 0, rerun.output
    assert (out / "ridge.md").is_file()


def test_the_command_line_starts_without_the_heavy_libraries() -> None:
    import subprocess
    import sys

    code = ("import sys, briefgen.cli; heavy = ('weasyprint', 'trafilatura', 'feedparser', 'sumy', 'nltk', "
            "'jinja2', 'briefgen.pipeline', 'briefgen.gazetteer'); print([m for m in heavy if m in sys.modules])")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"


def test_a_brief_run_exits_with_its_heap_frozen_out_of_the_closing_collections(tmp_path, article) -> None:
    import subprocess
    import sys

    # An exit handler registered before the command runs after the command's own (last in, first out):
    # it sees what the interpreter's closing collections will see.
    probe = ("import atexit, gc, sys\n"
             "atexit.register(lambda: print('frozen', gc.get_freeze_count() > 0))\n"
             "from briefgen.cli import main\n"
             "sys.argv = ['briefgen', '-q', 'brief', sys.argv[1], '--out', sys.argv[2], '--format', 'md']\n"
             "main()\n")
    out = subprocess.run([sys.executable, "-c", probe, str(article), str(tmp_path / "out")], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "frozen True"
    assert (tmp_path / "out" / "harbor-bridge.md").is_file()
