from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_notifications_response_400 import ListNotificationsResponse400
from ...models.list_notifications_response_401 import ListNotificationsResponse401
from ...models.list_notifications_response_403 import ListNotificationsResponse403
from ...models.list_notifications_response_414 import ListNotificationsResponse414
from ...models.list_notifications_response_422 import ListNotificationsResponse422
from ...models.list_notifications_response_429 import ListNotificationsResponse429
from ...models.list_notifications_response_431 import ListNotificationsResponse431
from ...models.list_notifications_response_500 import ListNotificationsResponse500
from ...models.list_notifications_response_503 import ListNotificationsResponse503
from ...models.page_notification_read import PageNotificationRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    unread: bool | Unset = False,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["unread"] = unread

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
        "url": "/api/v1/notifications",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ListNotificationsResponse400
    | ListNotificationsResponse401
    | ListNotificationsResponse403
    | ListNotificationsResponse414
    | ListNotificationsResponse422
    | ListNotificationsResponse429
    | ListNotificationsResponse431
    | ListNotificationsResponse500
    | ListNotificationsResponse503
    | PageNotificationRead
    | None
):
    if response.status_code == 200:
        response_200 = PageNotificationRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ListNotificationsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ListNotificationsResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ListNotificationsResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 414:
        response_414 = ListNotificationsResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = ListNotificationsResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ListNotificationsResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = ListNotificationsResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = ListNotificationsResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ListNotificationsResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ListNotificationsResponse400
    | ListNotificationsResponse401
    | ListNotificationsResponse403
    | ListNotificationsResponse414
    | ListNotificationsResponse422
    | ListNotificationsResponse429
    | ListNotificationsResponse431
    | ListNotificationsResponse500
    | ListNotificationsResponse503
    | PageNotificationRead
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
    unread: bool | Unset = False,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListNotificationsResponse400
    | ListNotificationsResponse401
    | ListNotificationsResponse403
    | ListNotificationsResponse414
    | ListNotificationsResponse422
    | ListNotificationsResponse429
    | ListNotificationsResponse431
    | ListNotificationsResponse500
    | ListNotificationsResponse503
    | PageNotificationRead
]:
    """List Notifications

     The caller's notifications, newest first. An anonymous post's notifications have a
    null `actor` and its pseudonym in `anonymous_label`; moderation ones a null `actor`.

    Args:
        unread (bool | Unset): Only the unread ones. Default: False.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListNotificationsResponse400 | ListNotificationsResponse401 | ListNotificationsResponse403 | ListNotificationsResponse414 | ListNotificationsResponse422 | ListNotificationsResponse429 | ListNotificationsResponse431 | ListNotificationsResponse500 | ListNotificationsResponse503 | PageNotificationRead]
    """

    kwargs = _get_kwargs(
        unread=unread,
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
    unread: bool | Unset = False,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    ListNotificationsResponse400
    | ListNotificationsResponse401
    | ListNotificationsResponse403
    | ListNotificationsResponse414
    | ListNotificationsResponse422
    | ListNotificationsResponse429
    | ListNotificationsResponse431
    | ListNotificationsResponse500
    | ListNotificationsResponse503
    | PageNotificationRead
    | None
):
    """List Notifications

     The caller's notifications, newest first. An anonymous post's notifications have a
    null `actor` and its pseudonym in `anonymous_label`; moderation ones a null `actor`.

    Args:
        unread (bool | Unset): Only the unread ones. Default: False.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListNotificationsResponse400 | ListNotificationsResponse401 | ListNotificationsResponse403 | ListNotificationsResponse414 | ListNotificationsResponse422 | ListNotificationsResponse429 | ListNotificationsResponse431 | ListNotificationsResponse500 | ListNotificationsResponse503 | PageNotificationRead
    """

    return sync_detailed(
        client=client,
        unread=unread,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    unread: bool | Unset = False,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    ListNotificationsResponse400
    | ListNotificationsResponse401
    | ListNotificationsResponse403
    | ListNotificationsResponse414
    | ListNotificationsResponse422
    | ListNotificationsResponse429
    | ListNotificationsResponse431
    | ListNotificationsResponse500
    | ListNotificationsResponse503
    | PageNotificationRead
]:
    """List Notifications

     The caller's notifications, newest first. An anonymous post's notifications have a
    null `actor` and its pseudonym in `anonymous_label`; moderation ones a null `actor`.

    Args:
        unread (bool | Unset): Only the unread ones. Default: False.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListNotificationsResponse400 | ListNotificationsResponse401 | ListNotificationsResponse403 | ListNotificationsResponse414 | ListNotificationsResponse422 | ListNotificationsResponse429 | ListNotificationsResponse431 | ListNotificationsResponse500 | ListNotificationsResponse503 | PageNotificationRead]
    """

    kwargs = _get_kwargs(
        unread=unread,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    unread: bool | Unset = False,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    ListNotificationsResponse400
    | ListNotificationsResponse401
    | ListNotificationsResponse403
    | ListNotificationsResponse414
    | ListNotificationsResponse422
    | ListNotificationsResponse429
    | ListNotificationsResponse431
    | ListNotificationsResponse500
    | ListNotificationsResponse503
    | PageNotificationRead
    | None
):
    """List Notifications

     The caller's notifications, newest first. An anonymous post's notifications have a
    null `actor` and its pseudonym in `anonymous_label`; moderation ones a null `actor`.

    Args:
        unread (bool | Unset): Only the unread ones. Default: False.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListNotificationsResponse400 | ListNotificationsResponse401 | ListNotificationsResponse403 | ListNotificationsResponse414 | ListNotificationsResponse422 | ListNotificationsResponse429 | ListNotificationsResponse431 | ListNotificationsResponse500 | ListNotificationsResponse503 | PageNotificationRead
    """

    return (
        await asyncio_detailed(
            client=client,
            unread=unread,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
