from typing import Literal

ListAuditLogResponse503Type = Literal["/problems/service-unavailable"]

LIST_AUDIT_LOG_RESPONSE_503_TYPE_VALUES: set[ListAuditLogResponse503Type] = {
    "/problems/service-unavailable",
}


def check_list_audit_log_response_503_type(value: str) -> ListAuditLogResponse503Type:
    if value in LIST_AUDIT_LOG_RESPONSE_503_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_AUDIT_LOG_RESPONSE_503_TYPE_VALUES!r}"
    )
