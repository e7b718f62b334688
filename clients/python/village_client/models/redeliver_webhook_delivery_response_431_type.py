from typing import Literal

RedeliverWebhookDeliveryResponse431Type = Literal["/problems/request-header-fields-too-large"]

REDELIVER_WEBHOOK_DELIVERY_RESPONSE_431_TYPE_VALUES: set[
    RedeliverWebhookDeliveryResponse431Type
] = {
    "/problems/request-header-fields-too-large",
}


def check_redeliver_webhook_delivery_response_431_type(
    value: str,
) -> RedeliverWebhookDeliveryResponse431Type:
    if value in REDELIVER_WEBHOOK_DELIVERY_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REDELIVER_WEBHOOK_DELIVERY_RESPONSE_431_TYPE_VALUES!r}"
    )
