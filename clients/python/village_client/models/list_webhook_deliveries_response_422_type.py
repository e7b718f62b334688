from typing import Literal

ListWebhookDeliveriesResponse422Type = Literal["/problems/validation-error"]

LIST_WEBHOOK_DELIVERIES_RESPONSE_422_TYPE_VALUES: set[ListWebhookDeliveriesResponse422Type] = {
    "/problems/validation-error",
}


def check_list_webhook_deliveries_response_422_type(
    value: str,
) -> ListWebhookDeliveriesResponse422Type:
    if value in LIST_WEBHOOK_DELIVERIES_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOK_DELIVERIES_RESPONSE_422_TYPE_VALUES!r}"
    )
