"""Errors (leaf module): one hierarchy, raised by the library, reported by the CLI."""

from __future__ import annotations


class BriefgenError(Exception):
    """Base of every error briefgen raises on purpose; its message is meant for a user."""

    exit_code = 1


class InputError(BriefgenError):
    """An input file cannot be read or holds no usable article."""


class ConfigError(BriefgenError):
    """A setting, flag or config file value is invalid."""

    exit_code = 2


class TemplateError(BriefgenError):
    """A template is missing or fails to render."""

    exit_code = 2


class RenderError(BriefgenError):
    """Markdown, HTML or PDF output could not be produced."""


class ClusterError(BriefgenError):
    """A task failed on the execution backend itself (a Dask cluster), not because of an input."""

    exit_code = 2
