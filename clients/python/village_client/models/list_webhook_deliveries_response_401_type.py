from typing import Literal

ListWebhookDeliveriesResponse401Type = Literal[
    "/problems/invalid-token", "/problems/not-authenticated"
]

LIST_WEBHOOK_DELIVERIES_RESPONSE_401_TYPE_VALUES: set[ListWebhookDeliveriesResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_list_webhook_deliveries_response_401_type(
    value: str,
) -> ListWebhookDeliveriesResponse401Type:
    if value in LIST_WEBHOOK_DELIVERIES_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOK_DELIVERIES_RESPONSE_401_TYPE_VALUES!r}"
    )
