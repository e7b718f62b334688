from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.reaction_kind import ReactionKind, check_reaction_kind

if TYPE_CHECKING:
    from ..models.reactions_read_reactions import ReactionsReadReactions


T = TypeVar("T", bound="ReactionsRead")


@_attrs_define
class ReactionsRead:
    """A post's reactions as they are after yours changed, so a client need not read the
    post again.

        Attributes:
            my_reactions (list[ReactionKind]): The kinds you reacted with.
            reactions (ReactionsReadReactions): How many members reacted with each kind; a kind nobody chose is absent.
    """

    my_reactions: list[ReactionKind]
    reactions: ReactionsReadReactions
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        my_reactions = []
        for my_reactions_item_data in self.my_reactions:
            my_reactions_item: str = my_reactions_item_data
            my_reactions.append(my_reactions_item)

        reactions = self.reactions.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "my_reactions": my_reactions,
                "reactions": reactions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.reactions_read_reactions import ReactionsReadReactions  # noqa: PLC0415

        d = dict(src_dict)
        my_reactions = []
        _my_reactions = d.pop("my_reactions")
        for my_reactions_item_data in _my_reactions:
            my_reactions_item = check_reaction_kind(my_reactions_item_data)

            my_reactions.append(my_reactions_item)

        reactions = ReactionsReadReactions.from_dict(d.pop("reactions"))

        reactions_read = cls(
            my_reactions=my_reactions,
            reactions=reactions,
        )

        reactions_read.additional_properties = d
        return reactions_read

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
