from typing import Literal

RenderPreviewResponse429Type = Literal["/problems/rate-limited"]

RENDER_PREVIEW_RESPONSE_429_TYPE_VALUES: set[RenderPreviewResponse429Type] = {
    "/problems/rate-limited",
}


def check_render_preview_response_429_type(value: str) -> RenderPreviewResponse429Type:
    if value in RENDER_PREVIEW_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RENDER_PREVIEW_RESPONSE_429_TYPE_VALUES!r}"
    )
