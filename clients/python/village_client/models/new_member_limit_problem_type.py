from typing import Literal

NewMemberLimitProblemType = Literal["/problems/new-member-limit"]

NEW_MEMBER_LIMIT_PROBLEM_TYPE_VALUES: set[NewMemberLimitProblemType] = {
    "/problems/new-member-limit",
}


def check_new_member_limit_problem_type(value: str) -> NewMemberLimitProblemType:
    if value in NEW_MEMBER_LIMIT_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NEW_MEMBER_LIMIT_PROBLEM_TYPE_VALUES!r}"
    )
