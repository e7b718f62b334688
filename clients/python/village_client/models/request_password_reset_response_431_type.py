from typing import Literal

RequestPasswordResetResponse431Type = Literal["/problems/request-header-fields-too-large"]

REQUEST_PASSWORD_RESET_RESPONSE_431_TYPE_VALUES: set[RequestPasswordResetResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_request_password_reset_response_431_type(
    value: str,
) -> RequestPasswordResetResponse431Type:
    if value in REQUEST_PASSWORD_RESET_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REQUEST_PASSWORD_RESET_RESPONSE_431_TYPE_VALUES!r}"
    )
