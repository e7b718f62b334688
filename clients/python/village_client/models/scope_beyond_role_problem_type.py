from typing import Literal

ScopeBeyondRoleProblemType = Literal["/problems/scope-beyond-role"]

SCOPE_BEYOND_ROLE_PROBLEM_TYPE_VALUES: set[ScopeBeyondRoleProblemType] = {
    "/problems/scope-beyond-role",
}


def check_scope_beyond_role_problem_type(value: str) -> ScopeBeyondRoleProblemType:
    if value in SCOPE_BEYOND_ROLE_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {SCOPE_BEYOND_ROLE_PROBLEM_TYPE_VALUES!r}"
    )
