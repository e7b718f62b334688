from typing import Literal

ListWebhooksResponse500Type = Literal["/problems/internal-error"]

LIST_WEBHOOKS_RESPONSE_500_TYPE_VALUES: set[ListWebhooksResponse500Type] = {
    "/problems/internal-error",
}


def check_list_webhooks_response_500_type(value: str) -> ListWebhooksResponse500Type:
    if value in LIST_WEBHOOKS_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOKS_RESPONSE_500_TYPE_VALUES!r}"
    )
