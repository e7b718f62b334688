from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.block_user_response_401 import BlockUserResponse401
from ...models.block_user_response_403 import BlockUserResponse403
from ...models.block_user_response_404 import BlockUserResponse404
from ...models.block_user_response_414 import BlockUserResponse414
from ...models.block_user_response_422 import BlockUserResponse422
from ...models.block_user_response_429 import BlockUserResponse429
from ...models.block_user_response_431 import BlockUserResponse431
from ...models.block_user_response_500 import BlockUserResponse500
from ...models.block_user_response_503 import BlockUserResponse503
from ...types import Response


def _get_kwargs(
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/users/{username}/block".format(
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | BlockUserResponse401
    | BlockUserResponse403
    | BlockUserResponse404
    | BlockUserResponse414
    | BlockUserResponse422
    | BlockUserResponse429
    | BlockUserResponse431
    | BlockUserResponse500
    | BlockUserResponse503
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = BlockUserResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = BlockUserResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = BlockUserResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 414:
        response_414 = BlockUserResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = BlockUserResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = BlockUserResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = BlockUserResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = BlockUserResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = BlockUserResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | BlockUserResponse401
    | BlockUserResponse403
    | BlockUserResponse404
    | BlockUserResponse414
    | BlockUserResponse422
    | BlockUserResponse429
    | BlockUserResponse431
    | BlockUserResponse500
    | BlockUserResponse503
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    username: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    Any
    | BlockUserResponse401
    | BlockUserResponse403
    | BlockUserResponse404
    | BlockUserResponse414
    | BlockUserResponse422
    | BlockUserResponse429
    | BlockUserResponse431
    | BlockUserResponse500
    | BlockUserResponse503
]:
    """Block a member

     Their posts come back to you with `is_blocked_author: true`, and they cannot
    mention, quote- or reply-notify you. Blocking is private: no notification, event or
    webhook tells them, and nothing in their views changes. Moderators and administrators
    cannot be blocked (422 `cannot-block-staff`), nor can you block yourself (422
    `cannot-block-yourself`); blocking again changes nothing. Needs `write`; a suspended
    member may block too.

    Args:
        username (str): The member's username, in any case.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BlockUserResponse401 | BlockUserResponse403 | BlockUserResponse404 | BlockUserResponse414 | BlockUserResponse422 | BlockUserResponse429 | BlockUserResponse431 | BlockUserResponse500 | BlockUserResponse503]
    """

    kwargs = _get_kwargs(
        username=username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    *,
    client: AuthenticatedClient,
) -> (
    Any
    | BlockUserResponse401
    | BlockUserResponse403
    | BlockUserResponse404
    | BlockUserResponse414
    | BlockUserResponse422
    | BlockUserResponse429
    | BlockUserResponse431
    | BlockUserResponse500
    | BlockUserResponse503
    | None
):
    """Block a member

     Their posts come back to you with `is_blocked_author: true`, and they cannot
    mention, quote- or reply-notify you. Blocking is private: no notification, event or
    webhook tells them, and nothing in their views changes. Moderators and administrators
    cannot be blocked (422 `cannot-block-staff`), nor can you block yourself (422
    `cannot-block-yourself`); blocking again changes nothing. Needs `write`; a suspended
    member may block too.

    Args:
        username (str): The member's username, in any case.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BlockUserResponse401 | BlockUserResponse403 | BlockUserResponse404 | BlockUserResponse414 | BlockUserResponse422 | BlockUserResponse429 | BlockUserResponse431 | BlockUserResponse500 | BlockUserResponse503
    """

    return sync_detailed(
        username=username,
        client=client,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    Any
    | BlockUserResponse401
    | BlockUserResponse403
    | BlockUserResponse404
    | BlockUserResponse414
    | BlockUserResponse422
    | BlockUserResponse429
    | BlockUserResponse431
    | BlockUserResponse500
    | BlockUserResponse503
]:
    """Block a member

     Their posts come back to you with `is_blocked_author: true`, and they cannot
    mention, quote- or reply-notify you. Blocking is private: no notification, event or
    webhook tells them, and nothing in their views changes. Moderators and administrators
    cannot be blocked (422 `cannot-block-staff`), nor can you block yourself (422
    `cannot-block-yourself`); blocking again changes nothing. Needs `write`; a suspended
    member may block too.

    Args:
        username (str): The member's username, in any case.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | BlockUserResponse401 | BlockUserResponse403 | BlockUserResponse404 | BlockUserResponse414 | BlockUserResponse422 | BlockUserResponse429 | BlockUserResponse431 | BlockUserResponse500 | BlockUserResponse503]
    """

    kwargs = _get_kwargs(
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient,
) -> (
    Any
    | BlockUserResponse401
    | BlockUserResponse403
    | BlockUserResponse404
    | BlockUserResponse414
    | BlockUserResponse422
    | BlockUserResponse429
    | BlockUserResponse431
    | BlockUserResponse500
    | BlockUserResponse503
    | None
):
    """Block a member

     Their posts come back to you with `is_blocked_author: true`, and they cannot
    mention, quote- or reply-notify you. Blocking is private: no notification, event or
    webhook tells them, and nothing in their views changes. Moderators and administrators
    cannot be blocked (422 `cannot-block-staff`), nor can you block yourself (422
    `cannot-block-yourself`); blocking again changes nothing. Needs `write`; a suspended
    member may block too.

    Args:
        username (str): The member's username, in any case.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | BlockUserResponse401 | BlockUserResponse403 | BlockUserResponse404 | BlockUserResponse414 | BlockUserResponse422 | BlockUserResponse429 | BlockUserResponse431 | BlockUserResponse500 | BlockUserResponse503
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
        )
    ).parsed
