from typing import Literal

RenderResponse400Type = Literal["/problems/malformed-json"]

RENDER_RESPONSE_400_TYPE_VALUES: set[RenderResponse400Type] = {
    "/problems/malformed-json",
}


def check_render_response_400_type(value: str) -> RenderResponse400Type:
    if value in RENDER_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RENDER_RESPONSE_400_TYPE_VALUES!r}"
    )
