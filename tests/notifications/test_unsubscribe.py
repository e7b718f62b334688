"""One-click unsubscribe (RFC 8058): no sign-in, once per link, only the link's own
preference, and a link that cannot be forged or turned into another member's or another
purpose's; GET never changes anything (mail scanners prefetch links)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from httpx import AsyncClient

from app.config import Settings
from app.db import utcnow
from app.notifications.unsubscribe import (
    InvalidUnsubscribeLink,
    Purpose,
    UnsubscribeLinkGone,
    UnsubscribeLinks,
    mask_email,
)
from tests.helpers import Forum, Member, problem

ONE_CLICK = {"List-Unsubscribe": "One-Click"}  # the form body mail clients POST


def links_for(settings: Settings) -> UnsubscribeLinks:
    return UnsubscribeLinks(settings.signing_key, settings.unsubscribe_link_days)


async def preferences(client: AsyncClient, member: Member) -> dict[str, Any]:
    response = await client.get("/me/preferences", headers=member.headers)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_one_click_turns_off_only_its_preference_once_without_sign_in(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    member = await forum.member("Jess_T")
    token = links_for(settings).issue(member.id, Purpose.replies)

    looked = await client.get("/unsubscribe", params={"token": token})
    assert looked.status_code == 200, looked.text
    assert looked.json() == {
        "kind": "replies",
        "email": "j•••@example.org",
        "used": False,
        "enabled": True,
    }
    for _ in range(3):  # a scanner fetching the link changes nothing
        await client.get("/unsubscribe", params={"token": token})
    assert (await preferences(client, member))["email_replies"] is True

    response = await client.post("/unsubscribe", params={"token": token}, data=ONE_CLICK)
    assert response.status_code == 200, response.text
    assert response.json() == {
        "kind": "replies",
        "email": "j•••@example.org",
        "used": True,
        "enabled": False,
    }
    after = await preferences(client, member)
    assert after["email_replies"] is False
    assert after["email_mentions"] is True and after["email_digest"] == "off"

    again = await client.post("/unsubscribe", params={"token": token}, data=ONE_CLICK)
    problem(again, 410, "unsubscribe-link-gone")
    looked = await client.get("/unsubscribe", params={"token": token})
    assert looked.json()["used"] is True and looked.json()["enabled"] is False


async def test_the_web_page_posts_with_an_empty_or_json_body(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    member = await forum.member()
    await client.patch("/me/preferences", json={"email_digest": "daily"}, headers=member.headers)
    links = links_for(settings)
    mentions = links.issue(member.id, Purpose.mentions)
    digest = links.issue(member.id, Purpose.digest)

    response = await client.post("/unsubscribe", params={"token": mentions})
    assert response.status_code == 200, response.text
    response = await client.post("/unsubscribe", params={"token": digest}, json={})
    assert response.status_code == 200, response.text
    assert response.json()["kind"] == "digest"
    after = await preferences(client, member)
    assert after["email_mentions"] is False and after["email_digest"] == "off"
    assert after["email_replies"] is True


async def test_each_link_works_once_even_for_the_same_purpose(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    member = await forum.member()
    links = links_for(settings)
    first, second = (links.issue(member.id, Purpose.replies) for _ in range(2))
    assert first != second
    assert (await client.post("/unsubscribe", params={"token": first})).status_code == 200
    # Turned back on in the settings, a later email's own link still works, once.
    await client.patch("/me/preferences", json={"email_replies": True}, headers=member.headers)
    assert (await client.post("/unsubscribe", params={"token": second})).status_code == 200
    assert (await preferences(client, member))["email_replies"] is False
    problem(await client.post("/unsubscribe", params={"token": first}), 410)
    problem(await client.post("/unsubscribe", params={"token": second}), 410)


def _tampered(token: str) -> list[str]:
    version, user_id, purpose, issued, nonce, signature = token.split(".")
    other = "mentions" if purpose != "mentions" else "replies"
    flipped = ("A" if signature[0] != "A" else "B") + signature[1:]
    return [
        ".".join([version, str(int(user_id) + 1), purpose, issued, nonce, signature]),
        ".".join([version, user_id, other, issued, nonce, signature]),
        ".".join([version, user_id, purpose, str(int(issued) + 86400), nonce, signature]),
        ".".join([version, user_id, purpose, issued, "0" * 32, signature]),
        ".".join([version, user_id, purpose, issued, nonce, flipped]),
        ".".join(["v2", user_id, purpose, issued, nonce, signature]),
        token + "x",
        token[:-1],
        "",
        "not-a-token",
        "v1.1.replies.1.2.3",
    ]


async def test_a_tampered_or_foreign_link_is_a_400_and_changes_nothing(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    victim = await forum.member()
    member = await forum.member()
    assert victim.id + 1 == member.id
    token = links_for(settings).issue(victim.id, Purpose.replies)
    foreign = UnsubscribeLinks("another forum's secret key, long enough", 90)
    candidates = [*_tampered(token), foreign.issue(member.id, Purpose.replies)]
    for candidate in candidates:
        for method in ("GET", "POST"):
            response = await client.request(method, "/unsubscribe", params={"token": candidate})
            if candidate == "":
                problem(response, 422)
            else:
                problem(response, 400, "invalid-unsubscribe-link")
    response = await client.post("/unsubscribe", params={"token": "x" * 5000})
    problem(response, 422)
    problem(await client.post("/unsubscribe"), 422)  # no token at all
    for someone in (victim, member):
        prefs = await preferences(client, someone)
        assert prefs["email_replies"] and prefs["email_mentions"]


async def test_a_link_of_a_member_who_left_is_gone(
    client: AsyncClient, forum: Forum, settings: Settings
) -> None:
    member = await forum.member()
    token = links_for(settings).issue(member.id, Purpose.replies)
    response = await client.request(
        "DELETE",
        "/me",
        json={"password": member.password, "posts": "keep"},
        headers=member.headers,
    )
    assert response.status_code in (200, 204), response.text
    problem(await client.get("/unsubscribe", params={"token": token}), 410)
    problem(await client.post("/unsubscribe", params={"token": token}), 410)


def test_links_expire_and_cannot_be_moved_between_members_or_purposes() -> None:
    links = UnsubscribeLinks("a signing key that is long enough for the test", 90)
    old = links.issue(7, Purpose.digest, now=utcnow() - timedelta(days=91))
    with pytest.raises(UnsubscribeLinkGone):
        links.read(old)
    fresh = links.issue(7, Purpose.digest)
    claims = links.read(fresh)
    assert (claims.user_id, claims.purpose) == (7, Purpose.digest)
    for tampered in _tampered(fresh):
        with pytest.raises(InvalidUnsubscribeLink):
            links.read(tampered)
    # A key of its own: the same secret signing other things makes other signatures.
    assert (
        UnsubscribeLinks("another key that is long enough for the test", 90)
        .issue(7, Purpose.digest)
        .rsplit(".", 1)[1]
        != fresh.rsplit(".", 1)[1]
    )


def test_the_address_is_masked() -> None:
    assert mask_email("jess.t@example.org") == "j•••@example.org"
    assert mask_email("a@b.c") == "a•••@b.c"
