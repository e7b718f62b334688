from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.flag_read import FlagRead
from ...models.get_flag_response_401 import GetFlagResponse401
from ...models.get_flag_response_403 import GetFlagResponse403
from ...models.get_flag_response_404 import GetFlagResponse404
from ...models.get_flag_response_414 import GetFlagResponse414
from ...models.get_flag_response_422 import GetFlagResponse422
from ...models.get_flag_response_429 import GetFlagResponse429
from ...models.get_flag_response_431 import GetFlagResponse431
from ...models.get_flag_response_500 import GetFlagResponse500
from ...models.get_flag_response_503 import GetFlagResponse503
from ...types import Response


def _get_kwargs(
    post_id: int,
    flag_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/posts/{post_id}/flags/{flag_id}".format(
            post_id=quote(str(post_id), safe=""),
            flag_id=quote(str(flag_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    FlagRead
    | GetFlagResponse401
    | GetFlagResponse403
    | GetFlagResponse404
    | GetFlagResponse414
    | GetFlagResponse422
    | GetFlagResponse429
    | GetFlagResponse431
    | GetFlagResponse500
    | GetFlagResponse503
    | None
):
    if response.status_code == 200:
        response_200 = FlagRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = GetFlagResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = GetFlagResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = GetFlagResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 414:
        response_414 = GetFlagResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = GetFlagResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = GetFlagResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = GetFlagResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = GetFlagResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = GetFlagResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    FlagRead
    | GetFlagResponse401
    | GetFlagResponse403
    | GetFlagResponse404
    | GetFlagResponse414
    | GetFlagResponse422
    | GetFlagResponse429
    | GetFlagResponse431
    | GetFlagResponse500
    | GetFlagResponse503
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    post_id: int,
    flag_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    FlagRead
    | GetFlagResponse401
    | GetFlagResponse403
    | GetFlagResponse404
    | GetFlagResponse414
    | GetFlagResponse422
    | GetFlagResponse429
    | GetFlagResponse431
    | GetFlagResponse500
    | GetFlagResponse503
]:
    """Get a report

     A report and its status (`open`, `upheld`, `dismissed`), so its reporter can follow
    the outcome. Only the member who made it and moderators see it; for anyone else it does
    not exist (404), so nobody learns who reported whom. The `Location` of a new report
    points here.

    Args:
        post_id (int): The post's id (a queue item's `id`).
        flag_id (int): The report's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlagRead | GetFlagResponse401 | GetFlagResponse403 | GetFlagResponse404 | GetFlagResponse414 | GetFlagResponse422 | GetFlagResponse429 | GetFlagResponse431 | GetFlagResponse500 | GetFlagResponse503]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
        flag_id=flag_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    post_id: int,
    flag_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    FlagRead
    | GetFlagResponse401
    | GetFlagResponse403
    | GetFlagResponse404
    | GetFlagResponse414
    | GetFlagResponse422
    | GetFlagResponse429
    | GetFlagResponse431
    | GetFlagResponse500
    | GetFlagResponse503
    | None
):
    """Get a report

     A report and its status (`open`, `upheld`, `dismissed`), so its reporter can follow
    the outcome. Only the member who made it and moderators see it; for anyone else it does
    not exist (404), so nobody learns who reported whom. The `Location` of a new report
    points here.

    Args:
        post_id (int): The post's id (a queue item's `id`).
        flag_id (int): The report's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlagRead | GetFlagResponse401 | GetFlagResponse403 | GetFlagResponse404 | GetFlagResponse414 | GetFlagResponse422 | GetFlagResponse429 | GetFlagResponse431 | GetFlagResponse500 | GetFlagResponse503
    """

    return sync_detailed(
        post_id=post_id,
        flag_id=flag_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    post_id: int,
    flag_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    FlagRead
    | GetFlagResponse401
    | GetFlagResponse403
    | GetFlagResponse404
    | GetFlagResponse414
    | GetFlagResponse422
    | GetFlagResponse429
    | GetFlagResponse431
    | GetFlagResponse500
    | GetFlagResponse503
]:
    """Get a report

     A report and its status (`open`, `upheld`, `dismissed`), so its reporter can follow
    the outcome. Only the member who made it and moderators see it; for anyone else it does
    not exist (404), so nobody learns who reported whom. The `Location` of a new report
    points here.

    Args:
        post_id (int): The post's id (a queue item's `id`).
        flag_id (int): The report's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlagRead | GetFlagResponse401 | GetFlagResponse403 | GetFlagResponse404 | GetFlagResponse414 | GetFlagResponse422 | GetFlagResponse429 | GetFlagResponse431 | GetFlagResponse500 | GetFlagResponse503]
    """

    kwargs = _get_kwargs(
        post_id=post_id,
        flag_id=flag_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    post_id: int,
    flag_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    FlagRead
    | GetFlagResponse401
    | GetFlagResponse403
    | GetFlagResponse404
    | GetFlagResponse414
    | GetFlagResponse422
    | GetFlagResponse429
    | GetFlagResponse431
    | GetFlagResponse500
    | GetFlagResponse503
    | None
):
    """Get a report

     A report and its status (`open`, `upheld`, `dismissed`), so its reporter can follow
    the outcome. Only the member who made it and moderators see it; for anyone else it does
    not exist (404), so nobody learns who reported whom. The `Location` of a new report
    points here.

    Args:
        post_id (int): The post's id (a queue item's `id`).
        flag_id (int): The report's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlagRead | GetFlagResponse401 | GetFlagResponse403 | GetFlagResponse404 | GetFlagResponse414 | GetFlagResponse422 | GetFlagResponse429 | GetFlagResponse431 | GetFlagResponse500 | GetFlagResponse503
    """

    return (
        await asyncio_detailed(
            post_id=post_id,
            flag_id=flag_id,
            client=client,
        )
    ).parsed
