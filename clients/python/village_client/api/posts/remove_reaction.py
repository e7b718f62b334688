from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.reaction_kind import ReactionKind
from ...models.reactions_read import ReactionsRead
from ...models.remove_reaction_response_401 import RemoveReactionResponse401
from ...models.remove_reaction_response_403 import RemoveReactionResponse403
from ...models.remove_reaction_response_404 import RemoveReactionResponse404
from ...models.remove_reaction_response_414 import RemoveReactionResponse414
from ...models.remove_reaction_response_422 import RemoveReactionResponse422
from ...models.remove_reaction_response_429 import RemoveReactionResponse429
from ...models.remove_reaction_response_431 import RemoveReactionResponse431
from ...models.remove_reaction_response_500 import RemoveReactionResponse500
from ...models.remove_reaction_response_503 import RemoveReactionResponse503
from ...types import Response


def _get_kwargs(
    post_id: int,
    kind: ReactionKind,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/posts/{post_id}/reactions/{kind}".format(
            post_id=quote(str(post_id), safe=""),
            kind=quote(str(kind), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ReactionsRead
    | RemoveReactionResponse401
    | RemoveReactionResponse403
    | RemoveReactionResponse404
    | RemoveReactionResponse414
    | RemoveReactionResponse422
    | RemoveReactionResponse429
    | RemoveReactionResponse431
    | RemoveReactionResponse500
    | RemoveReactionResponse503
    | None
):
    if response.status_code == 200:
        response_200 = ReactionsRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = RemoveReactionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RemoveReactionResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = RemoveReactionResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 414:
        response_414 = RemoveReactionResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = RemoveReactionResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RemoveReactionResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = RemoveReactionResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = RemoveReactionResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = RemoveReactionResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ReactionsRead
    | RemoveReactionResponse401
    | RemoveReactionResponse403
    | RemoveReactionResponse404
    | RemoveReactionResponse414
    | RemoveReactionResponse422
    | RemoveReactionResponse429
    | RemoveReactionResponse431
    | RemoveReactionResponse500
    | RemoveReactionResponse503
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
    ReactionsRead
    | RemoveReactionResponse401
    | RemoveReactionResponse403
    | RemoveReactionResponse404
    | RemoveReactionResponse414
    | RemoveReactionResponse422
    | RemoveReactionResponse429
    | RemoveReactionResponse431
    | RemoveReactionResponse500
    | RemoveReactionResponse503
]:
    """Take back a reaction

     Removes your reaction of this kind from the post (members, `write` scope) and answers
    the post's reaction counts and your own as they are now. Idempotent: removing one you
    did not make changes nothing.

    Args:
        post_id (int): The post's id (not its number in the thread).
        kind (ReactionKind):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReactionsRead | RemoveReactionResponse401 | RemoveReactionResponse403 | RemoveReactionResponse404 | RemoveReactionResponse414 | RemoveReactionResponse422 | RemoveReactionResponse429 | RemoveReactionResponse431 | RemoveReactionResponse500 | RemoveReactionResponse503]
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
    ReactionsRead
    | RemoveReactionResponse401
    | RemoveReactionResponse403
    | RemoveReactionResponse404
    | RemoveReactionResponse414
    | RemoveReactionResponse422
    | RemoveReactionResponse429
    | RemoveReactionResponse431
    | RemoveReactionResponse500
    | RemoveReactionResponse503
    | None
):
    """Take back a reaction

     Removes your reaction of this kind from the post (members, `write` scope) and answers
    the post's reaction counts and your own as they are now. Idempotent: removing one you
    did not make changes nothing.

    Args:
        post_id (int): The post's id (not its number in the thread).
        kind (ReactionKind):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReactionsRead | RemoveReactionResponse401 | RemoveReactionResponse403 | RemoveReactionResponse404 | RemoveReactionResponse414 | RemoveReactionResponse422 | RemoveReactionResponse429 | RemoveReactionResponse431 | RemoveReactionResponse500 | RemoveReactionResponse503
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
    ReactionsRead
    | RemoveReactionResponse401
    | RemoveReactionResponse403
    | RemoveReactionResponse404
    | RemoveReactionResponse414
    | RemoveReactionResponse422
    | RemoveReactionResponse429
    | RemoveReactionResponse431
    | RemoveReactionResponse500
    | RemoveReactionResponse503
]:
    """Take back a reaction

     Removes your reaction of this kind from the post (members, `write` scope) and answers
    the post's reaction counts and your own as they are now. Idempotent: removing one you
    did not make changes nothing.

    Args:
        post_id (int): The post's id (not its number in the thread).
        kind (ReactionKind):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReactionsRead | RemoveReactionResponse401 | RemoveReactionResponse403 | RemoveReactionResponse404 | RemoveReactionResponse414 | RemoveReactionResponse422 | RemoveReactionResponse429 | RemoveReactionResponse431 | RemoveReactionResponse500 | RemoveReactionResponse503]
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
    ReactionsRead
    | RemoveReactionResponse401
    | RemoveReactionResponse403
    | RemoveReactionResponse404
    | RemoveReactionResponse414
    | RemoveReactionResponse422
    | RemoveReactionResponse429
    | RemoveReactionResponse431
    | RemoveReactionResponse500
    | RemoveReactionResponse503
    | None
):
    """Take back a reaction

     Removes your reaction of this kind from the post (members, `write` scope) and answers
    the post's reaction counts and your own as they are now. Idempotent: removing one you
    did not make changes nothing.

    Args:
        post_id (int): The post's id (not its number in the thread).
        kind (ReactionKind):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReactionsRead | RemoveReactionResponse401 | RemoveReactionResponse403 | RemoveReactionResponse404 | RemoveReactionResponse414 | RemoveReactionResponse422 | RemoveReactionResponse429 | RemoveReactionResponse431 | RemoveReactionResponse500 | RemoveReactionResponse503
    """

    return (
        await asyncio_detailed(
            post_id=post_id,
            kind=kind,
            client=client,
        )
    ).parsed
