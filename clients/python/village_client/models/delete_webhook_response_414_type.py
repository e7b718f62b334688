from typing import Literal

DeleteWebhookResponse414Type = Literal["/problems/uri-too-long"]

DELETE_WEBHOOK_RESPONSE_414_TYPE_VALUES: set[DeleteWebhookResponse414Type] = {
    "/problems/uri-too-long",
}


def check_delete_webhook_response_414_type(value: str) -> DeleteWebhookResponse414Type:
    if value in DELETE_WEBHOOK_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_WEBHOOK_RESPONSE_414_TYPE_VALUES!r}"
    )
