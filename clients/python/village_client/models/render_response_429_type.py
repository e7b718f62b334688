from typing import Literal

RenderResponse429Type = Literal["/problems/rate-limited"]

RENDER_RESPONSE_429_TYPE_VALUES: set[RenderResponse429Type] = {
    "/problems/rate-limited",
}


def check_render_response_429_type(value: str) -> RenderResponse429Type:
    if value in RENDER_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RENDER_RESPONSE_429_TYPE_VALUES!r}"
    )
