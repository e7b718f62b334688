from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mark_read_all import MarkReadAll
from ...models.mark_read_ids import MarkReadIds
from ...models.mark_read_response_400 import MarkReadResponse400
from ...models.mark_read_response_401 import MarkReadResponse401
from ...models.mark_read_response_403 import MarkReadResponse403
from ...models.mark_read_response_413 import MarkReadResponse413
from ...models.mark_read_response_414 import MarkReadResponse414
from ...models.mark_read_response_422 import MarkReadResponse422
from ...models.mark_read_response_429 import MarkReadResponse429
from ...models.mark_read_response_431 import MarkReadResponse431
from ...models.mark_read_response_500 import MarkReadResponse500
from ...models.mark_read_response_503 import MarkReadResponse503
from ...types import Response


def _get_kwargs(
    *,
    body: MarkReadAll | MarkReadIds,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/notifications/read",
    }

    if isinstance(body, MarkReadIds):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | MarkReadResponse400
    | MarkReadResponse401
    | MarkReadResponse403
    | MarkReadResponse413
    | MarkReadResponse414
    | MarkReadResponse422
    | MarkReadResponse429
    | MarkReadResponse431
    | MarkReadResponse500
    | MarkReadResponse503
    | None
):
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

    if response.status_code == 400:
        response_400 = MarkReadResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = MarkReadResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = MarkReadResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = MarkReadResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = MarkReadResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = MarkReadResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = MarkReadResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = MarkReadResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = MarkReadResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = MarkReadResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    Any
    | MarkReadResponse400
    | MarkReadResponse401
    | MarkReadResponse403
    | MarkReadResponse413
    | MarkReadResponse414
    | MarkReadResponse422
    | MarkReadResponse429
    | MarkReadResponse431
    | MarkReadResponse500
    | MarkReadResponse503
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
    body: MarkReadAll | MarkReadIds,
) -> Response[
    Any
    | MarkReadResponse400
    | MarkReadResponse401
    | MarkReadResponse403
    | MarkReadResponse413
    | MarkReadResponse414
    | MarkReadResponse422
    | MarkReadResponse429
    | MarkReadResponse431
    | MarkReadResponse500
    | MarkReadResponse503
]:
    """Mark Read

     Marks `ids` (at most 100; ids that are not the caller's are ignored) or, with `{"all":
    true}`, every notification of the caller's read. Marking again changes nothing.

    Args:
        body (MarkReadAll | MarkReadIds):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MarkReadResponse400 | MarkReadResponse401 | MarkReadResponse403 | MarkReadResponse413 | MarkReadResponse414 | MarkReadResponse422 | MarkReadResponse429 | MarkReadResponse431 | MarkReadResponse500 | MarkReadResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: MarkReadAll | MarkReadIds,
) -> (
    Any
    | MarkReadResponse400
    | MarkReadResponse401
    | MarkReadResponse403
    | MarkReadResponse413
    | MarkReadResponse414
    | MarkReadResponse422
    | MarkReadResponse429
    | MarkReadResponse431
    | MarkReadResponse500
    | MarkReadResponse503
    | None
):
    """Mark Read

     Marks `ids` (at most 100; ids that are not the caller's are ignored) or, with `{"all":
    true}`, every notification of the caller's read. Marking again changes nothing.

    Args:
        body (MarkReadAll | MarkReadIds):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MarkReadResponse400 | MarkReadResponse401 | MarkReadResponse403 | MarkReadResponse413 | MarkReadResponse414 | MarkReadResponse422 | MarkReadResponse429 | MarkReadResponse431 | MarkReadResponse500 | MarkReadResponse503
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MarkReadAll | MarkReadIds,
) -> Response[
    Any
    | MarkReadResponse400
    | MarkReadResponse401
    | MarkReadResponse403
    | MarkReadResponse413
    | MarkReadResponse414
    | MarkReadResponse422
    | MarkReadResponse429
    | MarkReadResponse431
    | MarkReadResponse500
    | MarkReadResponse503
]:
    """Mark Read

     Marks `ids` (at most 100; ids that are not the caller's are ignored) or, with `{"all":
    true}`, every notification of the caller's read. Marking again changes nothing.

    Args:
        body (MarkReadAll | MarkReadIds):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | MarkReadResponse400 | MarkReadResponse401 | MarkReadResponse403 | MarkReadResponse413 | MarkReadResponse414 | MarkReadResponse422 | MarkReadResponse429 | MarkReadResponse431 | MarkReadResponse500 | MarkReadResponse503]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MarkReadAll | MarkReadIds,
) -> (
    Any
    | MarkReadResponse400
    | MarkReadResponse401
    | MarkReadResponse403
    | MarkReadResponse413
    | MarkReadResponse414
    | MarkReadResponse422
    | MarkReadResponse429
    | MarkReadResponse431
    | MarkReadResponse500
    | MarkReadResponse503
    | None
):
    """Mark Read

     Marks `ids` (at most 100; ids that are not the caller's are ignored) or, with `{"all":
    true}`, every notification of the caller's read. Marking again changes nothing.

    Args:
        body (MarkReadAll | MarkReadIds):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | MarkReadResponse400 | MarkReadResponse401 | MarkReadResponse403 | MarkReadResponse413 | MarkReadResponse414 | MarkReadResponse422 | MarkReadResponse429 | MarkReadResponse431 | MarkReadResponse500 | MarkReadResponse503
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
