from typing import Literal

RenderPreviewResponse503Type = Literal["/problems/service-unavailable"]

RENDER_PREVIEW_RESPONSE_503_TYPE_VALUES: set[RenderPreviewResponse503Type] = {
    "/problems/service-unavailable",
}


def check_render_preview_response_503_type(value: str) -> RenderPreviewResponse503Type:
    if value in RENDER_PREVIEW_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RENDER_PREVIEW_RESPONSE_503_TYPE_VALUES!r}"
    )
