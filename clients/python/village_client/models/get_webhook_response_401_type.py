from typing import Literal

GetWebhookResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

GET_WEBHOOK_RESPONSE_401_TYPE_VALUES: set[GetWebhookResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_get_webhook_response_401_type(value: str) -> GetWebhookResponse401Type:
    if value in GET_WEBHOOK_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_WEBHOOK_RESPONSE_401_TYPE_VALUES!r}"
    )
