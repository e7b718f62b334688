from typing import Literal

ListWebhookDeliveriesResponse500Type = Literal["/problems/internal-error"]

LIST_WEBHOOK_DELIVERIES_RESPONSE_500_TYPE_VALUES: set[ListWebhookDeliveriesResponse500Type] = {
    "/problems/internal-error",
}


def check_list_webhook_deliveries_response_500_type(
    value: str,
) -> ListWebhookDeliveriesResponse500Type:
    if value in LIST_WEBHOOK_DELIVERIES_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOK_DELIVERIES_RESPONSE_500_TYPE_VALUES!r}"
    )
