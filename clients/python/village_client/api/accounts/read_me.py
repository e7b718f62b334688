from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.me_read import MeRead
from ...models.read_me_response_401 import ReadMeResponse401
from ...models.read_me_response_403 import ReadMeResponse403
from ...models.read_me_response_414 import ReadMeResponse414
from ...models.read_me_response_429 import ReadMeResponse429
from ...models.read_me_response_431 import ReadMeResponse431
from ...models.read_me_response_500 import ReadMeResponse500
from ...models.read_me_response_503 import ReadMeResponse503
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/me",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    MeRead
    | ReadMeResponse401
    | ReadMeResponse403
    | ReadMeResponse414
    | ReadMeResponse429
    | ReadMeResponse431
    | ReadMeResponse500
    | ReadMeResponse503
    | None
):
    if response.status_code == 200:
        response_200 = MeRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ReadMeResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ReadMeResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 414:
        response_414 = ReadMeResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 429:
        response_429 = ReadMeResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = ReadMeResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = ReadMeResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ReadMeResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    MeRead
    | ReadMeResponse401
    | ReadMeResponse403
    | ReadMeResponse414
    | ReadMeResponse429
    | ReadMeResponse431
    | ReadMeResponse500
    | ReadMeResponse503
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    MeRead
    | ReadMeResponse401
    | ReadMeResponse403
    | ReadMeResponse414
    | ReadMeResponse429
    | ReadMeResponse431
    | ReadMeResponse500
    | ReadMeResponse503
]:
    """Read your account

     Your own account: the public profile plus your email address and its verification,
    a suspension in force (a suspended member reads it too, to learn until when), and the
    posting limits while you are a new member. Any signed-in member, with `read`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeRead | ReadMeResponse401 | ReadMeResponse403 | ReadMeResponse414 | ReadMeResponse429 | ReadMeResponse431 | ReadMeResponse500 | ReadMeResponse503]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> (
    MeRead
    | ReadMeResponse401
    | ReadMeResponse403
    | ReadMeResponse414
    | ReadMeResponse429
    | ReadMeResponse431
    | ReadMeResponse500
    | ReadMeResponse503
    | None
):
    """Read your account

     Your own account: the public profile plus your email address and its verification,
    a suspension in force (a suspended member reads it too, to learn until when), and the
    posting limits while you are a new member. Any signed-in member, with `read`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeRead | ReadMeResponse401 | ReadMeResponse403 | ReadMeResponse414 | ReadMeResponse429 | ReadMeResponse431 | ReadMeResponse500 | ReadMeResponse503
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    MeRead
    | ReadMeResponse401
    | ReadMeResponse403
    | ReadMeResponse414
    | ReadMeResponse429
    | ReadMeResponse431
    | ReadMeResponse500
    | ReadMeResponse503
]:
    """Read your account

     Your own account: the public profile plus your email address and its verification,
    a suspension in force (a suspended member reads it too, to learn until when), and the
    posting limits while you are a new member. Any signed-in member, with `read`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MeRead | ReadMeResponse401 | ReadMeResponse403 | ReadMeResponse414 | ReadMeResponse429 | ReadMeResponse431 | ReadMeResponse500 | ReadMeResponse503]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    MeRead
    | ReadMeResponse401
    | ReadMeResponse403
    | ReadMeResponse414
    | ReadMeResponse429
    | ReadMeResponse431
    | ReadMeResponse500
    | ReadMeResponse503
    | None
):
    """Read your account

     Your own account: the public profile plus your email address and its verification,
    a suspension in force (a suspended member reads it too, to learn until when), and the
    posting limits while you are a new member. Any signed-in member, with `read`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MeRead | ReadMeResponse401 | ReadMeResponse403 | ReadMeResponse414 | ReadMeResponse429 | ReadMeResponse431 | ReadMeResponse500 | ReadMeResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
