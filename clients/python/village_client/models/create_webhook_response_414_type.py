from typing import Literal

CreateWebhookResponse414Type = Literal["/problems/uri-too-long"]

CREATE_WEBHOOK_RESPONSE_414_TYPE_VALUES: set[CreateWebhookResponse414Type] = {
    "/problems/uri-too-long",
}


def check_create_webhook_response_414_type(value: str) -> CreateWebhookResponse414Type:
    if value in CREATE_WEBHOOK_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_WEBHOOK_RESPONSE_414_TYPE_VALUES!r}"
    )
