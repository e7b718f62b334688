from typing import Literal

RequestPasswordResetResponse414Type = Literal["/problems/uri-too-long"]

REQUEST_PASSWORD_RESET_RESPONSE_414_TYPE_VALUES: set[RequestPasswordResetResponse414Type] = {
    "/problems/uri-too-long",
}


def check_request_password_reset_response_414_type(
    value: str,
) -> RequestPasswordResetResponse414Type:
    if value in REQUEST_PASSWORD_RESET_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REQUEST_PASSWORD_RESET_RESPONSE_414_TYPE_VALUES!r}"
    )
