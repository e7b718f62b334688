"""What a search asks for: one parser turns `q` into a small tree of terms, and two
compilers turn that tree into each database's query without ever making user text syntax.

`q` holds words, `"quoted phrases"` and `-excluded` words or phrases, separated by spaces. A
term is reduced to its words (runs of letters and digits, as both databases' tokenisers cut
them), so punctuation can never be an operator: `a&b` is the phrase "a b", `:*` is nothing.

- PostgreSQL: each term is its own bound parameter given to `plainto_tsquery` (a word) or
  `phraseto_tsquery` (a phrase), and the pieces are joined with `tsquery_and` and negated
  with `tsquery_not` (the functions behind `&&` and `!!`): user text is never parsed as
  tsquery syntax.
- SQLite: the FTS5 MATCH expression quotes every term as an FTS5 string (`"…"`), so no word
  can be `NEAR`, `AND`, `*`, `^` or a column filter.

Both drop PostgreSQL's English stop words ("the", "and", …) from single-word terms, as
`to_tsvector('english', …)` does, so the two databases match the same posts; a phrase keeps
them (PostgreSQL keeps their positions, FTS5 their text).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, bindparam, func, literal_column

from app.errors import UnprocessableEntity

MAX_QUERY_CHARS = 200
MAX_TERMS = 10
# Words in one phrase: a phrase is one term, but each word is a lexeme to match.
MAX_PHRASE_WORDS = 10

# PostgreSQL 15's share/tsearch_data/english.stop, the stop words of the 'english' config.
STOP_WORDS = frozenset(
    """i me my myself we our ours ourselves you your yours yourself yourselves he him his
    himself she her hers herself it its itself they them their theirs themselves what which
    who whom this that these those am is are was were be been being have has had having do
    does did doing a an the and but if or because as until while of at by for with about
    against between into through during before after above below to from up down in out on
    off over under again further then once here there when where why how all any both each
    few more most other some such no nor not only own same so than too very s t can will just
    don should now""".split()  # noqa: SIM905 - the file's own layout, word for word
)

# A term: an optional "-" then a quoted phrase (the closing quote may be missing) or a run
# of anything but white space and quotes.
_TERM = re.compile(r'(-?)(?:"([^"]*)"?|([^\s"]+))')
# A word as both tokenisers cut text: letters and digits (the underscore separates).
_WORD = re.compile(r"[^\W_]+")


class BadSearch(UnprocessableEntity):
    slug, title = "bad-search", "The search cannot be run"
    advice = (
        f"The `q` cannot be searched: it has more than {MAX_TERMS} words, phrases and "
        f"exclusions, a phrase of more than {MAX_PHRASE_WORDS} words, or nothing left to look "
        "for once exclusions and very common words (`the`, `and`) are set aside. `detail` "
        "says which; change the search."
    )

    def __init__(self, detail: str) -> None:
        super().__init__(detail, loc=("query", "q"))


@dataclass(frozen=True)
class Term:
    """A word (one item in `words`) or a phrase; `excluded` for a leading "-"."""

    words: tuple[str, ...]
    phrase: bool
    excluded: bool

    @property
    def text(self) -> str:
        return " ".join(self.words)


@dataclass(frozen=True)
class SearchQuery:
    terms: tuple[Term, ...]

    @property
    def included(self) -> tuple[Term, ...]:
        return tuple(term for term in self.terms if not term.excluded)

    @property
    def excluded(self) -> tuple[Term, ...]:
        return tuple(term for term in self.terms if term.excluded)


def parse(q: str) -> SearchQuery:
    """The terms of `q`; 422 when it is too long, has too many terms, or has no word left
    to look for once exclusions and stop words are set aside."""
    if len(q) > MAX_QUERY_CHARS:
        raise BadSearch(f"A search is at most {MAX_QUERY_CHARS} characters.")
    terms: list[Term] = []
    seen: set[Term] = set()
    for match in _TERM.finditer(q):
        excluded, quoted, bare = match.group(1) == "-", match.group(2), match.group(3)
        source = quoted if quoted is not None else bare
        words = tuple(word.lower() for word in _WORD.findall(source))
        # A bare token of several words ("co-sleeping", "3a.m.") is matched as a phrase, as
        # each database reads the same text in a post.
        phrase = len(words) > 1
        if not words or all(word in STOP_WORDS for word in words):
            continue
        if len(words) > MAX_PHRASE_WORDS:
            raise BadSearch(f"A phrase is at most {MAX_PHRASE_WORDS} words.")
        term = Term(words, phrase, excluded)
        if term not in seen:
            seen.add(term)
            terms.append(term)
    if len(terms) > MAX_TERMS:
        raise BadSearch(f"A search has at most {MAX_TERMS} words, phrases and exclusions.")
    query = SearchQuery(tuple(terms))
    if not query.included:
        raise BadSearch(
            "Give at least one word or phrase to look for (not only excluded ones; very "
            "common words such as 'the' are not searched)."
        )
    return query


# PostgreSQL


def tsquery(
    query: SearchQuery,
) -> tuple[ColumnElement[Any], ColumnElement[Any], dict[str, str]]:
    """The tsquery of `query` as a SQL expression, the same without its exclusions (what
    ranks: ts_rank counts a negated word's absence oddly), and their bound parameters (one
    per term, shared by both)."""
    params: dict[str, str] = {}
    included: list[ColumnElement[Any]] = []
    excluded: list[ColumnElement[Any]] = []
    english: ColumnElement[Any] = literal_column("'english'::regconfig")
    for index, term in enumerate(query.terms):
        name = f"term_{index}"
        params[name] = term.text
        maker = func.phraseto_tsquery if term.phrase else func.plainto_tsquery
        piece: ColumnElement[Any] = maker(english, bindparam(name))
        if term.excluded:
            excluded.append(func.tsquery_not(piece))
        else:
            included.append(piece)
    ranked = _all_of(included)
    return _all_of([ranked, *excluded]), ranked, params


def _all_of(pieces: list[ColumnElement[Any]]) -> ColumnElement[Any]:
    expression = pieces[0]
    for piece in pieces[1:]:
        expression = func.tsquery_and(expression, piece)
    return expression


# SQLite


def fts5_match(query: SearchQuery) -> str:
    """The FTS5 MATCH expression of `query`: every term an FTS5 string, so nothing in it is
    an operator. FTS5's NOT is binary: the included terms first, then each exclusion."""
    included = " AND ".join(_fts5_string(term) for term in query.included)
    excluded = "".join(f" NOT {_fts5_string(term)}" for term in query.excluded)
    return f"({included}){excluded}"


def _fts5_string(term: Term) -> str:
    # Words hold only letters and digits; doubling quotes is FTS5's escape all the same.
    return '"' + term.text.replace('"', '""') + '"'
