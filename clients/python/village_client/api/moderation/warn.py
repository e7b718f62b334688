from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.warn_response_400 import WarnResponse400
from ...models.warn_response_409 import WarnResponse409
from ...models.warn_response_413 import WarnResponse413
from ...models.warn_response_422 import WarnResponse422
from ...models.warn_response_429 import WarnResponse429
from ...models.warn_response_503 import WarnResponse503
from ...models.warning_create import WarningCreate
from ...models.warning_read import WarningRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    username: str,
    *,
    body: WarningCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/users/{username}/warnings".format(
            username=quote(str(username), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    WarnResponse400
    | WarnResponse409
    | WarnResponse413
    | WarnResponse422
    | WarnResponse429
    | WarnResponse503
    | WarningRead
    | None
):
    if response.status_code == 201:
        response_201 = WarningRead.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = WarnResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 409:
        response_409 = WarnResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = WarnResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = WarnResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = WarnResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 503:
        response_503 = WarnResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    WarnResponse400
    | WarnResponse409
    | WarnResponse413
    | WarnResponse422
    | WarnResponse429
    | WarnResponse503
    | WarningRead
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    username: str,
    *,
    client: AuthenticatedClient,
    body: WarningCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    WarnResponse400
    | WarnResponse409
    | WarnResponse413
    | WarnResponse422
    | WarnResponse429
    | WarnResponse503
    | WarningRead
]:
    """Warn

    Args:
        username (str):
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (WarningCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WarnResponse400 | WarnResponse409 | WarnResponse413 | WarnResponse422 | WarnResponse429 | WarnResponse503 | WarningRead]
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    username: str,
    *,
    client: AuthenticatedClient,
    body: WarningCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    WarnResponse400
    | WarnResponse409
    | WarnResponse413
    | WarnResponse422
    | WarnResponse429
    | WarnResponse503
    | WarningRead
    | None
):
    """Warn

    Args:
        username (str):
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (WarningCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WarnResponse400 | WarnResponse409 | WarnResponse413 | WarnResponse422 | WarnResponse429 | WarnResponse503 | WarningRead
    """

    return sync_detailed(
        username=username,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    username: str,
    *,
    client: AuthenticatedClient,
    body: WarningCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    WarnResponse400
    | WarnResponse409
    | WarnResponse413
    | WarnResponse422
    | WarnResponse429
    | WarnResponse503
    | WarningRead
]:
    """Warn

    Args:
        username (str):
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (WarningCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[WarnResponse400 | WarnResponse409 | WarnResponse413 | WarnResponse422 | WarnResponse429 | WarnResponse503 | WarningRead]
    """

    kwargs = _get_kwargs(
        username=username,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    username: str,
    *,
    client: AuthenticatedClient,
    body: WarningCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    WarnResponse400
    | WarnResponse409
    | WarnResponse413
    | WarnResponse422
    | WarnResponse429
    | WarnResponse503
    | WarningRead
    | None
):
    """Warn

    Args:
        username (str):
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (WarningCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        WarnResponse400 | WarnResponse409 | WarnResponse413 | WarnResponse422 | WarnResponse429 | WarnResponse503 | WarningRead
    """

    return (
        await asyncio_detailed(
            username=username,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
