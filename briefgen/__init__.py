"""briefgen: structured one-page briefs of news articles, offline and extractive.

The public names load their stage on first use (PEP 562), so `import briefgen` and the command line
start without the pipeline, the templates or WeasyPrint.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .config import Settings
from .errors import BriefgenError, ConfigError, InputError, RenderError, TemplateError
from .model import Brief, Item, Section, Sentence

# Public name -> the module that defines it.
_LAZY = {
    "build_brief": "pipeline", "summarize": "pipeline", "fit_brief": "fit", "render_pdf": "fit",
    "render_html": "render", "render_json": "render", "render_markdown": "render",
}

__all__ = [
    "Brief", "BriefgenError", "ConfigError", "InputError", "Item", "RenderError", "Section", "Sentence",
    "Settings", "TemplateError", "__version__", "build_brief", "fit_brief", "render_html", "render_json",
    "render_markdown", "render_pdf", "summarize",
]


def __getattr__(name: str):
    """Load a public function's stage the first time it is asked for."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'briefgen' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
