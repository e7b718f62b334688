from typing import Literal

RenderPreviewResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

RENDER_PREVIEW_RESPONSE_401_TYPE_VALUES: set[RenderPreviewResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_render_preview_response_401_type(value: str) -> RenderPreviewResponse401Type:
    if value in RENDER_PREVIEW_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RENDER_PREVIEW_RESPONSE_401_TYPE_VALUES!r}"
    )
