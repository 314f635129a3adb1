"""Draw the annotated sample of the sections benchmark. Run once per batch; the output is `ids.json`.

    python benchmarks/data/sections/choose_ids.py > benchmarks/data/sections/ids.json

Batch 1 (2026-12-01, seed 20261201): 20 CNN and 20 BBC dev articles, each source split at random
into a tuning half (`tune`) and a held-back half (`held`).

Batch 2 (2026-12-01, seed 20261202): 12 more CNN and 12 more BBC articles drawn at random from those
not in batch 1, all for tuning (`tune2`). The tuning half of batch 1 had become too small to develop
against without fitting its particular articles; the held-back half is unchanged.

Batch 3 (2026-12-01, seed 20261203): 12 more CNN and 12 more BBC articles drawn at random from those
in neither batch, held back (`held2`): a second sample that is only ever scored, drawn after the
changes made against batch 2, to see whether they carry to news nobody developed them on.

Batch 4 (2026-12-01, seed 20261204): 12 more CNN and 12 more BBC articles drawn at random from those
in no batch, for tuning (`tune3`): more news to develop against, the held-back parts unchanged.

Batch 5 (2026-12-01, seed 20261205): 12 more CNN and 12 more BBC articles drawn at random from those
in no batch, for tuning (`tune4`): fresh news whose first score shows how the changes made against
batches 1 to 4 carry, and which later changes may be developed against.

Batch 6 (2026-12-01, seed 20261206): 12 more CNN and 12 more BBC articles drawn at random from those
in no batch, held back (`held3`): drawn after the changes made against batch 5, only ever scored.

Batch 7 (2026-12-01, seed 20261207): 12 more CNN and 12 more BBC articles drawn at random from those
in no batch, for tuning (`tune5`).

Batch 8 (2026-12-01, seed 20261208): 12 more CNN articles drawn at random from those in no batch and
the 8 BBC articles no batch had taken (the BBC dev file holds 100), for tuning (`tune6`): its first score shows how the changes made against batches 1 to 7
carry to fresh news.

Batch 9 (2026-12-02, seed 20261209): 24 more CNN articles drawn at random from those in no batch (the
BBC file has none left), for tuning (`tune7`): its first score shows how the changes made against
batches 1 to 8 carry to fresh news, and it gives later changes news they were not built on.

Batch 10 (2026-12-02, seed 20261210): 24 more CNN articles drawn at random from those in no batch, held
back (`held4`): only ever scored. The six articles read as whole briefs while developing on 2026-12-02
(`SEEN`) were left out of its pool, so no article of it has been looked at by a developer.

Batch 11 (2026-12-02, seed 20261211): 24 more CNN articles drawn at random from those in no batch, the
`SEEN` six in its pool (three were drawn), for tuning (`tune8`): its first score shows how the changes
made against batches 1 to 9 carry to fresh news, and it gives later changes news they were not built
on. 24 CNN articles are left in no batch, three of them `SEEN`.
"""

import json
import random
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus" / "dev"
SOURCES = ("dev_cnndm.jsonl", "dev_bbc.jsonl")


def ids_of(name: str) -> list[str]:
    return [json.loads(line)["id"] for line in (CORPUS / name).open(encoding="utf-8")]


# The later batches, in the order they were drawn: (seed key, seed, part, articles per source). Each
# draws its articles at random from those in no earlier batch.
LATER_BATCHES = (
    ("seed2", 20261202, "tune2", {"dev_cnndm.jsonl": 12, "dev_bbc.jsonl": 12}),
    ("seed3", 20261203, "held2", {"dev_cnndm.jsonl": 12, "dev_bbc.jsonl": 12}),
    ("seed4", 20261204, "tune3", {"dev_cnndm.jsonl": 12, "dev_bbc.jsonl": 12}),
    ("seed5", 20261205, "tune4", {"dev_cnndm.jsonl": 12, "dev_bbc.jsonl": 12}),
    ("seed6", 20261206, "held3", {"dev_cnndm.jsonl": 12, "dev_bbc.jsonl": 12}),
    ("seed7", 20261207, "tune5", {"dev_cnndm.jsonl": 12, "dev_bbc.jsonl": 12}),
    ("seed8", 20261208, "tune6", {"dev_cnndm.jsonl": 12, "dev_bbc.jsonl": 12}),
    ("seed9", 20261209, "tune7", {"dev_cnndm.jsonl": 24, "dev_bbc.jsonl": 0}),
    ("seed10", 20261210, "held4", {"dev_cnndm.jsonl": 24, "dev_bbc.jsonl": 0}),
    ("seed11", 20261211, "tune8", {"dev_cnndm.jsonl": 24, "dev_bbc.jsonl": 0}),
)
# Articles a developer read as whole briefs before batch 10 was drawn: never in a held-back part.
SEEN = frozenset({
    "cnndm-5ab7369caf1bf06edb7e9331c0bda99490d3943d", "cnndm-52c9a9cdbf4aa742511a2615bd47042f3b707604",
    "cnndm-d1bf4957198e4aec08f1b32c1dab2df6df184f1e", "cnndm-0204ba616c32c31cbe7e6b8afc32d5798dd6888b",
    "cnndm-5c1e37dadc54214cdf0f7ea9dba690469dff7d78", "cnndm-e48ebe5d13d05da58e58b405b59aeccda03c5627",
})

rng = random.Random(20261201)  # the day the first sample was drawn
split: dict = {"seed": 20261201, "tune": [], "held": []}
for name in SOURCES:
    chosen = rng.sample(ids_of(name), 20)
    split["tune"] += sorted(chosen[:10])
    split["held"] += sorted(chosen[10:])
taken = set(split["tune"]) | set(split["held"])
for seed_key, seed, part, per_source in LATER_BATCHES:
    rng = random.Random(seed)
    split[seed_key], split[part] = seed, []
    for name in SOURCES:
        open_pool = seed < 20261210 or not part.startswith("held")  # SEEN is kept out from batch 10 on
        pool = [i for i in ids_of(name) if i not in taken and (open_pool or i not in SEEN)]
        split[part] += sorted(rng.sample(pool, min(per_source[name], len(pool))))  # batch 8: the last 8 BBC
    taken |= set(split[part])
print(json.dumps(split, indent=2))
