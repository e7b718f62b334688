from typing import Literal

ListAuditLogResponse400Type = Literal["/problems/invalid-cursor"]

LIST_AUDIT_LOG_RESPONSE_400_TYPE_VALUES: set[ListAuditLogResponse400Type] = {
    "/problems/invalid-cursor",
}


def check_list_audit_log_response_400_type(value: str) -> ListAuditLogResponse400Type:
    if value in LIST_AUDIT_LOG_RESPONSE_400_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_AUDIT_LOG_RESPONSE_400_TYPE_VALUES!r}"
    )
