from typing import Literal

ExportMeResponse503Type = Literal["/problems/service-unavailable"]

EXPORT_ME_RESPONSE_503_TYPE_VALUES: set[ExportMeResponse503Type] = {
    "/problems/service-unavailable",
}


def check_export_me_response_503_type(value: str) -> ExportMeResponse503Type:
    if value in EXPORT_ME_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPORT_ME_RESPONSE_503_TYPE_VALUES!r}"
    )
