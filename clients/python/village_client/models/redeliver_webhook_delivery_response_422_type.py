from typing import Literal

RedeliverWebhookDeliveryResponse422Type = Literal["/problems/validation-error"]

REDELIVER_WEBHOOK_DELIVERY_RESPONSE_422_TYPE_VALUES: set[
    RedeliverWebhookDeliveryResponse422Type
] = {
    "/problems/validation-error",
}


def check_redeliver_webhook_delivery_response_422_type(
    value: str,
) -> RedeliverWebhookDeliveryResponse422Type:
    if value in REDELIVER_WEBHOOK_DELIVERY_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REDELIVER_WEBHOOK_DELIVERY_RESPONSE_422_TYPE_VALUES!r}"
    )
