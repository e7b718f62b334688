from typing import Literal

LeaveResponse403Type = Literal[
    "/problems/insufficient-scope",
    "/problems/password-sign-in-required",
    "/problems/wrong-password",
]

LEAVE_RESPONSE_403_TYPE_VALUES: set[LeaveResponse403Type] = {
    "/problems/insufficient-scope",
    "/problems/password-sign-in-required",
    "/problems/wrong-password",
}


def check_leave_response_403_type(value: str) -> LeaveResponse403Type:
    if value in LEAVE_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LEAVE_RESPONSE_403_TYPE_VALUES!r}"
    )
