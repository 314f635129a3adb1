"""The records of the actors section's reading (sections stage): a name's mention and a parsed run."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .. import gazetteer as gz
from ._tokens import Token

# How a mention uses its name (Mention.use): as a common noun's head ("a DVD", "two PCs"), as a modifier of a
# common noun that names no people ("RFID tags", "the HBO documentary"), or as an actor's ("Acme said", "at Acme",
# "Acme officials").
THING_USE = "thing"
MODIFIER_USE = "modifier"
ACTOR_USE = "actor"

# A mention after a locative ("in Kursk", "near Moscow") names where something happens rather than
# who acts: it counts this much of a mention.
SETTING_WEIGHT = 0.5


@dataclass
class Mention:
    """One occurrence of a name, with what its context says about it."""

    sentence: int
    start: int
    end: int
    surface: str
    words: tuple[str, ...]
    known: gz.Known | None
    headline: bool
    votes: Counter = field(default_factory=Counter)
    role: str | None = None
    quote: tuple[int, int] = (0, 0)
    modifier: bool = False  # only qualifies a role ("Russian" in "Russian President Vladimir Putin")
    setting: bool = False  # after a locative: where something happens ("in Kursk")
    placed: bool = False  # its state or country after a comma ("Eufaula, Oklahoma"): a town in its own right
    trusted: bool = True  # its first word is capitalised where capitals mean something (not opening a sentence)
    use: str | None = None  # THING_USE, MODIFIER_USE, ACTOR_USE, or None when the words around it do not say

    @property
    def weight(self) -> float:
        """How much the mention counts towards its actor's salience: SETTING_WEIGHT for a setting or a country
        named only by its adjective ("their South Korean counterparts": the guideline's optional actor), else one."""
        demonym = self.known is not None and self.known.via == gz.VIA_DEMONYM
        return SETTING_WEIGHT if self.setting or demonym else 1.0


@dataclass
class Parsed:
    """A capitalised run read as [modifiers] [title] name, with the role's extent in the text."""

    tokens: list[Token]
    first: int  # index of tokens[0] in the sentence
    title_start: int  # tokens[:title_start] qualify the title ("Russian" President)
    title_end: int  # tokens[:title_end] are the role's words inside the run, tokens[title_end:] the name
    role_start: int | None = None  # offset where the role starts (may be before the run)
    role_end: int | None = None
    honorific: bool = False
    # Words taken into a lower-case role noun before the name ("Labour" leader Ed Miliband): who employs
    # the person, an actor of its own; words qualifying a capitalised title ("Defense" Secretary) are not.
    employer: bool = False
    # ... unless the role is a performer's ("former Friends actor Matt LeBlanc", "Top Gear presenter"):
    # then those words name a show or a film, a work and no actor.
    performer: bool = False
    # A plural role noun before the name alone ("champions Arsenal"): the name is a team's or a group's.
    group: bool = False
