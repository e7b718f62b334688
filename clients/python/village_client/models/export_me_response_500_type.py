from typing import Literal

ExportMeResponse500Type = Literal["/problems/internal-error"]

EXPORT_ME_RESPONSE_500_TYPE_VALUES: set[ExportMeResponse500Type] = {
    "/problems/internal-error",
}


def check_export_me_response_500_type(value: str) -> ExportMeResponse500Type:
    if value in EXPORT_ME_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPORT_ME_RESPONSE_500_TYPE_VALUES!r}"
    )
