from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.unblock_user_response_401 import UnblockUserResponse401
from ...models.unblock_user_response_403 import UnblockUserResponse403
from ...models.unblock_user_response_404 import UnblockUserResponse404
from ...models.unblock_user_response_414 import UnblockUserResponse414
from ...models.unblock_user_response_422 import UnblockUserResponse422
from ...models.unblock_user_response_429 import UnblockUserResponse429
from ...models.unblock_user_response_431 import UnblockUserResponse431
from ...models.unblock_user_response_500 import UnblockUserResponse500
from ...models.unblock_user_response_503 import UnblockUserResponse503
from ...types import Response


def _get_kwargs(
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/users/{username}/block".format(
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | UnblockUserResponse401
    | UnblockUserResponse403
    | UnblockUserResponse404
    | UnblockUserResponse414
    | UnblockUserResponse422
    | UnblockUserResponse429
    | UnblockUserResponse431
    | UnblockUserResponse500
    | UnblockUserResponse503
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 401:
        response_401 = UnblockUserResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = UnblockUserResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = UnblockUserResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 414:
        response_414 = UnblockUserResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = UnblockUserResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = UnblockUserResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = UnblockUserResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = UnblockUserResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = UnblockUserResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | UnblockUserResponse401
    | UnblockUserResponse403
    | UnblockUserResponse404
    | UnblockUserResponse414
    | UnblockUserResponse422
    | UnblockUserResponse429
    | UnblockUserResponse431
    | UnblockUserResponse500
    | UnblockUserResponse503
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
    | UnblockUserResponse401
    | UnblockUserResponse403
    | UnblockUserResponse404
    | UnblockUserResponse414
    | UnblockUserResponse422
    | UnblockUserResponse429
    | UnblockUserResponse431
    | UnblockUserResponse500
    | UnblockUserResponse503
]:
    """Unblock a member

     Removes your block of the member: their posts show normally again and they can
    notify you. Unblocking someone you have not blocked changes nothing (204 too); an
    unknown username is 404. Needs `write`; nothing tells them.

    Args:
        username (str): The member's username, in any case.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UnblockUserResponse401 | UnblockUserResponse403 | UnblockUserResponse404 | UnblockUserResponse414 | UnblockUserResponse422 | UnblockUserResponse429 | UnblockUserResponse431 | UnblockUserResponse500 | UnblockUserResponse503]
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
    | UnblockUserResponse401
    | UnblockUserResponse403
    | UnblockUserResponse404
    | UnblockUserResponse414
    | UnblockUserResponse422
    | UnblockUserResponse429
    | UnblockUserResponse431
    | UnblockUserResponse500
    | UnblockUserResponse503
    | None
):
    """Unblock a member

     Removes your block of the member: their posts show normally again and they can
    notify you. Unblocking someone you have not blocked changes nothing (204 too); an
    unknown username is 404. Needs `write`; nothing tells them.

    Args:
        username (str): The member's username, in any case.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UnblockUserResponse401 | UnblockUserResponse403 | UnblockUserResponse404 | UnblockUserResponse414 | UnblockUserResponse422 | UnblockUserResponse429 | UnblockUserResponse431 | UnblockUserResponse500 | UnblockUserResponse503
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
    | UnblockUserResponse401
    | UnblockUserResponse403
    | UnblockUserResponse404
    | UnblockUserResponse414
    | UnblockUserResponse422
    | UnblockUserResponse429
    | UnblockUserResponse431
    | UnblockUserResponse500
    | UnblockUserResponse503
]:
    """Unblock a member

     Removes your block of the member: their posts show normally again and they can
    notify you. Unblocking someone you have not blocked changes nothing (204 too); an
    unknown username is 404. Needs `write`; nothing tells them.

    Args:
        username (str): The member's username, in any case.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UnblockUserResponse401 | UnblockUserResponse403 | UnblockUserResponse404 | UnblockUserResponse414 | UnblockUserResponse422 | UnblockUserResponse429 | UnblockUserResponse431 | UnblockUserResponse500 | UnblockUserResponse503]
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
    | UnblockUserResponse401
    | UnblockUserResponse403
    | UnblockUserResponse404
    | UnblockUserResponse414
    | UnblockUserResponse422
    | UnblockUserResponse429
    | UnblockUserResponse431
    | UnblockUserResponse500
    | UnblockUserResponse503
    | None
):
    """Unblock a member

     Removes your block of the member: their posts show normally again and they can
    notify you. Unblocking someone you have not blocked changes nothing (204 too); an
    unknown username is 404. Needs `write`; nothing tells them.

    Args:
        username (str): The member's username, in any case.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UnblockUserResponse401 | UnblockUserResponse403 | UnblockUserResponse404 | UnblockUserResponse414 | UnblockUserResponse422 | UnblockUserResponse429 | UnblockUserResponse431 | UnblockUserResponse500 | UnblockUserResponse503
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
        )
    ).parsed
