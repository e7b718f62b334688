from typing import Literal

GetWebhookResponse414Type = Literal["/problems/uri-too-long"]

GET_WEBHOOK_RESPONSE_414_TYPE_VALUES: set[GetWebhookResponse414Type] = {
    "/problems/uri-too-long",
}


def check_get_webhook_response_414_type(value: str) -> GetWebhookResponse414Type:
    if value in GET_WEBHOOK_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_WEBHOOK_RESPONSE_414_TYPE_VALUES!r}"
    )
