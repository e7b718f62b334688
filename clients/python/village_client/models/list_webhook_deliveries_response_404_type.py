from typing import Literal

ListWebhookDeliveriesResponse404Type = Literal["/problems/not-found"]

LIST_WEBHOOK_DELIVERIES_RESPONSE_404_TYPE_VALUES: set[ListWebhookDeliveriesResponse404Type] = {
    "/problems/not-found",
}


def check_list_webhook_deliveries_response_404_type(
    value: str,
) -> ListWebhookDeliveriesResponse404Type:
    if value in LIST_WEBHOOK_DELIVERIES_RESPONSE_404_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOK_DELIVERIES_RESPONSE_404_TYPE_VALUES!r}"
    )
