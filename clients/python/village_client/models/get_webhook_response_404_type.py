from typing import Literal

GetWebhookResponse404Type = Literal["/problems/not-found"]

GET_WEBHOOK_RESPONSE_404_TYPE_VALUES: set[GetWebhookResponse404Type] = {
    "/problems/not-found",
}


def check_get_webhook_response_404_type(value: str) -> GetWebhookResponse404Type:
    if value in GET_WEBHOOK_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_WEBHOOK_RESPONSE_404_TYPE_VALUES!r}"
    )
