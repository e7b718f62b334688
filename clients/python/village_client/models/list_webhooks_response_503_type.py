from typing import Literal

ListWebhooksResponse503Type = Literal["/problems/service-unavailable"]

LIST_WEBHOOKS_RESPONSE_503_TYPE_VALUES: set[ListWebhooksResponse503Type] = {
    "/problems/service-unavailable",
}


def check_list_webhooks_response_503_type(value: str) -> ListWebhooksResponse503Type:
    if value in LIST_WEBHOOKS_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOKS_RESPONSE_503_TYPE_VALUES!r}"
    )
