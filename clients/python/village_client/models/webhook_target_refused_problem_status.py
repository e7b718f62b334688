from typing import Literal

WebhookTargetRefusedProblemStatus = Literal[422]

WEBHOOK_TARGET_REFUSED_PROBLEM_STATUS_VALUES: set[WebhookTargetRefusedProblemStatus] = {
    422,
}


def check_webhook_target_refused_problem_status(value: int) -> WebhookTargetRefusedProblemStatus:
    if value in WEBHOOK_TARGET_REFUSED_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_TARGET_REFUSED_PROBLEM_STATUS_VALUES!r}"
    )
