from typing import Literal

ListWebhookDeliveriesResponse503Type = Literal["/problems/service-unavailable"]

LIST_WEBHOOK_DELIVERIES_RESPONSE_503_TYPE_VALUES: set[ListWebhookDeliveriesResponse503Type] = {
    "/problems/service-unavailable",
}


def check_list_webhook_deliveries_response_503_type(
    value: str,
) -> ListWebhookDeliveriesResponse503Type:
    if value in LIST_WEBHOOK_DELIVERIES_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOK_DELIVERIES_RESPONSE_503_TYPE_VALUES!r}"
    )
