from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_reaction_response_401 import AddReactionResponse401
from ...models.add_reaction_response_403 import AddReactionResponse403
from ...models.add_reaction_response_404 import AddReactionResponse404
from ...models.add_reaction_response_409 import AddReactionResponse409
from ...models.add_reaction_response_414 import AddReactionResponse414
from ...models.add_reaction_response_422 import AddReactionResponse422
from ...models.add_reaction_response_429 import AddReactionResponse429
from ...models.add_reaction_response_431 import AddReactionResponse431
from ...models.add_reaction_response_500 import AddReactionResponse500
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
    AddReactionResponse401
    | AddReactionResponse403
    | AddReactionResponse404
    | AddReactionResponse409
    | AddReactionResponse414
    | AddReactionResponse422
    | AddReactionResponse429
    | AddReactionResponse431
    | AddReactionResponse500
    | AddReactionResponse503
    | ReactionsRead
    | None
):
    if response.status_code == 200:
        response_200 = ReactionsRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = AddReactionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = AddReactionResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = AddReactionResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = AddReactionResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 414:
        response_414 = AddReactionResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = AddReactionResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = AddReactionResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = AddReactionResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = AddReactionResponse500.from_dict(response.json())

        return response_500

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
    AddReactionResponse401
    | AddReactionResponse403
    | AddReactionResponse404
    | AddReactionResponse409
    | AddReactionResponse414
    | AddReactionResponse422
    | AddReactionResponse429
    | AddReactionResponse431
    | AddReactionResponse500
    | AddReactionResponse503
    | ReactionsRead
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
    AddReactionResponse401
    | AddReactionResponse403
    | AddReactionResponse404
    | AddReactionResponse409
    | AddReactionResponse414
    | AddReactionResponse422
    | AddReactionResponse429
    | AddReactionResponse431
    | AddReactionResponse500
    | AddReactionResponse503
    | ReactionsRead
]:
    """React to a post

     Adds your reaction of this kind to the post (members, `write` scope) and answers the
    post's reaction counts and your own as they are now. Idempotent: reacting twice is
    reacting once. A deleted post takes no reaction (409). Who reacted is never shown.

    Args:
        post_id (int): The post's id (not its number in the thread).
        kind (ReactionKind):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddReactionResponse401 | AddReactionResponse403 | AddReactionResponse404 | AddReactionResponse409 | AddReactionResponse414 | AddReactionResponse422 | AddReactionResponse429 | AddReactionResponse431 | AddReactionResponse500 | AddReactionResponse503 | ReactionsRead]
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
    AddReactionResponse401
    | AddReactionResponse403
    | AddReactionResponse404
    | AddReactionResponse409
    | AddReactionResponse414
    | AddReactionResponse422
    | AddReactionResponse429
    | AddReactionResponse431
    | AddReactionResponse500
    | AddReactionResponse503
    | ReactionsRead
    | None
):
    """React to a post

     Adds your reaction of this kind to the post (members, `write` scope) and answers the
    post's reaction counts and your own as they are now. Idempotent: reacting twice is
    reacting once. A deleted post takes no reaction (409). Who reacted is never shown.

    Args:
        post_id (int): The post's id (not its number in the thread).
        kind (ReactionKind):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddReactionResponse401 | AddReactionResponse403 | AddReactionResponse404 | AddReactionResponse409 | AddReactionResponse414 | AddReactionResponse422 | AddReactionResponse429 | AddReactionResponse431 | AddReactionResponse500 | AddReactionResponse503 | ReactionsRead
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
    AddReactionResponse401
    | AddReactionResponse403
    | AddReactionResponse404
    | AddReactionResponse409
    | AddReactionResponse414
    | AddReactionResponse422
    | AddReactionResponse429
    | AddReactionResponse431
    | AddReactionResponse500
    | AddReactionResponse503
    | ReactionsRead
]:
    """React to a post

     Adds your reaction of this kind to the post (members, `write` scope) and answers the
    post's reaction counts and your own as they are now. Idempotent: reacting twice is
    reacting once. A deleted post takes no reaction (409). Who reacted is never shown.

    Args:
        post_id (int): The post's id (not its number in the thread).
        kind (ReactionKind):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddReactionResponse401 | AddReactionResponse403 | AddReactionResponse404 | AddReactionResponse409 | AddReactionResponse414 | AddReactionResponse422 | AddReactionResponse429 | AddReactionResponse431 | AddReactionResponse500 | AddReactionResponse503 | ReactionsRead]
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
    AddReactionResponse401
    | AddReactionResponse403
    | AddReactionResponse404
    | AddReactionResponse409
    | AddReactionResponse414
    | AddReactionResponse422
    | AddReactionResponse429
    | AddReactionResponse431
    | AddReactionResponse500
    | AddReactionResponse503
    | ReactionsRead
    | None
):
    """React to a post

     Adds your reaction of this kind to the post (members, `write` scope) and answers the
    post's reaction counts and your own as they are now. Idempotent: reacting twice is
    reacting once. A deleted post takes no reaction (409). Who reacted is never shown.

    Args:
        post_id (int): The post's id (not its number in the thread).
        kind (ReactionKind):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddReactionResponse401 | AddReactionResponse403 | AddReactionResponse404 | AddReactionResponse409 | AddReactionResponse414 | AddReactionResponse422 | AddReactionResponse429 | AddReactionResponse431 | AddReactionResponse500 | AddReactionResponse503 | ReactionsRead
    """

    return (
        await asyncio_detailed(
            post_id=post_id,
            kind=kind,
            client=client,
        )
    ).parsed
