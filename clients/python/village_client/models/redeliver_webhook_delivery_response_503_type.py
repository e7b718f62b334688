from typing import Literal

RedeliverWebhookDeliveryResponse503Type = Literal["/problems/service-unavailable"]

REDELIVER_WEBHOOK_DELIVERY_RESPONSE_503_TYPE_VALUES: set[
    RedeliverWebhookDeliveryResponse503Type
] = {
    "/problems/service-unavailable",
}


def check_redeliver_webhook_delivery_response_503_type(
    value: str,
) -> RedeliverWebhookDeliveryResponse503Type:
    if value in REDELIVER_WEBHOOK_DELIVERY_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REDELIVER_WEBHOOK_DELIVERY_RESPONSE_503_TYPE_VALUES!r}"
    )
