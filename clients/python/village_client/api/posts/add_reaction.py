from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_reaction_response_422 import AddReactionResponse422
from ...models.add_reaction_response_429 import AddReactionResponse429
from ...models.add_reaction_response_503 import AddReactionResponse503
from ...models.reaction_kind import ReactionKind
from ...models.reactions_read import ReactionsRead
from ...types import Response


def _get_kwargs(
    post_id: int,
    kind: ReactionKind,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/posts/{post_id}/reactions/{kind}".format(
            post_id=quote(str(post_id), safe=""),
            kind=quote(str(kind), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AddReactionResponse422 | AddReactionResponse429 | AddReactionResponse503 | ReactionsRead | None
):
    if response.status_code == 200:
        response_200 = ReactionsRead.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = AddReactionResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = AddReactionResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = AddReactionResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    AddReactionResponse422 | AddReactionResponse429 | AddReactionResponse503 | ReactionsRead
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    post_id: int,
    kind: ReactionKind,
    *,
    client: AuthenticatedClient,
) -> Response[
    AddReactionResponse422 | AddReactionResponse429 | AddReactionResponse503 | ReactionsRead
]:
    """Add Reaction

     Adds your reaction (idempotent); answers the post's reactions as they are now.

    Args:
        post_id (int):
        kind (ReactionKind):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddReactionResponse422 | AddReactionResponse429 | AddReactionResponse503 | ReactionsRead]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
        kind=kind,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    post_id: int,
    kind: ReactionKind,
    *,
    client: AuthenticatedClient,
) -> (
    AddReactionResponse422 | AddReactionResponse429 | AddReactionResponse503 | ReactionsRead | None
):
    """Add Reaction

     Adds your reaction (idempotent); answers the post's reactions as they are now.

    Args:
        post_id (int):
        kind (ReactionKind):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddReactionResponse422 | AddReactionResponse429 | AddReactionResponse503 | ReactionsRead
    """

    return sync_detailed(
        post_id=post_id,
        kind=kind,
        client=client,
    ).parsed


async def asyncio_detailed(
    post_id: int,
    kind: ReactionKind,
    *,
    client: AuthenticatedClient,
) -> Response[
    AddReactionResponse422 | AddReactionResponse429 | AddReactionResponse503 | ReactionsRead
]:
    """Add Reaction

     Adds your reaction (idempotent); answers the post's reactions as they are now.

    Args:
        post_id (int):
        kind (ReactionKind):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddReactionResponse422 | AddReactionResponse429 | AddReactionResponse503 | ReactionsRead]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
        kind=kind,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    post_id: int,
    kind: ReactionKind,
    *,
    client: AuthenticatedClient,
) -> (
    AddReactionResponse422 | AddReactionResponse429 | AddReactionResponse503 | ReactionsRead | None
):
    """Add Reaction

     Adds your reaction (idempotent); answers the post's reactions as they are now.

    Args:
        post_id (int):
        kind (ReactionKind):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddReactionResponse422 | AddReactionResponse429 | AddReactionResponse503 | ReactionsRead
    """

    return (
        await asyncio_detailed(
            post_id=post_id,
            kind=kind,
            client=client,
        )
    ).parsed
