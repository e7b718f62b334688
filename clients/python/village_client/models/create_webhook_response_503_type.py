from typing import Literal

CreateWebhookResponse503Type = Literal["/problems/service-unavailable"]

CREATE_WEBHOOK_RESPONSE_503_TYPE_VALUES: set[CreateWebhookResponse503Type] = {
    "/problems/service-unavailable",
}


def check_create_webhook_response_503_type(value: str) -> CreateWebhookResponse503Type:
    if value in CREATE_WEBHOOK_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_WEBHOOK_RESPONSE_503_TYPE_VALUES!r}"
    )
