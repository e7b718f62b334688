from typing import Literal

ServiceUnavailableProblemType = Literal["/problems/service-unavailable"]

SERVICE_UNAVAILABLE_PROBLEM_TYPE_VALUES: set[ServiceUnavailableProblemType] = {
    "/problems/service-unavailable",
}


def check_service_unavailable_problem_type(value: str) -> ServiceUnavailableProblemType:
    if value in SERVICE_UNAVAILABLE_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SERVICE_UNAVAILABLE_PROBLEM_TYPE_VALUES!r}"
    )
