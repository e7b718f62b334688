from typing import Literal

WebhookTargetRefusedProblemType = Literal["/problems/webhook-target-refused"]

WEBHOOK_TARGET_REFUSED_PROBLEM_TYPE_VALUES: set[WebhookTargetRefusedProblemType] = {
    "/problems/webhook-target-refused",
}


def check_webhook_target_refused_problem_type(value: str) -> WebhookTargetRefusedProblemType:
    if value in WEBHOOK_TARGET_REFUSED_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {WEBHOOK_TARGET_REFUSED_PROBLEM_TYPE_VALUES!r}"
    )
