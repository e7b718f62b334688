from typing import Literal

ListWebhookDeliveriesResponse414Type = Literal["/problems/uri-too-long"]

LIST_WEBHOOK_DELIVERIES_RESPONSE_414_TYPE_VALUES: set[ListWebhookDeliveriesResponse414Type] = {
    "/problems/uri-too-long",
}


def check_list_webhook_deliveries_response_414_type(
    value: str,
) -> ListWebhookDeliveriesResponse414Type:
    if value in LIST_WEBHOOK_DELIVERIES_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOK_DELIVERIES_RESPONSE_414_TYPE_VALUES!r}"
    )
