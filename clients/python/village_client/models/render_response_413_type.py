from typing import Literal

RenderResponse413Type = Literal["/problems/payload-too-large"]

RENDER_RESPONSE_413_TYPE_VALUES: set[RenderResponse413Type] = {
    "/problems/payload-too-large",
}


def check_render_response_413_type(value: str) -> RenderResponse413Type:
    if value in RENDER_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RENDER_RESPONSE_413_TYPE_VALUES!r}"
    )
