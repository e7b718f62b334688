from typing import Literal

OutOfRankProblemType = Literal["/problems/out-of-rank"]

OUT_OF_RANK_PROBLEM_TYPE_VALUES: set[OutOfRankProblemType] = {
    "/problems/out-of-rank",
}


def check_out_of_rank_problem_type(value: str) -> OutOfRankProblemType:
    if value in OUT_OF_RANK_PROBLEM_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUT_OF_RANK_PROBLEM_TYPE_VALUES!r}"
    )
