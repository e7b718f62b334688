from typing import Literal

GetWebhookResponse431Type = Literal["/problems/request-header-fields-too-large"]

GET_WEBHOOK_RESPONSE_431_TYPE_VALUES: set[GetWebhookResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_get_webhook_response_431_type(value: str) -> GetWebhookResponse431Type:
    if value in GET_WEBHOOK_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_WEBHOOK_RESPONSE_431_TYPE_VALUES!r}"
    )
