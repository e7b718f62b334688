"""What a message says: a `Letter` written by the domain that sends it, finished here the
same way for every message — the forum's name and why the reader got it at the foot — and
turned into a MIME message by the worker."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime, parseaddr
from urllib.parse import urlencode

from app.mail.models import OutgoingMail


@dataclass(frozen=True)
class Letterhead:
    """Where messages come from: the forum's name, and the address of its web app (links)."""

    forum_name: str
    public_url: str

    def link(self, path: str, **query: str) -> str:
        return f"{self.public_url}{path}?{urlencode(query)}"


@dataclass(frozen=True)
class Letter:
    kind: str
    subject: str
    body: str
    # Why this person got this message. Required, so that no message goes out without it.
    reason: str
    # The post it is about, for the send check (queue.py), and the RFC 8058 one-click
    # unsubscribe URL, for messages a member may stop (notifications, digests).
    post_id: int | None = None
    list_unsubscribe: str | None = None


def finished_body(letter: Letter, letterhead: Letterhead) -> str:
    """The plain text as sent: the letter, then a signature (after the standard "-- "
    delimiter) naming the forum and saying why the reader got it."""
    return (
        f"{letter.body.strip()}\n\n"
        f"-- \n{letterhead.forum_name} · {letterhead.public_url}\n{letter.reason.strip()}\n"
    )


def to_message(mail: OutgoingMail, sender: str) -> EmailMessage:
    """The MIME message of a queued row. Its Message-ID is derived from the row, so a retry
    of a message the server may already have taken is recognisably the same message."""
    message = EmailMessage()
    message["From"] = sender
    message["To"] = mail.to_address
    message["Subject"] = mail.subject
    message["Date"] = format_datetime(mail.created_at)
    domain = parseaddr(sender)[1].rpartition("@")[2] or "localhost"
    message["Message-ID"] = f"<mail.{mail.id}.{int(mail.created_at.timestamp())}@{domain}>"
    # RFC 3834: written by a program, so auto-responders do not answer it.
    message["Auto-Submitted"] = "auto-generated"
    if mail.list_unsubscribe:
        # RFC 2369 + RFC 8058: mail clients offer "Unsubscribe", which POSTs to the URL.
        message["List-Unsubscribe"] = f"<{mail.list_unsubscribe}>"
        message["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    message.set_content(mail.body)
    return message
