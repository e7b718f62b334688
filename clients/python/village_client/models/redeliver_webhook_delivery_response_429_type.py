from typing import Literal

RedeliverWebhookDeliveryResponse429Type = Literal["/problems/rate-limited"]

REDELIVER_WEBHOOK_DELIVERY_RESPONSE_429_TYPE_VALUES: set[
    RedeliverWebhookDeliveryResponse429Type
] = {
    "/problems/rate-limited",
}


def check_redeliver_webhook_delivery_response_429_type(
    value: str,
) -> RedeliverWebhookDeliveryResponse429Type:
    if value in REDELIVER_WEBHOOK_DELIVERY_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REDELIVER_WEBHOOK_DELIVERY_RESPONSE_429_TYPE_VALUES!r}"
    )
