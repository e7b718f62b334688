from typing import Literal

RedeliverWebhookDeliveryResponse403Type = Literal[
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
]

REDELIVER_WEBHOOK_DELIVERY_RESPONSE_403_TYPE_VALUES: set[
    RedeliverWebhookDeliveryResponse403Type
] = {
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_redeliver_webhook_delivery_response_403_type(
    value: str,
) -> RedeliverWebhookDeliveryResponse403Type:
    if value in REDELIVER_WEBHOOK_DELIVERY_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REDELIVER_WEBHOOK_DELIVERY_RESPONSE_403_TYPE_VALUES!r}"
    )
