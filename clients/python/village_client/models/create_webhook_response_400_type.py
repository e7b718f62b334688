from typing import Literal

CreateWebhookResponse400Type = Literal["/problems/malformed-json"]

CREATE_WEBHOOK_RESPONSE_400_TYPE_VALUES: set[CreateWebhookResponse400Type] = {
    "/problems/malformed-json",
}


def check_create_webhook_response_400_type(value: str) -> CreateWebhookResponse400Type:
    if value in CREATE_WEBHOOK_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_WEBHOOK_RESPONSE_400_TYPE_VALUES!r}"
    )
