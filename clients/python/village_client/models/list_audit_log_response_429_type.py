from typing import Literal

ListAuditLogResponse429Type = Literal["/problems/rate-limited"]

LIST_AUDIT_LOG_RESPONSE_429_TYPE_VALUES: set[ListAuditLogResponse429Type] = {
    "/problems/rate-limited",
}


def check_list_audit_log_response_429_type(value: str) -> ListAuditLogResponse429Type:
    if value in LIST_AUDIT_LOG_RESPONSE_429_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_AUDIT_LOG_RESPONSE_429_TYPE_VALUES!r}"
    )
