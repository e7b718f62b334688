from typing import Literal

RenderPreviewResponse400Type = Literal["/problems/malformed-json"]

RENDER_PREVIEW_RESPONSE_400_TYPE_VALUES: set[RenderPreviewResponse400Type] = {
    "/problems/malformed-json",
}


def check_render_preview_response_400_type(value: str) -> RenderPreviewResponse400Type:
    if value in RENDER_PREVIEW_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RENDER_PREVIEW_RESPONSE_400_TYPE_VALUES!r}"
    )
