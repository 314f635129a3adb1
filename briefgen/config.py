"""Settings (leaf module): one dataclass of every option, with validation that reports all bad keys."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError

PAGE_SIZES = ("A4", "letter")
# Languages sumy 0.13 ships both stop words and a stemmer for (checked by loading each); Punkt parameters
# exist for most of them, and English ones serve the rest.
# Each maps to its ISO 639-1 code, for the `lang` of HTML and PDF metadata.
LANGUAGE_CODES = {
    "arabic": "ar", "chinese": "zh", "czech": "cs", "english": "en", "french": "fr", "german": "de",
    "greek": "el", "hebrew": "he", "italian": "it", "japanese": "ja", "korean": "ko", "polish": "pl",
    "portuguese": "pt", "slovak": "sk", "spanish": "es", "swedish": "sv", "ukrainian": "uk",
}
LANGUAGES = tuple(LANGUAGE_CODES)
# Every output format, and the default set of `briefgen brief` (`daily` has its own: md, pdf, html).
ALL_FORMATS = ("md", "pdf", "json", "html", "epub")
FORMATS = ("md", "pdf", "json")
DAILY_FORMATS = ("md", "pdf", "html", "epub")
DAILY_DEFAULT_FORMATS = ("md", "pdf", "html")
# The record briefgen keeps of the files it wrote in an output folder (publish); a folder holding one is
# briefgen's output, never read back as articles (ingest).
MANIFEST = ".briefgen-manifest.json"


@dataclass(frozen=True)
class Settings:
    """Every option of a brief; defaults here, overridden by `briefgen.toml`, then by CLI flags."""

    sentences: int = 3
    algorithm: str | None = None  # None: the default selector
    language: str = "english"
    page_size: str = "A4"
    templates: Path | None = None
    formats: tuple[str, ...] = FORMATS
    date: str | None = None
    # Longest each section may be before the one-page fitter trims it further.
    max_actors: int = 14
    max_numbers: int = 8
    max_outlook: int = 4
    max_questions: int = 4

    def __post_init__(self) -> None:
        problems = validate(self)
        if problems:
            raise ConfigError("; ".join(problems))

    def replace(self, **changes: object) -> "Settings":
        """A copy with some fields changed (validated again)."""
        return dataclasses.replace(self, **changes)


def validate(settings: Settings) -> list[str]:
    """Every problem with these settings, each naming its key."""
    problems = []
    if not isinstance(settings.sentences, int) or settings.sentences < 1:
        problems.append(f"sentences must be a whole number of at least 1, not {settings.sentences!r}")
    if settings.language not in LANGUAGES:
        problems.append(f"language must be one of {', '.join(LANGUAGES)}, not {settings.language!r}")
    if settings.page_size not in PAGE_SIZES:
        problems.append(f"page_size must be one of {', '.join(PAGE_SIZES)}, not {settings.page_size!r}")
    bad = [f for f in settings.formats if f not in ALL_FORMATS]
    if bad or not settings.formats:
        problems.append(f"formats must be a comma list of {', '.join(ALL_FORMATS)}, not {','.join(settings.formats)!r}")
    for key in ("max_actors", "max_numbers", "max_outlook", "max_questions"):
        value = getattr(settings, key)
        if not isinstance(value, int) or value < 0:
            problems.append(f"{key} must be a whole number of at least 0, not {value!r}")
    if settings.date is not None:
        import datetime

        try:
            datetime.date.fromisoformat(settings.date)
        except (TypeError, ValueError):
            problems.append(f"date must be YYYY-MM-DD, not {settings.date!r}")
    return problems



CONFIG_FILE = "briefgen.toml"


def read_config(path: Path) -> dict:
    """The parsed TOML of a config file; a `ConfigError` names the file and the line of a syntax error."""
    import tomllib

    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"{path}: no such config file") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the config file ({exc.strerror or exc})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML ({exc})") from None


def find_config(explicit: Path | None, cwd: Path | None = None) -> Path | None:
    """The config file to use: the one named with --config, else `briefgen.toml` in the working directory."""
    if explicit is not None:
        return explicit
    candidate = (cwd or Path.cwd()) / CONFIG_FILE
    return candidate if candidate.is_file() else None
