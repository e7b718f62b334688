from typing import Literal

RequestPasswordResetResponse503Type = Literal["/problems/service-unavailable"]

REQUEST_PASSWORD_RESET_RESPONSE_503_TYPE_VALUES: set[RequestPasswordResetResponse503Type] = {
    "/problems/service-unavailable",
}


def check_request_password_reset_response_503_type(
    value: str,
) -> RequestPasswordResetResponse503Type:
    if value in REQUEST_PASSWORD_RESET_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REQUEST_PASSWORD_RESET_RESPONSE_503_TYPE_VALUES!r}"
    )
