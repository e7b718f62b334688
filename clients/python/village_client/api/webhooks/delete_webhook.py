from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_webhook_response_422 import DeleteWebhookResponse422
from ...models.delete_webhook_response_429 import DeleteWebhookResponse429
from ...models.delete_webhook_response_503 import DeleteWebhookResponse503
from ...types import Response


def _get_kwargs(
    webhook_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/v1/webhooks/{webhook_id}".format(
            webhook_id=quote(str(webhook_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | DeleteWebhookResponse422 | DeleteWebhookResponse429 | DeleteWebhookResponse503 | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 422:
        response_422 = DeleteWebhookResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = DeleteWebhookResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = DeleteWebhookResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Any | DeleteWebhookResponse422 | DeleteWebhookResponse429 | DeleteWebhookResponse503]:
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
) -> Response[Any | DeleteWebhookResponse422 | DeleteWebhookResponse429 | DeleteWebhookResponse503]:
    """Delete Webhook

     Remove the endpoint and its deliveries; nothing more is sent to it.

    Args:
        webhook_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteWebhookResponse422 | DeleteWebhookResponse429 | DeleteWebhookResponse503]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    webhook_id: int,
    *,
    client: AuthenticatedClient,
) -> Any | DeleteWebhookResponse422 | DeleteWebhookResponse429 | DeleteWebhookResponse503 | None:
    """Delete Webhook

     Remove the endpoint and its deliveries; nothing more is sent to it.

    Args:
        webhook_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteWebhookResponse422 | DeleteWebhookResponse429 | DeleteWebhookResponse503
    """

    return sync_detailed(
        webhook_id=webhook_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    webhook_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Any | DeleteWebhookResponse422 | DeleteWebhookResponse429 | DeleteWebhookResponse503]:
    """Delete Webhook

     Remove the endpoint and its deliveries; nothing more is sent to it.

    Args:
        webhook_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | DeleteWebhookResponse422 | DeleteWebhookResponse429 | DeleteWebhookResponse503]
    """

    kwargs = _get_kwargs(
        webhook_id=webhook_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    webhook_id: int,
    *,
    client: AuthenticatedClient,
) -> Any | DeleteWebhookResponse422 | DeleteWebhookResponse429 | DeleteWebhookResponse503 | None:
    """Delete Webhook

     Remove the endpoint and its deliveries; nothing more is sent to it.

    Args:
        webhook_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | DeleteWebhookResponse422 | DeleteWebhookResponse429 | DeleteWebhookResponse503
    """

    return (
        await asyncio_detailed(
            webhook_id=webhook_id,
            client=client,
        )
    ).parsed
