from typing import Literal

ListAuditLogResponse431Type = Literal["/problems/request-header-fields-too-large"]

LIST_AUDIT_LOG_RESPONSE_431_TYPE_VALUES: set[ListAuditLogResponse431Type] = {
    "/problems/request-header-fields-too-large",
}


def check_list_audit_log_response_431_type(value: str) -> ListAuditLogResponse431Type:
    if value in LIST_AUDIT_LOG_RESPONSE_431_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_AUDIT_LOG_RESPONSE_431_TYPE_VALUES!r}"
    )
