from typing import Literal

CreateWebhookResponse409Type = Literal["/problems/idempotency-in-flight"]

CREATE_WEBHOOK_RESPONSE_409_TYPE_VALUES: set[CreateWebhookResponse409Type] = {
    "/problems/idempotency-in-flight",
}


def check_create_webhook_response_409_type(value: str) -> CreateWebhookResponse409Type:
    if value in CREATE_WEBHOOK_RESPONSE_409_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_WEBHOOK_RESPONSE_409_TYPE_VALUES!r}"
    )
