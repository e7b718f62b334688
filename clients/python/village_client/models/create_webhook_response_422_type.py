from typing import Literal

CreateWebhookResponse422Type = Literal[
    "/problems/idempotency-key-reused",
    "/problems/invalid-webhook-url",
    "/problems/validation-error",
    "/problems/webhook-target-refused",
]

CREATE_WEBHOOK_RESPONSE_422_TYPE_VALUES: set[CreateWebhookResponse422Type] = {
    "/problems/idempotency-key-reused",
    "/problems/invalid-webhook-url",
    "/problems/validation-error",
    "/problems/webhook-target-refused",
}


def check_create_webhook_response_422_type(value: str) -> CreateWebhookResponse422Type:
    if value in CREATE_WEBHOOK_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_WEBHOOK_RESPONSE_422_TYPE_VALUES!r}"
    )
