from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.set_subscription_response_400 import SetSubscriptionResponse400
from ...models.set_subscription_response_413 import SetSubscriptionResponse413
from ...models.set_subscription_response_422 import SetSubscriptionResponse422
from ...models.set_subscription_response_429 import SetSubscriptionResponse429
from ...models.set_subscription_response_503 import SetSubscriptionResponse503
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
    | SetSubscriptionResponse400
    | SetSubscriptionResponse413
    | SetSubscriptionResponse422
    | SetSubscriptionResponse429
    | SetSubscriptionResponse503
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = SetSubscriptionResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 413:
        response_413 = SetSubscriptionResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = SetSubscriptionResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = SetSubscriptionResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = SetSubscriptionResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | SetSubscriptionResponse400
    | SetSubscriptionResponse413
    | SetSubscriptionResponse422
    | SetSubscriptionResponse429
    | SetSubscriptionResponse503
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
    | SetSubscriptionResponse400
    | SetSubscriptionResponse413
    | SetSubscriptionResponse422
    | SetSubscriptionResponse429
    | SetSubscriptionResponse503
]:
    """Set Subscription

     How much you hear of the thread: `watching` (every new post), `normal` (what is
    addressed to you) or `muted` (nothing).

    Args:
        thread_id (int):
        body (SubscriptionChoice): `PUT /threads/{id}/subscription`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SetSubscriptionResponse400 | SetSubscriptionResponse413 | SetSubscriptionResponse422 | SetSubscriptionResponse429 | SetSubscriptionResponse503]
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
    | SetSubscriptionResponse400
    | SetSubscriptionResponse413
    | SetSubscriptionResponse422
    | SetSubscriptionResponse429
    | SetSubscriptionResponse503
    | None
):
    """Set Subscription

     How much you hear of the thread: `watching` (every new post), `normal` (what is
    addressed to you) or `muted` (nothing).

    Args:
        thread_id (int):
        body (SubscriptionChoice): `PUT /threads/{id}/subscription`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SetSubscriptionResponse400 | SetSubscriptionResponse413 | SetSubscriptionResponse422 | SetSubscriptionResponse429 | SetSubscriptionResponse503
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
    | SetSubscriptionResponse400
    | SetSubscriptionResponse413
    | SetSubscriptionResponse422
    | SetSubscriptionResponse429
    | SetSubscriptionResponse503
]:
    """Set Subscription

     How much you hear of the thread: `watching` (every new post), `normal` (what is
    addressed to you) or `muted` (nothing).

    Args:
        thread_id (int):
        body (SubscriptionChoice): `PUT /threads/{id}/subscription`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | SetSubscriptionResponse400 | SetSubscriptionResponse413 | SetSubscriptionResponse422 | SetSubscriptionResponse429 | SetSubscriptionResponse503]
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
    | SetSubscriptionResponse400
    | SetSubscriptionResponse413
    | SetSubscriptionResponse422
    | SetSubscriptionResponse429
    | SetSubscriptionResponse503
    | None
):
    """Set Subscription

     How much you hear of the thread: `watching` (every new post), `normal` (what is
    addressed to you) or `muted` (nothing).

    Args:
        thread_id (int):
        body (SubscriptionChoice): `PUT /threads/{id}/subscription`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | SetSubscriptionResponse400 | SetSubscriptionResponse413 | SetSubscriptionResponse422 | SetSubscriptionResponse429 | SetSubscriptionResponse503
    """

    return (
        await asyncio_detailed(
            thread_id=thread_id,
            client=client,
            body=body,
        )
    ).parsed
