from typing import Literal

RequestPasswordResetResponse400Type = Literal["/problems/malformed-json"]

REQUEST_PASSWORD_RESET_RESPONSE_400_TYPE_VALUES: set[RequestPasswordResetResponse400Type] = {
    "/problems/malformed-json",
}


def check_request_password_reset_response_400_type(
    value: str,
) -> RequestPasswordResetResponse400Type:
    if value in REQUEST_PASSWORD_RESET_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REQUEST_PASSWORD_RESET_RESPONSE_400_TYPE_VALUES!r}"
    )
