from typing import Literal

DeleteWebhookResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

DELETE_WEBHOOK_RESPONSE_401_TYPE_VALUES: set[DeleteWebhookResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_delete_webhook_response_401_type(value: str) -> DeleteWebhookResponse401Type:
    if value in DELETE_WEBHOOK_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_WEBHOOK_RESPONSE_401_TYPE_VALUES!r}"
    )
