from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_my_warnings_response_401 import ListMyWarningsResponse401
from ...models.list_my_warnings_response_403 import ListMyWarningsResponse403
from ...models.list_my_warnings_response_414 import ListMyWarningsResponse414
from ...models.list_my_warnings_response_429 import ListMyWarningsResponse429
from ...models.list_my_warnings_response_431 import ListMyWarningsResponse431
from ...models.list_my_warnings_response_500 import ListMyWarningsResponse500
from ...models.list_my_warnings_response_503 import ListMyWarningsResponse503
from ...models.warning_read import WarningRead
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/me/warnings",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListMyWarningsResponse401
    | ListMyWarningsResponse403
    | ListMyWarningsResponse414
    | ListMyWarningsResponse429
    | ListMyWarningsResponse431
    | ListMyWarningsResponse500
    | ListMyWarningsResponse503
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
        response_401 = ListMyWarningsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListMyWarningsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 414:
        response_414 = ListMyWarningsResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 429:
        response_429 = ListMyWarningsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = ListMyWarningsResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = ListMyWarningsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ListMyWarningsResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListMyWarningsResponse401
    | ListMyWarningsResponse403
    | ListMyWarningsResponse414
    | ListMyWarningsResponse429
    | ListMyWarningsResponse431
    | ListMyWarningsResponse500
    | ListMyWarningsResponse503
    | list[WarningRead]
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
    ListMyWarningsResponse401
    | ListMyWarningsResponse403
    | ListMyWarningsResponse414
    | ListMyWarningsResponse429
    | ListMyWarningsResponse431
    | ListMyWarningsResponse500
    | ListMyWarningsResponse503
    | list[WarningRead]
]:
    """List my warnings

     The warnings moderators have given you, newest first, with who gave each (`read`
    scope). Moderators' private notes about you are never shown.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMyWarningsResponse401 | ListMyWarningsResponse403 | ListMyWarningsResponse414 | ListMyWarningsResponse429 | ListMyWarningsResponse431 | ListMyWarningsResponse500 | ListMyWarningsResponse503 | list[WarningRead]]
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
    ListMyWarningsResponse401
    | ListMyWarningsResponse403
    | ListMyWarningsResponse414
    | ListMyWarningsResponse429
    | ListMyWarningsResponse431
    | ListMyWarningsResponse500
    | ListMyWarningsResponse503
    | list[WarningRead]
    | None
):
    """List my warnings

     The warnings moderators have given you, newest first, with who gave each (`read`
    scope). Moderators' private notes about you are never shown.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMyWarningsResponse401 | ListMyWarningsResponse403 | ListMyWarningsResponse414 | ListMyWarningsResponse429 | ListMyWarningsResponse431 | ListMyWarningsResponse500 | ListMyWarningsResponse503 | list[WarningRead]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    ListMyWarningsResponse401
    | ListMyWarningsResponse403
    | ListMyWarningsResponse414
    | ListMyWarningsResponse429
    | ListMyWarningsResponse431
    | ListMyWarningsResponse500
    | ListMyWarningsResponse503
    | list[WarningRead]
]:
    """List my warnings

     The warnings moderators have given you, newest first, with who gave each (`read`
    scope). Moderators' private notes about you are never shown.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListMyWarningsResponse401 | ListMyWarningsResponse403 | ListMyWarningsResponse414 | ListMyWarningsResponse429 | ListMyWarningsResponse431 | ListMyWarningsResponse500 | ListMyWarningsResponse503 | list[WarningRead]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    ListMyWarningsResponse401
    | ListMyWarningsResponse403
    | ListMyWarningsResponse414
    | ListMyWarningsResponse429
    | ListMyWarningsResponse431
    | ListMyWarningsResponse500
    | ListMyWarningsResponse503
    | list[WarningRead]
    | None
):
    """List my warnings

     The warnings moderators have given you, newest first, with who gave each (`read`
    scope). Moderators' private notes about you are never shown.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListMyWarningsResponse401 | ListMyWarningsResponse403 | ListMyWarningsResponse414 | ListMyWarningsResponse429 | ListMyWarningsResponse431 | ListMyWarningsResponse500 | ListMyWarningsResponse503 | list[WarningRead]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
