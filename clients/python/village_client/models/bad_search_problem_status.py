from typing import Literal

BadSearchProblemStatus = Literal[422]

BAD_SEARCH_PROBLEM_STATUS_VALUES: set[BadSearchProblemStatus] = {
    422,
}


def check_bad_search_problem_status(value: int) -> BadSearchProblemStatus:
    if value in BAD_SEARCH_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BAD_SEARCH_PROBLEM_STATUS_VALUES!r}"
    )
