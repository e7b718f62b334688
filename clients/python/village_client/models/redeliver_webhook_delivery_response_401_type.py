from typing import Literal

RedeliverWebhookDeliveryResponse401Type = Literal[
    "/problems/invalid-token", "/problems/not-authenticated"
]

REDELIVER_WEBHOOK_DELIVERY_RESPONSE_401_TYPE_VALUES: set[
    RedeliverWebhookDeliveryResponse401Type
] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_redeliver_webhook_delivery_response_401_type(
    value: str,
) -> RedeliverWebhookDeliveryResponse401Type:
    if value in REDELIVER_WEBHOOK_DELIVERY_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REDELIVER_WEBHOOK_DELIVERY_RESPONSE_401_TYPE_VALUES!r}"
    )
