from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_audit_entry_read import PageAuditEntryRead
from ...models.read_log_response_400 import ReadLogResponse400
from ...models.read_log_response_422 import ReadLogResponse422
from ...models.read_log_response_429 import ReadLogResponse429
from ...models.read_log_response_503 import ReadLogResponse503
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    actor: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    target_type: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_actor: None | str | Unset
    if isinstance(actor, Unset):
        json_actor = UNSET
    else:
        json_actor = actor
    params["actor"] = json_actor

    json_action: None | str | Unset
    if isinstance(action, Unset):
        json_action = UNSET
    else:
        json_action = action
    params["action"] = json_action

    json_target_type: None | str | Unset
    if isinstance(target_type, Unset):
        json_target_type = UNSET
    else:
        json_target_type = target_type
    params["target_type"] = json_target_type

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
        "url": "/api/v1/moderation/log",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    PageAuditEntryRead
    | ReadLogResponse400
    | ReadLogResponse422
    | ReadLogResponse429
    | ReadLogResponse503
    | None
):
    if response.status_code == 200:
        response_200 = PageAuditEntryRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ReadLogResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 422:
        response_422 = ReadLogResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ReadLogResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = ReadLogResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    PageAuditEntryRead
    | ReadLogResponse400
    | ReadLogResponse422
    | ReadLogResponse429
    | ReadLogResponse503
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
    actor: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    target_type: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    PageAuditEntryRead
    | ReadLogResponse400
    | ReadLogResponse422
    | ReadLogResponse429
    | ReadLogResponse503
]:
    """Read Log

    Args:
        actor (None | str | Unset):
        action (None | str | Unset):
        target_type (None | str | Unset):
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAuditEntryRead | ReadLogResponse400 | ReadLogResponse422 | ReadLogResponse429 | ReadLogResponse503]
    """

    kwargs = _get_kwargs(
        actor=actor,
        action=action,
        target_type=target_type,
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
    actor: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    target_type: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    PageAuditEntryRead
    | ReadLogResponse400
    | ReadLogResponse422
    | ReadLogResponse429
    | ReadLogResponse503
    | None
):
    """Read Log

    Args:
        actor (None | str | Unset):
        action (None | str | Unset):
        target_type (None | str | Unset):
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAuditEntryRead | ReadLogResponse400 | ReadLogResponse422 | ReadLogResponse429 | ReadLogResponse503
    """

    return sync_detailed(
        client=client,
        actor=actor,
        action=action,
        target_type=target_type,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    actor: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    target_type: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    PageAuditEntryRead
    | ReadLogResponse400
    | ReadLogResponse422
    | ReadLogResponse429
    | ReadLogResponse503
]:
    """Read Log

    Args:
        actor (None | str | Unset):
        action (None | str | Unset):
        target_type (None | str | Unset):
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAuditEntryRead | ReadLogResponse400 | ReadLogResponse422 | ReadLogResponse429 | ReadLogResponse503]
    """

    kwargs = _get_kwargs(
        actor=actor,
        action=action,
        target_type=target_type,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    actor: None | str | Unset = UNSET,
    action: None | str | Unset = UNSET,
    target_type: None | str | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    PageAuditEntryRead
    | ReadLogResponse400
    | ReadLogResponse422
    | ReadLogResponse429
    | ReadLogResponse503
    | None
):
    """Read Log

    Args:
        actor (None | str | Unset):
        action (None | str | Unset):
        target_type (None | str | Unset):
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAuditEntryRead | ReadLogResponse400 | ReadLogResponse422 | ReadLogResponse429 | ReadLogResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            actor=actor,
            action=action,
            target_type=target_type,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
