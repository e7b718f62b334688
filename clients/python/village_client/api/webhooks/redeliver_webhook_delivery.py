from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delivery_read import DeliveryRead
from ...models.redeliver_webhook_delivery_response_401 import (
    RedeliverWebhookDeliveryResponse401,
)
from ...models.redeliver_webhook_delivery_response_403 import (
    RedeliverWebhookDeliveryResponse403,
)
from ...models.redeliver_webhook_delivery_response_404 import (
    RedeliverWebhookDeliveryResponse404,
)
from ...models.redeliver_webhook_delivery_response_414 import (
    RedeliverWebhookDeliveryResponse414,
)
from ...models.redeliver_webhook_delivery_response_422 import (
    RedeliverWebhookDeliveryResponse422,
)
from ...models.redeliver_webhook_delivery_response_429 import (
    RedeliverWebhookDeliveryResponse429,
)
from ...models.redeliver_webhook_delivery_response_431 import (
    RedeliverWebhookDeliveryResponse431,
)
from ...models.redeliver_webhook_delivery_response_500 import (
    RedeliverWebhookDeliveryResponse500,
)
from ...models.redeliver_webhook_delivery_response_503 import (
    RedeliverWebhookDeliveryResponse503,
)
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
) -> (
    DeliveryRead
    | RedeliverWebhookDeliveryResponse401
    | RedeliverWebhookDeliveryResponse403
    | RedeliverWebhookDeliveryResponse404
    | RedeliverWebhookDeliveryResponse414
    | RedeliverWebhookDeliveryResponse422
    | RedeliverWebhookDeliveryResponse429
    | RedeliverWebhookDeliveryResponse431
    | RedeliverWebhookDeliveryResponse500
    | RedeliverWebhookDeliveryResponse503
    | None
):
    if response.status_code == 202:
        response_202 = DeliveryRead.from_dict(response.json())

        return response_202

    if response.status_code == 401:
        response_401 = RedeliverWebhookDeliveryResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RedeliverWebhookDeliveryResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = RedeliverWebhookDeliveryResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 414:
        response_414 = RedeliverWebhookDeliveryResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = RedeliverWebhookDeliveryResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RedeliverWebhookDeliveryResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = RedeliverWebhookDeliveryResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = RedeliverWebhookDeliveryResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = RedeliverWebhookDeliveryResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DeliveryRead
    | RedeliverWebhookDeliveryResponse401
    | RedeliverWebhookDeliveryResponse403
    | RedeliverWebhookDeliveryResponse404
    | RedeliverWebhookDeliveryResponse414
    | RedeliverWebhookDeliveryResponse422
    | RedeliverWebhookDeliveryResponse429
    | RedeliverWebhookDeliveryResponse431
    | RedeliverWebhookDeliveryResponse500
    | RedeliverWebhookDeliveryResponse503
]:
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
) -> Response[
    DeliveryRead
    | RedeliverWebhookDeliveryResponse401
    | RedeliverWebhookDeliveryResponse403
    | RedeliverWebhookDeliveryResponse404
    | RedeliverWebhookDeliveryResponse414
    | RedeliverWebhookDeliveryResponse422
    | RedeliverWebhookDeliveryResponse429
    | RedeliverWebhookDeliveryResponse431
    | RedeliverWebhookDeliveryResponse500
    | RedeliverWebhookDeliveryResponse503
]:
    """Redeliver an event

     Sends the delivery again, whatever its state (administrators; `admin` scope): a
    fresh sequence of attempts and retry window, with the same event, data and
    `X-Village-Delivery` id, so a receiver that already has it can ignore it. Accepted now
    (202, `status: pending`), sent by the worker.

    Args:
        webhook_id (int): The webhook's id.
        delivery_id (int): The delivery's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryRead | RedeliverWebhookDeliveryResponse401 | RedeliverWebhookDeliveryResponse403 | RedeliverWebhookDeliveryResponse404 | RedeliverWebhookDeliveryResponse414 | RedeliverWebhookDeliveryResponse422 | RedeliverWebhookDeliveryResponse429 | RedeliverWebhookDeliveryResponse431 | RedeliverWebhookDeliveryResponse500 | RedeliverWebhookDeliveryResponse503]
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
) -> (
    DeliveryRead
    | RedeliverWebhookDeliveryResponse401
    | RedeliverWebhookDeliveryResponse403
    | RedeliverWebhookDeliveryResponse404
    | RedeliverWebhookDeliveryResponse414
    | RedeliverWebhookDeliveryResponse422
    | RedeliverWebhookDeliveryResponse429
    | RedeliverWebhookDeliveryResponse431
    | RedeliverWebhookDeliveryResponse500
    | RedeliverWebhookDeliveryResponse503
    | None
):
    """Redeliver an event

     Sends the delivery again, whatever its state (administrators; `admin` scope): a
    fresh sequence of attempts and retry window, with the same event, data and
    `X-Village-Delivery` id, so a receiver that already has it can ignore it. Accepted now
    (202, `status: pending`), sent by the worker.

    Args:
        webhook_id (int): The webhook's id.
        delivery_id (int): The delivery's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryRead | RedeliverWebhookDeliveryResponse401 | RedeliverWebhookDeliveryResponse403 | RedeliverWebhookDeliveryResponse404 | RedeliverWebhookDeliveryResponse414 | RedeliverWebhookDeliveryResponse422 | RedeliverWebhookDeliveryResponse429 | RedeliverWebhookDeliveryResponse431 | RedeliverWebhookDeliveryResponse500 | RedeliverWebhookDeliveryResponse503
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
) -> Response[
    DeliveryRead
    | RedeliverWebhookDeliveryResponse401
    | RedeliverWebhookDeliveryResponse403
    | RedeliverWebhookDeliveryResponse404
    | RedeliverWebhookDeliveryResponse414
    | RedeliverWebhookDeliveryResponse422
    | RedeliverWebhookDeliveryResponse429
    | RedeliverWebhookDeliveryResponse431
    | RedeliverWebhookDeliveryResponse500
    | RedeliverWebhookDeliveryResponse503
]:
    """Redeliver an event

     Sends the delivery again, whatever its state (administrators; `admin` scope): a
    fresh sequence of attempts and retry window, with the same event, data and
    `X-Village-Delivery` id, so a receiver that already has it can ignore it. Accepted now
    (202, `status: pending`), sent by the worker.

    Args:
        webhook_id (int): The webhook's id.
        delivery_id (int): The delivery's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeliveryRead | RedeliverWebhookDeliveryResponse401 | RedeliverWebhookDeliveryResponse403 | RedeliverWebhookDeliveryResponse404 | RedeliverWebhookDeliveryResponse414 | RedeliverWebhookDeliveryResponse422 | RedeliverWebhookDeliveryResponse429 | RedeliverWebhookDeliveryResponse431 | RedeliverWebhookDeliveryResponse500 | RedeliverWebhookDeliveryResponse503]
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
) -> (
    DeliveryRead
    | RedeliverWebhookDeliveryResponse401
    | RedeliverWebhookDeliveryResponse403
    | RedeliverWebhookDeliveryResponse404
    | RedeliverWebhookDeliveryResponse414
    | RedeliverWebhookDeliveryResponse422
    | RedeliverWebhookDeliveryResponse429
    | RedeliverWebhookDeliveryResponse431
    | RedeliverWebhookDeliveryResponse500
    | RedeliverWebhookDeliveryResponse503
    | None
):
    """Redeliver an event

     Sends the delivery again, whatever its state (administrators; `admin` scope): a
    fresh sequence of attempts and retry window, with the same event, data and
    `X-Village-Delivery` id, so a receiver that already has it can ignore it. Accepted now
    (202, `status: pending`), sent by the worker.

    Args:
        webhook_id (int): The webhook's id.
        delivery_id (int): The delivery's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeliveryRead | RedeliverWebhookDeliveryResponse401 | RedeliverWebhookDeliveryResponse403 | RedeliverWebhookDeliveryResponse404 | RedeliverWebhookDeliveryResponse414 | RedeliverWebhookDeliveryResponse422 | RedeliverWebhookDeliveryResponse429 | RedeliverWebhookDeliveryResponse431 | RedeliverWebhookDeliveryResponse500 | RedeliverWebhookDeliveryResponse503
    """

    return (
        await asyncio_detailed(
            webhook_id=webhook_id,
            delivery_id=delivery_id,
            client=client,
        )
    ).parsed
