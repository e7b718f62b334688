from typing import Literal

DeleteWebhookResponse503Type = Literal["/problems/service-unavailable"]

DELETE_WEBHOOK_RESPONSE_503_TYPE_VALUES: set[DeleteWebhookResponse503Type] = {
    "/problems/service-unavailable",
}


def check_delete_webhook_response_503_type(value: str) -> DeleteWebhookResponse503Type:
    if value in DELETE_WEBHOOK_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_WEBHOOK_RESPONSE_503_TYPE_VALUES!r}"
    )
