"""briefgen: structured one-page briefs of news articles, offline and extractive."""

from __future__ import annotations

__version__ = "0.1.0"

from .config import Settings
from .errors import BriefgenError, ConfigError, InputError, RenderError, TemplateError
from .model import Brief, Item, Section, Sentence
from .pipeline import build_brief, summarize
from .fit import fit_brief, render_pdf
from .render import render_html, render_json, render_markdown

__all__ = [
    "Brief", "BriefgenError", "ConfigError", "InputError", "Item", "RenderError", "Section", "Sentence",
    "Settings", "TemplateError", "__version__", "build_brief", "fit_brief", "render_html", "render_json",
    "render_markdown", "render_pdf", "summarize",
]
