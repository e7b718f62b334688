"""`GET /me/export` (GDPR art. 15 and 20): one JSON file with everything the forum keeps about
the member — profile, threads, every post and its earlier versions (anonymous ones marked),
reactions, reports made, warnings and suspensions received, token names and sign-ins — and
nothing of anyone else; moderators' private notes are withheld, and it says so."""

from __future__ import annotations

import hashlib
from typing import Any

from httpx import AsyncClient

from app.accounts.export import section_names
from tests.helpers import Forum, Member, problem
from tests.moderation.conftest import flag
from tests.moderation.fixtures import bearer, make_pat, suspend, unique_name, utc_in, when

Json = dict[str, Any]

SECTIONS = [
    "profile",
    "personal_access_tokens",
    "sign_ins",
    "preferences",
    "blocks",
    "threads",
    "posts",
    "reactions",
    "thread_states",
    "groups",
    "rsvps",
    "reports",
    "warnings",
    "suspensions",
    "notifications",
]


async def ok(client: AsyncClient, method: str, path: str, who: Member, json: Any = None) -> Any:
    response = await client.request(method, path, json=json, headers=who.headers)
    assert response.status_code < 300, response.text
    return response.json() if response.content else None


async def export_of(client: AsyncClient, headers: dict[str, str]) -> tuple[Json, str]:
    response = await client.get("/me/export", headers=headers)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.headers["cache-control"] == "no-store"
    document: Json = response.json()
    return document, response.text


async def test_the_export_holds_everything_of_the_member_and_nothing_of_others(
    client: AsyncClient, forum: Forum
) -> None:
    moderator = await forum.moderator()
    category = await forum.category("parenting", name="Parenting")
    me, other = await forum.member(unique_name()), await forum.member(unique_name())
    started = utc_in(seconds=-1)
    await ok(client, "PATCH", "/me", me, {"bio": "Mum of two in Leeds."})

    # What the member wrote, under their name and anonymously.
    mine = await forum.thread(me, category, title="Starting solids", body="MY-FIRST-WORDS")
    hard = await forum.thread(
        me, category, title="Hard days", body="MY-ANONYMOUS-WORDS", anonymous=True
    )
    others = await forum.thread(other, category, title="Teething", body="OTHER-MEMBER-WORDS")
    others_first = others["first_post"]["id"]
    reply = await forum.reply(me, others["id"], body="MY-DRAFT", reply_to=others_first)
    await ok(client, "PATCH", f"/posts/{reply['id']}", me, {"body": "MY-REPLY-EDITED"})
    hidden_reply = await forum.reply(me, others["id"], body="MY-ANONYMOUS-REPLY", anonymous=True)
    gone = await forum.reply(me, mine["id"], body="MY-DELETED-WORDS")
    await ok(client, "DELETE", f"/posts/{gone['id']}", me)
    await ok(client, "PUT", f"/posts/{others_first}/reactions/hug", me)
    my_report = await flag(client, others_first, me, "other", note="MY-REPORT-NOTE")

    # What others did, about the member and elsewhere.
    await forum.reply(other, mine["id"], body="OTHER-MEMBER-REPLY")
    await ok(client, "PUT", f"/posts/{mine['first_post']['id']}/reactions/heart", other)
    await flag(client, mine["first_post"]["id"], other, "abusive", note="OTHERS-REPORT-NOTE")
    await flag(client, others_first, await forum.member(), "spam")
    await ok(client, "POST", f"/users/{me.username}/warnings", moderator,
             {"reason": "MY-WARNING-REASON"})  # fmt: skip
    assert (await suspend(client, moderator, me, reason="MY-SUSPENSION-REASON")).status_code == 200
    await ok(client, "DELETE", f"/users/{me.username}/suspension", moderator)
    await ok(client, "POST", f"/users/{me.username}/notes", moderator,
             {"body": "MODERATOR-PRIVATE-NOTE"})  # fmt: skip
    token = await make_pat(client, me, "read", "write", name="Backup script")
    await make_pat(client, other, "read", name="OTHER-TOKEN")

    response = await client.get("/me/export", headers=me.headers)
    assert response.headers["content-disposition"] == (
        f'attachment; filename="village-export-{me.username}.json"'
    )
    document, text = await export_of(client, me.headers)
    assert list(document) == ["format", "exported_at", *SECTIONS, "withheld"]
    assert document["format"] == "village-export/1"
    assert when(document["exported_at"]) >= started

    profile = document["profile"]
    assert (profile["id"], profile["username"], profile["email"]) == (me.id, me.username, me.email)
    # Public and standing: the first post and the edited reply.
    assert (profile["bio"], profile["role"], profile["post_count"]) == (
        "Mum of two in Leeds.",
        "member",
        2,
    )
    assert profile["suspended_until"] is None

    assert [(t["id"], t["title"], t["anonymous"], t["category"]) for t in document["threads"]] == [
        (mine["id"], "Starting solids", False, "Parenting"),
        (hard["id"], "Hard days", True, "Parenting"),
    ]

    posts = {post["id"]: post for post in document["posts"]}
    assert list(posts) == sorted(posts)
    shown = {
        p["body"]: (p["anonymous"], p["anonymous_label"], p["is_deleted"]) for p in posts.values()
    }
    assert shown == {
        "MY-FIRST-WORDS": (False, None, False),
        "MY-ANONYMOUS-WORDS": (True, "Anonymous (original poster)", False),
        "MY-REPLY-EDITED": (False, None, False),
        "MY-ANONYMOUS-REPLY": (True, "Anonymous 1", False),
        # A deleted post's words are still stored, so they are the member's to see.
        "MY-DELETED-WORDS": (False, None, True),
    }  # fmt: skip
    edited = posts[reply["id"]]
    assert (edited["thread_id"], edited["thread_title"], edited["number"]) == (
        others["id"],
        "Teething",
        2,
    )
    assert edited["reply_to"] == {"id": others_first, "number": 1}
    assert [(r["number"], r["body"], r["replaced_by_you"]) for r in edited["revisions"]] == [
        (1, "MY-DRAFT", True)
    ]
    assert posts[hidden_reply["id"]]["revisions"] == []

    assert [(r["post_id"], r["kind"]) for r in document["reactions"]] == [(others_first, "hug")]
    (report,) = document["reports"]
    assert report["id"] == my_report["id"]
    assert (report["post_id"], report["reason"], report["note"], report["status"]) == (
        others_first,
        "other",
        "MY-REPORT-NOTE",
        "open",
    )
    (warning,) = document["warnings"]
    assert (warning["reason"], warning["moderator"]) == ("MY-WARNING-REASON", moderator.username)
    suspensions = document["suspensions"]
    assert [s["event"] for s in suspensions] == ["suspended", "suspension lifted by a moderator"]
    assert "MY-SUSPENSION-REASON" in suspensions[0]["details"]

    (listed,) = document["personal_access_tokens"]
    assert set(listed) == {"name", "scopes", "created_at", "last_used_at", "revoked_at"}
    assert (listed["name"], listed["scopes"], listed["revoked_at"]) == (
        "Backup script",
        ["read", "write"],
        None,
    )
    assert len(document["sign_ins"]) == 1  # the helper signed in once
    assert document["sign_ins"][0]["ended_at"] is None
    (withheld,) = document["withheld"]
    assert withheld["what"] == "moderator_notes"
    assert "not included" in withheld["statement"]

    # Nothing of anyone else, and no secret.
    for absent in (
        "OTHER-MEMBER-WORDS",
        "OTHER-MEMBER-REPLY",
        "OTHERS-REPORT-NOTE",
        "MODERATOR-PRIVATE-NOTE",
        "OTHER-TOKEN",
        other.username,
        other.email,
        token.token,
        hashlib.sha256(token.token.encode()).hexdigest(),
        me.refresh_token,
        "vrt_",
        "vpat_",
        "argon2",
        '"heart"',  # the other member's reaction to the member's post
    ):
        assert absent not in text, absent


async def test_who_may_export(client: AsyncClient, forum: Forum) -> None:
    problem(await client.get("/me/export"), 401, "not-authenticated")
    member = await forum.member()
    # A personal access token reads it as it reads /me: with the `read` scope.
    reader = await make_pat(client, member, "read")
    document, _ = await export_of(client, reader.headers)
    assert document["profile"]["username"] == member.username
    writer = await make_pat(client, member, "write")
    problem(await client.get("/me/export", headers=writer.headers), 403, "insufficient-scope")
    # A suspended member may still take their data.
    moderator = await forum.moderator()
    assert (await suspend(client, moderator, member)).status_code == 200
    document, _ = await export_of(client, member.headers)
    assert document["profile"]["suspended_until"] is not None
    assert [s["event"] for s in document["suspensions"]] == ["suspended"]
    problem(await client.get("/me/export", headers=bearer("vpat_not-a-token")), 401)


async def test_every_domain_registered_its_sections() -> None:
    """The registry is filled by each domain's own module (app/domains.py imports them):
    accounts cannot import the forum or moderation."""
    assert section_names() == SECTIONS
