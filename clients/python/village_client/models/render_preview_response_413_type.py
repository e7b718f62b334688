from typing import Literal

RenderPreviewResponse413Type = Literal["/problems/payload-too-large"]

RENDER_PREVIEW_RESPONSE_413_TYPE_VALUES: set[RenderPreviewResponse413Type] = {
    "/problems/payload-too-large",
}


def check_render_preview_response_413_type(value: str) -> RenderPreviewResponse413Type:
    if value in RENDER_PREVIEW_RESPONSE_413_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RENDER_PREVIEW_RESPONSE_413_TYPE_VALUES!r}"
    )
