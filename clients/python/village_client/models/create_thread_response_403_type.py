from typing import Literal

CreateThreadResponse403Type = Literal[
    "/problems/email-unverified",
    "/problems/insufficient-scope",
    "/problems/new-member-limit",
    "/problems/suspended",
]

CREATE_THREAD_RESPONSE_403_TYPE_VALUES: set[CreateThreadResponse403Type] = {
    "/problems/email-unverified",
    "/problems/insufficient-scope",
    "/problems/new-member-limit",
    "/problems/suspended",
}


def check_create_thread_response_403_type(value: str) -> CreateThreadResponse403Type:
    if value in CREATE_THREAD_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_THREAD_RESPONSE_403_TYPE_VALUES!r}"
    )
