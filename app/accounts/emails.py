"""The emails of the account lifecycle, as letters (app/mail/compose.py adds the forum's
name and the reason at the foot of each)."""

from __future__ import annotations

from app.mail.compose import Letter, Letterhead

RESET_PATH = "/reset-password"
VERIFY_PATH = "/verify-email"


def password_reset(letterhead: Letterhead, secret: str) -> Letter:
    forum = letterhead.forum_name
    link = letterhead.link(RESET_PATH, token=secret)
    return Letter(
        kind="password_reset",
        subject=f"Reset your {forum} password",
        body=(
            f"Hello,\n\n"
            f"To choose a new password for your {forum} account, open this link within the "
            f"next hour:\n\n{link}\n\n"
            f"The link works once. If you did not ask for this, ignore this email: your "
            f"password stays as it is."
        ),
        reason=(
            f"You received this email because someone asked to reset the password of the "
            f"{forum} account registered with this address."
        ),
    )


def verify_email(letterhead: Letterhead, secret: str, *, new_address: bool) -> Letter:
    """The link that verifies an address: the one a member signed up with, or the new one
    they asked to use instead."""
    forum = letterhead.forum_name
    link = letterhead.link(VERIFY_PATH, token=secret)
    if new_address:
        asked = "ask to use this address"
        reason = f"a member of {forum} asked to use this address for their account"
    else:
        asked = "sign up"
        reason = f"this address was used to sign up to {forum}"
    return Letter(
        kind="verify_email",
        subject=f"Confirm your email address for {forum}",
        body=(
            f"Hello,\n\n"
            f"Please confirm that this address is yours by opening this link within "
            f"48 hours:\n\n{link}\n\n"
            f"If you did not {asked}, ignore this email: nothing changes."
        ),
        reason=f"You received this email because {reason}.",
    )


def address_changed(letterhead: Letterhead, new_address: str) -> Letter:
    """To the old address, once a new one took its place: an unexpected change is news the
    owner must get where they still read."""
    forum = letterhead.forum_name
    return Letter(
        kind="address_changed",
        subject=f"Your {forum} email address was changed",
        body=(
            f"Hello,\n\n"
            f"The email address of your {forum} account is now {new_address}. Emails for the "
            f"account, password resets included, go there from now on.\n\n"
            f"If you did not make this change, tell the forum's moderators at once."
        ),
        reason=(
            f"You received this email because this was the address of your {forum} account "
            f"until now."
        ),
    )
