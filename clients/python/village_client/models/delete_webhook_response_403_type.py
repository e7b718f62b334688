from typing import Literal

DeleteWebhookResponse403Type = Literal[
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
]

DELETE_WEBHOOK_RESPONSE_403_TYPE_VALUES: set[DeleteWebhookResponse403Type] = {
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_delete_webhook_response_403_type(value: str) -> DeleteWebhookResponse403Type:
    if value in DELETE_WEBHOOK_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {DELETE_WEBHOOK_RESPONSE_403_TYPE_VALUES!r}"
    )
