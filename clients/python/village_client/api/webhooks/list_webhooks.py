from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_webhooks_response_400 import ListWebhooksResponse400
from ...models.list_webhooks_response_401 import ListWebhooksResponse401
from ...models.list_webhooks_response_403 import ListWebhooksResponse403
from ...models.list_webhooks_response_414 import ListWebhooksResponse414
from ...models.list_webhooks_response_422 import ListWebhooksResponse422
from ...models.list_webhooks_response_429 import ListWebhooksResponse429
from ...models.list_webhooks_response_431 import ListWebhooksResponse431
from ...models.list_webhooks_response_500 import ListWebhooksResponse500
from ...models.list_webhooks_response_503 import ListWebhooksResponse503
from ...models.webhook_page import WebhookPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/webhooks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListWebhooksResponse400
    | ListWebhooksResponse401
    | ListWebhooksResponse403
    | ListWebhooksResponse414
    | ListWebhooksResponse422
    | ListWebhooksResponse429
    | ListWebhooksResponse431
    | ListWebhooksResponse500
    | ListWebhooksResponse503
    | WebhookPage
    | None
):
    if response.status_code == 200:
        response_200 = WebhookPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListWebhooksResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListWebhooksResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListWebhooksResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 414:
        response_414 = ListWebhooksResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = ListWebhooksResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListWebhooksResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = ListWebhooksResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = ListWebhooksResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ListWebhooksResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListWebhooksResponse400
    | ListWebhooksResponse401
    | ListWebhooksResponse403
    | ListWebhooksResponse414
    | ListWebhooksResponse422
    | ListWebhooksResponse429
    | ListWebhooksResponse431
    | ListWebhooksResponse500
    | ListWebhooksResponse503
    | WebhookPage
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
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListWebhooksResponse400
    | ListWebhooksResponse401
    | ListWebhooksResponse403
    | ListWebhooksResponse414
    | ListWebhooksResponse422
    | ListWebhooksResponse429
    | ListWebhooksResponse431
    | ListWebhooksResponse500
    | ListWebhooksResponse503
    | WebhookPage
]:
    """List webhooks

     Every registered endpoint, oldest first (administrators; `admin` scope). Secrets are
    never shown.

    Args:
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWebhooksResponse400 | ListWebhooksResponse401 | ListWebhooksResponse403 | ListWebhooksResponse414 | ListWebhooksResponse422 | ListWebhooksResponse429 | ListWebhooksResponse431 | ListWebhooksResponse500 | ListWebhooksResponse503 | WebhookPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    ListWebhooksResponse400
    | ListWebhooksResponse401
    | ListWebhooksResponse403
    | ListWebhooksResponse414
    | ListWebhooksResponse422
    | ListWebhooksResponse429
    | ListWebhooksResponse431
    | ListWebhooksResponse500
    | ListWebhooksResponse503
    | WebhookPage
    | None
):
    """List webhooks

     Every registered endpoint, oldest first (administrators; `admin` scope). Secrets are
    never shown.

    Args:
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWebhooksResponse400 | ListWebhooksResponse401 | ListWebhooksResponse403 | ListWebhooksResponse414 | ListWebhooksResponse422 | ListWebhooksResponse429 | ListWebhooksResponse431 | ListWebhooksResponse500 | ListWebhooksResponse503 | WebhookPage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListWebhooksResponse400
    | ListWebhooksResponse401
    | ListWebhooksResponse403
    | ListWebhooksResponse414
    | ListWebhooksResponse422
    | ListWebhooksResponse429
    | ListWebhooksResponse431
    | ListWebhooksResponse500
    | ListWebhooksResponse503
    | WebhookPage
]:
    """List webhooks

     Every registered endpoint, oldest first (administrators; `admin` scope). Secrets are
    never shown.

    Args:
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListWebhooksResponse400 | ListWebhooksResponse401 | ListWebhooksResponse403 | ListWebhooksResponse414 | ListWebhooksResponse422 | ListWebhooksResponse429 | ListWebhooksResponse431 | ListWebhooksResponse500 | ListWebhooksResponse503 | WebhookPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    ListWebhooksResponse400
    | ListWebhooksResponse401
    | ListWebhooksResponse403
    | ListWebhooksResponse414
    | ListWebhooksResponse422
    | ListWebhooksResponse429
    | ListWebhooksResponse431
    | ListWebhooksResponse500
    | ListWebhooksResponse503
    | WebhookPage
    | None
):
    """List webhooks

     Every registered endpoint, oldest first (administrators; `admin` scope). Secrets are
    never shown.

    Args:
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListWebhooksResponse400 | ListWebhooksResponse401 | ListWebhooksResponse403 | ListWebhooksResponse414 | ListWebhooksResponse422 | ListWebhooksResponse429 | ListWebhooksResponse431 | ListWebhooksResponse500 | ListWebhooksResponse503 | WebhookPage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
