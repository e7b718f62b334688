from typing import Literal

ResolveRequestAction = Literal["delete", "dismiss", "hide"]

RESOLVE_REQUEST_ACTION_VALUES: set[ResolveRequestAction] = {
    "delete",
    "dismiss",
    "hide",
}


def check_resolve_request_action(value: str) -> ResolveRequestAction:
    if value in RESOLVE_REQUEST_ACTION_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RESOLVE_REQUEST_ACTION_VALUES!r}"
    )
