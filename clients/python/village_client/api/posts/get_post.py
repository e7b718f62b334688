from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_post_response_401 import GetPostResponse401
from ...models.get_post_response_403 import GetPostResponse403
from ...models.get_post_response_404 import GetPostResponse404
from ...models.get_post_response_414 import GetPostResponse414
from ...models.get_post_response_422 import GetPostResponse422
from ...models.get_post_response_429 import GetPostResponse429
from ...models.get_post_response_431 import GetPostResponse431
from ...models.get_post_response_500 import GetPostResponse500
from ...models.get_post_response_503 import GetPostResponse503
from ...models.post_read import PostRead
from ...types import Response


def _get_kwargs(
    post_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/posts/{post_id}".format(
            post_id=quote(str(post_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    GetPostResponse401
    | GetPostResponse403
    | GetPostResponse404
    | GetPostResponse414
    | GetPostResponse422
    | GetPostResponse429
    | GetPostResponse431
    | GetPostResponse500
    | GetPostResponse503
    | PostRead
    | None
):
    if response.status_code == 200:
        response_200 = PostRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = GetPostResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetPostResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetPostResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 414:
        response_414 = GetPostResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = GetPostResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetPostResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = GetPostResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = GetPostResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetPostResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    GetPostResponse401
    | GetPostResponse403
    | GetPostResponse404
    | GetPostResponse414
    | GetPostResponse422
    | GetPostResponse429
    | GetPostResponse431
    | GetPostResponse500
    | GetPostResponse503
    | PostRead
]:
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
) -> Response[
    GetPostResponse401
    | GetPostResponse403
    | GetPostResponse404
    | GetPostResponse414
    | GetPostResponse422
    | GetPostResponse429
    | GetPostResponse431
    | GetPostResponse500
    | GetPostResponse503
    | PostRead
]:
    """Get a post

     One post, as it shows on its thread's page (its number locates it there). Anyone
    may call it, without a token; a post in a deleted thread is 404. Hidden and anonymous
    posts show to the viewer as they do on the page.

    Args:
        post_id (int): The post's id (not its number in the thread).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPostResponse401 | GetPostResponse403 | GetPostResponse404 | GetPostResponse414 | GetPostResponse422 | GetPostResponse429 | GetPostResponse431 | GetPostResponse500 | GetPostResponse503 | PostRead]
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
) -> (
    GetPostResponse401
    | GetPostResponse403
    | GetPostResponse404
    | GetPostResponse414
    | GetPostResponse422
    | GetPostResponse429
    | GetPostResponse431
    | GetPostResponse500
    | GetPostResponse503
    | PostRead
    | None
):
    """Get a post

     One post, as it shows on its thread's page (its number locates it there). Anyone
    may call it, without a token; a post in a deleted thread is 404. Hidden and anonymous
    posts show to the viewer as they do on the page.

    Args:
        post_id (int): The post's id (not its number in the thread).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPostResponse401 | GetPostResponse403 | GetPostResponse404 | GetPostResponse414 | GetPostResponse422 | GetPostResponse429 | GetPostResponse431 | GetPostResponse500 | GetPostResponse503 | PostRead
    """

    return sync_detailed(
        post_id=post_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    post_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    GetPostResponse401
    | GetPostResponse403
    | GetPostResponse404
    | GetPostResponse414
    | GetPostResponse422
    | GetPostResponse429
    | GetPostResponse431
    | GetPostResponse500
    | GetPostResponse503
    | PostRead
]:
    """Get a post

     One post, as it shows on its thread's page (its number locates it there). Anyone
    may call it, without a token; a post in a deleted thread is 404. Hidden and anonymous
    posts show to the viewer as they do on the page.

    Args:
        post_id (int): The post's id (not its number in the thread).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPostResponse401 | GetPostResponse403 | GetPostResponse404 | GetPostResponse414 | GetPostResponse422 | GetPostResponse429 | GetPostResponse431 | GetPostResponse500 | GetPostResponse503 | PostRead]
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
) -> (
    GetPostResponse401
    | GetPostResponse403
    | GetPostResponse404
    | GetPostResponse414
    | GetPostResponse422
    | GetPostResponse429
    | GetPostResponse431
    | GetPostResponse500
    | GetPostResponse503
    | PostRead
    | None
):
    """Get a post

     One post, as it shows on its thread's page (its number locates it there). Anyone
    may call it, without a token; a post in a deleted thread is 404. Hidden and anonymous
    posts show to the viewer as they do on the page.

    Args:
        post_id (int): The post's id (not its number in the thread).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPostResponse401 | GetPostResponse403 | GetPostResponse404 | GetPostResponse414 | GetPostResponse422 | GetPostResponse429 | GetPostResponse431 | GetPostResponse500 | GetPostResponse503 | PostRead
    """

    return (
        await asyncio_detailed(
            post_id=post_id,
            client=client,
        )
    ).parsed
