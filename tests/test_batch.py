"""Batch stage: the warm-up a process pool forks after leaves nothing for the workers to load."""

from __future__ import annotations

import json
import subprocess
import sys

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

settings = Settings(date="2024-11-01", formats=("md", "pdf", "json"))
warm_up(sys.argv[1], settings)
after_warm_up, modules = loaders(), set(sys.modules)
result = brief_input(sys.argv[1], settings, None, 10**7)
after_brief = loaders()
print(json.dumps({"ok": result.error is None,
                  "empty": sorted(k for k, v in after_warm_up.items() if not v),
                  "loaded_later": sorted(k for k, v in after_brief.items() if v and not after_warm_up.get(k)),
                  "imported_later": sorted(set(sys.modules) - modules)}))
"""


def test_warm_up_loads_every_lexicon_and_module_a_brief_needs() -> None:
    seed = next(s for s in SEEDS if s.stem == "kursk_north_korean_troops")
    out = subprocess.run([sys.executable, "-c", _PROBE, str(seed)], capture_output=True, text=True, check=True)
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["ok"]
    assert report["empty"] == []  # the gazetteer's lexicon and census names among them
    assert report["loaded_later"] == [] and report["imported_later"] == []
