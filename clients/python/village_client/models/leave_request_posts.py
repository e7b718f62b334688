from typing import Literal

LeaveRequestPosts = Literal["erase", "keep"]

LEAVE_REQUEST_POSTS_VALUES: set[LeaveRequestPosts] = {
    "erase",
    "keep",
}


def check_leave_request_posts(value: str) -> LeaveRequestPosts:
    if value in LEAVE_REQUEST_POSTS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LEAVE_REQUEST_POSTS_VALUES!r}")
