from typing import Literal

AddReactionResponse431Type = Literal["/problems/request-header-fields-too-large"]

ADD_REACTION_RESPONSE_431_TYPE_VALUES: set[AddReactionResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_add_reaction_response_431_type(value: str) -> AddReactionResponse431Type:
    if value in ADD_REACTION_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_REACTION_RESPONSE_431_TYPE_VALUES!r}"
    )
