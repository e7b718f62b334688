from typing import Literal

ListWebhooksResponse431Type = Literal["/problems/request-header-fields-too-large"]

LIST_WEBHOOKS_RESPONSE_431_TYPE_VALUES: set[ListWebhooksResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_list_webhooks_response_431_type(value: str) -> ListWebhooksResponse431Type:
    if value in LIST_WEBHOOKS_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOKS_RESPONSE_431_TYPE_VALUES!r}"
    )
