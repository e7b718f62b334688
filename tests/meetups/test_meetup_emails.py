"""Meet-up emails end to end (app/meetups/emails.py): the state is arranged through the API
with the worker stopped, then the real worker runs — the meet-up notifications, their
emails, the mail queue and its send check — and a real SMTP server (aiosmtpd) receives what
is sent. Each email's one-click unsubscribe turns meet-up emails off."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from app.config import Settings
from app.mail.queue import NOT_SENT
from app.meetups.emails import MAIL_KIND, day_of, meetup_letter, when
from app.meetups.reminders import remind_due_meetups
from app.notifications.emails import letterhead_of, links_of
from tests.mail.fixtures import FORUM_NAME, PUBLIC_URL, stored_mail
from tests.mail.smtp import smtp_server
from tests.meetups.conftest import Meetups, in_days
from tests.meetups.test_reminders import tick_of
from tests.notifications.test_email_notifications import (
    dispatch_all,
    notices,
    quiet_site,
    set_user,
    verified,
    worker_running,
)
from tests.webhooks.receiver import until

UNSUBSCRIBE = re.compile(r"<(https://village\.test/api/v1/unsubscribe\?token=([A-Za-z0-9._-]+))>")


async def finished(app: Any, count: int) -> list[Any]:
    async def done() -> bool:
        found = [row for row in await stored_mail(app) if row.kind == MAIL_KIND]
        return len(found) >= count and all(row.finished_at is not None for row in found)

    await until(done)
    return [row for row in await stored_mail(app) if row.kind == MAIL_KIND]


async def test_a_place_off_the_waitlist_is_emailed_and_unsubscribes_in_one_click(
    settings: Settings,
) -> None:
    with smtp_server() as server:
        async with quiet_site(settings, server) as site:
            meetups = Meetups(site.forum)
            host, first, second = [await site.forum.member() for _ in range(3)]
            await verified(site, host, first, second)
            starts = in_days(4)
            meetup = await meetups.meetup(
                host,
                title="Thursday playgroup",
                starts_at=starts,
                capacity=1,
                venue="St Mary's hall, Chapel Lane",
            )
            for member in (first, second):
                assert (await meetups.rsvp(member, meetup["id"])).status_code == 200
            assert (await meetups.rsvp(first, meetup["id"], "not_going")).status_code == 200
            async with worker_running(site.app):
                await until(lambda: len(notices(server, second)) == 1)
                await finished(site.app, 1)
            assert notices(server, first) == [] and notices(server, host) == []

            (received,) = notices(server, second)
            assert received.subject == "Thursday playgroup: you have a place"
            text = received.text
            assert "A place freed up at “Thursday playgroup” and it is yours" in text
            assert f"When: {when(starts)}" in text and "(UTC)" in text
            assert "Where: St Mary's hall, Chapel Lane" in text
            assert f"{PUBLIC_URL}/meetups/{meetup['id']}" in text
            assert "To stop emails about meet-ups" in text
            assert FORUM_NAME in text.split("\n-- \n")[1]
            found = UNSUBSCRIBE.fullmatch(str(received.message["List-Unsubscribe"]))
            assert found, received.message["List-Unsubscribe"]
            response = await site.client.post(
                "/unsubscribe", params={"token": found.group(2)}, content=b""
            )
            assert response.status_code == 200, response.text
            assert response.json()["kind"] == "meetups"
            assert response.json()["enabled"] is False
            prefs = await site.client.get("/me/preferences", headers=second.headers)
            assert prefs.json()["email_meetups"] is False
            assert prefs.json()["email_replies"] is True


async def test_cancel_and_reminder_follow_preferences_and_verified_addresses(
    settings: Settings,
) -> None:
    with smtp_server() as server:
        async with quiet_site(settings, server) as site:
            meetups = Meetups(site.forum)
            host, wants, off, unverified = [await site.forum.member() for _ in range(4)]
            await verified(site, host, wants, off)
            await set_user(site.app, off, email_meetups=False)
            soon = await meetups.meetup(
                host, title="Coffee morning", starts_at=in_days(0, hours=20)
            )
            gone = await meetups.meetup(host, title="Park walk")
            for meetup in (soon, gone):
                for member in (wants, off, unverified):
                    assert (await meetups.rsvp(member, meetup["id"])).status_code == 200
            response = await meetups.cancel(host, gone["id"], "Rain all day")
            assert response.status_code == 200, response.text
            async with worker_running(site.app):
                # The reminder task, at once (its every-5-minutes clock aside).
                await remind_due_meetups(tick_of(site.app))
                await until(lambda: len(notices(server, wants)) == 2)
                await finished(site.app, 2)

    subjects = sorted(received.subject for received in notices(server, wants))
    starts = datetime.fromisoformat(soon["starts_at"]).astimezone(UTC)
    assert subjects == sorted(
        [f"Coffee morning is {day_of(starts, datetime.now(UTC))}", "Park walk was cancelled"]
    )
    (cancelled,) = [r for r in notices(server, wants) if r.subject == "Park walk was cancelled"]
    assert "The reason given: Rain all day" in cancelled.text
    for member in (off, unverified, host):
        assert notices(server, member) == []


async def test_an_email_is_dropped_if_she_turns_them_off_before_it_goes(
    settings: Settings,
) -> None:
    with smtp_server() as server:
        async with quiet_site(settings, server) as site:
            meetups = Meetups(site.forum)
            host, member = await site.forum.member(), await site.forum.member()
            await verified(site, member)
            meetup = await meetups.meetup(host)
            assert (await meetups.rsvp(member, meetup["id"])).status_code == 200
            response = await meetups.patch(host, meetup["id"], venue="The library, upstairs")
            assert response.status_code == 200, response.text
            await dispatch_all(site.app)  # queued, not sent
            (queued,) = [row for row in await stored_mail(site.app) if row.kind == MAIL_KIND]
            assert queued.subject.endswith("has changed")
            await set_user(site.app, member, email_meetups=False)
            async with worker_running(site.app):
                (row,) = await finished(site.app, 1)
            assert row.last_error == f"{NOT_SENT}the member turned these emails off"
            assert notices(server, member) == []


def test_every_action_has_its_words(settings: Settings) -> None:
    site = settings.model_copy(update={"public_url": PUBLIC_URL, "forum_name": FORUM_NAME})
    letterhead, links = letterhead_of(site), links_of(site)
    starts = datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    now = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)

    def letter(action: str, **more: Any) -> Any:
        fields: dict[str, Any] = {
            "user_id": 5,
            "meetup_id": 9,
            "action": action,
            "title": "Thursday playgroup",
            "starts_at": starts,
            "venue": "The hall",
            "reason": None,
            "waitlisted": False,
            "now": now,
            **more,
        }
        return meetup_letter(letterhead, links, **fields)

    assert when(starts) == "Thursday 3 December 2026 at 10:00 (UTC)"
    assert letter("reminder").subject == "Thursday playgroup is tomorrow at 10:00 (UTC)"
    assert letter("reminder", now=starts.replace(hour=8)).subject == (
        "Thursday playgroup is today at 10:00 (UTC)"
    )
    assert letter("promoted").subject == "Thursday playgroup: you have a place"
    assert letter("approved").subject == "Thursday playgroup: the host said yes"
    assert "waitlist" in letter("approved", waitlisted=True).subject
    assert letter("cancelled").subject == "Thursday playgroup was cancelled"
    assert "reason" not in letter("cancelled").body
    assert letter("changed").subject == "Thursday playgroup has changed"
    long = letter("changed", title="x" * 200)
    assert len(long.subject) == 200 and long.subject.endswith("…")
    for action in ("reminder", "promoted", "approved", "cancelled", "changed"):
        made = letter(action)
        assert made.kind == MAIL_KIND
        assert made.list_unsubscribe.startswith(f"{PUBLIC_URL}/api/v1/unsubscribe?token=")
        assert ".meetups." in made.list_unsubscribe
        assert f"{PUBLIC_URL}/meetups/9" in made.body
