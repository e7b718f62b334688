from typing import Literal

ReactionKind = Literal["heart", "hug", "laugh", "same", "thanks"]

REACTION_KIND_VALUES: set[ReactionKind] = {
    "heart",
    "hug",
    "laugh",
    "same",
    "thanks",
}


def check_reaction_kind(value: str) -> ReactionKind:
    if value in REACTION_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {REACTION_KIND_VALUES!r}")
