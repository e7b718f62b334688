from typing import Literal

RequestPasswordResetResponse429Type = Literal["/problems/rate-limited"]

REQUEST_PASSWORD_RESET_RESPONSE_429_TYPE_VALUES: set[RequestPasswordResetResponse429Type] = {
    "/problems/rate-limited",
}


def check_request_password_reset_response_429_type(
    value: str,
) -> RequestPasswordResetResponse429Type:
    if value in REQUEST_PASSWORD_RESET_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REQUEST_PASSWORD_RESET_RESPONSE_429_TYPE_VALUES!r}"
    )
