from typing import Literal

AddReactionResponse403Type = Literal[
    "/problems/email-unverified", "/problems/insufficient-scope", "/problems/suspended"
]

ADD_REACTION_RESPONSE_403_TYPE_VALUES: set[AddReactionResponse403Type] = {
    "/problems/email-unverified",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_add_reaction_response_403_type(value: str) -> AddReactionResponse403Type:
    if value in ADD_REACTION_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_REACTION_RESPONSE_403_TYPE_VALUES!r}"
    )
