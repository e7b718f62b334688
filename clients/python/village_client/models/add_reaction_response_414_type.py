from typing import Literal

AddReactionResponse414Type = Literal["/problems/uri-too-long"]

ADD_REACTION_RESPONSE_414_TYPE_VALUES: set[AddReactionResponse414Type] = {
    "/problems/uri-too-long",
}


def check_add_reaction_response_414_type(value: str) -> AddReactionResponse414Type:
    if value in ADD_REACTION_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ADD_REACTION_RESPONSE_414_TYPE_VALUES!r}"
    )
