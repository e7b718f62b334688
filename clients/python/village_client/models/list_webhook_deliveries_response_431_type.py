from typing import Literal

ListWebhookDeliveriesResponse431Type = Literal["/problems/request-header-fields-too-large"]

LIST_WEBHOOK_DELIVERIES_RESPONSE_431_TYPE_VALUES: set[ListWebhookDeliveriesResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_list_webhook_deliveries_response_431_type(
    value: str,
) -> ListWebhookDeliveriesResponse431Type:
    if value in LIST_WEBHOOK_DELIVERIES_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOK_DELIVERIES_RESPONSE_431_TYPE_VALUES!r}"
    )
