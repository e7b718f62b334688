from typing import Literal

RenderPreviewResponse422Type = Literal["/problems/validation-error"]

RENDER_PREVIEW_RESPONSE_422_TYPE_VALUES: set[RenderPreviewResponse422Type] = {
    "/problems/validation-error",
}


def check_render_preview_response_422_type(value: str) -> RenderPreviewResponse422Type:
    if value in RENDER_PREVIEW_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RENDER_PREVIEW_RESPONSE_422_TYPE_VALUES!r}"
    )
