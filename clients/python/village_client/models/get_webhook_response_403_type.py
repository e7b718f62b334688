from typing import Literal

GetWebhookResponse403Type = Literal[
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
]

GET_WEBHOOK_RESPONSE_403_TYPE_VALUES: set[GetWebhookResponse403Type] = {
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_get_webhook_response_403_type(value: str) -> GetWebhookResponse403Type:
    if value in GET_WEBHOOK_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {GET_WEBHOOK_RESPONSE_403_TYPE_VALUES!r}"
    )
