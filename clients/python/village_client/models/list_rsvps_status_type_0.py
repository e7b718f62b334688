from typing import Literal

ListRsvpsStatusType0 = Literal["going", "maybe", "not_going", "pending"]

LIST_RSVPS_STATUS_TYPE_0_VALUES: set[ListRsvpsStatusType0] = {
    "going",
    "maybe",
    "not_going",
    "pending",
}


def check_list_rsvps_status_type_0(value: str) -> ListRsvpsStatusType0:
    if value in LIST_RSVPS_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_RSVPS_STATUS_TYPE_0_VALUES!r}"
    )
