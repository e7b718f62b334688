from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.category_read import CategoryRead
from ...models.get_category_response_404 import GetCategoryResponse404
from ...models.get_category_response_414 import GetCategoryResponse414
from ...models.get_category_response_422 import GetCategoryResponse422
from ...models.get_category_response_429 import GetCategoryResponse429
from ...models.get_category_response_431 import GetCategoryResponse431
from ...models.get_category_response_500 import GetCategoryResponse500
from ...models.get_category_response_503 import GetCategoryResponse503
from ...types import Response


def _get_kwargs(
    slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/categories/{slug}".format(
            slug=quote(str(slug), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CategoryRead
    | GetCategoryResponse404
    | GetCategoryResponse414
    | GetCategoryResponse422
    | GetCategoryResponse429
    | GetCategoryResponse431
    | GetCategoryResponse500
    | GetCategoryResponse503
    | None
):
    if response.status_code == 200:
        response_200 = CategoryRead.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = GetCategoryResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 414:
        response_414 = GetCategoryResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = GetCategoryResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetCategoryResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = GetCategoryResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = GetCategoryResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetCategoryResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CategoryRead
    | GetCategoryResponse404
    | GetCategoryResponse414
    | GetCategoryResponse422
    | GetCategoryResponse429
    | GetCategoryResponse431
    | GetCategoryResponse500
    | GetCategoryResponse503
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    CategoryRead
    | GetCategoryResponse404
    | GetCategoryResponse414
    | GetCategoryResponse422
    | GetCategoryResponse429
    | GetCategoryResponse431
    | GetCategoryResponse500
    | GetCategoryResponse503
]:
    """Get a category

     One forum category by its slug, with its counts. Anyone may call it, without a
    token; a local group's slug is 404 here (read it at `/groups/{slug}`).

    Args:
        slug (str): The category's slug.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CategoryRead | GetCategoryResponse404 | GetCategoryResponse414 | GetCategoryResponse422 | GetCategoryResponse429 | GetCategoryResponse431 | GetCategoryResponse500 | GetCategoryResponse503]
    """

    kwargs = _get_kwargs(
        slug=slug,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    CategoryRead
    | GetCategoryResponse404
    | GetCategoryResponse414
    | GetCategoryResponse422
    | GetCategoryResponse429
    | GetCategoryResponse431
    | GetCategoryResponse500
    | GetCategoryResponse503
    | None
):
    """Get a category

     One forum category by its slug, with its counts. Anyone may call it, without a
    token; a local group's slug is 404 here (read it at `/groups/{slug}`).

    Args:
        slug (str): The category's slug.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CategoryRead | GetCategoryResponse404 | GetCategoryResponse414 | GetCategoryResponse422 | GetCategoryResponse429 | GetCategoryResponse431 | GetCategoryResponse500 | GetCategoryResponse503
    """

    return sync_detailed(
        slug=slug,
        client=client,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    CategoryRead
    | GetCategoryResponse404
    | GetCategoryResponse414
    | GetCategoryResponse422
    | GetCategoryResponse429
    | GetCategoryResponse431
    | GetCategoryResponse500
    | GetCategoryResponse503
]:
    """Get a category

     One forum category by its slug, with its counts. Anyone may call it, without a
    token; a local group's slug is 404 here (read it at `/groups/{slug}`).

    Args:
        slug (str): The category's slug.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CategoryRead | GetCategoryResponse404 | GetCategoryResponse414 | GetCategoryResponse422 | GetCategoryResponse429 | GetCategoryResponse431 | GetCategoryResponse500 | GetCategoryResponse503]
    """

    kwargs = _get_kwargs(
        slug=slug,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    CategoryRead
    | GetCategoryResponse404
    | GetCategoryResponse414
    | GetCategoryResponse422
    | GetCategoryResponse429
    | GetCategoryResponse431
    | GetCategoryResponse500
    | GetCategoryResponse503
    | None
):
    """Get a category

     One forum category by its slug, with its counts. Anyone may call it, without a
    token; a local group's slug is 404 here (read it at `/groups/{slug}`).

    Args:
        slug (str): The category's slug.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CategoryRead | GetCategoryResponse404 | GetCategoryResponse414 | GetCategoryResponse422 | GetCategoryResponse429 | GetCategoryResponse431 | GetCategoryResponse500 | GetCategoryResponse503
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
        )
    ).parsed
