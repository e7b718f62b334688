from typing import Literal

RenderPreviewResponse431Type = Literal["/problems/request-header-fields-too-large"]

RENDER_PREVIEW_RESPONSE_431_TYPE_VALUES: set[RenderPreviewResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_render_preview_response_431_type(value: str) -> RenderPreviewResponse431Type:
    if value in RENDER_PREVIEW_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RENDER_PREVIEW_RESPONSE_431_TYPE_VALUES!r}"
    )
