"""Tests for the segment stage: the hand-written boundary set, offsets, lines, speed and word tokens.

`python tests/test_segment.py` prints the boundary-set figures for stock Punkt and for `split_sentences`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.model import Article
from briefgen.segment import SumyTokenizer, _punkt, dateline_outlet, split_sentences, tokenize_words

BOUNDARIES = Path(__file__).resolve().parent / "data" / "boundaries.txt"


def load_cases(path: Path = BOUNDARIES) -> list[tuple[str, list[str]]]:
    """(name, expected sentences) per block; the input text is the sentences joined by one space."""
    cases = []
    for block in path.read_text("utf-8").split("\n\n"):
        lines = [line for line in block.splitlines() if line.strip()]
        name = " ".join(line[1:].strip() for line in lines if line.startswith("#"))
        sentences = [line for line in lines if not line.startswith("#")]
        if sentences:
            cases.append((name, sentences))
    return cases


CASES = load_cases()


def sentences_of(text: str, **kwargs) -> list[str]:
    return [s.text for s in split_sentences(Article(text=text, title="", source="", **kwargs)).sentences]


def stock_punkt(text: str) -> list[str]:
    """Punkt with the packaged English parameters and nothing else: the baseline."""
    return [text[a:b] for a, b in _punkt("english").span_tokenize(text)]


def _ends(text: str, sentences: list[str]) -> set[int]:
    ends, cursor = set(), 0
    for sentence in sentences:
        cursor = text.index(sentence, cursor) + len(sentence)
        ends.add(cursor)
    return ends - {len(text)}


def score(split, cases=CASES) -> dict[str, float]:
    """Exact-match accuracy over cases and boundary precision/recall of a splitter on the set."""
    exact = tp = fp = fn = 0
    for _, expected in cases:
        text = " ".join(expected)
        got = split(text)
        exact += got == expected
        found, wanted = _ends(text, got), _ends(text, expected)
        tp, fp, fn = tp + len(found & wanted), fp + len(found - wanted), fn + len(wanted - found)
    return {
        "cases": len(cases),
        "exact": exact / len(cases),
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
    }


def test_boundary_set_is_large_and_well_formed():
    assert len(CASES) >= 80
    assert all(name for name, _ in CASES)
    assert all(s == s.strip() and s for _, sentences in CASES for s in sentences)


@pytest.mark.parametrize("expected", [c[1] for c in CASES], ids=[c[0] for c in CASES])
def test_boundary_case(expected):
    assert sentences_of(" ".join(expected)) == expected


def test_refined_beats_stock_punkt():
    # A pinned quality gate: the rules must stay clearly ahead of the baseline they refine.
    stock, refined = score(stock_punkt), score(sentences_of)
    assert refined["exact"] >= stock["exact"] + 0.15
    assert refined["precision"] > stock["precision"] and refined["recall"] >= stock["recall"]


def test_month_abbreviation_before_day_is_not_split():
    assert sentences_of("The deadline is Oct. 31 for all applications.") == [
        "The deadline is Oct. 31 for all applications."
    ]


def test_initialism_before_noun_is_not_split():
    assert len(sentences_of("The U.S. government said it would respond.")) == 1


@pytest.mark.parametrize("text", ["She has won six U.S. Opens and five Wimbledons.",
                                  "Police questioned 20 U.K. Nationals on Monday."])
def test_an_initialism_after_a_number_qualifies_the_noun_after_it(text):
    assert sentences_of(text) == [text]


def test_a_time_after_a_number_still_ends_a_sentence():
    assert len(sentences_of("The bar gets busy after 9 p.m. So what's up with the moose heads?")) == 2


def test_initialism_before_opener_is_split():
    assert sentences_of("The drug is sold in the U.S. The maker wants more.") == [
        "The drug is sold in the U.S.",
        "The maker wants more.",
    ]


def test_quote_and_attribution_stay_together():
    assert sentences_of('"Why?" he asked. "Is it safe?" Smith asked.') == [
        '"Why?" he asked.',
        '"Is it safe?" Smith asked.',
    ]
    assert sentences_of("“We are ready,” she said. “Count on it.”") == [
        "“We are ready,” she said.",
        "“Count on it.”",
    ]


def test_lower_case_never_starts_a_sentence_but_brands_do():
    assert sentences_of("He paused... then went on.") == ["He paused... then went on."]
    assert sentences_of("Apple sold fewer phones. iPhone sales fell.") == [
        "Apple sold fewer phones.",
        "iPhone sales fell.",
    ]


def test_acronym_after_time_is_not_a_sentence():
    assert len(sentences_of("The show airs at 8 p.m. ET on Fridays.")) == 1


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("(CNN)Gov. Ann Lee spoke. Nobody asked questions.", "Gov. Ann Lee spoke."),
        ("(CNN)A strong earthquake struck off the coast on Friday. No damage was reported.",
         "A strong earthquake struck off the coast on Friday."),
        ("(CNN) -- Rescue teams reached the village on Sunday. They found 12 survivors.",
         "Rescue teams reached the village on Sunday."),
        ("WASHINGTON (Reuters) — The Senate passed the bill on Tuesday. It now goes to the House.",
         "The Senate passed the bill on Tuesday."),
        ("LONDON, England (CNN) -- The queen made a rare appearance.", "The queen made a rare appearance."),
        ("BEIRUT — Shelling resumed on Monday. Residents fled.", "Shelling resumed on Monday."),
        ("(The Hollywood Reporter)Ivo Marsh is ready to fly. Filming starts soon.", "Ivo Marsh is ready to fly."),
    ],
)
def test_a_wire_dateline_is_not_part_of_the_first_sentence(text, first):
    doc = split_sentences(Article(text=text, title="", source=""))
    assert doc.sentences[0].text == first
    assert text[doc.sentences[0].start : doc.sentences[0].end] == first


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        ("(CNN)Gov. Ann Lee spoke.", "CNN"),
        ("WASHINGTON (Reuters) — The Senate passed the bill on Tuesday.", "Reuters"),
        ("(The Hollywood Reporter)Ivo Marsh is ready to fly.", "Hollywood Reporter"),
        ("BEIRUT — Shelling resumed on Monday.", None),
        ("Shelling resumed on Monday, CNN said.", None),
    ],
)
def test_the_dateline_names_the_outlet_that_published_the_story(text, outlet):
    assert dateline_outlet(Article(text=text, title="", source="")) == outlet
    # The dateline opens the body, after the headline.
    assert dateline_outlet(Article(text="Senate acts\n" + text, title="", source="", body_start=12)) == outlet


def test_capitals_that_are_not_a_dateline_stay():
    assert sentences_of("NATO said it would act. It did.") == ["NATO said it would act.", "It did."]
    assert sentences_of("(CNN)") == ["(CNN)"]
    # A body's name with its acronym in brackets opens the story: no outlet's tag.
    assert sentences_of("The Open Society Institute (OSI), financed by a donor, has spoken.")[0].startswith("The Open")


def test_offsets_ids_and_paragraphs_are_exact():
    text = "  A man ran.  He fell.\n\nThe U.S. team won.   It was 3-1. \n"
    doc = split_sentences(Article(text=text, title="", source=""))
    assert [s.id for s in doc.sentences] == [0, 1, 2, 3]
    for s in doc.sentences:
        assert s.text == text[s.start : s.end]
        assert s.text == s.text.strip() and s.text
    assert [s.text for s in doc.sentences] == ["A man ran.", "He fell.", "The U.S. team won.", "It was 3-1."]
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1, 1]


def test_headline_flag_follows_body_start():
    text = "Storm hits coast\nThe storm hit at dawn. Power is out."
    doc = split_sentences(Article(text=text, title="Storm hits coast", source="", body_start=17))
    assert [(s.text, s.headline) for s in doc.sentences] == [
        ("Storm hits coast", True),
        ("The storm hit at dawn.", False),
        ("Power is out.", False),
    ]
    assert [s.text for s in doc.body] == ["The storm hit at dawn.", "Power is out."]


def test_line_breaks_are_hard_boundaries():
    # No period at the end of a line, and a title abbreviation at a line end: still two sentences.
    assert sentences_of("Key facts\nThe meeting starts at noon") == ["Key facts", "The meeting starts at noon"]
    assert sentences_of("He thanked Gov.\nNewsom for the help.") == ["He thanked Gov.", "Newsom for the help."]


def test_empty_and_blank_lines_are_skipped():
    assert sentences_of("") == []
    assert sentences_of("\n\n   \n") == []
    doc = split_sentences(Article(text="One.\n\n \n\nTwo.", title="", source=""))
    assert [(s.text, s.paragraph) for s in doc.sentences] == [("One.", 0), ("Two.", 1)]


def test_text_is_assumed_free_of_carriage_returns():
    # ingest.decode turns CRLF and CR into "\n"; a stray CR is still treated as a line break.
    assert sentences_of("First line.\r\nSecond line.") == ["First line.", "Second line."]


def test_offsets_on_unicode_text():
    text = "Café owners «protested». The mayor – née Ruiz – agreed… Then it rained."
    doc = split_sentences(Article(text=text, title="", source=""))
    assert [s.text for s in doc.sentences] == [
        "Café owners «protested».",
        "The mayor – née Ruiz – agreed…",
        "Then it rained.",
    ]
    assert all(text[s.start : s.end] == s.text for s in doc.sentences)


@pytest.mark.timeout(10)  # a hang guard, not a timing assertion: the machines are shared and noisy
def test_long_article_is_fast():
    text = " ".join(
        f"Mr. Smith told the U.S. panel on Oct. {i % 28 + 1} that sales rose {i}.5 percent." for i in range(200)
    )
    doc = split_sentences(Article(text=text, title="", source=""))
    assert len(doc.sentences) == 200


@pytest.mark.timeout(30)  # a hang guard; benchmarks/speed.py times a 200,000-sentence article
def test_long_line_without_periods_does_not_hang():
    text = "word " * 20_000 + "and more words" + "!" * 5_000 + " x" + "." * 20_000
    doc = split_sentences(Article(text=text, title="", source=""))
    assert all(text[s.start : s.end] == s.text for s in doc.sentences)


def test_tokenize_words_drops_punctuation_and_numbers():
    assert tokenize_words("The U.S. government’s plan, he said, cost $4.5 billion!") == [
        "The",
        "government",
        "plan",
        "he",
        "said",
        "cost",
        "billion",
    ]


def test_sumy_tokenizer():
    tokenizer = SumyTokenizer("english")
    assert tokenizer.to_sentences("Mr. Lee won. He smiled.") == ("Mr. Lee won.", "He smiled.")
    assert tokenizer.to_words("Mr. Lee won.") == ("Lee", "won")  # "Mr." is not a word token


if __name__ == "__main__":
    for label, split in (("stock Punkt", stock_punkt), ("split_sentences", sentences_of)):
        figures = score(split)
        print(
            f"{label:16} cases {figures['cases']}  exact {figures['exact']:.1%}  "
            f"boundary P {figures['precision']:.3f}  R {figures['recall']:.3f}"
        )


def test_full_width_sentence_ends_split_chinese_and_japanese() -> None:
    text = "北京市政府周一宣布了一项新的预算计划。该计划将在明年实施！官员表示：“预算将增加。”他没有说明细节。"
    doc = split_sentences(Article(text=text, title="", source=""))
    assert [s.text for s in doc.sentences] == [
        "北京市政府周一宣布了一项新的预算计划。", "该计划将在明年实施！", "官员表示：“预算将增加。”", "他没有说明细节。"]
    assert all(text[s.start:s.end] == s.text for s in doc.sentences)


def test_a_documents_quote_finds_the_one_sentence_holding_a_span_and_refuses_a_span_across_two():
    text = "A man ran. He fell down. The U.S. team won."
    doc = split_sentences(Article(text=text, title="", source=""))
    second = doc.sentences[1]
    quote = doc.quote(second.start + 3, second.end - 1)
    assert quote.sentence_id == second.id and quote.text == text[second.start + 3 : second.end - 1]
    assert doc.quote(0, 1).sentence_id == 0 and doc.quote(doc.sentences[-1].start, len(text)).sentence_id == 2
    with pytest.raises(ValueError, match="does not lie inside one sentence"):
        doc.quote(second.start, doc.sentences[2].start + 2)


def _as_data(params) -> tuple:
    return (set(params.abbrev_types), set(params.collocations), set(params.sent_starters), dict(params.ortho_context))


def test_punkt_parameters_come_back_from_the_table_cache_as_the_package_gives_them(tmp_path, monkeypatch):
    import punkt

    from briefgen import segment, tablecache

    monkeypatch.setenv(tablecache.CACHE_ENV, str(tmp_path))
    text = "Mr. Lee met Gen. Ruiz at 3 p.m. on Oct. 4. They talked. The U.S. Senate voted."
    _punkt.cache_clear()
    try:
        built = _punkt("english")
        assert len(list(tmp_path.glob("punkt-*"))) == 1
        _punkt.cache_clear()
        # The second tokenizer must be made from the entry alone: the package is not read again.
        monkeypatch.setattr(segment, "_trained_parameters", lambda language: pytest.fail("read the package"))
        read = _punkt("english")
    finally:
        _punkt.cache_clear()
    trained = punkt.load_model("english")
    expected = (set(trained.abbrev_types), set(trained.collocations), set(trained.sent_starters),
                dict(trained.ortho_context))
    assert _as_data(built._params) == _as_data(read._params) == expected  # before tokenizing adds unseen words
    spans = list(read.span_tokenize(text))
    assert spans == list(built.span_tokenize(text)) and len(spans) == 3


def test_a_language_without_a_punkt_model_is_read_from_the_package_with_english_parameters(tmp_path, monkeypatch):
    from briefgen import segment, tablecache

    monkeypatch.setenv(tablecache.CACHE_ENV, str(tmp_path))
    assert segment._punkt_sources("klingon") is None
    _punkt.cache_clear()
    try:
        assert _as_data(_punkt("klingon")._params) == _as_data(_punkt("english")._params)
    finally:
        _punkt.cache_clear()
    assert [p.name.split("-")[0] for p in tmp_path.iterdir()] == ["punkt"]  # the English entry only


def test_content_stems_are_the_same_once_the_word_memo_is_full(monkeypatch):
    from briefgen import segment

    text = "The Ministers said a minister's plans were delayed; the ministers' delays annoyed planners in Oslo."
    expected = ["minist", "minist", "plan", "delay", "minist", "delay", "annoy", "planner", "oslo"]  # "said": a stop word
    segment._word_stems.cache_clear()
    try:
        assert segment.content_stems(text) == expected  # stop words and one-letter words dropped, order kept
        assert segment.content_stems(text) == expected  # read back from the memo
        segment._word_stems.cache_clear()
        monkeypatch.setattr(segment, "MAX_REMEMBERED_WORDS", 3)
        assert segment.content_stems(text) == expected == segment.content_stems(text)
        assert len(segment._word_stems("english")) == 3
    finally:
        segment._word_stems.cache_clear()
