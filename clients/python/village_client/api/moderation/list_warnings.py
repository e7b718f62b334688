from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_warnings_response_401 import ListWarningsResponse401
from ...models.list_warnings_response_403 import ListWarningsResponse403
from ...models.list_warnings_response_404 import ListWarningsResponse404
from ...models.list_warnings_response_414 import ListWarningsResponse414
from ...models.list_warnings_response_422 import ListWarningsResponse422
from ...models.list_warnings_response_429 import ListWarningsResponse429
from ...models.list_warnings_response_431 import ListWarningsResponse431
from ...models.list_warnings_response_500 import ListWarningsResponse500
from ...models.list_warnings_response_503 import ListWarningsResponse503
from ...models.warning_read import WarningRead
from ...types import Response


def _get_kwargs(
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/users/{username}/warnings".format(
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListWarningsResponse401
    | ListWarningsResponse403
    | ListWarningsResponse404
    | ListWarningsResponse414
    | ListWarningsResponse422
    | ListWarningsResponse429
    | ListWarningsResponse431
    | ListWarningsResponse500
    | ListWarningsResponse503
    | list[WarningRead]
    | None
):
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = WarningRead.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = ListWarningsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListWarningsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListWarningsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 414:
        response_414 = ListWarningsResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = ListWarningsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListWarningsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = ListWarningsResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = ListWarningsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ListWarningsResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListWarningsResponse401
    | ListWarningsResponse403
    | ListWarningsResponse404
    | ListWarningsResponse414
    | ListWarningsResponse422
    | ListWarningsResponse429
    | ListWarningsResponse431
    | ListWarningsResponse500
    | ListWarningsResponse503
    | list[WarningRead]
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
    ListWarningsResponse401
    | ListWarningsResponse403
    | ListWarningsResponse404
    | ListWarningsResponse414
    | ListWarningsResponse422
    | ListWarningsResponse429
    | ListWarningsResponse431
    | ListWarningsResponse500
    | ListWarningsResponse503
    | list[WarningRead]
]:
    """List a member's warnings

     Every warning the member has been given, newest first (moderators; `moderate`
    scope). Not paged: warnings are few.

    Args:
        username (str): The member's username.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWarningsResponse401 | ListWarningsResponse403 | ListWarningsResponse404 | ListWarningsResponse414 | ListWarningsResponse422 | ListWarningsResponse429 | ListWarningsResponse431 | ListWarningsResponse500 | ListWarningsResponse503 | list[WarningRead]]
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
    ListWarningsResponse401
    | ListWarningsResponse403
    | ListWarningsResponse404
    | ListWarningsResponse414
    | ListWarningsResponse422
    | ListWarningsResponse429
    | ListWarningsResponse431
    | ListWarningsResponse500
    | ListWarningsResponse503
    | list[WarningRead]
    | None
):
    """List a member's warnings

     Every warning the member has been given, newest first (moderators; `moderate`
    scope). Not paged: warnings are few.

    Args:
        username (str): The member's username.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWarningsResponse401 | ListWarningsResponse403 | ListWarningsResponse404 | ListWarningsResponse414 | ListWarningsResponse422 | ListWarningsResponse429 | ListWarningsResponse431 | ListWarningsResponse500 | ListWarningsResponse503 | list[WarningRead]
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
    ListWarningsResponse401
    | ListWarningsResponse403
    | ListWarningsResponse404
    | ListWarningsResponse414
    | ListWarningsResponse422
    | ListWarningsResponse429
    | ListWarningsResponse431
    | ListWarningsResponse500
    | ListWarningsResponse503
    | list[WarningRead]
]:
    """List a member's warnings

     Every warning the member has been given, newest first (moderators; `moderate`
    scope). Not paged: warnings are few.

    Args:
        username (str): The member's username.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWarningsResponse401 | ListWarningsResponse403 | ListWarningsResponse404 | ListWarningsResponse414 | ListWarningsResponse422 | ListWarningsResponse429 | ListWarningsResponse431 | ListWarningsResponse500 | ListWarningsResponse503 | list[WarningRead]]
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
    ListWarningsResponse401
    | ListWarningsResponse403
    | ListWarningsResponse404
    | ListWarningsResponse414
    | ListWarningsResponse422
    | ListWarningsResponse429
    | ListWarningsResponse431
    | ListWarningsResponse500
    | ListWarningsResponse503
    | list[WarningRead]
    | None
):
    """List a member's warnings

     Every warning the member has been given, newest first (moderators; `moderate`
    scope). Not paged: warnings are few.

    Args:
        username (str): The member's username.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWarningsResponse401 | ListWarningsResponse403 | ListWarningsResponse404 | ListWarningsResponse414 | ListWarningsResponse422 | ListWarningsResponse429 | ListWarningsResponse431 | ListWarningsResponse500 | ListWarningsResponse503 | list[WarningRead]
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
        )
    ).parsed
