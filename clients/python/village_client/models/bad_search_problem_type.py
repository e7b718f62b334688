from typing import Literal

BadSearchProblemType = Literal["/problems/bad-search"]

BAD_SEARCH_PROBLEM_TYPE_VALUES: set[BadSearchProblemType] = {
    "/problems/bad-search",
}


def check_bad_search_problem_type(value: str) -> BadSearchProblemType:
    if value in BAD_SEARCH_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BAD_SEARCH_PROBLEM_TYPE_VALUES!r}"
    )
