from typing import Literal

CategoryKind = Literal["forum", "group", "meetups"]

CATEGORY_KIND_VALUES: set[CategoryKind] = {
    "forum",
    "group",
    "meetups",
}


def check_category_kind(value: str) -> CategoryKind:
    if value in CATEGORY_KIND_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CATEGORY_KIND_VALUES!r}")
