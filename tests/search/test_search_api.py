"""GET /search through the API, on SQLite and PostgreSQL: words, phrases, exclusions,
filters, titles, visibility (hidden, deleted, blocked, anonymous), snippets, paging, bad
input and the rate limit."""

from __future__ import annotations

from typing import Any

import pytest
from httpx import AsyncClient

from app.config import Settings
from tests.helpers import Forum, Member, problem
from tests.moderation.fixtures import site, unique_ip

Json = dict[str, Any]


async def search(
    client: AsyncClient, q: str, who: Member | None = None, **params: Any
) -> list[Json]:
    """Every hit of a search, walking all its pages."""
    hits: list[Json] = []
    cursor = None
    headers = who.headers if who is not None else {}
    while True:
        query = {"q": q, **params, **({"cursor": cursor} if cursor else {})}
        response = await client.get("/search", params=query, headers=headers)
        assert response.status_code == 200, response.text
        page = response.json()
        hits += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            return hits


def ids(hits: list[Json]) -> list[int]:
    return [hit["post"]["id"] for hit in hits]


async def test_words_phrases_and_exclusions(client: AsyncClient, forum: Forum) -> None:
    alice = await forum.member()
    thread = await forum.thread(
        alice, title="Reflux after every feed", body="Our baby has silent reflux at night."
    )
    first = thread["first_post"]["id"]
    night = await forum.reply(alice, thread["id"], body="The night feeds are the hardest.")
    day = await forum.reply(alice, thread["id"], body="Feeds in the day are calmer, no reflux.")

    assert set(ids(await search(client, "reflux"))) == {first, day["id"]}
    # Stemming: "feeds" finds "feed" (in the title) and "feeds".
    assert set(ids(await search(client, "feeding"))) == {first, night["id"], day["id"]}
    assert set(ids(await search(client, "reflux night"))) == {first}
    assert set(ids(await search(client, '"night feeds"'))) == {night["id"]}
    assert ids(await search(client, '"feeds night"')) == []
    assert set(ids(await search(client, "feeds -reflux"))) == {night["id"]}
    assert set(ids(await search(client, 'reflux -"silent reflux"'))) == {day["id"]}
    # Case and stop words do not matter.
    assert set(ids(await search(client, "THE Reflux"))) == {first, day["id"]}


async def test_title_matches_find_the_first_post_and_rank_first(
    client: AsyncClient, forum: Forum
) -> None:
    alice = await forum.member()
    other = await forum.thread(alice, title="Bedtime battles", body="Toddler sleep is hard.")
    reply = await forum.reply(alice, other["id"], body="We tried a later bedtime for weeks.")
    titled = await forum.thread(alice, title="Weaning questions", body="Where to begin?")
    mention = await forum.reply(alice, titled["id"], body="Weaning was messy, weaning was fun.")

    hits = await search(client, "weaning")
    # The title weighs more than the body, even one that says it twice.
    assert ids(hits) == [titled["first_post"]["id"], mention["id"]]
    assert hits[0]["thread"] == {"id": titled["id"], "title": "Weaning questions"}
    assert hits[0]["post"]["number"] == 1
    assert ids(await search(client, "bedtime")) == [other["first_post"]["id"], reply["id"]]

    # A new title is searched at once, and the old one no longer is.
    response = await client.patch(
        f"/threads/{titled['id']}", json={"title": "Starting solids"}, headers=alice.headers
    )
    assert response.status_code == 200, response.text
    assert ids(await search(client, "weaning")) == [mention["id"]]
    assert ids(await search(client, "solids")) == [titled["first_post"]["id"]]


async def test_edits_are_searched_at_once(client: AsyncClient, forum: Forum) -> None:
    alice = await forum.member()
    thread = await forum.thread(alice, title="Car seats", body="Which seat is the lightest?")
    post_id = thread["first_post"]["id"]
    response = await client.patch(
        f"/posts/{post_id}", json={"body": "Which stroller folds smallest?"}, headers=alice.headers
    )
    assert response.status_code == 200, response.text
    assert ids(await search(client, "lightest")) == []
    assert ids(await search(client, "stroller")) == [post_id]


async def test_category_and_author_filters(client: AsyncClient, forum: Forum) -> None:
    alice, bob = await forum.member(), await forum.member()
    sleep, feeding = await forum.category("sleep"), await forum.category("feeding")
    in_sleep = await forum.thread(alice, sleep, title="Naps and naps", body="Short naps again.")
    in_feeding = await forum.thread(bob, feeding, title="Snacks", body="Naps after lunch.")
    by_bob = await forum.reply(bob, in_sleep["id"], body="Our naps are short too.")

    assert set(ids(await search(client, "naps", category="sleep"))) == {
        in_sleep["first_post"]["id"],
        by_bob["id"],
    }
    assert ids(await search(client, "naps", category="feeding")) == [in_feeding["first_post"]["id"]]
    assert set(ids(await search(client, "naps", author=bob.username))) == {
        in_feeding["first_post"]["id"],
        by_bob["id"],
    }
    # Usernames are matched as sign-in matches them, whatever the case.
    upper = await search(client, "naps", author=bob.username.upper(), category="sleep")
    assert ids(upper) == [by_bob["id"]]

    problem(await client.get("/search", params={"q": "naps", "category": "nope"}), 404)
    problem(await client.get("/search", params={"q": "naps", "author": "nobody_here"}), 404)


async def test_anonymous_posts_never_reveal_their_author(client: AsyncClient, forum: Forum) -> None:
    alice, bob = await forum.member(), await forum.member()
    moderator = await forum.moderator()
    thread = await forum.thread(
        alice, title="Postnatal rage", body="I feel rage and shame.", anonymous=True
    )
    named = await forum.reply(
        alice, thread["id"], body="Thank you, the rage is easing.", anonymous=False
    )
    hidden_id = thread["first_post"]["id"]

    # A plain search finds the anonymous post, with no author in it, for anyone but
    # moderators and the author.
    for who in (None, bob):
        hits = await search(client, "rage", who)
        assert set(ids(hits)) == {hidden_id, named["id"]}
        anonymous = next(hit for hit in hits if hit["post"]["id"] == hidden_id)
        assert anonymous["post"]["author"] is None
        assert anonymous["post"]["anonymous_label"] == "Anonymous (original poster)"
        assert alice.username not in str(anonymous)
    # author= never matches an anonymous post for a member, the author included.
    for who in (None, bob, alice):
        assert ids(await search(client, "rage", who, author=alice.username)) == [named["id"]]
    # Moderators see who wrote it, there as everywhere.
    found = await search(client, "rage", moderator, author=alice.username)
    assert set(ids(found)) == {hidden_id, named["id"]}


async def test_hidden_and_deleted_posts_never_match_for_members(
    client: AsyncClient, forum: Forum
) -> None:
    alice, bob = await forum.member(), await forum.member()
    moderator = await forum.moderator()
    thread = await forum.thread(alice, title="Colic", body="Hours of crying every evening.")
    hidden = await forum.reply(bob, thread["id"], body="Crying babies are the worst, sorry.")
    deleted = await forum.reply(bob, thread["id"], body="Crying it out worked for us.")
    gone = await forum.thread(alice, title="Crying in the car", body="Crying on every trip.")

    response = await client.post(
        f"/posts/{hidden['id']}/hide", json={"reason": "Unkind"}, headers=moderator.headers
    )
    assert response.status_code == 200, response.text
    response = await client.delete(f"/posts/{deleted['id']}", headers=bob.headers)
    assert response.status_code == 204, response.text
    response = await client.delete(f"/threads/{gone['id']}", headers=moderator.headers)
    assert response.status_code == 204, response.text

    for who in (None, alice, bob):  # bob wrote the hidden post: members never find it
        assert ids(await search(client, "crying", who)) == [thread["first_post"]["id"]]
    # Moderators find hidden posts (they read them everywhere); deleted ones nobody does.
    assert set(ids(await search(client, "crying", moderator))) == {
        thread["first_post"]["id"],
        hidden["id"],
    }


async def test_blocked_members_posts_never_match(client: AsyncClient, forum: Forum) -> None:
    alice, bob, carol = await forum.member(), await forum.member(), await forum.member()
    thread = await forum.thread(carol, title="Teething", body="Molars are coming in.")
    named = await forum.reply(bob, thread["id"], body="Molars took weeks for us.")
    anonymous = await forum.reply(bob, thread["id"], body="Molars, ugh.", anonymous=True)

    response = await client.put(f"/users/{bob.username}/block", headers=alice.headers)
    assert response.status_code == 204, response.text
    # The anonymous post still matches: leaving it out would tell alice who wrote it.
    expected = {thread["first_post"]["id"], anonymous["id"]}
    assert set(ids(await search(client, "molars", alice))) == expected
    hits = await search(client, "molars", alice)
    assert all(not hit["post"]["is_blocked_author"] for hit in hits)
    # Only alice's own searches change.
    everything = expected | {named["id"]}
    assert set(ids(await search(client, "molars", carol))) == everything
    assert set(ids(await search(client, "molars"))) == everything


async def test_erased_posts_leave_the_index(client: AsyncClient, forum: Forum) -> None:
    alice, leaver = await forum.member(), await forum.member()
    thread = await forum.thread(alice, title="Swaddles", body="Which swaddle do you like?")
    await forum.reply(leaver, thread["id"], body="The zippered swaddle, and a hummingbird lamp.")
    assert len(await search(client, "hummingbird")) == 1

    response = await client.request(
        "DELETE",
        "/me",
        json={"password": leaver.password, "posts": "erase"},
        headers=leaver.headers,
    )
    assert response.status_code == 204, response.text
    assert await search(client, "hummingbird") == []
    assert ids(await search(client, "swaddle")) == [thread["first_post"]["id"]]


async def test_snippets_are_escaped_and_marked(client: AsyncClient, forum: Forum) -> None:
    alice = await forum.member()
    body = 'Try <script>alert("x")</script> & the "rocking" chair, it\'s <b>magic</b>.'
    thread = await forum.thread(alice, title="Settling tricks", body=body)

    [hit] = await search(client, "rocking")
    snippet = hit["snippet_html"]
    assert "<mark>rocking</mark>" in snippet
    assert "<script>" not in snippet and "<b>" not in snippet
    assert "&amp;" in snippet and "&quot;" in snippet
    # SQLite's snippet keeps what looks like a tag, escaped; PostgreSQL's ts_headline leaves
    # tags out of its excerpts altogether.
    assert "&lt;script&gt;" in snippet or "script" not in snippet
    # Nothing but <mark> is markup.
    assert snippet.replace("<mark>", "").replace("</mark>", "").count("<") == 0
    assert hit["post"]["body"] == body
    assert hit["post"]["id"] == thread["first_post"]["id"]


@pytest.mark.parametrize(
    "q",
    [
        "'",
        "rocking'",
        "rock:*",
        "rocking & chair | !x",
        "rocking !! chair",
        "NEAR(rocking chair)",
        "rocking*",
        "^rocking",
        "body:rocking",
        '"rocking',
        'rocking" OR "x',
        "rocking AND OR NOT chair",
        "(rocking",
        "rocking) OR (1=1",
        "rocking; DROP TABLE posts; --",
        "rocking\\",
        "{title}: rocking",
        "rocking <-> chair",
        "rocking<2>chair",
    ],
)
async def test_query_syntax_of_either_database_is_plain_text(
    client: AsyncClient, forum: Forum, q: str
) -> None:
    alice = await forum.member()
    thread = await forum.thread(alice, title="Settling tricks", body="The rocking chair works.")
    response = await client.get("/search", params={"q": q})
    assert response.status_code in (200, 422), response.text
    if response.status_code == 200:
        assert set(ids(response.json()["items"])) <= {thread["first_post"]["id"]}
    # The table is still there.
    assert ids(await search(client, "rocking chair")) == [thread["first_post"]["id"]]


async def test_operator_words_are_words(client: AsyncClient, forum: Forum) -> None:
    alice = await forum.member()
    near = await forum.thread(alice, title="Near the park", body="Any baby groups near Leeds?")
    await forum.thread(alice, title="Other", body="Any baby groups in York?")
    assert ids(await search(client, "near leeds")) == [near["first_post"]["id"]]
    assert ids(await search(client, "NEAR")) == [near["first_post"]["id"]]


@pytest.mark.parametrize(
    ("q", "why"),
    [
        ("", "nothing"),
        ("   ", "white space"),
        ("-reflux", "only an exclusion"),
        ('-"silent reflux" -night', "only exclusions"),
        ("the and of", "only stop words"),
        ("&&& !!! :*", "only punctuation"),
        ("a" * 201, "too long"),
        (" ".join(f"word{i}" for i in range(11)), "too many terms"),
        ('"' + " ".join(f"w{i}" for i in range(11)) + '"', "too long a phrase"),
        ("reflux\x00", "a NUL"),
    ],
)
async def test_bad_queries_are_422(client: AsyncClient, q: str, why: str) -> None:
    body = problem(await client.get("/search", params={"q": q}), 422)
    assert body["errors"][0]["loc"][-1] == "q", why


async def test_bad_parameters_are_problems(client: AsyncClient) -> None:
    problem(await client.get("/search"), 422)
    problem(await client.get("/search", params={"q": "x", "limit": 0}), 422)
    problem(await client.get("/search", params={"q": "x", "limit": 101}), 422)
    for cursor in ("nope", "WyJ4IiwxLDJd", "WyJuYW4iLDEsMl0", "WzEsMiwzXQ"):
        # not base64 JSON; a score that is no number; NaN; a number where text is due
        problem(await client.get("/search", params={"q": "reflux", "cursor": cursor}), 400)


async def test_paging_is_stable_and_complete(client: AsyncClient, forum: Forum) -> None:
    alice = await forum.member()
    thread = await forum.thread(alice, title="Potty training", body="Potty day one.")
    made = [thread["first_post"]["id"]]
    for i in range(13):
        # Different densities of the word, so ranks differ; some repeat exactly.
        body = " ".join(["potty"] * (1 + i % 4)) + f" update number {i} of many words here"
        made.append((await forum.reply(alice, thread["id"], body=body))["id"])

    whole = await client.get("/search", params={"q": "potty", "limit": 100})
    everything = ids(whole.json()["items"])
    assert sorted(everything) == sorted(made)
    assert whole.json()["next_cursor"] is None
    for size in (1, 3, 5):
        pages: list[int] = []
        cursor = None
        while True:
            params: dict[str, Any] = {"q": "potty", "limit": size}
            if cursor:
                params["cursor"] = cursor
            page = (await client.get("/search", params=params)).json()
            assert len(page["items"]) <= size
            pages += ids(page["items"])
            cursor = page["next_cursor"]
            if cursor is None:
                break
        assert pages == everything, size

    # Posts written after the first page never slip into the pages after it.
    first = (await client.get("/search", params={"q": "potty", "limit": 4})).json()
    late = await forum.reply(alice, thread["id"], body="potty potty potty potty potty!")
    rest = await client.get("/search", params={"q": "potty", "cursor": first["next_cursor"]})
    assert late["id"] not in ids(rest.json()["items"])
    assert not set(ids(first["items"])) & set(ids(rest.json()["items"]))


async def test_visitors_and_members_are_rate_limited(settings: Settings, forum: Forum) -> None:
    member = await forum.member()
    async with site(
        settings, ip=unique_ip(), rate_limits_enabled=True, rate_limit_search="2/minute"
    ) as limited:
        for who in (None, member):
            headers = who.headers if who is not None else {}
            for _ in range(2):
                response = await limited.client.get("/search", params={"q": "x"}, headers=headers)
                assert response.status_code == 200, response.text
            response = await limited.client.get("/search", params={"q": "x"}, headers=headers)
            body = problem(response, 429, "rate-limited")
            assert int(response.headers["Retry-After"]) >= 1, body
