from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.category_create import CategoryCreate
from ...models.category_read import CategoryRead
from ...models.create_category_response_400 import CreateCategoryResponse400
from ...models.create_category_response_401 import CreateCategoryResponse401
from ...models.create_category_response_403 import CreateCategoryResponse403
from ...models.create_category_response_409 import CreateCategoryResponse409
from ...models.create_category_response_413 import CreateCategoryResponse413
from ...models.create_category_response_414 import CreateCategoryResponse414
from ...models.create_category_response_422 import CreateCategoryResponse422
from ...models.create_category_response_429 import CreateCategoryResponse429
from ...models.create_category_response_431 import CreateCategoryResponse431
from ...models.create_category_response_500 import CreateCategoryResponse500
from ...models.create_category_response_503 import CreateCategoryResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CategoryCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/categories",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CategoryRead
    | CreateCategoryResponse400
    | CreateCategoryResponse401
    | CreateCategoryResponse403
    | CreateCategoryResponse409
    | CreateCategoryResponse413
    | CreateCategoryResponse414
    | CreateCategoryResponse422
    | CreateCategoryResponse429
    | CreateCategoryResponse431
    | CreateCategoryResponse500
    | CreateCategoryResponse503
    | None
):
    if response.status_code == 201:
        response_201 = CategoryRead.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateCategoryResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateCategoryResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateCategoryResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = CreateCategoryResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreateCategoryResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = CreateCategoryResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = CreateCategoryResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateCategoryResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = CreateCategoryResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = CreateCategoryResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = CreateCategoryResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CategoryRead
    | CreateCategoryResponse400
    | CreateCategoryResponse401
    | CreateCategoryResponse403
    | CreateCategoryResponse409
    | CreateCategoryResponse413
    | CreateCategoryResponse414
    | CreateCategoryResponse422
    | CreateCategoryResponse429
    | CreateCategoryResponse431
    | CreateCategoryResponse500
    | CreateCategoryResponse503
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
    body: CategoryCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    CategoryRead
    | CreateCategoryResponse400
    | CreateCategoryResponse401
    | CreateCategoryResponse403
    | CreateCategoryResponse409
    | CreateCategoryResponse413
    | CreateCategoryResponse414
    | CreateCategoryResponse422
    | CreateCategoryResponse429
    | CreateCategoryResponse431
    | CreateCategoryResponse500
    | CreateCategoryResponse503
]:
    """Create a category

     Adds a forum category (administrators, `admin` scope); it is written in the
    moderation log. A slug already used by a category or a local group is 409. Send an
    `Idempotency-Key` to retry safely.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (CategoryCreate): A new forum category.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CategoryRead | CreateCategoryResponse400 | CreateCategoryResponse401 | CreateCategoryResponse403 | CreateCategoryResponse409 | CreateCategoryResponse413 | CreateCategoryResponse414 | CreateCategoryResponse422 | CreateCategoryResponse429 | CreateCategoryResponse431 | CreateCategoryResponse500 | CreateCategoryResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CategoryCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    CategoryRead
    | CreateCategoryResponse400
    | CreateCategoryResponse401
    | CreateCategoryResponse403
    | CreateCategoryResponse409
    | CreateCategoryResponse413
    | CreateCategoryResponse414
    | CreateCategoryResponse422
    | CreateCategoryResponse429
    | CreateCategoryResponse431
    | CreateCategoryResponse500
    | CreateCategoryResponse503
    | None
):
    """Create a category

     Adds a forum category (administrators, `admin` scope); it is written in the
    moderation log. A slug already used by a category or a local group is 409. Send an
    `Idempotency-Key` to retry safely.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (CategoryCreate): A new forum category.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CategoryRead | CreateCategoryResponse400 | CreateCategoryResponse401 | CreateCategoryResponse403 | CreateCategoryResponse409 | CreateCategoryResponse413 | CreateCategoryResponse414 | CreateCategoryResponse422 | CreateCategoryResponse429 | CreateCategoryResponse431 | CreateCategoryResponse500 | CreateCategoryResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CategoryCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    CategoryRead
    | CreateCategoryResponse400
    | CreateCategoryResponse401
    | CreateCategoryResponse403
    | CreateCategoryResponse409
    | CreateCategoryResponse413
    | CreateCategoryResponse414
    | CreateCategoryResponse422
    | CreateCategoryResponse429
    | CreateCategoryResponse431
    | CreateCategoryResponse500
    | CreateCategoryResponse503
]:
    """Create a category

     Adds a forum category (administrators, `admin` scope); it is written in the
    moderation log. A slug already used by a category or a local group is 409. Send an
    `Idempotency-Key` to retry safely.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (CategoryCreate): A new forum category.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CategoryRead | CreateCategoryResponse400 | CreateCategoryResponse401 | CreateCategoryResponse403 | CreateCategoryResponse409 | CreateCategoryResponse413 | CreateCategoryResponse414 | CreateCategoryResponse422 | CreateCategoryResponse429 | CreateCategoryResponse431 | CreateCategoryResponse500 | CreateCategoryResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CategoryCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    CategoryRead
    | CreateCategoryResponse400
    | CreateCategoryResponse401
    | CreateCategoryResponse403
    | CreateCategoryResponse409
    | CreateCategoryResponse413
    | CreateCategoryResponse414
    | CreateCategoryResponse422
    | CreateCategoryResponse429
    | CreateCategoryResponse431
    | CreateCategoryResponse500
    | CreateCategoryResponse503
    | None
):
    """Create a category

     Adds a forum category (administrators, `admin` scope); it is written in the
    moderation log. A slug already used by a category or a local group is 409. Send an
    `Idempotency-Key` to retry safely.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (CategoryCreate): A new forum category.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CategoryRead | CreateCategoryResponse400 | CreateCategoryResponse401 | CreateCategoryResponse403 | CreateCategoryResponse409 | CreateCategoryResponse413 | CreateCategoryResponse414 | CreateCategoryResponse422 | CreateCategoryResponse429 | CreateCategoryResponse431 | CreateCategoryResponse500 | CreateCategoryResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
