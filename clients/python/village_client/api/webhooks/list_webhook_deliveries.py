from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delivery_page import DeliveryPage
from ...models.list_webhook_deliveries_response_400 import (
    ListWebhookDeliveriesResponse400,
)
from ...models.list_webhook_deliveries_response_401 import (
    ListWebhookDeliveriesResponse401,
)
from ...models.list_webhook_deliveries_response_403 import (
    ListWebhookDeliveriesResponse403,
)
from ...models.list_webhook_deliveries_response_404 import (
    ListWebhookDeliveriesResponse404,
)
from ...models.list_webhook_deliveries_response_414 import (
    ListWebhookDeliveriesResponse414,
)
from ...models.list_webhook_deliveries_response_422 import (
    ListWebhookDeliveriesResponse422,
)
from ...models.list_webhook_deliveries_response_429 import (
    ListWebhookDeliveriesResponse429,
)
from ...models.list_webhook_deliveries_response_431 import (
    ListWebhookDeliveriesResponse431,
)
from ...models.list_webhook_deliveries_response_500 import (
    ListWebhookDeliveriesResponse500,
)
from ...models.list_webhook_deliveries_response_503 import (
    ListWebhookDeliveriesResponse503,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    webhook_id: int,
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
        "url": "/api/v1/webhooks/{webhook_id}/deliveries".format(
            webhook_id=quote(str(webhook_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DeliveryPage
    | ListWebhookDeliveriesResponse400
    | ListWebhookDeliveriesResponse401
    | ListWebhookDeliveriesResponse403
    | ListWebhookDeliveriesResponse404
    | ListWebhookDeliveriesResponse414
    | ListWebhookDeliveriesResponse422
    | ListWebhookDeliveriesResponse429
    | ListWebhookDeliveriesResponse431
    | ListWebhookDeliveriesResponse500
    | ListWebhookDeliveriesResponse503
    | None
):
    if response.status_code == 200:
        response_200 = DeliveryPage.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListWebhookDeliveriesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListWebhookDeliveriesResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListWebhookDeliveriesResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ListWebhookDeliveriesResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 414:
        response_414 = ListWebhookDeliveriesResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = ListWebhookDeliveriesResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListWebhookDeliveriesResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = ListWebhookDeliveriesResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = ListWebhookDeliveriesResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ListWebhookDeliveriesResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeliveryPage
    | ListWebhookDeliveriesResponse400
    | ListWebhookDeliveriesResponse401
    | ListWebhookDeliveriesResponse403
    | ListWebhookDeliveriesResponse404
    | ListWebhookDeliveriesResponse414
    | ListWebhookDeliveriesResponse422
    | ListWebhookDeliveriesResponse429
    | ListWebhookDeliveriesResponse431
    | ListWebhookDeliveriesResponse500
    | ListWebhookDeliveriesResponse503
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    webhook_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    DeliveryPage
    | ListWebhookDeliveriesResponse400
    | ListWebhookDeliveriesResponse401
    | ListWebhookDeliveriesResponse403
    | ListWebhookDeliveriesResponse404
    | ListWebhookDeliveriesResponse414
    | ListWebhookDeliveriesResponse422
    | ListWebhookDeliveriesResponse429
    | ListWebhookDeliveriesResponse431
    | ListWebhookDeliveriesResponse500
    | ListWebhookDeliveriesResponse503
]:
    """List a webhook's deliveries

     The endpoint's deliveries, newest first, each with its status, attempts and the last
    response code (administrators; `admin` scope): where to look when a receiver missed
    events.

    Args:
        webhook_id (int): The webhook's id.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryPage | ListWebhookDeliveriesResponse400 | ListWebhookDeliveriesResponse401 | ListWebhookDeliveriesResponse403 | ListWebhookDeliveriesResponse404 | ListWebhookDeliveriesResponse414 | ListWebhookDeliveriesResponse422 | ListWebhookDeliveriesResponse429 | ListWebhookDeliveriesResponse431 | ListWebhookDeliveriesResponse500 | ListWebhookDeliveriesResponse503]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webhook_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    DeliveryPage
    | ListWebhookDeliveriesResponse400
    | ListWebhookDeliveriesResponse401
    | ListWebhookDeliveriesResponse403
    | ListWebhookDeliveriesResponse404
    | ListWebhookDeliveriesResponse414
    | ListWebhookDeliveriesResponse422
    | ListWebhookDeliveriesResponse429
    | ListWebhookDeliveriesResponse431
    | ListWebhookDeliveriesResponse500
    | ListWebhookDeliveriesResponse503
    | None
):
    """List a webhook's deliveries

     The endpoint's deliveries, newest first, each with its status, attempts and the last
    response code (administrators; `admin` scope): where to look when a receiver missed
    events.

    Args:
        webhook_id (int): The webhook's id.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryPage | ListWebhookDeliveriesResponse400 | ListWebhookDeliveriesResponse401 | ListWebhookDeliveriesResponse403 | ListWebhookDeliveriesResponse404 | ListWebhookDeliveriesResponse414 | ListWebhookDeliveriesResponse422 | ListWebhookDeliveriesResponse429 | ListWebhookDeliveriesResponse431 | ListWebhookDeliveriesResponse500 | ListWebhookDeliveriesResponse503
    """

    return sync_detailed(
        webhook_id=webhook_id,
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    webhook_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    DeliveryPage
    | ListWebhookDeliveriesResponse400
    | ListWebhookDeliveriesResponse401
    | ListWebhookDeliveriesResponse403
    | ListWebhookDeliveriesResponse404
    | ListWebhookDeliveriesResponse414
    | ListWebhookDeliveriesResponse422
    | ListWebhookDeliveriesResponse429
    | ListWebhookDeliveriesResponse431
    | ListWebhookDeliveriesResponse500
    | ListWebhookDeliveriesResponse503
]:
    """List a webhook's deliveries

     The endpoint's deliveries, newest first, each with its status, attempts and the last
    response code (administrators; `admin` scope): where to look when a receiver missed
    events.

    Args:
        webhook_id (int): The webhook's id.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryPage | ListWebhookDeliveriesResponse400 | ListWebhookDeliveriesResponse401 | ListWebhookDeliveriesResponse403 | ListWebhookDeliveriesResponse404 | ListWebhookDeliveriesResponse414 | ListWebhookDeliveriesResponse422 | ListWebhookDeliveriesResponse429 | ListWebhookDeliveriesResponse431 | ListWebhookDeliveriesResponse500 | ListWebhookDeliveriesResponse503]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webhook_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    DeliveryPage
    | ListWebhookDeliveriesResponse400
    | ListWebhookDeliveriesResponse401
    | ListWebhookDeliveriesResponse403
    | ListWebhookDeliveriesResponse404
    | ListWebhookDeliveriesResponse414
    | ListWebhookDeliveriesResponse422
    | ListWebhookDeliveriesResponse429
    | ListWebhookDeliveriesResponse431
    | ListWebhookDeliveriesResponse500
    | ListWebhookDeliveriesResponse503
    | None
):
    """List a webhook's deliveries

     The endpoint's deliveries, newest first, each with its status, attempts and the last
    response code (administrators; `admin` scope): where to look when a receiver missed
    events.

    Args:
        webhook_id (int): The webhook's id.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryPage | ListWebhookDeliveriesResponse400 | ListWebhookDeliveriesResponse401 | ListWebhookDeliveriesResponse403 | ListWebhookDeliveriesResponse404 | ListWebhookDeliveriesResponse414 | ListWebhookDeliveriesResponse422 | ListWebhookDeliveriesResponse429 | ListWebhookDeliveriesResponse431 | ListWebhookDeliveriesResponse500 | ListWebhookDeliveriesResponse503
    """

    return (
        await asyncio_detailed(
            webhook_id=webhook_id,
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
