"""Batch stage: the warm-up a process pool forks after leaves nothing for the workers to load."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import SEEDS

# Run in a fresh interpreter: this test process has long since filled every cache. It lists the
# zero-argument cached loaders of briefgen's modules that are still empty, and the modules and loaders a
# real brief then needs beyond what the warm-up gave (each worker would load those on its own).
_PROBE = r"""
import inspect, json, sys
from briefgen import Settings
from briefgen.batch import brief_input, warm_up

def loaders():
    found = {}
    for name, module in list(sys.modules.items()):
        if not name.startswith("briefgen"):
            continue
        for attr, value in vars(module).items():
            if callable(getattr(value, "cache_info", None)) and getattr(value, "__module__", None) == name:
                try:
                    takes_nothing = not inspect.signature(value).parameters
                except (TypeError, ValueError):
                    continue
                if takes_nothing:
                    found[f"{name}.{attr}"] = value.cache_info().currsize
    return found

if sys.argv[2] == "brief":
    settings = Settings(date="2024-11-01", formats=("md", "pdf", "json"))
    warm_up(sys.argv[1], settings)
    after_warm_up, modules = loaders(), set(sys.modules)
    ok = brief_input(sys.argv[1], settings, None, 10**7).error is None
else:  # the job `briefgen daily` gives its workers, with the day's formats
    from briefgen.daily import _brief_job
    settings = Settings(date="2024-11-01", formats=("md", "pdf", "html", "epub", "json"))
    data = open(sys.argv[1], "rb").read()
    _brief_job.warm_up(sys.argv[1], data, settings)
    after_warm_up, modules = loaders(), set(sys.modules)
    ok = _brief_job(sys.argv[1], data, settings)[1] is None
after_brief = loaders()
print(json.dumps({"ok": ok,
                  "empty": sorted(k for k, v in after_warm_up.items() if not v),
                  "loaded_later": sorted(k for k, v in after_brief.items() if v and not after_warm_up.get(k)),
                  "imported_later": sorted(set(sys.modules) - modules)}))
"""


@pytest.mark.parametrize("command", ["brief", "daily"])
def test_warm_up_loads_every_lexicon_and_module_a_brief_needs(command: str) -> None:
    seed = next(s for s in SEEDS if s.stem == "kursk_north_korean_troops")
    out = subprocess.run([sys.executable, "-c", _PROBE, str(seed), command], capture_output=True, text=True,
                         check=True)
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["ok"]
    assert not [k for k in report["empty"] if k.startswith("briefgen.gazetteer")]  # its lexicon and census names
    if command == "brief":
        assert report["empty"] == []  # and the fonts and templates of the page it renders
    assert report["loaded_later"] == [] and report["imported_later"] == []
