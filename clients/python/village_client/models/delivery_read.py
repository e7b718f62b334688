from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.event_kind import EventKind, check_event_kind
from ..models.job_status import JobStatus, check_job_status

T = TypeVar("T", bound="DeliveryRead")


@_attrs_define
class DeliveryRead:
    """One event sent (or to be sent) to one webhook, and how its attempts went.

    Attributes:
        attempts (int): Attempts in the current sequence (since a redelivery).
        created_at (datetime.datetime): When the event was queued for this webhook.
        event (EventKind):
        event_id (str): The event's id: `X-Village-Delivery`, the same on every attempt and redelivery, for de-
            duplication.
        finished_at (datetime.datetime | None): When it succeeded or was given up (dead); null while pending or failed.
        id (int): The delivery's id.
        last_attempt_at (datetime.datetime | None): When the last attempt was made.
        last_error (None | str): Why the last attempt failed, when it did (e.g. no answer in time).
        last_response_code (int | None): The HTTP status of the last attempt; null when it got no answer.
        next_attempt_at (datetime.datetime | None): When the next attempt is due; null once succeeded or dead.
        status (JobStatus):
        webhook_id (int): The webhook it is for.
    """

    attempts: int
    created_at: datetime.datetime
    event: EventKind
    event_id: str
    finished_at: datetime.datetime | None
    id: int
    last_attempt_at: datetime.datetime | None
    last_error: None | str
    last_response_code: int | None
    next_attempt_at: datetime.datetime | None
    status: JobStatus
    webhook_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attempts = self.attempts

        created_at = self.created_at.isoformat()

        event: str = self.event

        event_id = self.event_id

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        id = self.id

        last_attempt_at: None | str
        if isinstance(self.last_attempt_at, datetime.datetime):
            last_attempt_at = self.last_attempt_at.isoformat()
        else:
            last_attempt_at = self.last_attempt_at

        last_error: None | str
        last_error = self.last_error

        last_response_code: int | None
        last_response_code = self.last_response_code

        next_attempt_at: None | str
        if isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        status: str = self.status

        webhook_id = self.webhook_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attempts": attempts,
                "created_at": created_at,
                "event": event,
                "event_id": event_id,
                "finished_at": finished_at,
                "id": id,
                "last_attempt_at": last_attempt_at,
                "last_error": last_error,
                "last_response_code": last_response_code,
                "next_attempt_at": next_attempt_at,
                "status": status,
                "webhook_id": webhook_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        attempts = d.pop("attempts")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        event = check_event_kind(d.pop("event"))

        event_id = d.pop("event_id")

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        id = d.pop("id")

        def _parse_last_attempt_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_attempt_at = _parse_last_attempt_at(d.pop("last_attempt_at"))

        def _parse_last_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_error = _parse_last_error(d.pop("last_error"))

        def _parse_last_response_code(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        last_response_code = _parse_last_response_code(d.pop("last_response_code"))

        def _parse_next_attempt_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_attempt_at = _parse_next_attempt_at(d.pop("next_attempt_at"))

        status = check_job_status(d.pop("status"))

        webhook_id = d.pop("webhook_id")

        delivery_read = cls(
            attempts=attempts,
            created_at=created_at,
            event=event,
            event_id=event_id,
            finished_at=finished_at,
            id=id,
            last_attempt_at=last_attempt_at,
            last_error=last_error,
            last_response_code=last_response_code,
            next_attempt_at=next_attempt_at,
            status=status,
            webhook_id=webhook_id,
        )

        delivery_read.additional_properties = d
        return delivery_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
