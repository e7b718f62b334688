from typing import Literal

RenderPreviewResponse403Type = Literal["/problems/insufficient-scope"]

RENDER_PREVIEW_RESPONSE_403_TYPE_VALUES: set[RenderPreviewResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_render_preview_response_403_type(value: str) -> RenderPreviewResponse403Type:
    if value in RENDER_PREVIEW_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RENDER_PREVIEW_RESPONSE_403_TYPE_VALUES!r}"
    )
