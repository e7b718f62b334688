from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.set_thread_subscription_response_400 import (
    SetThreadSubscriptionResponse400,
)
from ...models.set_thread_subscription_response_401 import (
    SetThreadSubscriptionResponse401,
)
from ...models.set_thread_subscription_response_403 import (
    SetThreadSubscriptionResponse403,
)
from ...models.set_thread_subscription_response_404 import (
    SetThreadSubscriptionResponse404,
)
from ...models.set_thread_subscription_response_413 import (
    SetThreadSubscriptionResponse413,
)
from ...models.set_thread_subscription_response_414 import (
    SetThreadSubscriptionResponse414,
)
from ...models.set_thread_subscription_response_422 import (
    SetThreadSubscriptionResponse422,
)
from ...models.set_thread_subscription_response_429 import (
    SetThreadSubscriptionResponse429,
)
from ...models.set_thread_subscription_response_431 import (
    SetThreadSubscriptionResponse431,
)
from ...models.set_thread_subscription_response_500 import (
    SetThreadSubscriptionResponse500,
)
from ...models.set_thread_subscription_response_503 import (
    SetThreadSubscriptionResponse503,
)
from ...models.subscription_choice import SubscriptionChoice
from ...types import Response


def _get_kwargs(
    thread_id: int,
    *,
    body: SubscriptionChoice,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/threads/{thread_id}/subscription".format(
            thread_id=quote(str(thread_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | SetThreadSubscriptionResponse400
    | SetThreadSubscriptionResponse401
    | SetThreadSubscriptionResponse403
    | SetThreadSubscriptionResponse404
    | SetThreadSubscriptionResponse413
    | SetThreadSubscriptionResponse414
    | SetThreadSubscriptionResponse422
    | SetThreadSubscriptionResponse429
    | SetThreadSubscriptionResponse431
    | SetThreadSubscriptionResponse500
    | SetThreadSubscriptionResponse503
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = SetThreadSubscriptionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SetThreadSubscriptionResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = SetThreadSubscriptionResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = SetThreadSubscriptionResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 413:
        response_413 = SetThreadSubscriptionResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = SetThreadSubscriptionResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = SetThreadSubscriptionResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = SetThreadSubscriptionResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = SetThreadSubscriptionResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = SetThreadSubscriptionResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = SetThreadSubscriptionResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | SetThreadSubscriptionResponse400
    | SetThreadSubscriptionResponse401
    | SetThreadSubscriptionResponse403
    | SetThreadSubscriptionResponse404
    | SetThreadSubscriptionResponse413
    | SetThreadSubscriptionResponse414
    | SetThreadSubscriptionResponse422
    | SetThreadSubscriptionResponse429
    | SetThreadSubscriptionResponse431
    | SetThreadSubscriptionResponse500
    | SetThreadSubscriptionResponse503
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    thread_id: int,
    *,
    client: AuthenticatedClient,
    body: SubscriptionChoice,
) -> Response[
    Any
    | SetThreadSubscriptionResponse400
    | SetThreadSubscriptionResponse401
    | SetThreadSubscriptionResponse403
    | SetThreadSubscriptionResponse404
    | SetThreadSubscriptionResponse413
    | SetThreadSubscriptionResponse414
    | SetThreadSubscriptionResponse422
    | SetThreadSubscriptionResponse429
    | SetThreadSubscriptionResponse431
    | SetThreadSubscriptionResponse500
    | SetThreadSubscriptionResponse503
]:
    """Choose how much you hear of a thread

     How much you hear of the thread: `watching` (every new post), `normal` (what is
    addressed to you) or `muted` (nothing). `write` scope; allowed while suspended or
    unverified, as it changes only your own state. Idempotent; nobody else sees it.

    Args:
        thread_id (int): The thread's id.
        body (SubscriptionChoice): How much you hear of a thread.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SetThreadSubscriptionResponse400 | SetThreadSubscriptionResponse401 | SetThreadSubscriptionResponse403 | SetThreadSubscriptionResponse404 | SetThreadSubscriptionResponse413 | SetThreadSubscriptionResponse414 | SetThreadSubscriptionResponse422 | SetThreadSubscriptionResponse429 | SetThreadSubscriptionResponse431 | SetThreadSubscriptionResponse500 | SetThreadSubscriptionResponse503]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    thread_id: int,
    *,
    client: AuthenticatedClient,
    body: SubscriptionChoice,
) -> (
    Any
    | SetThreadSubscriptionResponse400
    | SetThreadSubscriptionResponse401
    | SetThreadSubscriptionResponse403
    | SetThreadSubscriptionResponse404
    | SetThreadSubscriptionResponse413
    | SetThreadSubscriptionResponse414
    | SetThreadSubscriptionResponse422
    | SetThreadSubscriptionResponse429
    | SetThreadSubscriptionResponse431
    | SetThreadSubscriptionResponse500
    | SetThreadSubscriptionResponse503
    | None
):
    """Choose how much you hear of a thread

     How much you hear of the thread: `watching` (every new post), `normal` (what is
    addressed to you) or `muted` (nothing). `write` scope; allowed while suspended or
    unverified, as it changes only your own state. Idempotent; nobody else sees it.

    Args:
        thread_id (int): The thread's id.
        body (SubscriptionChoice): How much you hear of a thread.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SetThreadSubscriptionResponse400 | SetThreadSubscriptionResponse401 | SetThreadSubscriptionResponse403 | SetThreadSubscriptionResponse404 | SetThreadSubscriptionResponse413 | SetThreadSubscriptionResponse414 | SetThreadSubscriptionResponse422 | SetThreadSubscriptionResponse429 | SetThreadSubscriptionResponse431 | SetThreadSubscriptionResponse500 | SetThreadSubscriptionResponse503
    """

    return sync_detailed(
        thread_id=thread_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    thread_id: int,
    *,
    client: AuthenticatedClient,
    body: SubscriptionChoice,
) -> Response[
    Any
    | SetThreadSubscriptionResponse400
    | SetThreadSubscriptionResponse401
    | SetThreadSubscriptionResponse403
    | SetThreadSubscriptionResponse404
    | SetThreadSubscriptionResponse413
    | SetThreadSubscriptionResponse414
    | SetThreadSubscriptionResponse422
    | SetThreadSubscriptionResponse429
    | SetThreadSubscriptionResponse431
    | SetThreadSubscriptionResponse500
    | SetThreadSubscriptionResponse503
]:
    """Choose how much you hear of a thread

     How much you hear of the thread: `watching` (every new post), `normal` (what is
    addressed to you) or `muted` (nothing). `write` scope; allowed while suspended or
    unverified, as it changes only your own state. Idempotent; nobody else sees it.

    Args:
        thread_id (int): The thread's id.
        body (SubscriptionChoice): How much you hear of a thread.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SetThreadSubscriptionResponse400 | SetThreadSubscriptionResponse401 | SetThreadSubscriptionResponse403 | SetThreadSubscriptionResponse404 | SetThreadSubscriptionResponse413 | SetThreadSubscriptionResponse414 | SetThreadSubscriptionResponse422 | SetThreadSubscriptionResponse429 | SetThreadSubscriptionResponse431 | SetThreadSubscriptionResponse500 | SetThreadSubscriptionResponse503]
    """

    kwargs = _get_kwargs(
        thread_id=thread_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    thread_id: int,
    *,
    client: AuthenticatedClient,
    body: SubscriptionChoice,
) -> (
    Any
    | SetThreadSubscriptionResponse400
    | SetThreadSubscriptionResponse401
    | SetThreadSubscriptionResponse403
    | SetThreadSubscriptionResponse404
    | SetThreadSubscriptionResponse413
    | SetThreadSubscriptionResponse414
    | SetThreadSubscriptionResponse422
    | SetThreadSubscriptionResponse429
    | SetThreadSubscriptionResponse431
    | SetThreadSubscriptionResponse500
    | SetThreadSubscriptionResponse503
    | None
):
    """Choose how much you hear of a thread

     How much you hear of the thread: `watching` (every new post), `normal` (what is
    addressed to you) or `muted` (nothing). `write` scope; allowed while suspended or
    unverified, as it changes only your own state. Idempotent; nobody else sees it.

    Args:
        thread_id (int): The thread's id.
        body (SubscriptionChoice): How much you hear of a thread.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SetThreadSubscriptionResponse400 | SetThreadSubscriptionResponse401 | SetThreadSubscriptionResponse403 | SetThreadSubscriptionResponse404 | SetThreadSubscriptionResponse413 | SetThreadSubscriptionResponse414 | SetThreadSubscriptionResponse422 | SetThreadSubscriptionResponse429 | SetThreadSubscriptionResponse431 | SetThreadSubscriptionResponse500 | SetThreadSubscriptionResponse503
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            body=body,
        )
    ).parsed
