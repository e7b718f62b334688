from typing import Literal

ListWebhookDeliveriesResponse429Type = Literal["/problems/rate-limited"]

LIST_WEBHOOK_DELIVERIES_RESPONSE_429_TYPE_VALUES: set[ListWebhookDeliveriesResponse429Type] = {
    "/problems/rate-limited",
}


def check_list_webhook_deliveries_response_429_type(
    value: str,
) -> ListWebhookDeliveriesResponse429Type:
    if value in LIST_WEBHOOK_DELIVERIES_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOK_DELIVERIES_RESPONSE_429_TYPE_VALUES!r}"
    )
