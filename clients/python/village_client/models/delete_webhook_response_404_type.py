from typing import Literal

DeleteWebhookResponse404Type = Literal["/problems/not-found"]

DELETE_WEBHOOK_RESPONSE_404_TYPE_VALUES: set[DeleteWebhookResponse404Type] = {
    "/problems/not-found",
}


def check_delete_webhook_response_404_type(value: str) -> DeleteWebhookResponse404Type:
    if value in DELETE_WEBHOOK_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_WEBHOOK_RESPONSE_404_TYPE_VALUES!r}"
    )
