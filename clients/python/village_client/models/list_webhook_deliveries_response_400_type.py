from typing import Literal

ListWebhookDeliveriesResponse400Type = Literal["/problems/invalid-cursor"]

LIST_WEBHOOK_DELIVERIES_RESPONSE_400_TYPE_VALUES: set[ListWebhookDeliveriesResponse400Type] = {
    "/problems/invalid-cursor",
}


def check_list_webhook_deliveries_response_400_type(
    value: str,
) -> ListWebhookDeliveriesResponse400Type:
    if value in LIST_WEBHOOK_DELIVERIES_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOK_DELIVERIES_RESPONSE_400_TYPE_VALUES!r}"
    )
