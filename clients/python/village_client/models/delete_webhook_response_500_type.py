from typing import Literal

DeleteWebhookResponse500Type = Literal["/problems/internal-error"]

DELETE_WEBHOOK_RESPONSE_500_TYPE_VALUES: set[DeleteWebhookResponse500Type] = {
    "/problems/internal-error",
}


def check_delete_webhook_response_500_type(value: str) -> DeleteWebhookResponse500Type:
    if value in DELETE_WEBHOOK_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_WEBHOOK_RESPONSE_500_TYPE_VALUES!r}"
    )
