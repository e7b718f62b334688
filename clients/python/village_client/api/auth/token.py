from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.body_token import BodyToken
from ...models.token_pair import TokenPair
from ...models.token_response_400 import TokenResponse400
from ...models.token_response_413 import TokenResponse413
from ...models.token_response_422 import TokenResponse422
from ...models.token_response_429 import TokenResponse429
from ...models.token_response_503 import TokenResponse503
from ...types import Response


def _get_kwargs(
    *,
    body: BodyToken,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    TokenPair
    | TokenResponse400
    | TokenResponse413
    | TokenResponse422
    | TokenResponse429
    | TokenResponse503
    | None
):
    if response.status_code == 200:
        response_200 = TokenPair.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = TokenResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 413:
        response_413 = TokenResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = TokenResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = TokenResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = TokenResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    TokenPair
    | TokenResponse400
    | TokenResponse413
    | TokenResponse422
    | TokenResponse429
    | TokenResponse503
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
    body: BodyToken,
) -> Response[
    TokenPair
    | TokenResponse400
    | TokenResponse413
    | TokenResponse422
    | TokenResponse429
    | TokenResponse503
]:
    """Token

     Sign in with a username or email and a password (OAuth2 password form).

    Args:
        body (BodyToken):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenPair | TokenResponse400 | TokenResponse413 | TokenResponse422 | TokenResponse429 | TokenResponse503]
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
    body: BodyToken,
) -> (
    TokenPair
    | TokenResponse400
    | TokenResponse413
    | TokenResponse422
    | TokenResponse429
    | TokenResponse503
    | None
):
    """Token

     Sign in with a username or email and a password (OAuth2 password form).

    Args:
        body (BodyToken):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenPair | TokenResponse400 | TokenResponse413 | TokenResponse422 | TokenResponse429 | TokenResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BodyToken,
) -> Response[
    TokenPair
    | TokenResponse400
    | TokenResponse413
    | TokenResponse422
    | TokenResponse429
    | TokenResponse503
]:
    """Token

     Sign in with a username or email and a password (OAuth2 password form).

    Args:
        body (BodyToken):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[TokenPair | TokenResponse400 | TokenResponse413 | TokenResponse422 | TokenResponse429 | TokenResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BodyToken,
) -> (
    TokenPair
    | TokenResponse400
    | TokenResponse413
    | TokenResponse422
    | TokenResponse429
    | TokenResponse503
    | None
):
    """Token

     Sign in with a username or email and a password (OAuth2 password form).

    Args:
        body (BodyToken):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        TokenPair | TokenResponse400 | TokenResponse413 | TokenResponse422 | TokenResponse429 | TokenResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
