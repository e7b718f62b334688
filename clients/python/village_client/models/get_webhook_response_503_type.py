from typing import Literal

GetWebhookResponse503Type = Literal["/problems/service-unavailable"]

GET_WEBHOOK_RESPONSE_503_TYPE_VALUES: set[GetWebhookResponse503Type] = {
    "/problems/service-unavailable",
}


def check_get_webhook_response_503_type(value: str) -> GetWebhookResponse503Type:
    if value in GET_WEBHOOK_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_WEBHOOK_RESPONSE_503_TYPE_VALUES!r}"
    )
