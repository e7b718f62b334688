from typing import Literal

ListAuditLogResponse500Type = Literal["/problems/internal-error"]

LIST_AUDIT_LOG_RESPONSE_500_TYPE_VALUES: set[ListAuditLogResponse500Type] = {
    "/problems/internal-error",
}


def check_list_audit_log_response_500_type(value: str) -> ListAuditLogResponse500Type:
    if value in LIST_AUDIT_LOG_RESPONSE_500_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_AUDIT_LOG_RESPONSE_500_TYPE_VALUES!r}"
    )
