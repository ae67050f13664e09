"""Public result types: pure logic, no model, no index."""

from __future__ import annotations

import warnings

import pytest

from assistant.types import ArticleInfo, Removal


def test_counts_are_paragraph_count_and_paragraphs_is_a_deprecated_alias() -> None:
    info = ArticleInfo("harbour", "Harbour Reopens", 7, "/srv/corpus/harbour.txt", "h1")
    removal = Removal("harbour", 7, ".removed/harbour.txt")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # the new name warns about nothing
        assert info.paragraph_count == removal.paragraph_count == 7
        info_json, removal_json = info.to_dict(), removal.to_dict()
    with pytest.warns(DeprecationWarning, match=r"ArticleInfo.paragraphs is deprecated: use .*count"):
        assert info.paragraphs == 7
    with pytest.warns(DeprecationWarning, match=r"Removal.paragraphs is deprecated: use .*paragraph_count"):
        assert removal.paragraphs == 7
    # JSON carries the new field and, for one more release, the old one with the same number.
    assert (info_json["paragraph_count"], info_json["paragraphs"]) == (7, 7)
    assert info_json["source"] == "harbour.txt"  # still no server path
    assert removal_json == {
        "article_id": "harbour", "paragraph_count": 7, "moved_to": ".removed/harbour.txt", "paragraphs": 7
    }  # fmt: skip
