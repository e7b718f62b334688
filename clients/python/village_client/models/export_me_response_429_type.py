from typing import Literal

ExportMeResponse429Type = Literal["/problems/rate-limited"]

EXPORT_ME_RESPONSE_429_TYPE_VALUES: set[ExportMeResponse429Type] = {
    "/problems/rate-limited",
}


def check_export_me_response_429_type(value: str) -> ExportMeResponse429Type:
    if value in EXPORT_ME_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {EXPORT_ME_RESPONSE_429_TYPE_VALUES!r}"
    )
