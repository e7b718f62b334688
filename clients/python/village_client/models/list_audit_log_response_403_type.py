from typing import Literal

ListAuditLogResponse403Type = Literal[
    "/problems/forbidden", "/problems/insufficient-scope", "/problems/suspended"
]

LIST_AUDIT_LOG_RESPONSE_403_TYPE_VALUES: set[ListAuditLogResponse403Type] = {
    "/problems/forbidden",
    "/problems/insufficient-scope",
    "/problems/suspended",
}


def check_list_audit_log_response_403_type(value: str) -> ListAuditLogResponse403Type:
    if value in LIST_AUDIT_LOG_RESPONSE_403_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_AUDIT_LOG_RESPONSE_403_TYPE_VALUES!r}"
    )
