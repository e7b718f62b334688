from typing import Literal

ListAuditLogResponse422Type = Literal["/problems/validation-error"]

LIST_AUDIT_LOG_RESPONSE_422_TYPE_VALUES: set[ListAuditLogResponse422Type] = {
    "/problems/validation-error",
}


def check_list_audit_log_response_422_type(value: str) -> ListAuditLogResponse422Type:
    if value in LIST_AUDIT_LOG_RESPONSE_422_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_AUDIT_LOG_RESPONSE_422_TYPE_VALUES!r}"
    )
