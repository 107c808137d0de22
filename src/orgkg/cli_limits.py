"""``@limit_options``: the input limits of ``orgkg.parse.Limits`` as command-line options.

One decorator, shared by every command that reads profiles (``build``, ``validate``,
``export``), so the options are spelled, documented and checked the same way everywhere::

    @main.command()
    @paths_argument
    @limit_options
    def export(paths, fmt, base, limits):      # limits: orgkg.parse.Limits
        result = api.build(paths, base=base, validate=False, limits=limits)

The options mirror the ``Limits`` fields (``--max-file-bytes``, ``--max-line-chars``,
``--max-fields``, ``--max-field-chars``), so the message of a refused file
("over the limit max_line_chars=20,000 ... raise it (--max-line-chars N ...)") names the
option that raises it. A value is a positive integer, ``_`` separators allowed, with an
optional ``K`` (x1024) or ``M`` (x1024²) suffix: ``--max-file-bytes 4M``. Options left
out keep their defaults; the command receives a single ``limits`` argument.

Nothing heavy is imported here: ``orgkg --help`` stays instant.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

__all__ = ["LIMIT_FIELDS", "Count", "limit_options", "limits_from"]

F = TypeVar("F", bound=Callable[..., Any])

# Limits field → help text. Defaults are read from orgkg.parse.DEFAULT_LIMITS at run time.
LIMIT_FIELDS: dict[str, str] = {
    "max_file_bytes": "Refuse a profile file larger than N bytes",
    "max_line_chars": "Refuse a profile with a line longer than N characters",
    "max_fields": "Refuse a profile with more than N headings",
    "max_field_chars": "Refuse a profile with a field (heading and its body) over N characters",
}
_DEFAULTS_TEXT = {  # kept in step with orgkg.parse.Limits by tests/test_hostile.py
    "max_file_bytes": "1M",
    "max_line_chars": "20000",
    "max_fields": "500",
    "max_field_chars": "100000",
}
_COUNT = re.compile(r"(?P<number>[0-9][0-9_]*)\s*(?P<unit>[kKmM](?:i?[bB])?)?")
_UNITS = {"k": 1024, "m": 1024 * 1024}
_MAX = 2**62  # far beyond any file; keeps arithmetic and messages sane


if TYPE_CHECKING:  # recent clicks type ParamType by its value; older ones cannot subscript it at runtime
    _IntParamType = click.ParamType[int]
else:
    _IntParamType = click.ParamType


class Count(_IntParamType):
    """A positive integer, ``_`` separators allowed, optional K/M (binary) suffix."""

    name = "N"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> int:
        if isinstance(value, int) and not isinstance(value, bool):
            number = value
        else:
            match = _COUNT.fullmatch(str(value).strip())
            if not match or match["number"].endswith("_") or "__" in match["number"]:
                self.fail(f"{value!r} is not a count (e.g. 20000, 64K, 4M)", param, ctx)
            number = int(match["number"].replace("_", ""))
            if match["unit"]:
                number *= _UNITS[match["unit"][0].lower()]
        if not 0 < number <= _MAX:
            self.fail(f"{value!r} must be between 1 and {_MAX}", param, ctx)
        return number


COUNT = Count()


def _option_name(field: str) -> str:
    return "--" + field.replace("_", "-")


def limits_from(values: dict[str, int | None]) -> Any:
    """A ``Limits`` with the given fields set (None: the default). Returns ``Limits``."""
    from orgkg.parse import DEFAULT_LIMITS, Limits

    chosen = {name: value for name, value in values.items() if value is not None}
    return Limits(**chosen) if chosen else DEFAULT_LIMITS


def limit_options(func: F) -> F:
    """Add the four limit options; the command gets ``limits=Limits(...)`` instead."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        values = {name: kwargs.pop(name, None) for name in LIMIT_FIELDS}
        kwargs["limits"] = limits_from(values)
        return func(*args, **kwargs)

    decorated: Callable[..., Any] = wrapper
    for field in reversed(list(LIMIT_FIELDS)):
        decorated = click.option(
            _option_name(field),
            field,
            type=COUNT,
            default=None,
            metavar="N",
            help=f"{LIMIT_FIELDS[field]} (default {_DEFAULTS_TEXT[field]}; K and M suffixes allowed).",
        )(decorated)
    return decorated  # type: ignore[return-value]
