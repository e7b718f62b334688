from typing import Literal

RequestPasswordResetResponse422Type = Literal["/problems/validation-error"]

REQUEST_PASSWORD_RESET_RESPONSE_422_TYPE_VALUES: set[RequestPasswordResetResponse422Type] = {
    "/problems/validation-error",
}


def check_request_password_reset_response_422_type(
    value: str,
) -> RequestPasswordResetResponse422Type:
    if value in REQUEST_PASSWORD_RESET_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REQUEST_PASSWORD_RESET_RESPONSE_422_TYPE_VALUES!r}"
    )
