from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_create_webhook_event_kind import (
    WebhookCreateWebhookEventKind,
    check_webhook_create_webhook_event_kind,
)

T = TypeVar("T", bound="WebhookCreate")


@_attrs_define
class WebhookCreate:
    """An endpoint to receive events, and which ones.

    Attributes:
        events (list[WebhookCreateWebhookEventKind]): The event kinds to receive (a kind listed twice counts once).
        secret (str): Signs every delivery (`X-Village-Signature`); never shown again.
        url (str): Where each delivery is POSTed: a public `http(s)` URL without credentials.
    """

    events: list[WebhookCreateWebhookEventKind]
    secret: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events = []
        for events_item_data in self.events:
            events_item: str = events_item_data
            events.append(events_item)

        secret = self.secret

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "events": events,
                "secret": secret,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        events = []
        _events = d.pop("events")
        for events_item_data in _events:
            events_item = check_webhook_create_webhook_event_kind(events_item_data)

            events.append(events_item)

        secret = d.pop("secret")

        url = d.pop("url")

        webhook_create = cls(
            events=events,
            secret=secret,
            url=url,
        )

        webhook_create.additional_properties = d
        return webhook_create

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
