from typing import Literal

InvalidWebhookUrlProblemType = Literal["/problems/invalid-webhook-url"]

INVALID_WEBHOOK_URL_PROBLEM_TYPE_VALUES: set[InvalidWebhookUrlProblemType] = {
    "/problems/invalid-webhook-url",
}


def check_invalid_webhook_url_problem_type(value: str) -> InvalidWebhookUrlProblemType:
    if value in INVALID_WEBHOOK_URL_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVALID_WEBHOOK_URL_PROBLEM_TYPE_VALUES!r}"
    )
