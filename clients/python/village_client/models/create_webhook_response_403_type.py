from typing import Literal

CreateWebhookResponse403Type = Literal[
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
]

CREATE_WEBHOOK_RESPONSE_403_TYPE_VALUES: set[CreateWebhookResponse403Type] = {
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_create_webhook_response_403_type(value: str) -> CreateWebhookResponse403Type:
    if value in CREATE_WEBHOOK_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {CREATE_WEBHOOK_RESPONSE_403_TYPE_VALUES!r}"
    )
