from typing import Literal

ListAuditLogResponse414Type = Literal["/problems/uri-too-long"]

LIST_AUDIT_LOG_RESPONSE_414_TYPE_VALUES: set[ListAuditLogResponse414Type] = {
    "/problems/uri-too-long",
}


def check_list_audit_log_response_414_type(value: str) -> ListAuditLogResponse414Type:
    if value in LIST_AUDIT_LOG_RESPONSE_414_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_AUDIT_LOG_RESPONSE_414_TYPE_VALUES!r}"
    )
