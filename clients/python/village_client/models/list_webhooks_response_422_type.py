from typing import Literal

ListWebhooksResponse422Type = Literal["/problems/validation-error"]

LIST_WEBHOOKS_RESPONSE_422_TYPE_VALUES: set[ListWebhooksResponse422Type] = {
    "/problems/validation-error",
}


def check_list_webhooks_response_422_type(value: str) -> ListWebhooksResponse422Type:
    if value in LIST_WEBHOOKS_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOKS_RESPONSE_422_TYPE_VALUES!r}"
    )
