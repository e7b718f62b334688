from typing import Literal

RenderResponse422Type = Literal["/problems/validation-error"]

RENDER_RESPONSE_422_TYPE_VALUES: set[RenderResponse422Type] = {
    "/problems/validation-error",
}


def check_render_response_422_type(value: str) -> RenderResponse422Type:
    if value in RENDER_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RENDER_RESPONSE_422_TYPE_VALUES!r}"
    )
