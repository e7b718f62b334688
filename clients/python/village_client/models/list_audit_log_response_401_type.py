from typing import Literal

ListAuditLogResponse401Type = Literal["/problems/invalid-token", "/problems/not-authenticated"]

LIST_AUDIT_LOG_RESPONSE_401_TYPE_VALUES: set[ListAuditLogResponse401Type] = {
    "/problems/invalid-token",
    "/problems/not-authenticated",
}


def check_list_audit_log_response_401_type(value: str) -> ListAuditLogResponse401Type:
    if value in LIST_AUDIT_LOG_RESPONSE_401_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_AUDIT_LOG_RESPONSE_401_TYPE_VALUES!r}"
    )
