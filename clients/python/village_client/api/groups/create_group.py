from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_group_response_400 import CreateGroupResponse400
from ...models.create_group_response_401 import CreateGroupResponse401
from ...models.create_group_response_403 import CreateGroupResponse403
from ...models.create_group_response_409 import CreateGroupResponse409
from ...models.create_group_response_413 import CreateGroupResponse413
from ...models.create_group_response_414 import CreateGroupResponse414
from ...models.create_group_response_422 import CreateGroupResponse422
from ...models.create_group_response_429 import CreateGroupResponse429
from ...models.create_group_response_431 import CreateGroupResponse431
from ...models.create_group_response_500 import CreateGroupResponse500
from ...models.create_group_response_503 import CreateGroupResponse503
from ...models.group_create import GroupCreate
from ...models.group_read import GroupRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: GroupCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/groups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateGroupResponse400
    | CreateGroupResponse401
    | CreateGroupResponse403
    | CreateGroupResponse409
    | CreateGroupResponse413
    | CreateGroupResponse414
    | CreateGroupResponse422
    | CreateGroupResponse429
    | CreateGroupResponse431
    | CreateGroupResponse500
    | CreateGroupResponse503
    | GroupRead
    | None
):
    if response.status_code == 201:
        response_201 = GroupRead.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateGroupResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateGroupResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateGroupResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = CreateGroupResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreateGroupResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = CreateGroupResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = CreateGroupResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateGroupResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = CreateGroupResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = CreateGroupResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = CreateGroupResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateGroupResponse400
    | CreateGroupResponse401
    | CreateGroupResponse403
    | CreateGroupResponse409
    | CreateGroupResponse413
    | CreateGroupResponse414
    | CreateGroupResponse422
    | CreateGroupResponse429
    | CreateGroupResponse431
    | CreateGroupResponse500
    | CreateGroupResponse503
    | GroupRead
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
    body: GroupCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    CreateGroupResponse400
    | CreateGroupResponse401
    | CreateGroupResponse403
    | CreateGroupResponse409
    | CreateGroupResponse413
    | CreateGroupResponse414
    | CreateGroupResponse422
    | CreateGroupResponse429
    | CreateGroupResponse431
    | CreateGroupResponse500
    | CreateGroupResponse503
    | GroupRead
]:
    """Create Group

     Starts a local group (any member who is not suspended; a few a day): its creator is
    its first member, and it has a thread list of its own (`GET /threads?group=`). The slug
    is made from the name when omitted; a slug that is taken is 409.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (GroupCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateGroupResponse400 | CreateGroupResponse401 | CreateGroupResponse403 | CreateGroupResponse409 | CreateGroupResponse413 | CreateGroupResponse414 | CreateGroupResponse422 | CreateGroupResponse429 | CreateGroupResponse431 | CreateGroupResponse500 | CreateGroupResponse503 | GroupRead]
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
    body: GroupCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    CreateGroupResponse400
    | CreateGroupResponse401
    | CreateGroupResponse403
    | CreateGroupResponse409
    | CreateGroupResponse413
    | CreateGroupResponse414
    | CreateGroupResponse422
    | CreateGroupResponse429
    | CreateGroupResponse431
    | CreateGroupResponse500
    | CreateGroupResponse503
    | GroupRead
    | None
):
    """Create Group

     Starts a local group (any member who is not suspended; a few a day): its creator is
    its first member, and it has a thread list of its own (`GET /threads?group=`). The slug
    is made from the name when omitted; a slug that is taken is 409.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (GroupCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateGroupResponse400 | CreateGroupResponse401 | CreateGroupResponse403 | CreateGroupResponse409 | CreateGroupResponse413 | CreateGroupResponse414 | CreateGroupResponse422 | CreateGroupResponse429 | CreateGroupResponse431 | CreateGroupResponse500 | CreateGroupResponse503 | GroupRead
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GroupCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    CreateGroupResponse400
    | CreateGroupResponse401
    | CreateGroupResponse403
    | CreateGroupResponse409
    | CreateGroupResponse413
    | CreateGroupResponse414
    | CreateGroupResponse422
    | CreateGroupResponse429
    | CreateGroupResponse431
    | CreateGroupResponse500
    | CreateGroupResponse503
    | GroupRead
]:
    """Create Group

     Starts a local group (any member who is not suspended; a few a day): its creator is
    its first member, and it has a thread list of its own (`GET /threads?group=`). The slug
    is made from the name when omitted; a slug that is taken is 409.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (GroupCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateGroupResponse400 | CreateGroupResponse401 | CreateGroupResponse403 | CreateGroupResponse409 | CreateGroupResponse413 | CreateGroupResponse414 | CreateGroupResponse422 | CreateGroupResponse429 | CreateGroupResponse431 | CreateGroupResponse500 | CreateGroupResponse503 | GroupRead]
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
    body: GroupCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    CreateGroupResponse400
    | CreateGroupResponse401
    | CreateGroupResponse403
    | CreateGroupResponse409
    | CreateGroupResponse413
    | CreateGroupResponse414
    | CreateGroupResponse422
    | CreateGroupResponse429
    | CreateGroupResponse431
    | CreateGroupResponse500
    | CreateGroupResponse503
    | GroupRead
    | None
):
    """Create Group

     Starts a local group (any member who is not suspended; a few a day): its creator is
    its first member, and it has a thread list of its own (`GET /threads?group=`). The slug
    is made from the name when omitted; a slug that is taken is 409.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (GroupCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateGroupResponse400 | CreateGroupResponse401 | CreateGroupResponse403 | CreateGroupResponse409 | CreateGroupResponse413 | CreateGroupResponse414 | CreateGroupResponse422 | CreateGroupResponse429 | CreateGroupResponse431 | CreateGroupResponse500 | CreateGroupResponse503 | GroupRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
