from typing import Literal

DeleteWebhookResponse422Type = Literal["/problems/validation-error"]

DELETE_WEBHOOK_RESPONSE_422_TYPE_VALUES: set[DeleteWebhookResponse422Type] = {
    "/problems/validation-error",
}


def check_delete_webhook_response_422_type(value: str) -> DeleteWebhookResponse422Type:
    if value in DELETE_WEBHOOK_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_WEBHOOK_RESPONSE_422_TYPE_VALUES!r}"
    )
