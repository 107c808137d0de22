"""When two written names are the same name: the one normaliser of names.

``name_key`` is what resolve matches aliases and profiles by, what decides whether two
names that slug alike are one entity, and what the site links a mentioned name to its
page by. (``iri.slugify`` is a different thing: it makes an IRI segment, not a key.)
"""

from __future__ import annotations

import re

_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def name_key(text: str) -> str:
    """``"The U.S. Department  of Commerce"`` → ``"us department of commerce"``: case, a
    leading "the", full stops, the apostrophe's shape and spacing do not matter."""
    text = _LEADING_THE.sub("", text.strip())
    text = text.replace(".", "").replace("’", "'")
    return _SPACES.sub(" ", text).casefold()
