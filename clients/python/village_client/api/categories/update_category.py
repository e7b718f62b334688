from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.category_read import CategoryRead
from ...models.category_update import CategoryUpdate
from ...models.update_category_response_400 import UpdateCategoryResponse400
from ...models.update_category_response_401 import UpdateCategoryResponse401
from ...models.update_category_response_403 import UpdateCategoryResponse403
from ...models.update_category_response_404 import UpdateCategoryResponse404
from ...models.update_category_response_409 import UpdateCategoryResponse409
from ...models.update_category_response_413 import UpdateCategoryResponse413
from ...models.update_category_response_414 import UpdateCategoryResponse414
from ...models.update_category_response_422 import UpdateCategoryResponse422
from ...models.update_category_response_429 import UpdateCategoryResponse429
from ...models.update_category_response_431 import UpdateCategoryResponse431
from ...models.update_category_response_500 import UpdateCategoryResponse500
from ...models.update_category_response_503 import UpdateCategoryResponse503
from ...types import Response


def _get_kwargs(
    slug: str,
    *,
    body: CategoryUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/categories/{slug}".format(
            slug=quote(str(slug), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CategoryRead
    | UpdateCategoryResponse400
    | UpdateCategoryResponse401
    | UpdateCategoryResponse403
    | UpdateCategoryResponse404
    | UpdateCategoryResponse409
    | UpdateCategoryResponse413
    | UpdateCategoryResponse414
    | UpdateCategoryResponse422
    | UpdateCategoryResponse429
    | UpdateCategoryResponse431
    | UpdateCategoryResponse500
    | UpdateCategoryResponse503
    | None
):
    if response.status_code == 200:
        response_200 = CategoryRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateCategoryResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UpdateCategoryResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = UpdateCategoryResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = UpdateCategoryResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = UpdateCategoryResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = UpdateCategoryResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = UpdateCategoryResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = UpdateCategoryResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = UpdateCategoryResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = UpdateCategoryResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = UpdateCategoryResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = UpdateCategoryResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CategoryRead
    | UpdateCategoryResponse400
    | UpdateCategoryResponse401
    | UpdateCategoryResponse403
    | UpdateCategoryResponse404
    | UpdateCategoryResponse409
    | UpdateCategoryResponse413
    | UpdateCategoryResponse414
    | UpdateCategoryResponse422
    | UpdateCategoryResponse429
    | UpdateCategoryResponse431
    | UpdateCategoryResponse500
    | UpdateCategoryResponse503
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
    client: AuthenticatedClient,
    body: CategoryUpdate,
) -> Response[
    CategoryRead
    | UpdateCategoryResponse400
    | UpdateCategoryResponse401
    | UpdateCategoryResponse403
    | UpdateCategoryResponse404
    | UpdateCategoryResponse409
    | UpdateCategoryResponse413
    | UpdateCategoryResponse414
    | UpdateCategoryResponse422
    | UpdateCategoryResponse429
    | UpdateCategoryResponse431
    | UpdateCategoryResponse500
    | UpdateCategoryResponse503
]:
    """Update a category

     Renames, re-describes, re-slugs or re-orders a category (administrators, `admin`
    scope); it is written in the moderation log. Fields left out stay as they are; a slug
    already taken is 409.

    Args:
        slug (str): The category's slug.
        body (CategoryUpdate): The fields to change; those omitted (or null) stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CategoryRead | UpdateCategoryResponse400 | UpdateCategoryResponse401 | UpdateCategoryResponse403 | UpdateCategoryResponse404 | UpdateCategoryResponse409 | UpdateCategoryResponse413 | UpdateCategoryResponse414 | UpdateCategoryResponse422 | UpdateCategoryResponse429 | UpdateCategoryResponse431 | UpdateCategoryResponse500 | UpdateCategoryResponse503]
    """

    kwargs = _get_kwargs(
        slug=slug,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: CategoryUpdate,
) -> (
    CategoryRead
    | UpdateCategoryResponse400
    | UpdateCategoryResponse401
    | UpdateCategoryResponse403
    | UpdateCategoryResponse404
    | UpdateCategoryResponse409
    | UpdateCategoryResponse413
    | UpdateCategoryResponse414
    | UpdateCategoryResponse422
    | UpdateCategoryResponse429
    | UpdateCategoryResponse431
    | UpdateCategoryResponse500
    | UpdateCategoryResponse503
    | None
):
    """Update a category

     Renames, re-describes, re-slugs or re-orders a category (administrators, `admin`
    scope); it is written in the moderation log. Fields left out stay as they are; a slug
    already taken is 409.

    Args:
        slug (str): The category's slug.
        body (CategoryUpdate): The fields to change; those omitted (or null) stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CategoryRead | UpdateCategoryResponse400 | UpdateCategoryResponse401 | UpdateCategoryResponse403 | UpdateCategoryResponse404 | UpdateCategoryResponse409 | UpdateCategoryResponse413 | UpdateCategoryResponse414 | UpdateCategoryResponse422 | UpdateCategoryResponse429 | UpdateCategoryResponse431 | UpdateCategoryResponse500 | UpdateCategoryResponse503
    """

    return sync_detailed(
        slug=slug,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: CategoryUpdate,
) -> Response[
    CategoryRead
    | UpdateCategoryResponse400
    | UpdateCategoryResponse401
    | UpdateCategoryResponse403
    | UpdateCategoryResponse404
    | UpdateCategoryResponse409
    | UpdateCategoryResponse413
    | UpdateCategoryResponse414
    | UpdateCategoryResponse422
    | UpdateCategoryResponse429
    | UpdateCategoryResponse431
    | UpdateCategoryResponse500
    | UpdateCategoryResponse503
]:
    """Update a category

     Renames, re-describes, re-slugs or re-orders a category (administrators, `admin`
    scope); it is written in the moderation log. Fields left out stay as they are; a slug
    already taken is 409.

    Args:
        slug (str): The category's slug.
        body (CategoryUpdate): The fields to change; those omitted (or null) stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CategoryRead | UpdateCategoryResponse400 | UpdateCategoryResponse401 | UpdateCategoryResponse403 | UpdateCategoryResponse404 | UpdateCategoryResponse409 | UpdateCategoryResponse413 | UpdateCategoryResponse414 | UpdateCategoryResponse422 | UpdateCategoryResponse429 | UpdateCategoryResponse431 | UpdateCategoryResponse500 | UpdateCategoryResponse503]
    """

    kwargs = _get_kwargs(
        slug=slug,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: CategoryUpdate,
) -> (
    CategoryRead
    | UpdateCategoryResponse400
    | UpdateCategoryResponse401
    | UpdateCategoryResponse403
    | UpdateCategoryResponse404
    | UpdateCategoryResponse409
    | UpdateCategoryResponse413
    | UpdateCategoryResponse414
    | UpdateCategoryResponse422
    | UpdateCategoryResponse429
    | UpdateCategoryResponse431
    | UpdateCategoryResponse500
    | UpdateCategoryResponse503
    | None
):
    """Update a category

     Renames, re-describes, re-slugs or re-orders a category (administrators, `admin`
    scope); it is written in the moderation log. Fields left out stay as they are; a slug
    already taken is 409.

    Args:
        slug (str): The category's slug.
        body (CategoryUpdate): The fields to change; those omitted (or null) stay as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CategoryRead | UpdateCategoryResponse400 | UpdateCategoryResponse401 | UpdateCategoryResponse403 | UpdateCategoryResponse404 | UpdateCategoryResponse409 | UpdateCategoryResponse413 | UpdateCategoryResponse414 | UpdateCategoryResponse422 | UpdateCategoryResponse429 | UpdateCategoryResponse431 | UpdateCategoryResponse500 | UpdateCategoryResponse503
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            body=body,
        )
    ).parsed
