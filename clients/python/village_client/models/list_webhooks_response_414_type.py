from typing import Literal

ListWebhooksResponse414Type = Literal["/problems/uri-too-long"]

LIST_WEBHOOKS_RESPONSE_414_TYPE_VALUES: set[ListWebhooksResponse414Type] = {
    "/problems/uri-too-long",
}


def check_list_webhooks_response_414_type(value: str) -> ListWebhooksResponse414Type:
    if value in LIST_WEBHOOKS_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOKS_RESPONSE_414_TYPE_VALUES!r}"
    )
