from typing import Literal

DeleteWebhookResponse429Type = Literal["/problems/rate-limited"]

DELETE_WEBHOOK_RESPONSE_429_TYPE_VALUES: set[DeleteWebhookResponse429Type] = {
    "/problems/rate-limited",
}


def check_delete_webhook_response_429_type(value: str) -> DeleteWebhookResponse429Type:
    if value in DELETE_WEBHOOK_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_WEBHOOK_RESPONSE_429_TYPE_VALUES!r}"
    )
