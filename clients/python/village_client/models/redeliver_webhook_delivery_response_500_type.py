from typing import Literal

RedeliverWebhookDeliveryResponse500Type = Literal["/problems/internal-error"]

REDELIVER_WEBHOOK_DELIVERY_RESPONSE_500_TYPE_VALUES: set[
    RedeliverWebhookDeliveryResponse500Type
] = {
    "/problems/internal-error",
}


def check_redeliver_webhook_delivery_response_500_type(
    value: str,
) -> RedeliverWebhookDeliveryResponse500Type:
    if value in REDELIVER_WEBHOOK_DELIVERY_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REDELIVER_WEBHOOK_DELIVERY_RESPONSE_500_TYPE_VALUES!r}"
    )
