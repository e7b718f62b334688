from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.preferences_read import PreferencesRead
from ...models.read_preferences_response_401 import ReadPreferencesResponse401
from ...models.read_preferences_response_403 import ReadPreferencesResponse403
from ...models.read_preferences_response_414 import ReadPreferencesResponse414
from ...models.read_preferences_response_429 import ReadPreferencesResponse429
from ...models.read_preferences_response_431 import ReadPreferencesResponse431
from ...models.read_preferences_response_500 import ReadPreferencesResponse500
from ...models.read_preferences_response_503 import ReadPreferencesResponse503
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/me/preferences",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PreferencesRead
    | ReadPreferencesResponse401
    | ReadPreferencesResponse403
    | ReadPreferencesResponse414
    | ReadPreferencesResponse429
    | ReadPreferencesResponse431
    | ReadPreferencesResponse500
    | ReadPreferencesResponse503
    | None
):
    if response.status_code == 200:
        response_200 = PreferencesRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ReadPreferencesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ReadPreferencesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 414:
        response_414 = ReadPreferencesResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 429:
        response_429 = ReadPreferencesResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = ReadPreferencesResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = ReadPreferencesResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ReadPreferencesResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PreferencesRead
    | ReadPreferencesResponse401
    | ReadPreferencesResponse403
    | ReadPreferencesResponse414
    | ReadPreferencesResponse429
    | ReadPreferencesResponse431
    | ReadPreferencesResponse500
    | ReadPreferencesResponse503
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
    PreferencesRead
    | ReadPreferencesResponse401
    | ReadPreferencesResponse403
    | ReadPreferencesResponse414
    | ReadPreferencesResponse429
    | ReadPreferencesResponse431
    | ReadPreferencesResponse500
    | ReadPreferencesResponse503
]:
    """Read your preferences

     Which emails the forum sends you, and the subscription level a thread gets when you
    reply in it. Any signed-in member, with `read`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PreferencesRead | ReadPreferencesResponse401 | ReadPreferencesResponse403 | ReadPreferencesResponse414 | ReadPreferencesResponse429 | ReadPreferencesResponse431 | ReadPreferencesResponse500 | ReadPreferencesResponse503]
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
    PreferencesRead
    | ReadPreferencesResponse401
    | ReadPreferencesResponse403
    | ReadPreferencesResponse414
    | ReadPreferencesResponse429
    | ReadPreferencesResponse431
    | ReadPreferencesResponse500
    | ReadPreferencesResponse503
    | None
):
    """Read your preferences

     Which emails the forum sends you, and the subscription level a thread gets when you
    reply in it. Any signed-in member, with `read`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PreferencesRead | ReadPreferencesResponse401 | ReadPreferencesResponse403 | ReadPreferencesResponse414 | ReadPreferencesResponse429 | ReadPreferencesResponse431 | ReadPreferencesResponse500 | ReadPreferencesResponse503
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    PreferencesRead
    | ReadPreferencesResponse401
    | ReadPreferencesResponse403
    | ReadPreferencesResponse414
    | ReadPreferencesResponse429
    | ReadPreferencesResponse431
    | ReadPreferencesResponse500
    | ReadPreferencesResponse503
]:
    """Read your preferences

     Which emails the forum sends you, and the subscription level a thread gets when you
    reply in it. Any signed-in member, with `read`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PreferencesRead | ReadPreferencesResponse401 | ReadPreferencesResponse403 | ReadPreferencesResponse414 | ReadPreferencesResponse429 | ReadPreferencesResponse431 | ReadPreferencesResponse500 | ReadPreferencesResponse503]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    PreferencesRead
    | ReadPreferencesResponse401
    | ReadPreferencesResponse403
    | ReadPreferencesResponse414
    | ReadPreferencesResponse429
    | ReadPreferencesResponse431
    | ReadPreferencesResponse500
    | ReadPreferencesResponse503
    | None
):
    """Read your preferences

     Which emails the forum sends you, and the subscription level a thread gets when you
    reply in it. Any signed-in member, with `read`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PreferencesRead | ReadPreferencesResponse401 | ReadPreferencesResponse403 | ReadPreferencesResponse414 | ReadPreferencesResponse429 | ReadPreferencesResponse431 | ReadPreferencesResponse500 | ReadPreferencesResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
