from typing import Literal

RedeliverWebhookDeliveryResponse414Type = Literal["/problems/uri-too-long"]

REDELIVER_WEBHOOK_DELIVERY_RESPONSE_414_TYPE_VALUES: set[
    RedeliverWebhookDeliveryResponse414Type
] = {
    "/problems/uri-too-long",
}


def check_redeliver_webhook_delivery_response_414_type(
    value: str,
) -> RedeliverWebhookDeliveryResponse414Type:
    if value in REDELIVER_WEBHOOK_DELIVERY_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REDELIVER_WEBHOOK_DELIVERY_RESPONSE_414_TYPE_VALUES!r}"
    )
