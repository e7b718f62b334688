from typing import Literal

RenderResponse503Type = Literal["/problems/service-unavailable"]

RENDER_RESPONSE_503_TYPE_VALUES: set[RenderResponse503Type] = {
    "/problems/service-unavailable",
}


def check_render_response_503_type(value: str) -> RenderResponse503Type:
    if value in RENDER_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RENDER_RESPONSE_503_TYPE_VALUES!r}"
    )
