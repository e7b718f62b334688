from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delivery_read import DeliveryRead
from ...models.redeliver_response_422 import RedeliverResponse422
from ...models.redeliver_response_429 import RedeliverResponse429
from ...models.redeliver_response_503 import RedeliverResponse503
from ...types import Response


def _get_kwargs(
    webhook_id: int,
    delivery_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/webhooks/{webhook_id}/deliveries/{delivery_id}/redeliver".format(
            webhook_id=quote(str(webhook_id), safe=""),
            delivery_id=quote(str(delivery_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeliveryRead | RedeliverResponse422 | RedeliverResponse429 | RedeliverResponse503 | None:
    if response.status_code == 202:
        response_202 = DeliveryRead.from_dict(response.json())

        return response_202

    if response.status_code == 422:
        response_422 = RedeliverResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RedeliverResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = RedeliverResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[DeliveryRead | RedeliverResponse422 | RedeliverResponse429 | RedeliverResponse503]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    webhook_id: int,
    delivery_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[DeliveryRead | RedeliverResponse422 | RedeliverResponse429 | RedeliverResponse503]:
    """Redeliver

     Send the delivery again: a fresh sequence of attempts (and retry window) with the same
    event, data and `X-Village-Delivery` id. Accepted now, sent by the worker.

    Args:
        webhook_id (int):
        delivery_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryRead | RedeliverResponse422 | RedeliverResponse429 | RedeliverResponse503]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        delivery_id=delivery_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webhook_id: int,
    delivery_id: int,
    *,
    client: AuthenticatedClient,
) -> DeliveryRead | RedeliverResponse422 | RedeliverResponse429 | RedeliverResponse503 | None:
    """Redeliver

     Send the delivery again: a fresh sequence of attempts (and retry window) with the same
    event, data and `X-Village-Delivery` id. Accepted now, sent by the worker.

    Args:
        webhook_id (int):
        delivery_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryRead | RedeliverResponse422 | RedeliverResponse429 | RedeliverResponse503
    """

    return sync_detailed(
        webhook_id=webhook_id,
        delivery_id=delivery_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    webhook_id: int,
    delivery_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[DeliveryRead | RedeliverResponse422 | RedeliverResponse429 | RedeliverResponse503]:
    """Redeliver

     Send the delivery again: a fresh sequence of attempts (and retry window) with the same
    event, data and `X-Village-Delivery` id. Accepted now, sent by the worker.

    Args:
        webhook_id (int):
        delivery_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryRead | RedeliverResponse422 | RedeliverResponse429 | RedeliverResponse503]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
        delivery_id=delivery_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webhook_id: int,
    delivery_id: int,
    *,
    client: AuthenticatedClient,
) -> DeliveryRead | RedeliverResponse422 | RedeliverResponse429 | RedeliverResponse503 | None:
    """Redeliver

     Send the delivery again: a fresh sequence of attempts (and retry window) with the same
    event, data and `X-Village-Delivery` id. Accepted now, sent by the worker.

    Args:
        webhook_id (int):
        delivery_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryRead | RedeliverResponse422 | RedeliverResponse429 | RedeliverResponse503
    """

    return (
        await asyncio_detailed(
            webhook_id=webhook_id,
            delivery_id=delivery_id,
            client=client,
        )
    ).parsed
