from typing import Literal

RemoveReactionResponse403Type = Literal[
    "/problems/email-unverified", "/problems/insufficient-scope", "/problems/suspended"
]

REMOVE_REACTION_RESPONSE_403_TYPE_VALUES: set[RemoveReactionResponse403Type] = {
    "/problems/email-unverified",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_remove_reaction_response_403_type(value: str) -> RemoveReactionResponse403Type:
    if value in REMOVE_REACTION_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {REMOVE_REACTION_RESPONSE_403_TYPE_VALUES!r}"
    )
