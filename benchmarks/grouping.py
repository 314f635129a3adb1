"""Benchmark (stories stage): pairwise precision and recall of same-story grouping, written to RESULTS.md.

The test set is `tests/data/stories/` (hand-written: the same story rewritten by several outlets,
different stories on one topic, unrelated stories; truth in `groups.json`). Every pair of articles is
judged: grouped together or not, against the truth. The threshold sweep shows where the named
`SAME_STORY_THRESHOLD` sits. With `--dev`, the 300 dev-corpus articles (read from
`../shared/corpus/dev/` at run time) show what the grouping merges on real news; the corpus has no
story labels, so those merges were judged by reading them (see `DEV_JUDGEMENT`).

    .venv/bin/python benchmarks/grouping.py [--dev] [--write]
"""

from __future__ import annotations

import argparse
import datetime
import itertools
import json
import platform
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_file import RESULTS, publish_section  # noqa: E402

from briefgen.model import Article
from briefgen.pipeline import brief_file, brief_from_article
from briefgen.stories import SAME_STORY_THRESHOLD, cluster, group_profiles, profile_brief, similarity_matrix

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "tests" / "data" / "stories"
CORPUS_DIR = ROOT.parent / "shared" / "corpus" / "dev"
HEADING = "## Story grouping"
# Reading of the dev-corpus merges at 0.45 (openings and bodies, by hand, 2026-11-25; the two merges
# new on 2026-12-01 by their openings): re-judge if the grouping changes.
DEV_JUDGEMENT = (
    "Judged by reading them: 9 are the same event covered twice (Cyclone Pam, Nigeria's election, Saudi troops "
    "and Yemen, Hamilton in Melbourne, Tikrit, the attack on ambassador Lippert, Microsoft's desktop search, "
    "Hollywood's suits against pirates, the Republican letter to Iran) and 5 are the same topic but different "
    "stories (Serena Williams' career and her Indian Wells withdrawal, two music download items, two Lions "
    "selection items, two witnesses' testimony at the Boston bombing trial, an Illinois ISIS-support arrest and "
    "a round-up of American ISIS cases): pairwise precision about 9/14 = 0.64 on real news; recall cannot be "
    "measured without labels. The last two merges are new on 2026-12-01 (12 groups on 2026-11-25; the full "
    "matrix gives them, so they come from changes to the briefs since, not from the candidate search). "
    "(Before wire datelines were split off the first sentence, the two Boston witnesses' stories, both opening "
    "\"Boston (CNN)\", also merged.)"
)
SWEEP = [round(0.2 + 0.05 * i, 2) for i in range(11)]


def pairwise(groups: list[list[int]], truth: list[str]) -> tuple[float, float, int, int, int]:
    """Pairwise precision, recall and the true-positive, false-positive and false-negative counts."""
    found = {frozenset(p) for g in groups for p in itertools.combinations(g, 2)}
    same = {frozenset((i, j)) for i, j in itertools.combinations(range(len(truth)), 2) if truth[i] == truth[j]}
    tp, fp, fn = len(found & same), len(found - same), len(same - found)
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, tp, fp, fn


def dev_articles() -> list[Article]:
    """The dev corpus as articles (title line when the item has one)."""
    articles = []
    for name in ("dev_cnndm.jsonl", "dev_bbc.jsonl"):
        for line in (CORPUS_DIR / name).read_text("utf-8").splitlines():
            item = json.loads(line)
            title = item.get("title") or item["id"]
            articles.append(Article(text=f"{title}\n{item['article']}", title=title, source=item["id"], body_start=0))
    return articles


def section(dev: bool) -> str:
    """The `## Story grouping` section as Markdown."""
    truth_map = json.loads((STORIES / "groups.json").read_text("utf-8"))
    files = sorted(truth_map)
    truth = [truth_map[f] for f in files]
    briefs = [brief_file(str(STORIES / f)) for f in files]
    matrix = similarity_matrix(briefs)
    same = [matrix[i][j] for i, j in itertools.combinations(range(len(files)), 2) if truth[i] == truth[j]]
    diff = [matrix[i][j] for i, j in itertools.combinations(range(len(files)), 2) if truth[i] != truth[j]]
    lines = [
        HEADING, "",
        "Pairwise precision/recall of grouping articles into stories (a pair is positive when both articles are",
        ("in one story). Test set: `tests/data/stories/`, "
         f"{len(files)} hand-written articles in {len(set(truth))} stories: 3 stories told by 2-3 outlets each"),
        "plus a 4th (a report and its denial), different stories on one topic (two central banks, two fires and a",
        "flood, two stories about one company) and unrelated ones. Similarity = TF-IDF cosine of stemmed content",
        "words + 0.25 x Jaccard of names + 0.25 x Jaccard of figures >= 10; average-link clustering.",
        "",
        f"- command: `cd /work/main && .venv/bin/python benchmarks/grouping.py{' --dev' if dev else ''} --write`",
        f"- machine: Python {platform.python_version()}; {datetime.date.today().isoformat()}",
        (f"- similarity of same-story pairs: min {min(same):.3f}, max {max(same):.3f}; of different-story pairs: "
         f"max {max(diff):.3f} (the gap the threshold sits in)"),
        "",
        "| threshold | precision | recall | F1 | TP | FP | FN |",
        "|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for threshold in sorted(set(SWEEP) | {SAME_STORY_THRESHOLD}):
        p, r, tp, fp, fn = pairwise(cluster(matrix, threshold), truth)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        mark = " **(used)**" if threshold == SAME_STORY_THRESHOLD else ""
        lines.append(f"| {threshold:.2f}{mark} | {p:.3f} | {r:.3f} | {f1:.3f} | {tp} | {fp} | {fn} |")
    lines += ["", _same_groups("test set", briefs, cluster(matrix, SAME_STORY_THRESHOLD))]
    if dev:
        articles = dev_articles()
        dev_briefs = [brief_from_article(a) for a in articles]
        groups = cluster(similarity_matrix(dev_briefs), SAME_STORY_THRESHOLD)
        lines += ["", _same_groups("dev corpus", dev_briefs, groups)]
        merged = [g for g in groups if len(g) > 1]
        pairs = sum(len(g) * (len(g) - 1) // 2 for g in merged)
        lines += ["", f"Dev corpus ({len(articles)} CNN and BBC articles, not labelled) at the used threshold: "
                  f"{len(merged)} groups of several articles, {pairs} merged pairs out of "
                  f"{len(articles) * (len(articles) - 1) // 2}: "
                  + "; ".join(" + ".join(articles[i].source for i in g) for g in merged) + ".", "", DEV_JUDGEMENT]
    return "\n".join(lines) + "\n"


def _same_groups(name: str, briefs, full: list[list[int]]) -> str:
    """Whether the scaling grouping (candidate search, then each component clustered) gives the full matrix's groups."""
    grouping = group_profiles([profile_brief(b) for b in briefs])
    same = sorted(sorted(g) for g in grouping.groups) == full
    n = len(briefs)
    return (f"Candidate search (`group_profiles`, as `briefgen daily` groups) on the {name}: "
            f"**{'same' if same else 'DIFFERENT'} groups** as the full matrix at the used threshold, "
            f"{grouping.candidates} candidate pairs of {n * (n - 1) // 2}.")


def main() -> None:
    """Print the section; with --write also store it in RESULTS.md."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", action="store_true", help="also count false merges on the 300 dev articles")
    parser.add_argument("--write", action="store_true", help=f"update the {HEADING} section of {RESULTS}")
    args = parser.parse_args()
    text = section(args.dev)
    publish_section(text, HEADING, args.write)


if __name__ == "__main__":
    main()
