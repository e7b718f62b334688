from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.suspend_response_400 import SuspendResponse400
from ...models.suspend_response_413 import SuspendResponse413
from ...models.suspend_response_422 import SuspendResponse422
from ...models.suspend_response_429 import SuspendResponse429
from ...models.suspend_response_503 import SuspendResponse503
from ...models.suspension_request import SuspensionRequest
from ...models.user_read import UserRead
from ...types import Response


def _get_kwargs(
    username: str,
    *,
    body: SuspensionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/users/{username}/suspension".format(
            username=quote(str(username), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    SuspendResponse400
    | SuspendResponse413
    | SuspendResponse422
    | SuspendResponse429
    | SuspendResponse503
    | UserRead
    | None
):
    if response.status_code == 200:
        response_200 = UserRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SuspendResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 413:
        response_413 = SuspendResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = SuspendResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = SuspendResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = SuspendResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    SuspendResponse400
    | SuspendResponse413
    | SuspendResponse422
    | SuspendResponse429
    | SuspendResponse503
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
    client: AuthenticatedClient,
    body: SuspensionRequest,
) -> Response[
    SuspendResponse400
    | SuspendResponse413
    | SuspendResponse422
    | SuspendResponse429
    | SuspendResponse503
    | UserRead
]:
    """Suspend

    Args:
        username (str):
        body (SuspensionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SuspendResponse400 | SuspendResponse413 | SuspendResponse422 | SuspendResponse429 | SuspendResponse503 | UserRead]
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    *,
    client: AuthenticatedClient,
    body: SuspensionRequest,
) -> (
    SuspendResponse400
    | SuspendResponse413
    | SuspendResponse422
    | SuspendResponse429
    | SuspendResponse503
    | UserRead
    | None
):
    """Suspend

    Args:
        username (str):
        body (SuspensionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SuspendResponse400 | SuspendResponse413 | SuspendResponse422 | SuspendResponse429 | SuspendResponse503 | UserRead
    """

    return sync_detailed(
        username=username,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient,
    body: SuspensionRequest,
) -> Response[
    SuspendResponse400
    | SuspendResponse413
    | SuspendResponse422
    | SuspendResponse429
    | SuspendResponse503
    | UserRead
]:
    """Suspend

    Args:
        username (str):
        body (SuspensionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SuspendResponse400 | SuspendResponse413 | SuspendResponse422 | SuspendResponse429 | SuspendResponse503 | UserRead]
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient,
    body: SuspensionRequest,
) -> (
    SuspendResponse400
    | SuspendResponse413
    | SuspendResponse422
    | SuspendResponse429
    | SuspendResponse503
    | UserRead
    | None
):
    """Suspend

    Args:
        username (str):
        body (SuspensionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SuspendResponse400 | SuspendResponse413 | SuspendResponse422 | SuspendResponse429 | SuspendResponse503 | UserRead
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
            body=body,
        )
    ).parsed
