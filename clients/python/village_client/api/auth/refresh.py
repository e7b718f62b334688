from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.refresh_request import RefreshRequest
from ...models.refresh_response_400 import RefreshResponse400
from ...models.refresh_response_413 import RefreshResponse413
from ...models.refresh_response_422 import RefreshResponse422
from ...models.refresh_response_429 import RefreshResponse429
from ...models.refresh_response_503 import RefreshResponse503
from ...models.token_pair import TokenPair
from ...types import Response


def _get_kwargs(
    *,
    body: RefreshRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/refresh",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    RefreshResponse400
    | RefreshResponse413
    | RefreshResponse422
    | RefreshResponse429
    | RefreshResponse503
    | TokenPair
    | None
):
    if response.status_code == 200:
        response_200 = TokenPair.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = RefreshResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 413:
        response_413 = RefreshResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = RefreshResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RefreshResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = RefreshResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    RefreshResponse400
    | RefreshResponse413
    | RefreshResponse422
    | RefreshResponse429
    | RefreshResponse503
    | TokenPair
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RefreshRequest,
) -> Response[
    RefreshResponse400
    | RefreshResponse413
    | RefreshResponse422
    | RefreshResponse429
    | RefreshResponse503
    | TokenPair
]:
    """Refresh

    Args:
        body (RefreshRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RefreshResponse400 | RefreshResponse413 | RefreshResponse422 | RefreshResponse429 | RefreshResponse503 | TokenPair]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RefreshRequest,
) -> (
    RefreshResponse400
    | RefreshResponse413
    | RefreshResponse422
    | RefreshResponse429
    | RefreshResponse503
    | TokenPair
    | None
):
    """Refresh

    Args:
        body (RefreshRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RefreshResponse400 | RefreshResponse413 | RefreshResponse422 | RefreshResponse429 | RefreshResponse503 | TokenPair
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RefreshRequest,
) -> Response[
    RefreshResponse400
    | RefreshResponse413
    | RefreshResponse422
    | RefreshResponse429
    | RefreshResponse503
    | TokenPair
]:
    """Refresh

    Args:
        body (RefreshRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RefreshResponse400 | RefreshResponse413 | RefreshResponse422 | RefreshResponse429 | RefreshResponse503 | TokenPair]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RefreshRequest,
) -> (
    RefreshResponse400
    | RefreshResponse413
    | RefreshResponse422
    | RefreshResponse429
    | RefreshResponse503
    | TokenPair
    | None
):
    """Refresh

    Args:
        body (RefreshRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RefreshResponse400 | RefreshResponse413 | RefreshResponse422 | RefreshResponse429 | RefreshResponse503 | TokenPair
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
