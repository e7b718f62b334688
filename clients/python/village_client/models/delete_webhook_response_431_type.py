from typing import Literal

DeleteWebhookResponse431Type = Literal["/problems/request-header-fields-too-large"]

DELETE_WEBHOOK_RESPONSE_431_TYPE_VALUES: set[DeleteWebhookResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_delete_webhook_response_431_type(value: str) -> DeleteWebhookResponse431Type:
    if value in DELETE_WEBHOOK_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_WEBHOOK_RESPONSE_431_TYPE_VALUES!r}"
    )
