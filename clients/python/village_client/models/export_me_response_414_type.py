from typing import Literal

ExportMeResponse414Type = Literal["/problems/uri-too-long"]

EXPORT_ME_RESPONSE_414_TYPE_VALUES: set[ExportMeResponse414Type] = {
    "/problems/uri-too-long",
}


def check_export_me_response_414_type(value: str) -> ExportMeResponse414Type:
    if value in EXPORT_ME_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPORT_ME_RESPONSE_414_TYPE_VALUES!r}"
    )
