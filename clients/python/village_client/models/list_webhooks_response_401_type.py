from typing import Literal

ListWebhooksResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

LIST_WEBHOOKS_RESPONSE_401_TYPE_VALUES: set[ListWebhooksResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_list_webhooks_response_401_type(value: str) -> ListWebhooksResponse401Type:
    if value in LIST_WEBHOOKS_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOKS_RESPONSE_401_TYPE_VALUES!r}"
    )
