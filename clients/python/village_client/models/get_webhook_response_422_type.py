from typing import Literal

GetWebhookResponse422Type = Literal["/problems/validation-error"]

GET_WEBHOOK_RESPONSE_422_TYPE_VALUES: set[GetWebhookResponse422Type] = {
    "/problems/validation-error",
}


def check_get_webhook_response_422_type(value: str) -> GetWebhookResponse422Type:
    if value in GET_WEBHOOK_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_WEBHOOK_RESPONSE_422_TYPE_VALUES!r}"
    )
