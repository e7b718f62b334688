from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.logout_response_400 import LogoutResponse400
from ...models.logout_response_413 import LogoutResponse413
from ...models.logout_response_422 import LogoutResponse422
from ...models.logout_response_429 import LogoutResponse429
from ...models.logout_response_503 import LogoutResponse503
from ...models.refresh_request import RefreshRequest
from ...types import Response


def _get_kwargs(
    *,
    body: RefreshRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/auth/logout",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | LogoutResponse400
    | LogoutResponse413
    | LogoutResponse422
    | LogoutResponse429
    | LogoutResponse503
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = LogoutResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 413:
        response_413 = LogoutResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = LogoutResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = LogoutResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = LogoutResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | LogoutResponse400
    | LogoutResponse413
    | LogoutResponse422
    | LogoutResponse429
    | LogoutResponse503
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
    Any
    | LogoutResponse400
    | LogoutResponse413
    | LogoutResponse422
    | LogoutResponse429
    | LogoutResponse503
]:
    """Logout

    Args:
        body (RefreshRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LogoutResponse400 | LogoutResponse413 | LogoutResponse422 | LogoutResponse429 | LogoutResponse503]
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
    Any
    | LogoutResponse400
    | LogoutResponse413
    | LogoutResponse422
    | LogoutResponse429
    | LogoutResponse503
    | None
):
    """Logout

    Args:
        body (RefreshRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LogoutResponse400 | LogoutResponse413 | LogoutResponse422 | LogoutResponse429 | LogoutResponse503
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
    Any
    | LogoutResponse400
    | LogoutResponse413
    | LogoutResponse422
    | LogoutResponse429
    | LogoutResponse503
]:
    """Logout

    Args:
        body (RefreshRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LogoutResponse400 | LogoutResponse413 | LogoutResponse422 | LogoutResponse429 | LogoutResponse503]
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
    Any
    | LogoutResponse400
    | LogoutResponse413
    | LogoutResponse422
    | LogoutResponse429
    | LogoutResponse503
    | None
):
    """Logout

    Args:
        body (RefreshRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LogoutResponse400 | LogoutResponse413 | LogoutResponse422 | LogoutResponse429 | LogoutResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
