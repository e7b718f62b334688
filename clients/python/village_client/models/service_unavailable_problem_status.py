from typing import Literal

ServiceUnavailableProblemStatus = Literal[503]

SERVICE_UNAVAILABLE_PROBLEM_STATUS_VALUES: set[ServiceUnavailableProblemStatus] = {
    503,
}


def check_service_unavailable_problem_status(value: int) -> ServiceUnavailableProblemStatus:
    if value in SERVICE_UNAVAILABLE_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SERVICE_UNAVAILABLE_PROBLEM_STATUS_VALUES!r}"
    )
