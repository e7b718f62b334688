from typing import Literal

CreateWebhookResponse431Type = Literal["/problems/request-header-fields-too-large"]

CREATE_WEBHOOK_RESPONSE_431_TYPE_VALUES: set[CreateWebhookResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_create_webhook_response_431_type(value: str) -> CreateWebhookResponse431Type:
    if value in CREATE_WEBHOOK_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_WEBHOOK_RESPONSE_431_TYPE_VALUES!r}"
    )
