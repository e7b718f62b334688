from typing import Literal

RenderPreviewResponse414Type = Literal["/problems/uri-too-long"]

RENDER_PREVIEW_RESPONSE_414_TYPE_VALUES: set[RenderPreviewResponse414Type] = {
    "/problems/uri-too-long",
}


def check_render_preview_response_414_type(value: str) -> RenderPreviewResponse414Type:
    if value in RENDER_PREVIEW_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RENDER_PREVIEW_RESPONSE_414_TYPE_VALUES!r}"
    )
