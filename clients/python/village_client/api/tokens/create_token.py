from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_token_response_400 import CreateTokenResponse400
from ...models.create_token_response_413 import CreateTokenResponse413
from ...models.create_token_response_422 import CreateTokenResponse422
from ...models.create_token_response_429 import CreateTokenResponse429
from ...models.create_token_response_503 import CreateTokenResponse503
from ...models.token_create import TokenCreate
from ...models.token_created import TokenCreated
from ...types import Response


def _get_kwargs(
    *,
    body: TokenCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/me/tokens",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateTokenResponse400
    | CreateTokenResponse413
    | CreateTokenResponse422
    | CreateTokenResponse429
    | CreateTokenResponse503
    | TokenCreated
    | None
):
    if response.status_code == 201:
        response_201 = TokenCreated.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateTokenResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 413:
        response_413 = CreateTokenResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = CreateTokenResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateTokenResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = CreateTokenResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateTokenResponse400
    | CreateTokenResponse413
    | CreateTokenResponse422
    | CreateTokenResponse429
    | CreateTokenResponse503
    | TokenCreated
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
    body: TokenCreate,
) -> Response[
    CreateTokenResponse400
    | CreateTokenResponse413
    | CreateTokenResponse422
    | CreateTokenResponse429
    | CreateTokenResponse503
    | TokenCreated
]:
    """Create Token

    Args:
        body (TokenCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTokenResponse400 | CreateTokenResponse413 | CreateTokenResponse422 | CreateTokenResponse429 | CreateTokenResponse503 | TokenCreated]
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
    client: AuthenticatedClient,
    body: TokenCreate,
) -> (
    CreateTokenResponse400
    | CreateTokenResponse413
    | CreateTokenResponse422
    | CreateTokenResponse429
    | CreateTokenResponse503
    | TokenCreated
    | None
):
    """Create Token

    Args:
        body (TokenCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTokenResponse400 | CreateTokenResponse413 | CreateTokenResponse422 | CreateTokenResponse429 | CreateTokenResponse503 | TokenCreated
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenCreate,
) -> Response[
    CreateTokenResponse400
    | CreateTokenResponse413
    | CreateTokenResponse422
    | CreateTokenResponse429
    | CreateTokenResponse503
    | TokenCreated
]:
    """Create Token

    Args:
        body (TokenCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateTokenResponse400 | CreateTokenResponse413 | CreateTokenResponse422 | CreateTokenResponse429 | CreateTokenResponse503 | TokenCreated]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TokenCreate,
) -> (
    CreateTokenResponse400
    | CreateTokenResponse413
    | CreateTokenResponse422
    | CreateTokenResponse429
    | CreateTokenResponse503
    | TokenCreated
    | None
):
    """Create Token

    Args:
        body (TokenCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateTokenResponse400 | CreateTokenResponse413 | CreateTokenResponse422 | CreateTokenResponse429 | CreateTokenResponse503 | TokenCreated
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
