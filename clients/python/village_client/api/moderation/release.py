from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.release_response_422 import ReleaseResponse422
from ...models.release_response_429 import ReleaseResponse429
from ...models.release_response_503 import ReleaseResponse503
from ...types import Response


def _get_kwargs(
    post_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/moderation/posts/{post_id}/claim".format(
            post_id=quote(str(post_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ReleaseResponse422 | ReleaseResponse429 | ReleaseResponse503 | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 422:
        response_422 = ReleaseResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ReleaseResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = ReleaseResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | ReleaseResponse422 | ReleaseResponse429 | ReleaseResponse503]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    post_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ReleaseResponse422 | ReleaseResponse429 | ReleaseResponse503]:
    """Release

    Args:
        post_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ReleaseResponse422 | ReleaseResponse429 | ReleaseResponse503]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    post_id: int,
    *,
    client: AuthenticatedClient,
) -> Any | ReleaseResponse422 | ReleaseResponse429 | ReleaseResponse503 | None:
    """Release

    Args:
        post_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ReleaseResponse422 | ReleaseResponse429 | ReleaseResponse503
    """

    return sync_detailed(
        post_id=post_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    post_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ReleaseResponse422 | ReleaseResponse429 | ReleaseResponse503]:
    """Release

    Args:
        post_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ReleaseResponse422 | ReleaseResponse429 | ReleaseResponse503]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    post_id: int,
    *,
    client: AuthenticatedClient,
) -> Any | ReleaseResponse422 | ReleaseResponse429 | ReleaseResponse503 | None:
    """Release

    Args:
        post_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ReleaseResponse422 | ReleaseResponse429 | ReleaseResponse503
    """

    return (
        await asyncio_detailed(
            post_id=post_id,
            client=client,
        )
    ).parsed
