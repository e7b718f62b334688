from typing import Literal

RequestPasswordResetResponse500Type = Literal["/problems/internal-error"]

REQUEST_PASSWORD_RESET_RESPONSE_500_TYPE_VALUES: set[RequestPasswordResetResponse500Type] = {
    "/problems/internal-error",
}


def check_request_password_reset_response_500_type(
    value: str,
) -> RequestPasswordResetResponse500Type:
    if value in REQUEST_PASSWORD_RESET_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REQUEST_PASSWORD_RESET_RESPONSE_500_TYPE_VALUES!r}"
    )
