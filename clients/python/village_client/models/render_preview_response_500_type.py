from typing import Literal

RenderPreviewResponse500Type = Literal["/problems/internal-error"]

RENDER_PREVIEW_RESPONSE_500_TYPE_VALUES: set[RenderPreviewResponse500Type] = {
    "/problems/internal-error",
}


def check_render_preview_response_500_type(value: str) -> RenderPreviewResponse500Type:
    if value in RENDER_PREVIEW_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RENDER_PREVIEW_RESPONSE_500_TYPE_VALUES!r}"
    )
