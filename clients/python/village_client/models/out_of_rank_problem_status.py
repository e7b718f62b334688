from typing import Literal

OutOfRankProblemStatus = Literal[403]

OUT_OF_RANK_PROBLEM_STATUS_VALUES: set[OutOfRankProblemStatus] = {
    403,
}


def check_out_of_rank_problem_status(value: int) -> OutOfRankProblemStatus:
    if value in OUT_OF_RANK_PROBLEM_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {OUT_OF_RANK_PROBLEM_STATUS_VALUES!r}"
    )
