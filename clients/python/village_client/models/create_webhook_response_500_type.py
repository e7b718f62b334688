from typing import Literal

CreateWebhookResponse500Type = Literal["/problems/internal-error"]

CREATE_WEBHOOK_RESPONSE_500_TYPE_VALUES: set[CreateWebhookResponse500Type] = {
    "/problems/internal-error",
}


def check_create_webhook_response_500_type(value: str) -> CreateWebhookResponse500Type:
    if value in CREATE_WEBHOOK_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_WEBHOOK_RESPONSE_500_TYPE_VALUES!r}"
    )
