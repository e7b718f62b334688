"""Search parity: one fixed corpus, the same queries, and the same posts in the same order
on SQLite (FTS5) and PostgreSQL (tsvector): each backend's run is held to one expected list
of labels, so the two agree with each other."""

from __future__ import annotations

from typing import Any

import pytest
from httpx import AsyncClient

from tests.helpers import Forum

# (label, title or None for a reply, body); a titled item starts a thread, replies follow it.
CORPUS: list[tuple[str, str | None, str]] = [
    ("t1", "Sleep regression at four months", "She wakes every hour since the regression began."),
    ("t1a", None, "Sleep regression is brutal, hang on in there."),
    ("t1b", None, "Our sleep got better after two weeks."),
    ("t2", "Reflux and feeding", "Silent reflux made feeding hard. Reflux medicine helped."),
    ("t2a", None, "We had reflux too, and sleep was awful for months."),
    ("t3", "Weaning", "Baby led weaning or purees?"),
    ("t3a", None, "Purees first, then finger foods and more weaning."),
    ("t4", "Night terrors", "Screaming at night but still asleep. Terrifying."),
    ("t4a", None, "Night terrors passed by age four for us."),
]

# query → labels in the expected order (best first; equal scores: newest first).
EXPECTED: dict[str, list[str]] = {
    "regression": ["t1", "t1a"],
    "reflux": ["t2", "t2a"],
    '"sleep regression"': ["t1", "t1a"],
    "sleep -regression": ["t2a", "t1b"],
    "weaning purees": ["t3", "t3a"],
    "night terrors": ["t4", "t4a"],
    '"terrors passed"': ["t4a"],
    "feeding -reflux": [],
    "four": ["t1", "t4a"],
    "months -weeks": ["t1", "t2a"],
    'night -"night terrors"': [],
}


@pytest.fixture
async def corpus(client: AsyncClient, forum: Forum) -> dict[int, str]:
    """The corpus written through the API: post id → label."""
    author = await forum.member()
    category = await forum.category("parity")
    labels: dict[int, str] = {}
    thread_id = 0
    for label, title, body in CORPUS:
        if title is not None:
            thread = await forum.thread(author, category, title=title, body=body)
            thread_id = thread["id"]
            labels[thread["first_post"]["id"]] = label
        else:
            labels[(await forum.reply(author, thread_id, body=body))["id"]] = label
    return labels


@pytest.mark.parametrize("q", list(EXPECTED))
async def test_same_posts_in_the_same_order(
    client: AsyncClient, corpus: dict[int, str], q: str
) -> None:
    response = await client.get("/search", params={"q": q})
    assert response.status_code == 200, response.text
    found: list[Any] = [corpus[hit["post"]["id"]] for hit in response.json()["items"]]
    assert found == EXPECTED[q]
