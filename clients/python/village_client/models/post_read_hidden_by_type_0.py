from typing import Literal

PostReadHiddenByType0 = Literal["moderator", "reports"]

POST_READ_HIDDEN_BY_TYPE_0_VALUES: set[PostReadHiddenByType0] = {
    "moderator",
    "reports",
}


def check_post_read_hidden_by_type_0(value: str) -> PostReadHiddenByType0:
    if value in POST_READ_HIDDEN_BY_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {POST_READ_HIDDEN_BY_TYPE_0_VALUES!r}"
    )
