from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_tokens_response_401 import ListTokensResponse401
from ...models.list_tokens_response_403 import ListTokensResponse403
from ...models.list_tokens_response_414 import ListTokensResponse414
from ...models.list_tokens_response_429 import ListTokensResponse429
from ...models.list_tokens_response_431 import ListTokensResponse431
from ...models.list_tokens_response_500 import ListTokensResponse500
from ...models.list_tokens_response_503 import ListTokensResponse503
from ...models.token_read import TokenRead
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/me/tokens",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListTokensResponse401
    | ListTokensResponse403
    | ListTokensResponse414
    | ListTokensResponse429
    | ListTokensResponse431
    | ListTokensResponse500
    | ListTokensResponse503
    | list[TokenRead]
    | None
):
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = TokenRead.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 401:
        response_401 = ListTokensResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListTokensResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 414:
        response_414 = ListTokensResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 429:
        response_429 = ListTokensResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = ListTokensResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = ListTokensResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ListTokensResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListTokensResponse401
    | ListTokensResponse403
    | ListTokensResponse414
    | ListTokensResponse429
    | ListTokensResponse431
    | ListTokensResponse500
    | ListTokensResponse503
    | list[TokenRead]
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
    ListTokensResponse401
    | ListTokensResponse403
    | ListTokensResponse414
    | ListTokensResponse429
    | ListTokensResponse431
    | ListTokensResponse500
    | ListTokensResponse503
    | list[TokenRead]
]:
    """List your personal access tokens

     Your live personal access tokens, oldest first: names, scopes and when each was last
    used, never their secrets. Revoked tokens are not listed. Needs a password sign-in with
    `read` (a personal access token gets 403 `password-sign-in-required`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTokensResponse401 | ListTokensResponse403 | ListTokensResponse414 | ListTokensResponse429 | ListTokensResponse431 | ListTokensResponse500 | ListTokensResponse503 | list[TokenRead]]
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
    ListTokensResponse401
    | ListTokensResponse403
    | ListTokensResponse414
    | ListTokensResponse429
    | ListTokensResponse431
    | ListTokensResponse500
    | ListTokensResponse503
    | list[TokenRead]
    | None
):
    """List your personal access tokens

     Your live personal access tokens, oldest first: names, scopes and when each was last
    used, never their secrets. Revoked tokens are not listed. Needs a password sign-in with
    `read` (a personal access token gets 403 `password-sign-in-required`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTokensResponse401 | ListTokensResponse403 | ListTokensResponse414 | ListTokensResponse429 | ListTokensResponse431 | ListTokensResponse500 | ListTokensResponse503 | list[TokenRead]
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[
    ListTokensResponse401
    | ListTokensResponse403
    | ListTokensResponse414
    | ListTokensResponse429
    | ListTokensResponse431
    | ListTokensResponse500
    | ListTokensResponse503
    | list[TokenRead]
]:
    """List your personal access tokens

     Your live personal access tokens, oldest first: names, scopes and when each was last
    used, never their secrets. Revoked tokens are not listed. Needs a password sign-in with
    `read` (a personal access token gets 403 `password-sign-in-required`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListTokensResponse401 | ListTokensResponse403 | ListTokensResponse414 | ListTokensResponse429 | ListTokensResponse431 | ListTokensResponse500 | ListTokensResponse503 | list[TokenRead]]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> (
    ListTokensResponse401
    | ListTokensResponse403
    | ListTokensResponse414
    | ListTokensResponse429
    | ListTokensResponse431
    | ListTokensResponse500
    | ListTokensResponse503
    | list[TokenRead]
    | None
):
    """List your personal access tokens

     Your live personal access tokens, oldest first: names, scopes and when each was last
    used, never their secrets. Revoked tokens are not listed. Needs a password sign-in with
    `read` (a personal access token gets 403 `password-sign-in-required`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListTokensResponse401 | ListTokensResponse403 | ListTokensResponse414 | ListTokensResponse429 | ListTokensResponse431 | ListTokensResponse500 | ListTokensResponse503 | list[TokenRead]
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
