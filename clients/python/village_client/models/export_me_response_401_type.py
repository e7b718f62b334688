from typing import Literal

ExportMeResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

EXPORT_ME_RESPONSE_401_TYPE_VALUES: set[ExportMeResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_export_me_response_401_type(value: str) -> ExportMeResponse401Type:
    if value in EXPORT_ME_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPORT_ME_RESPONSE_401_TYPE_VALUES!r}"
    )
