from typing import Literal

PreferencesUpdateEmailDigestType0 = Literal["daily", "off"]

PREFERENCES_UPDATE_EMAIL_DIGEST_TYPE_0_VALUES: set[PreferencesUpdateEmailDigestType0] = {
    "daily",
    "off",
}


def check_preferences_update_email_digest_type_0(value: str) -> PreferencesUpdateEmailDigestType0:
    if value in PREFERENCES_UPDATE_EMAIL_DIGEST_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {PREFERENCES_UPDATE_EMAIL_DIGEST_TYPE_0_VALUES!r}"
    )
