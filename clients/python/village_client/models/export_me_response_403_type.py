from typing import Literal

ExportMeResponse403Type = Literal["/problems/insufficient-scope"]

EXPORT_ME_RESPONSE_403_TYPE_VALUES: set[ExportMeResponse403Type] = {
    "/problems/insufficient-scope",
}


def check_export_me_response_403_type(value: str) -> ExportMeResponse403Type:
    if value in EXPORT_ME_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPORT_ME_RESPONSE_403_TYPE_VALUES!r}"
    )
