from typing import Literal

ListWebhooksResponse403Type = Literal[
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
]

LIST_WEBHOOKS_RESPONSE_403_TYPE_VALUES: set[ListWebhooksResponse403Type] = {
    "/problems/email-unverified",
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_list_webhooks_response_403_type(value: str) -> ListWebhooksResponse403Type:
    if value in LIST_WEBHOOKS_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOKS_RESPONSE_403_TYPE_VALUES!r}"
    )
