from typing import Literal

GetWebhookResponse500Type = Literal["/problems/internal-error"]

GET_WEBHOOK_RESPONSE_500_TYPE_VALUES: set[GetWebhookResponse500Type] = {
    "/problems/internal-error",
}


def check_get_webhook_response_500_type(value: str) -> GetWebhookResponse500Type:
    if value in GET_WEBHOOK_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_WEBHOOK_RESPONSE_500_TYPE_VALUES!r}"
    )
