"""The search parser and its two compilers, as rules: what `q` means, and that user text
never becomes tsquery or FTS5 syntax."""

from __future__ import annotations

import pytest
from sqlalchemy.dialects import postgresql

from app.search.query import BadSearch, SearchQuery, Term, fts5_match, parse, tsquery


def word(text: str, excluded: bool = False) -> Term:
    return Term((text,), False, excluded)


def phrase(text: str, excluded: bool = False) -> Term:
    return Term(tuple(text.split()), True, excluded)


@pytest.mark.parametrize(
    ("q", "terms"),
    [
        ("reflux", [word("reflux")]),
        ("Reflux  NIGHT", [word("reflux"), word("night")]),
        ('"silent reflux"', [phrase("silent reflux")]),
        ('"silent reflux', [phrase("silent reflux")]),  # an unclosed quote runs to the end
        ("reflux -night", [word("reflux"), word("night", True)]),
        ('reflux -"at night"', [word("reflux"), phrase("at night", True)]),
        ("co-sleeping", [phrase("co sleeping")]),
        ("the reflux of", [word("reflux")]),
        ('"the night"', [phrase("the night")]),  # a phrase keeps its stop words
        ("reflux reflux", [word("reflux")]),
        ("rock:* & !chair", [word("rock"), word("chair")]),
        ("NEAR(a b)", [phrase("near a"), word("b")]),
        ("snake_case", [phrase("snake case")]),
        ("café", [word("café")]),
        ("-", []),
    ][:-1],
)
def test_parse(q: str, terms: list[Term]) -> None:
    assert parse(q) == SearchQuery(tuple(terms))


@pytest.mark.parametrize(
    "q",
    ["", " ", "-reflux", "-a -b", "the of and", "&&& ::: !!!", '""', "x" * 201,
     " ".join(f"w{i}" for i in range(11)), '"' + "w " * 11 + '"'],
)  # fmt: skip
def test_nothing_to_look_for_is_refused(q: str) -> None:
    with pytest.raises(BadSearch) as raised:
        parse(q)
    assert raised.value.loc == ["query", "q"]


def test_fts5_quotes_every_term() -> None:
    # "or" and the phrase "and not" are all stop words: dropped, as PostgreSQL drops them.
    query = parse('near OR -"and NOT" ^x* reflux -"at night" -"x""y"')
    assert fts5_match(query) == ('("near" AND "x" AND "reflux" AND "y") NOT "at night" NOT "x"')


def test_tsquery_binds_every_term_and_inlines_none() -> None:
    query = parse("reflux' -\"at night\" don't:* mum's")
    matches, ranked, params = tsquery(query)
    sql = str(matches.compile(dialect=postgresql.dialect()))
    assert params == {"term_0": "reflux", "term_1": "at night", "term_2": "mum s"}
    for text in params.values():
        assert text not in sql
    assert sql.count("plainto_tsquery") == 1 and sql.count("phraseto_tsquery") == 2
    assert "tsquery_not(phraseto_tsquery" in sql
    assert "tsquery_not" not in str(ranked.compile(dialect=postgresql.dialect()))
