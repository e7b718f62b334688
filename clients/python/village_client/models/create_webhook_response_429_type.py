from typing import Literal

CreateWebhookResponse429Type = Literal["/problems/rate-limited"]

CREATE_WEBHOOK_RESPONSE_429_TYPE_VALUES: set[CreateWebhookResponse429Type] = {
    "/problems/rate-limited",
}


def check_create_webhook_response_429_type(value: str) -> CreateWebhookResponse429Type:
    if value in CREATE_WEBHOOK_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_WEBHOOK_RESPONSE_429_TYPE_VALUES!r}"
    )
