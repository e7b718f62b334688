from typing import Literal

PreferencesReadEmailDigest = Literal["daily", "off"]

PREFERENCES_READ_EMAIL_DIGEST_VALUES: set[PreferencesReadEmailDigest] = {
    "daily",
    "off",
}


def check_preferences_read_email_digest(value: str) -> PreferencesReadEmailDigest:
    if value in PREFERENCES_READ_EMAIL_DIGEST_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PREFERENCES_READ_EMAIL_DIGEST_VALUES!r}"
    )
