from typing import Literal

CreateWebhookResponse413Type = Literal["/problems/payload-too-large"]

CREATE_WEBHOOK_RESPONSE_413_TYPE_VALUES: set[CreateWebhookResponse413Type] = {
    "/problems/payload-too-large",
}


def check_create_webhook_response_413_type(value: str) -> CreateWebhookResponse413Type:
    if value in CREATE_WEBHOOK_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_WEBHOOK_RESPONSE_413_TYPE_VALUES!r}"
    )
