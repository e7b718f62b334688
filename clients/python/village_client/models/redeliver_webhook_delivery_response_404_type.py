from typing import Literal

RedeliverWebhookDeliveryResponse404Type = Literal["/problems/not-found"]

REDELIVER_WEBHOOK_DELIVERY_RESPONSE_404_TYPE_VALUES: set[
    RedeliverWebhookDeliveryResponse404Type
] = {
    "/problems/not-found",
}


def check_redeliver_webhook_delivery_response_404_type(
    value: str,
) -> RedeliverWebhookDeliveryResponse404Type:
    if value in REDELIVER_WEBHOOK_DELIVERY_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REDELIVER_WEBHOOK_DELIVERY_RESPONSE_404_TYPE_VALUES!r}"
    )
