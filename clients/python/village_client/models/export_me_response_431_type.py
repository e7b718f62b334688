from typing import Literal

ExportMeResponse431Type = Literal["/problems/request-header-fields-too-large"]

EXPORT_ME_RESPONSE_431_TYPE_VALUES: set[ExportMeResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_export_me_response_431_type(value: str) -> ExportMeResponse431Type:
    if value in EXPORT_ME_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPORT_ME_RESPONSE_431_TYPE_VALUES!r}"
    )
