from typing import Literal

ScopeBeyondRoleProblemStatus = Literal[422]

SCOPE_BEYOND_ROLE_PROBLEM_STATUS_VALUES: set[ScopeBeyondRoleProblemStatus] = {
    422,
}


def check_scope_beyond_role_problem_status(value: int) -> ScopeBeyondRoleProblemStatus:
    if value in SCOPE_BEYOND_ROLE_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCOPE_BEYOND_ROLE_PROBLEM_STATUS_VALUES!r}"
    )
