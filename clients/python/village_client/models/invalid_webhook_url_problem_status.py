from typing import Literal

InvalidWebhookUrlProblemStatus = Literal[422]

INVALID_WEBHOOK_URL_PROBLEM_STATUS_VALUES: set[InvalidWebhookUrlProblemStatus] = {
    422,
}


def check_invalid_webhook_url_problem_status(value: int) -> InvalidWebhookUrlProblemStatus:
    if value in INVALID_WEBHOOK_URL_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INVALID_WEBHOOK_URL_PROBLEM_STATUS_VALUES!r}"
    )
