from typing import Literal

CreateWebhookResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

CREATE_WEBHOOK_RESPONSE_401_TYPE_VALUES: set[CreateWebhookResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_create_webhook_response_401_type(value: str) -> CreateWebhookResponse401Type:
    if value in CREATE_WEBHOOK_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_WEBHOOK_RESPONSE_401_TYPE_VALUES!r}"
    )
