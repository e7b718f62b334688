from typing import Literal

NewMemberLimitProblemStatus = Literal[403]

NEW_MEMBER_LIMIT_PROBLEM_STATUS_VALUES: set[NewMemberLimitProblemStatus] = {
    403,
}


def check_new_member_limit_problem_status(value: int) -> NewMemberLimitProblemStatus:
    if value in NEW_MEMBER_LIMIT_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {NEW_MEMBER_LIMIT_PROBLEM_STATUS_VALUES!r}"
    )
