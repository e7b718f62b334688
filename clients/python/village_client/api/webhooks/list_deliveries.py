from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_deliveries_response_400 import ListDeliveriesResponse400
from ...models.list_deliveries_response_422 import ListDeliveriesResponse422
from ...models.list_deliveries_response_429 import ListDeliveriesResponse429
from ...models.list_deliveries_response_503 import ListDeliveriesResponse503
from ...models.page_delivery_read import PageDeliveryRead
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
    ListDeliveriesResponse400
    | ListDeliveriesResponse422
    | ListDeliveriesResponse429
    | ListDeliveriesResponse503
    | PageDeliveryRead
    | None
):
    if response.status_code == 200:
        response_200 = PageDeliveryRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListDeliveriesResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 422:
        response_422 = ListDeliveriesResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListDeliveriesResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = ListDeliveriesResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListDeliveriesResponse400
    | ListDeliveriesResponse422
    | ListDeliveriesResponse429
    | ListDeliveriesResponse503
    | PageDeliveryRead
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
    ListDeliveriesResponse400
    | ListDeliveriesResponse422
    | ListDeliveriesResponse429
    | ListDeliveriesResponse503
    | PageDeliveryRead
]:
    """List Deliveries

     The endpoint's deliveries, newest first: status, attempts, the last response code.

    Args:
        webhook_id (int):
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListDeliveriesResponse400 | ListDeliveriesResponse422 | ListDeliveriesResponse429 | ListDeliveriesResponse503 | PageDeliveryRead]
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
    ListDeliveriesResponse400
    | ListDeliveriesResponse422
    | ListDeliveriesResponse429
    | ListDeliveriesResponse503
    | PageDeliveryRead
    | None
):
    """List Deliveries

     The endpoint's deliveries, newest first: status, attempts, the last response code.

    Args:
        webhook_id (int):
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListDeliveriesResponse400 | ListDeliveriesResponse422 | ListDeliveriesResponse429 | ListDeliveriesResponse503 | PageDeliveryRead
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
    ListDeliveriesResponse400
    | ListDeliveriesResponse422
    | ListDeliveriesResponse429
    | ListDeliveriesResponse503
    | PageDeliveryRead
]:
    """List Deliveries

     The endpoint's deliveries, newest first: status, attempts, the last response code.

    Args:
        webhook_id (int):
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListDeliveriesResponse400 | ListDeliveriesResponse422 | ListDeliveriesResponse429 | ListDeliveriesResponse503 | PageDeliveryRead]
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
    ListDeliveriesResponse400
    | ListDeliveriesResponse422
    | ListDeliveriesResponse429
    | ListDeliveriesResponse503
    | PageDeliveryRead
    | None
):
    """List Deliveries

     The endpoint's deliveries, newest first: status, attempts, the last response code.

    Args:
        webhook_id (int):
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListDeliveriesResponse400 | ListDeliveriesResponse422 | ListDeliveriesResponse429 | ListDeliveriesResponse503 | PageDeliveryRead
    """

    return (
        await asyncio_detailed(
            webhook_id=webhook_id,
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
