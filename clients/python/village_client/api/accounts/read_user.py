from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.read_user_response_404 import ReadUserResponse404
from ...models.read_user_response_414 import ReadUserResponse414
from ...models.read_user_response_422 import ReadUserResponse422
from ...models.read_user_response_429 import ReadUserResponse429
from ...models.read_user_response_431 import ReadUserResponse431
from ...models.read_user_response_500 import ReadUserResponse500
from ...models.read_user_response_503 import ReadUserResponse503
from ...models.user_read import UserRead
from ...types import Response


def _get_kwargs(
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/users/{username}".format(
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ReadUserResponse404
    | ReadUserResponse414
    | ReadUserResponse422
    | ReadUserResponse429
    | ReadUserResponse431
    | ReadUserResponse500
    | ReadUserResponse503
    | UserRead
    | None
):
    if response.status_code == 200:
        response_200 = UserRead.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = ReadUserResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 414:
        response_414 = ReadUserResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = ReadUserResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ReadUserResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = ReadUserResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = ReadUserResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ReadUserResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ReadUserResponse404
    | ReadUserResponse414
    | ReadUserResponse422
    | ReadUserResponse429
    | ReadUserResponse431
    | ReadUserResponse500
    | ReadUserResponse503
    | UserRead
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
    client: AuthenticatedClient | Client,
) -> Response[
    ReadUserResponse404
    | ReadUserResponse414
    | ReadUserResponse422
    | ReadUserResponse429
    | ReadUserResponse431
    | ReadUserResponse500
    | ReadUserResponse503
    | UserRead
]:
    """Read a profile

     A member's public profile, by username in any case. Anyone may read it, guests
    too. An unknown name and a member who left are both 404. Nothing private is here (the
    address, a suspension): that is only in the member's own `GET /me`.

    Args:
        username (str): The member's username, in any case.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReadUserResponse404 | ReadUserResponse414 | ReadUserResponse422 | ReadUserResponse429 | ReadUserResponse431 | ReadUserResponse500 | ReadUserResponse503 | UserRead]
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
    client: AuthenticatedClient | Client,
) -> (
    ReadUserResponse404
    | ReadUserResponse414
    | ReadUserResponse422
    | ReadUserResponse429
    | ReadUserResponse431
    | ReadUserResponse500
    | ReadUserResponse503
    | UserRead
    | None
):
    """Read a profile

     A member's public profile, by username in any case. Anyone may read it, guests
    too. An unknown name and a member who left are both 404. Nothing private is here (the
    address, a suspension): that is only in the member's own `GET /me`.

    Args:
        username (str): The member's username, in any case.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReadUserResponse404 | ReadUserResponse414 | ReadUserResponse422 | ReadUserResponse429 | ReadUserResponse431 | ReadUserResponse500 | ReadUserResponse503 | UserRead
    """

    return sync_detailed(
        username=username,
        client=client,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ReadUserResponse404
    | ReadUserResponse414
    | ReadUserResponse422
    | ReadUserResponse429
    | ReadUserResponse431
    | ReadUserResponse500
    | ReadUserResponse503
    | UserRead
]:
    """Read a profile

     A member's public profile, by username in any case. Anyone may read it, guests
    too. An unknown name and a member who left are both 404. Nothing private is here (the
    address, a suspension): that is only in the member's own `GET /me`.

    Args:
        username (str): The member's username, in any case.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ReadUserResponse404 | ReadUserResponse414 | ReadUserResponse422 | ReadUserResponse429 | ReadUserResponse431 | ReadUserResponse500 | ReadUserResponse503 | UserRead]
    """

    kwargs = _get_kwargs(
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    ReadUserResponse404
    | ReadUserResponse414
    | ReadUserResponse422
    | ReadUserResponse429
    | ReadUserResponse431
    | ReadUserResponse500
    | ReadUserResponse503
    | UserRead
    | None
):
    """Read a profile

     A member's public profile, by username in any case. Anyone may read it, guests
    too. An unknown name and a member who left are both 404. Nothing private is here (the
    address, a suspension): that is only in the member's own `GET /me`.

    Args:
        username (str): The member's username, in any case.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ReadUserResponse404 | ReadUserResponse414 | ReadUserResponse422 | ReadUserResponse429 | ReadUserResponse431 | ReadUserResponse500 | ReadUserResponse503 | UserRead
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
        )
    ).parsed
