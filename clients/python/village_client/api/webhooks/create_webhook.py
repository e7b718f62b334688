from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_webhook_response_400 import CreateWebhookResponse400
from ...models.create_webhook_response_401 import CreateWebhookResponse401
from ...models.create_webhook_response_403 import CreateWebhookResponse403
from ...models.create_webhook_response_409 import CreateWebhookResponse409
from ...models.create_webhook_response_413 import CreateWebhookResponse413
from ...models.create_webhook_response_414 import CreateWebhookResponse414
from ...models.create_webhook_response_422 import CreateWebhookResponse422
from ...models.create_webhook_response_429 import CreateWebhookResponse429
from ...models.create_webhook_response_431 import CreateWebhookResponse431
from ...models.create_webhook_response_500 import CreateWebhookResponse500
from ...models.create_webhook_response_503 import CreateWebhookResponse503
from ...models.webhook_create import WebhookCreate
from ...models.webhook_read import WebhookRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: WebhookCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/webhooks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateWebhookResponse400
    | CreateWebhookResponse401
    | CreateWebhookResponse403
    | CreateWebhookResponse409
    | CreateWebhookResponse413
    | CreateWebhookResponse414
    | CreateWebhookResponse422
    | CreateWebhookResponse429
    | CreateWebhookResponse431
    | CreateWebhookResponse500
    | CreateWebhookResponse503
    | WebhookRead
    | None
):
    if response.status_code == 201:
        response_201 = WebhookRead.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateWebhookResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateWebhookResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateWebhookResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = CreateWebhookResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreateWebhookResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = CreateWebhookResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = CreateWebhookResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateWebhookResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = CreateWebhookResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = CreateWebhookResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = CreateWebhookResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateWebhookResponse400
    | CreateWebhookResponse401
    | CreateWebhookResponse403
    | CreateWebhookResponse409
    | CreateWebhookResponse413
    | CreateWebhookResponse414
    | CreateWebhookResponse422
    | CreateWebhookResponse429
    | CreateWebhookResponse431
    | CreateWebhookResponse500
    | CreateWebhookResponse503
    | WebhookRead
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
    body: WebhookCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    CreateWebhookResponse400
    | CreateWebhookResponse401
    | CreateWebhookResponse403
    | CreateWebhookResponse409
    | CreateWebhookResponse413
    | CreateWebhookResponse414
    | CreateWebhookResponse422
    | CreateWebhookResponse429
    | CreateWebhookResponse431
    | CreateWebhookResponse500
    | CreateWebhookResponse503
    | WebhookRead
]:
    """Register a webhook

     Registers an endpoint for the given event kinds (administrators; the `admin` scope
    alone suffices). Each event is POSTed as JSON `{id, event, created_at, timestamp, data}`
    with the headers `X-Village-Event` (the kind), `X-Village-Delivery` (the event's id, the
    same on every retry: de-duplicate on it) and `X-Village-Signature: sha256=<hex
    HMAC-SHA256 of the body, keyed with secret>`; refuse a body whose `timestamp` is old.
    A 2xx answer is success; anything else is retried with back-off for a while. Members'
    private events (notifications, RSVPs) are never sent. A URL whose host resolves to a
    loopback, private or link-local address is refused (422 `webhook-target-refused`).
    Logged as `webhook.create`; send an `Idempotency-Key` to retry safely.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (WebhookCreate): An endpoint to receive events, and which ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWebhookResponse400 | CreateWebhookResponse401 | CreateWebhookResponse403 | CreateWebhookResponse409 | CreateWebhookResponse413 | CreateWebhookResponse414 | CreateWebhookResponse422 | CreateWebhookResponse429 | CreateWebhookResponse431 | CreateWebhookResponse500 | CreateWebhookResponse503 | WebhookRead]
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
    body: WebhookCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    CreateWebhookResponse400
    | CreateWebhookResponse401
    | CreateWebhookResponse403
    | CreateWebhookResponse409
    | CreateWebhookResponse413
    | CreateWebhookResponse414
    | CreateWebhookResponse422
    | CreateWebhookResponse429
    | CreateWebhookResponse431
    | CreateWebhookResponse500
    | CreateWebhookResponse503
    | WebhookRead
    | None
):
    """Register a webhook

     Registers an endpoint for the given event kinds (administrators; the `admin` scope
    alone suffices). Each event is POSTed as JSON `{id, event, created_at, timestamp, data}`
    with the headers `X-Village-Event` (the kind), `X-Village-Delivery` (the event's id, the
    same on every retry: de-duplicate on it) and `X-Village-Signature: sha256=<hex
    HMAC-SHA256 of the body, keyed with secret>`; refuse a body whose `timestamp` is old.
    A 2xx answer is success; anything else is retried with back-off for a while. Members'
    private events (notifications, RSVPs) are never sent. A URL whose host resolves to a
    loopback, private or link-local address is refused (422 `webhook-target-refused`).
    Logged as `webhook.create`; send an `Idempotency-Key` to retry safely.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (WebhookCreate): An endpoint to receive events, and which ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWebhookResponse400 | CreateWebhookResponse401 | CreateWebhookResponse403 | CreateWebhookResponse409 | CreateWebhookResponse413 | CreateWebhookResponse414 | CreateWebhookResponse422 | CreateWebhookResponse429 | CreateWebhookResponse431 | CreateWebhookResponse500 | CreateWebhookResponse503 | WebhookRead
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: WebhookCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    CreateWebhookResponse400
    | CreateWebhookResponse401
    | CreateWebhookResponse403
    | CreateWebhookResponse409
    | CreateWebhookResponse413
    | CreateWebhookResponse414
    | CreateWebhookResponse422
    | CreateWebhookResponse429
    | CreateWebhookResponse431
    | CreateWebhookResponse500
    | CreateWebhookResponse503
    | WebhookRead
]:
    """Register a webhook

     Registers an endpoint for the given event kinds (administrators; the `admin` scope
    alone suffices). Each event is POSTed as JSON `{id, event, created_at, timestamp, data}`
    with the headers `X-Village-Event` (the kind), `X-Village-Delivery` (the event's id, the
    same on every retry: de-duplicate on it) and `X-Village-Signature: sha256=<hex
    HMAC-SHA256 of the body, keyed with secret>`; refuse a body whose `timestamp` is old.
    A 2xx answer is success; anything else is retried with back-off for a while. Members'
    private events (notifications, RSVPs) are never sent. A URL whose host resolves to a
    loopback, private or link-local address is refused (422 `webhook-target-refused`).
    Logged as `webhook.create`; send an `Idempotency-Key` to retry safely.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (WebhookCreate): An endpoint to receive events, and which ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateWebhookResponse400 | CreateWebhookResponse401 | CreateWebhookResponse403 | CreateWebhookResponse409 | CreateWebhookResponse413 | CreateWebhookResponse414 | CreateWebhookResponse422 | CreateWebhookResponse429 | CreateWebhookResponse431 | CreateWebhookResponse500 | CreateWebhookResponse503 | WebhookRead]
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
    body: WebhookCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    CreateWebhookResponse400
    | CreateWebhookResponse401
    | CreateWebhookResponse403
    | CreateWebhookResponse409
    | CreateWebhookResponse413
    | CreateWebhookResponse414
    | CreateWebhookResponse422
    | CreateWebhookResponse429
    | CreateWebhookResponse431
    | CreateWebhookResponse500
    | CreateWebhookResponse503
    | WebhookRead
    | None
):
    """Register a webhook

     Registers an endpoint for the given event kinds (administrators; the `admin` scope
    alone suffices). Each event is POSTed as JSON `{id, event, created_at, timestamp, data}`
    with the headers `X-Village-Event` (the kind), `X-Village-Delivery` (the event's id, the
    same on every retry: de-duplicate on it) and `X-Village-Signature: sha256=<hex
    HMAC-SHA256 of the body, keyed with secret>`; refuse a body whose `timestamp` is old.
    A 2xx answer is success; anything else is retried with back-off for a while. Members'
    private events (notifications, RSVPs) are never sent. A URL whose host resolves to a
    loopback, private or link-local address is refused (422 `webhook-target-refused`).
    Logged as `webhook.create`; send an `Idempotency-Key` to retry safely.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (WebhookCreate): An endpoint to receive events, and which ones.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateWebhookResponse400 | CreateWebhookResponse401 | CreateWebhookResponse403 | CreateWebhookResponse409 | CreateWebhookResponse413 | CreateWebhookResponse414 | CreateWebhookResponse422 | CreateWebhookResponse429 | CreateWebhookResponse431 | CreateWebhookResponse500 | CreateWebhookResponse503 | WebhookRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
