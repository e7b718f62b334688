from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.describe_unsubscribe_response_414 import DescribeUnsubscribeResponse414
from ...models.describe_unsubscribe_response_422 import DescribeUnsubscribeResponse422
from ...models.describe_unsubscribe_response_429 import DescribeUnsubscribeResponse429
from ...models.describe_unsubscribe_response_431 import DescribeUnsubscribeResponse431
from ...models.describe_unsubscribe_response_500 import DescribeUnsubscribeResponse500
from ...models.describe_unsubscribe_response_503 import DescribeUnsubscribeResponse503
from ...models.unsubscribe_link import UnsubscribeLink
from ...types import UNSET, Response


def _get_kwargs(
    *,
    token: str,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["token"] = token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/unsubscribe",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    DescribeUnsubscribeResponse414
    | DescribeUnsubscribeResponse422
    | DescribeUnsubscribeResponse429
    | DescribeUnsubscribeResponse431
    | DescribeUnsubscribeResponse500
    | DescribeUnsubscribeResponse503
    | UnsubscribeLink
    | None
):
    if response.status_code == 200:
        response_200 = UnsubscribeLink.from_dict(response.json())

        return response_200

    if response.status_code == 414:
        response_414 = DescribeUnsubscribeResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = DescribeUnsubscribeResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = DescribeUnsubscribeResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = DescribeUnsubscribeResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = DescribeUnsubscribeResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = DescribeUnsubscribeResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    DescribeUnsubscribeResponse414
    | DescribeUnsubscribeResponse422
    | DescribeUnsubscribeResponse429
    | DescribeUnsubscribeResponse431
    | DescribeUnsubscribeResponse500
    | DescribeUnsubscribeResponse503
    | UnsubscribeLink
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> Response[
    DescribeUnsubscribeResponse414
    | DescribeUnsubscribeResponse422
    | DescribeUnsubscribeResponse429
    | DescribeUnsubscribeResponse431
    | DescribeUnsubscribeResponse500
    | DescribeUnsubscribeResponse503
    | UnsubscribeLink
]:
    """Describe Unsubscribe

     What the link would turn off. Changes nothing (mail scanners fetch links).

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DescribeUnsubscribeResponse414 | DescribeUnsubscribeResponse422 | DescribeUnsubscribeResponse429 | DescribeUnsubscribeResponse431 | DescribeUnsubscribeResponse500 | DescribeUnsubscribeResponse503 | UnsubscribeLink]
    """

    kwargs = _get_kwargs(
        token=token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> (
    DescribeUnsubscribeResponse414
    | DescribeUnsubscribeResponse422
    | DescribeUnsubscribeResponse429
    | DescribeUnsubscribeResponse431
    | DescribeUnsubscribeResponse500
    | DescribeUnsubscribeResponse503
    | UnsubscribeLink
    | None
):
    """Describe Unsubscribe

     What the link would turn off. Changes nothing (mail scanners fetch links).

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DescribeUnsubscribeResponse414 | DescribeUnsubscribeResponse422 | DescribeUnsubscribeResponse429 | DescribeUnsubscribeResponse431 | DescribeUnsubscribeResponse500 | DescribeUnsubscribeResponse503 | UnsubscribeLink
    """

    return sync_detailed(
        client=client,
        token=token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> Response[
    DescribeUnsubscribeResponse414
    | DescribeUnsubscribeResponse422
    | DescribeUnsubscribeResponse429
    | DescribeUnsubscribeResponse431
    | DescribeUnsubscribeResponse500
    | DescribeUnsubscribeResponse503
    | UnsubscribeLink
]:
    """Describe Unsubscribe

     What the link would turn off. Changes nothing (mail scanners fetch links).

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DescribeUnsubscribeResponse414 | DescribeUnsubscribeResponse422 | DescribeUnsubscribeResponse429 | DescribeUnsubscribeResponse431 | DescribeUnsubscribeResponse500 | DescribeUnsubscribeResponse503 | UnsubscribeLink]
    """

    kwargs = _get_kwargs(
        token=token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    token: str,
) -> (
    DescribeUnsubscribeResponse414
    | DescribeUnsubscribeResponse422
    | DescribeUnsubscribeResponse429
    | DescribeUnsubscribeResponse431
    | DescribeUnsubscribeResponse500
    | DescribeUnsubscribeResponse503
    | UnsubscribeLink
    | None
):
    """Describe Unsubscribe

     What the link would turn off. Changes nothing (mail scanners fetch links).

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DescribeUnsubscribeResponse414 | DescribeUnsubscribeResponse422 | DescribeUnsubscribeResponse429 | DescribeUnsubscribeResponse431 | DescribeUnsubscribeResponse500 | DescribeUnsubscribeResponse503 | UnsubscribeLink
    """

    return (
        await asyncio_detailed(
            client=client,
            token=token,
        )
    ).parsed
