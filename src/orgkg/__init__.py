"""orgkg: organization profiles to validated schema.org + W3C ORG linked data.

The public API (see ``orgkg.api``) is imported lazily, so ``import orgkg`` and
``orgkg --help`` stay fast.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_API = {
    "build": "orgkg.api",
    "build_and_write": "orgkg.api",
    "build_profiles": "orgkg.api",
    "read_profiles": "orgkg.api",
    "serialize": "orgkg.api",
    "validate": "orgkg.api",
    "write": "orgkg.api",
    "BuildResult": "orgkg.api",
    "Severity": "orgkg.model",
    "ExitCode": "orgkg.exitcodes",
    "OrgkgError": "orgkg.errors",
    "InputError": "orgkg.errors",
    "query": "orgkg.sparql",
    "load": "orgkg.loader",
}

__all__ = sorted(_API)


def __getattr__(name: str) -> Any:
    if name in _API:
        import importlib

        return getattr(importlib.import_module(_API[name]), name)
    raise AttributeError(f"module 'orgkg' has no attribute {name!r}")
