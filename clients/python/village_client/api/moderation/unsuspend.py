from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.unsuspend_response_422 import UnsuspendResponse422
from ...models.unsuspend_response_429 import UnsuspendResponse429
from ...models.unsuspend_response_503 import UnsuspendResponse503
from ...types import Response


def _get_kwargs(
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/users/{username}/suspension".format(
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | UnsuspendResponse422 | UnsuspendResponse429 | UnsuspendResponse503 | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 422:
        response_422 = UnsuspendResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = UnsuspendResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = UnsuspendResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | UnsuspendResponse422 | UnsuspendResponse429 | UnsuspendResponse503]:
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
) -> Response[Any | UnsuspendResponse422 | UnsuspendResponse429 | UnsuspendResponse503]:
    """Unsuspend

    Args:
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UnsuspendResponse422 | UnsuspendResponse429 | UnsuspendResponse503]
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
) -> Any | UnsuspendResponse422 | UnsuspendResponse429 | UnsuspendResponse503 | None:
    """Unsuspend

    Args:
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UnsuspendResponse422 | UnsuspendResponse429 | UnsuspendResponse503
    """

    return sync_detailed(
        username=username,
        client=client,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | UnsuspendResponse422 | UnsuspendResponse429 | UnsuspendResponse503]:
    """Unsuspend

    Args:
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | UnsuspendResponse422 | UnsuspendResponse429 | UnsuspendResponse503]
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
) -> Any | UnsuspendResponse422 | UnsuspendResponse429 | UnsuspendResponse503 | None:
    """Unsuspend

    Args:
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | UnsuspendResponse422 | UnsuspendResponse429 | UnsuspendResponse503
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
        )
    ).parsed
