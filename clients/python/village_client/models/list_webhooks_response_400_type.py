from typing import Literal

ListWebhooksResponse400Type = Literal["/problems/invalid-cursor"]

LIST_WEBHOOKS_RESPONSE_400_TYPE_VALUES: set[ListWebhooksResponse400Type] = {
    "/problems/invalid-cursor",
}


def check_list_webhooks_response_400_type(value: str) -> ListWebhooksResponse400Type:
    if value in LIST_WEBHOOKS_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOKS_RESPONSE_400_TYPE_VALUES!r}"
    )
