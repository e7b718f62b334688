from typing import Literal

ListWebhooksResponse429Type = Literal["/problems/rate-limited"]

LIST_WEBHOOKS_RESPONSE_429_TYPE_VALUES: set[ListWebhooksResponse429Type] = {
    "/problems/rate-limited",
}


def check_list_webhooks_response_429_type(value: str) -> ListWebhooksResponse429Type:
    if value in LIST_WEBHOOKS_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOKS_RESPONSE_429_TYPE_VALUES!r}"
    )
