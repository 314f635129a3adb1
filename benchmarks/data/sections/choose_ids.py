"""Draw the annotated sample of the sections benchmark: 20 CNN and 20 BBC dev articles, each source
split at random into a tuning half and a held-back half. Run once; the output is `ids.json`.

    python benchmarks/data/sections/choose_ids.py > benchmarks/data/sections/ids.json
"""

import json
import random
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "dev"
SEED = 20261201  # the day the sample was drawn
PER_SOURCE = 20

rng = random.Random(SEED)
split = {"seed": SEED, "tune": [], "held": []}
for name in ("dev_cnndm.jsonl", "dev_bbc.jsonl"):
    ids = [json.loads(line)["id"] for line in (CORPUS / name).open(encoding="utf-8")]
    chosen = rng.sample(ids, PER_SOURCE)
    split["tune"] += sorted(chosen[: PER_SOURCE // 2])
    split["held"] += sorted(chosen[PER_SOURCE // 2 :])
print(json.dumps(split, indent=2))
