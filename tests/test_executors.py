"""Execution backends: a real dask.distributed LocalCluster (2 worker processes on loopback) gives the files a
local run gives, survives a worker killed mid-run, and an unreachable scheduler stops the run before any write."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner
from distributed import Client, LocalCluster, get_task_stream

from briefgen import executors
from briefgen.cli import main
from briefgen.daily import run_daily
from briefgen.executors import PoolExecutor, SerialExecutor, _windowed

STORIES = Path(__file__).resolve().parent / "data" / "stories"
DATE = "2024-11-01"
# A small day: a story told by three outlets (as files), two unrelated ones, and a JSON lines file of two
# more articles (one a rewrite of a story in the files) plus one bad line.
FILES = ["ferry-coastal-wire.txt", "ferry-harbour-times.txt", "ferry-island-radio.txt", "comet-discovery.txt"]
LINES = ["ferry-harbour-times.txt", "marathon-record.txt"]


def _day(root: Path) -> Path:
    inputs = root / "in"
    inputs.mkdir(parents=True)
    for name in FILES:
        (inputs / name).write_bytes((STORIES / name).read_bytes())
    records = [json.dumps({"text": (STORIES / n).read_text("utf-8"), "source": n}) for n in LINES]
    (inputs / "wire.jsonl").write_text("\n".join([records[0], "{bad", records[1]]) + "\n", "utf-8")
    return inputs


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and ".cache" not in p.parts}


@pytest.fixture(scope="module")
def cluster():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as running:
        yield running


@pytest.fixture(scope="module")
def local_day(tmp_path_factory):
    root = tmp_path_factory.mktemp("local")
    inputs = _day(root)
    result = run_daily([inputs], out=root / "out", date=DATE, jobs=1)
    return inputs, _tree(root / "out"), result


def _forbid_reading_inputs(folder: str) -> None:
    """Run on each worker: opening any file of the input folder there fails loudly."""
    import builtins

    real = builtins.open

    def guarded(file, *args, **kwargs):
        if str(file).startswith(folder):
            raise RuntimeError(f"a worker opened {file}: tasks must carry what they read")
        return real(file, *args, **kwargs)

    builtins.open = guarded


def test_a_dask_day_is_byte_identical_to_a_local_one(cluster, local_day, tmp_path) -> None:
    inputs, expected, local = local_day
    assert len(local.failures) == 1 and "wire.jsonl: line 2" in str(local.failures[0].error)
    with Client(cluster) as client:
        # Workers cannot read the inputs: every task carries its article.
        client.run(_forbid_reading_inputs, str(inputs))
        with get_task_stream(client) as stream:
            result = run_daily([inputs], out=tmp_path / "out", date=DATE, scheduler=cluster.scheduler_address)
    assert _tree(tmp_path / "out") == expected
    # Briefing, the candidate search, merging and fitting all ran as tasks on the cluster.
    ran = {str(task["key"]).strip("('").split("-")[0] for task in stream.data}
    assert {"_brief_job", "_block_pairs", "_merge_job", "_fit_job"} <= ran
    assert [str(f.error) for f in result.failures] == [str(f.error) for f in local.failures]
    assert any(len(s.brief.sources) == 4 for s in result.stories)  # the JSON line joined the ferry story


def test_a_worker_killed_mid_run_still_gives_the_same_files(cluster, local_day, tmp_path) -> None:
    inputs, expected, _ = local_day
    with Client(cluster) as client:
        pids = client.run(os.getpid)
    killed = []

    def kill_one_worker(stage: str, done: int, total: int) -> None:
        if stage == "brief" and done == 1 and not killed:
            pid = sorted(pids.values())[0]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    run_daily([inputs], out=tmp_path / "out", date=DATE, scheduler=cluster.scheduler_address,
              progress=kill_one_worker)
    assert killed
    assert _tree(tmp_path / "out") == expected
    with Client(cluster) as client:
        client.wait_for_workers(2, timeout=60)  # the nanny restarted it: the next test has two workers


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_unreachable_scheduler_is_one_line_exit_2_and_nothing_written(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(executors, "CONNECT_TIMEOUT", 2)
    address = f"tcp://127.0.0.1:{_free_port()}"
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["daily", str(STORIES), "--date", DATE, "--out", str(out),
                                       "--scheduler", address])
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: cannot reach the Dask scheduler at {address} (")
    assert not out.exists()


def test_the_scheduler_comes_from_the_environment_or_the_config_file(tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(executors, "CONNECT_TIMEOUT", 1)
    address = f"tcp://127.0.0.1:{_free_port()}"
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("BRIEFGEN_DASK_SCHEDULER", address)
    result = CliRunner().invoke(main, ["daily", str(STORIES), "--date", DATE])
    assert result.exit_code == 2 and address in result.stderr
    monkeypatch.delenv("BRIEFGEN_DASK_SCHEDULER")
    other = f"tcp://127.0.0.1:{_free_port()}"
    (tmp_path / "briefgen.toml").write_text(f'[daily]\nscheduler = "{other}"\n', "utf-8")
    result = CliRunner().invoke(main, ["daily", str(STORIES), "--date", DATE])
    assert result.exit_code == 2 and other in result.stderr and not (tmp_path / "out").exists()


def test_a_local_run_never_imports_dask(tmp_path) -> None:
    code = ("import sys; from briefgen.daily import run_daily; "
            f"run_daily([{str(STORIES / FILES[3])!r}], out={str(tmp_path)!r}, formats=('md',), jobs=2); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "[]"


def test_backends_yield_in_order_with_a_bounded_window() -> None:
    submitted = []

    def submit(args):
        submitted.append(args)
        return args

    results = _windowed(submit, lambda x: x[0] * 10, ((i,) for i in range(10)), window=3)
    assert next(results) == 0 and len(submitted) == 3  # three in flight, none yielded beyond the first
    assert list(results) == [i * 10 for i in range(1, 10)]
    assert list(SerialExecutor().map(pow, [(2, 3), (3, 2)])) == [8, 9]
    with closing(PoolExecutor(2)) as pool:
        assert list(pool.map(pow, [(i, 2) for i in range(20)])) == [i * i for i in range(20)]


_WARMED: list[int] = []


def _warmed_task(x: int) -> tuple[int, list[int]]:
    return x, list(_WARMED)


def _warm(x: int) -> None:
    _WARMED.append(x)


_warmed_task.warm_up = _warm


def test_a_pool_runs_a_task_functions_warm_up_once_here_before_the_workers_fork() -> None:
    _WARMED.clear()
    with closing(PoolExecutor(2)) as pool:
        results = list(pool.map(_warmed_task, [(i,) for i in range(6)]))
        assert list(pool.map(_warmed_task, [])) == []
    assert _WARMED == [0]  # once, in this process, with the first task's arguments
    assert results == [(i, [0]) for i in range(6)]  # the workers forked with what it loaded


def _frozen_on_worker(x: int) -> tuple[int, int, bool]:
    import gc

    return x, gc.get_freeze_count(), any(item is _WARMED for item in gc.get_objects())


def _warm_with_a_list(x: int) -> None:
    import gc

    _WARMED.append([x])  # a container the collector tracks
    _WARMED.append(gc.isenabled())


_frozen_on_worker.warm_up = _warm_with_a_list


def test_a_pool_freezes_what_warm_up_loaded_out_of_the_collector_before_the_workers_fork() -> None:
    import gc

    _WARMED.clear()
    with closing(PoolExecutor(2)) as pool:
        results = list(pool.map(_frozen_on_worker, [(i,) for i in range(4)]))
    assert gc.get_freeze_count() == 0  # this process is collected as before once the pool is closed
    assert [r[0] for r in results] == [0, 1, 2, 3]
    # The warm-up's list (and everything loaded before it) sits in the permanent generation on the
    # workers: their collections never walk it, so they neither spend time on it nor copy its pages.
    assert all(frozen > 0 and not listed for _, frozen, listed in results)
    assert any(item is _WARMED for item in gc.get_objects())
    assert _WARMED[1] is False and gc.isenabled()  # no collections while it loaded; collected again now


def _fails_on_workers() -> None:
    raise RuntimeError("no such module on this worker")


def test_a_task_failing_on_the_cluster_is_a_cluster_error_naming_the_scheduler(cluster) -> None:
    from briefgen.errors import ClusterError

    backend = executors.DaskExecutor(cluster.scheduler_address)
    try:
        with pytest.raises(ClusterError, match=f"a task failed on the Dask cluster at {cluster.scheduler_address}"):
            list(backend.map(_fails_on_workers, [()]))
    finally:
        backend.close()
