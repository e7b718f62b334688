from typing import Literal

WarnMemberResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

WARN_MEMBER_RESPONSE_401_TYPE_VALUES: set[WarnMemberResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_warn_member_response_401_type(value: str) -> WarnMemberResponse401Type:
    if value in WARN_MEMBER_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WARN_MEMBER_RESPONSE_401_TYPE_VALUES!r}"
    )
