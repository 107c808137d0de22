"""An act's long title after the body that passed it ("a statute of the Parliament of X, An Act
to incorporate the Y Company, passed in …"): the long title is the whole name, no head before
its comma, and "An Act" alone is no title (extract/founding.py). Phrasings written for these
tests."""

from __future__ import annotations

from orgkg.extract.founding import find_instrument


def test_long_title_after_the_parliament_is_the_name() -> None:
    text = (
        "The Railway was incorporated by a statute of the Legislature of the Colony of Avalon, An Act to "
        "incorporate the Avalon Northern Railway Company, passed in May 1861."
    )
    found = find_instrument(text)
    assert found is not None and found.name == "An Act to incorporate the Avalon Northern Railway Company"


def test_article_and_kind_alone_is_no_title() -> None:
    # near miss: no long title follows "An Act", so no instrument is named
    text = "The Railway was incorporated by the Legislature of the Colony of Avalon, An Act passed in May 1861."
    found = find_instrument(text)
    assert found is None or not found.name.endswith("An Act")
