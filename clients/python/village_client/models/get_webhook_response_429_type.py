from typing import Literal

GetWebhookResponse429Type = Literal["/problems/rate-limited"]

GET_WEBHOOK_RESPONSE_429_TYPE_VALUES: set[GetWebhookResponse429Type] = {
    "/problems/rate-limited",
}


def check_get_webhook_response_429_type(value: str) -> GetWebhookResponse429Type:
    if value in GET_WEBHOOK_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_WEBHOOK_RESPONSE_429_TYPE_VALUES!r}"
    )
