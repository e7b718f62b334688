from typing import Literal

AuditTarget = Literal["category", "flag", "meetup", "post", "thread", "user", "webhook"]

AUDIT_TARGET_VALUES: set[AuditTarget] = {
    "category",
    "flag",
    "meetup",
    "post",
    "thread",
    "user",
    "webhook",
}


def check_audit_target(value: str) -> AuditTarget:
    if value in AUDIT_TARGET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AUDIT_TARGET_VALUES!r}")
