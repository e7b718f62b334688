from typing import Literal

ListWebhookDeliveriesResponse403Type = Literal[
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
]

LIST_WEBHOOK_DELIVERIES_RESPONSE_403_TYPE_VALUES: set[ListWebhookDeliveriesResponse403Type] = {
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_list_webhook_deliveries_response_403_type(
    value: str,
) -> ListWebhookDeliveriesResponse403Type:
    if value in LIST_WEBHOOK_DELIVERIES_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOK_DELIVERIES_RESPONSE_403_TYPE_VALUES!r}"
    )
