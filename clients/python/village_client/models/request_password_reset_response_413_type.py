from typing import Literal

RequestPasswordResetResponse413Type = Literal["/problems/payload-too-large"]

REQUEST_PASSWORD_RESET_RESPONSE_413_TYPE_VALUES: set[RequestPasswordResetResponse413Type] = {
    "/problems/payload-too-large",
}


def check_request_password_reset_response_413_type(
    value: str,
) -> RequestPasswordResetResponse413Type:
    if value in REQUEST_PASSWORD_RESET_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REQUEST_PASSWORD_RESET_RESPONSE_413_TYPE_VALUES!r}"
    )
