"""Stories stage: same-story grouping on a hand-written test set, and merging into one multi-source brief."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefgen import build_brief
from briefgen.pipeline import brief_file
from briefgen.render import brief_to_dict
from briefgen.stories import build_stories, group_briefs, merge_story, source_letter

STORIES = Path(__file__).resolve().parent / "data" / "stories"
TRUTH = json.loads((STORIES / "groups.json").read_text("utf-8"))
FILES = sorted(TRUTH)


@pytest.fixture(scope="module")
def briefs():
    return [brief_file(str(STORIES / name)) for name in FILES]


def _story(stories, name):
    index = FILES.index(name)
    return next(s for s in stories if index in s.members)


def test_grouping_matches_the_hand_labelled_stories(briefs) -> None:
    groups = group_briefs(briefs)
    found = sorted(sorted(FILES[i] for i in g) for g in groups)
    expected: dict[str, list[str]] = {}
    for name in FILES:
        expected.setdefault(TRUTH[name], []).append(name)
    assert found == sorted(sorted(v) for v in expected.values())


def test_merged_story_cites_every_source_and_quotes_check(briefs) -> None:
    stories = build_stories(briefs)
    ferry = _story(stories, "ferry-coastal-wire.txt").brief
    names = {Path(s.name).name for s in ferry.sources}
    assert names == {"ferry-coastal-wire.txt", "ferry-harbour-times.txt", "ferry-island-radio.txt"}
    assert [s.id for s in ferry.sources] == [0, 1, 2]
    assert [s.id for s in ferry.sentences] == list(range(len(ferry.sentences)))
    for sentence in ferry.sentences:
        assert ferry.sources[sentence.source].text[sentence.start:sentence.end] == sentence.text
    for section in ferry.sections:
        for item in section.items:
            for quote in item.quotes:
                source = ferry.sources[ferry.sentences[quote.sentence_id].source]
                assert source.text[quote.start:quote.end] == quote.text
    assert ferry.text == ferry.sources[0].text
    # Actors named by several sources are one actor with their mentions summed.
    reid = [i for i in ferry.section("actors").items if "Reid" in i.text]
    assert len(reid) == 1 and len({ferry.sentences[s].source for s in reid[0].sentence_ids}) == 3
    # One source calls the ship "the ferry Marisol", another only "The Marisol": a vehicle, in no source an actor.
    harbour = briefs[FILES.index("ferry-harbour-times.txt")]
    assert "Marisol" in [i.text for i in harbour.section("actors").items]
    assert "Marisol" not in [i.text for i in ferry.section("actors").items]


def test_different_figures_for_one_thing_become_a_question_naming_both(briefs) -> None:
    stories = build_stories(briefs)
    ferry = _story(stories, "ferry-coastal-wire.txt").brief
    conflicts = [i for i in ferry.section("questions").items if i.fields.get("kind") == "conflict"]
    assert len(conflicts) == 1
    (conflict,) = conflicts
    assert "14 people (source A)" in conflict.text and "17 people (source B)" in conflict.text
    assert [side["value"] for side in conflict.fields["sides"]] == [14.0, 17.0]
    # "112 people" on board and "90 people" rescued count other things: no conflict names them.
    assert "112" not in conflict.text and "90" not in conflict.text
    fire = _story(stories, "carvel-wildfire-a.txt").brief
    (fire_conflict,) = [i for i in fire.section("questions").items if i.fields.get("kind") == "conflict"]
    # "Some 5,000 residents have been evacuated": the perfect passive says what befell them.
    assert "3,000 residents (source A)" in fire_conflict.text
    assert "5,000 residents have been evacuated from Carvel Ridge (source B)" in fire_conflict.text


def test_a_denial_of_another_sources_report_is_a_question(briefs) -> None:
    stories = build_stories(briefs)
    quillon = _story(stories, "quillon-layoffs-report.txt").brief
    denials = [i for i in quillon.section("questions").items
               if i.fields.get("kind") == "conflict" and any(s.get("stance") == "denies" for s in i.fields["sides"])]
    assert len(denials) == 1
    assert {side["stance"] for side in denials[0].fields["sides"]} == {"reports", "denies"}
    assert any("denied reports" in q.text for q in denials[0].quotes)


def test_same_figure_in_two_sources_is_one_item_not_a_conflict(briefs) -> None:
    stories = build_stories(briefs)
    rates = _story(stories, "norland-rates-ledger.txt").brief
    assert not [i for i in rates.section("questions").items if i.fields.get("kind") == "conflict"]
    sixes = [i for i in rates.section("numbers").items if i.fields.get("value") == 6.2]
    assert len(sixes) == 1 and len({rates.sentences[s].source for s in sixes[0].sentence_ids}) == 2


def test_stories_are_ordered_by_sources_then_information(briefs) -> None:
    stories = build_stories(briefs)
    counts = [len(s.brief.sources) for s in stories]
    assert counts == sorted(counts, reverse=True)
    assert [s.salience for s in stories] == sorted((s.salience for s in stories), reverse=True)


def test_single_article_brief_is_valid_under_the_source_schema() -> None:
    brief = build_brief("Bridge Closes\nThe bridge closed on Monday. Engineers found a crack.", source="a.txt")
    assert merge_story([brief]) is brief
    data = brief_to_dict(brief)
    assert [s["id"] for s in data["sources"]] == [0] and data["sources"][0]["source"] == "a.txt"
    assert {s["source"] for s in data["sentences"]} == {0}


def test_source_letters_go_past_z() -> None:
    assert [source_letter(i) for i in (0, 1, 25, 26, 27)] == ["A", "B", "Z", "AA", "AB"]


def test_candidate_search_gives_the_groups_of_the_full_matrix(briefs) -> None:
    from briefgen.stories import cluster, group_profiles, profile_brief, similarity_matrix

    full = cluster(similarity_matrix(briefs))
    grouping = group_profiles([profile_brief(b) for b in briefs])
    assert sorted(sorted(g) for g in grouping.groups) == full
    # Far fewer pairs were scored than all of them, yet none of the merges was missed.
    n = len(briefs)
    assert grouping.candidates < n * (n - 1) // 4


def test_a_pair_the_candidate_search_misses_is_never_merged(briefs) -> None:
    from briefgen.stories import group_profiles, profile_brief

    profiles = [profile_brief(b) for b in briefs]
    assert group_profiles(profiles, pairs=[]).groups == tuple((i,) for i in range(len(briefs)))


def test_candidate_pairs_share_signature_stems() -> None:
    from briefgen.stories import candidate_pairs

    signatures = [("kursk", "troops", "blinken"), ("kursk", "blinken"), ("flood", "troops"), ("comet",),
                  ("kursk", "blinken", "troops")]
    assert candidate_pairs(signatures, min_shared=2) == {(0, 1), (0, 4), (1, 4)}
    assert candidate_pairs(signatures, min_shared=1) == {(0, 1), (0, 2), (0, 4), (1, 4), (2, 4)}
    assert candidate_pairs(signatures, min_shared=3) == {(0, 4)}


def test_a_common_stem_pairs_only_neighbours_and_articles_sharing_a_rare_stem_sort_together() -> None:
    from briefgen.stories import _components, candidate_pairs

    # "said" is in every signature: with one neighbour a side, each article meets at most two others
    # through it, and the pairs it makes chain every article into one (no one is left out).
    said = [("said", f"own{i}") for i in range(9)]
    pairs = candidate_pairs(said, neighbours=1, min_shared=1)
    assert len(pairs) == 8 and len(_components(9, pairs)) == 1
    assert candidate_pairs(said, neighbours=8, min_shared=1) == {(i, j) for i in range(9) for j in range(i + 1, 9)}
    # Articles 2 and 7 share a rare stem ("kursk"): they sort next to each other, so they also meet
    # through the common stems ("said", "year") though eight other articles hold those too.
    common = [("said", "year", "told")] * 10
    common[2], common[7] = ("said", "year", "kursk"), ("said", "year", "kursk")
    assert (2, 7) in candidate_pairs(common, neighbours=1, min_shared=3)


def test_unrelated_articles_are_compared_only_with_a_few_neighbours() -> None:
    from briefgen.stories import NEIGHBOURS, Profile, group_profiles

    # 3,000 articles of shared everyday words plus words of their own: only the everyday words can meet,
    # and through them each article meets only its nearest neighbours, not the other 2,999.
    common = tuple((f"common{k}", 1) for k in range(5))
    profiles = [Profile.of(common + tuple((f"w{i}x{k}", 2) for k in range(30)))
                for i in range(3000)]
    grouping = group_profiles(profiles)
    assert len(grouping.groups) == 3000
    assert 0 < grouping.compared <= 3000 * NEIGHBOURS


def _synthetic_day(n: int, seed: int = 3):
    """Signatures of `n` articles, half of them in pairs telling one story: each pair's own 3 stems, each
    article 29 stems drawn from 400 common ones (Zipf-like), the pair's mates sharing 4 of them."""
    import random

    rng = random.Random(seed)
    pool = [f"common{k}" for k in range(400)]
    weights = [1 / (k + 1) for k in range(400)]
    signatures, stories = [], []
    for story in range(n // 4):
        shared = rng.sample(pool, 4)
        for _ in range(2):
            signatures.append(tuple(sorted({*(f"story{story}x{k}" for k in range(3)), *shared,
                                            *rng.choices(pool, weights, k=25)})))
        stories.append((len(signatures) - 2, len(signatures) - 1))
    while len(signatures) < n:
        signatures.append(tuple(sorted(set(rng.choices(pool, weights, k=29)))))
    return signatures, stories


def test_the_candidate_search_work_per_article_does_not_grow_with_the_day() -> None:
    from briefgen.stories import MIN_SHARED_SIGNATURE, NEIGHBOURS, _index, candidate_pairs

    meetings, exhaustive, candidates = {}, {}, {}
    for n in (1000, 4000, 16000):
        signatures, stories = _synthetic_day(n)
        index = _index(signatures, NEIGHBOURS)
        meetings[n] = index.meetings / n
        held: dict[str, int] = {}
        for terms in signatures:
            for term in terms:
                held[term] = held.get(term, 0) + 1
        exhaustive[n] = sum(c * (c - 1) for c in held.values() if c > 1) / n
        pairs = candidate_pairs(signatures)
        candidates[n] = len(pairs) / n
        # Each story's two articles share 3 stems of their own and 4 common ones: found at every size.
        assert set(stories) <= pairs
        assert meetings[n] <= max(len(s) for s in signatures) * 2 * NEIGHBOURS
    # Meeting every holder of every stem would grow with the day (x16 for 16 times the articles) ...
    assert exhaustive[16000] > 12 * exhaustive[1000]
    # ... the search's meetings and candidates per article do not.
    assert meetings[16000] <= 1.1 * meetings[1000]
    assert candidates[16000] <= 1.1 * candidates[1000]
    # The stories' 3 own stems alone are too few to pair them: their common ones had to meet too.
    assert MIN_SHARED_SIGNATURE > 3


def test_lead_article_is_the_most_central_and_groups_keep_input_order(briefs) -> None:
    from briefgen.stories import group_profiles, profile_brief

    groups = group_profiles([profile_brief(b) for b in briefs]).groups
    assert [min(g) for g in groups] == sorted(min(g) for g in groups)
    ferry = next(g for g in groups if FILES.index("ferry-coastal-wire.txt") in g)
    assert len(ferry) == 3 and sorted(ferry[1:]) == list(ferry[1:])


def test_the_candidate_search_gives_the_same_pairs_in_blocks_and_through_a_mapper(briefs, monkeypatch) -> None:
    import itertools

    from briefgen import stories

    signatures = stories.signatures(stories.Profiles.of(stories.profile_brief(b) for b in briefs))
    whole = stories.candidate_pairs(signatures)
    calls = []

    def mapper(function, blocks):
        blocks = list(blocks)
        calls.append(len(blocks))
        return itertools.starmap(function, blocks)

    monkeypatch.setattr(stories, "CANDIDATE_BLOCK", 4)
    assert stories.candidate_pairs(signatures, mapper=mapper) == whole and whole
    assert calls == [(len(briefs) + 3) // 4]


def test_the_candidate_search_finds_exactly_the_pairs_sharing_enough_signature_stems() -> None:
    import itertools
    import random

    from briefgen.stories import _index, candidate_pairs

    rng = random.Random(7)
    for _ in range(20):
        signatures = [tuple(rng.sample(range(60), rng.randint(0, 12))) for _ in range(rng.randint(2, 120))]
        neighbours, min_shared = rng.choice([1, 3, 10]), rng.choice([1, 2, 3])
        held = {}
        for terms in signatures:
            for term in terms:
                held[term] = held.get(term, 0) + 1
        sharing = {(i, j): set(signatures[i]) & set(signatures[j])
                   for i, j in itertools.combinations(range(len(signatures)), 2)}
        exact = {pair for pair, shared in sharing.items() if len(shared) >= min_shared}
        # With room for every holder, every pair sharing enough stems; with less, only such pairs, and
        # all of those that share enough stems held by at most neighbours + 1 signatures.
        assert candidate_pairs(signatures, neighbours=len(signatures), min_shared=min_shared) == exact
        found = candidate_pairs(signatures, neighbours=neighbours, min_shared=min_shared)
        assert found <= exact
        assert {pair for pair, shared in sharing.items()
                if sum(held[t] <= neighbours + 1 for t in shared) >= min_shared} <= found
        index = _index(signatures, neighbours)
        assert index.meetings <= sum(len(s) for s in signatures) * 2 * neighbours


def test_packed_profiles_keep_every_count_and_group_like_the_profiles(briefs) -> None:
    from briefgen.stories import Profile, Profiles, group_profiles, profile_brief, profile_to_dict

    # Counts past one and two bytes keep their value (the packed width follows the largest count).
    wide = Profile.of([("flood", 3), ("river", 300), ("rain", 70000)], {"kursk"}, {("count", 12, "people")})
    row = Profiles.of([wide]).row(0)
    data = profile_to_dict(wide)
    assert sorted(zip(row.stems.tolist(), row.counts.tolist())) == sorted(zip(data["stems"], data["counts"]))
    assert sorted(row.counts.tolist()) == [3, 300, 70000]
    # 10 and 10.0 are one figure, as in a set of tuples.
    assert (profile_to_dict(Profile.of([], figures={("count", 10, None)}))["figures"]
            == profile_to_dict(Profile.of([], figures={("count", 10.0, None)}))["figures"])
    profiles = [profile_brief(b) for b in briefs]
    assert group_profiles(Profiles.of(profiles)).groups == group_profiles(profiles).groups


def test_a_count_of_people_and_of_passengers_with_one_value_is_one_figure_across_sources(briefs) -> None:
    ferry = _story(build_stories(briefs), "ferry-coastal-wire.txt").brief
    counts = [i for i in ferry.section("numbers").items if i.fields.get("kind") == "count"]
    by_value = {}
    for item in counts:
        by_value.setdefault(item.fields["value"], []).append(item.text)
    # One source counts "112 passengers", another "112 people"; survivors and the dead stay apart.
    assert len(by_value[112.0]) == 1 and len(by_value[90.0]) == 1
    assert any("14" in text for text in by_value[14.0]) and 17.0 in by_value
