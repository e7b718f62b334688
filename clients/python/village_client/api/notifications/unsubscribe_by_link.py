from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.unsubscribe_by_link_response_414 import UnsubscribeByLinkResponse414
from ...models.unsubscribe_by_link_response_422 import UnsubscribeByLinkResponse422
from ...models.unsubscribe_by_link_response_429 import UnsubscribeByLinkResponse429
from ...models.unsubscribe_by_link_response_431 import UnsubscribeByLinkResponse431
from ...models.unsubscribe_by_link_response_500 import UnsubscribeByLinkResponse500
from ...models.unsubscribe_by_link_response_503 import UnsubscribeByLinkResponse503
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
        "method": "post",
        "url": "/api/v1/unsubscribe",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    UnsubscribeByLinkResponse414
    | UnsubscribeByLinkResponse422
    | UnsubscribeByLinkResponse429
    | UnsubscribeByLinkResponse431
    | UnsubscribeByLinkResponse500
    | UnsubscribeByLinkResponse503
    | UnsubscribeLink
    | None
):
    if response.status_code == 200:
        response_200 = UnsubscribeLink.from_dict(response.json())

        return response_200

    if response.status_code == 414:
        response_414 = UnsubscribeByLinkResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = UnsubscribeByLinkResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = UnsubscribeByLinkResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = UnsubscribeByLinkResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = UnsubscribeByLinkResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = UnsubscribeByLinkResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    UnsubscribeByLinkResponse414
    | UnsubscribeByLinkResponse422
    | UnsubscribeByLinkResponse429
    | UnsubscribeByLinkResponse431
    | UnsubscribeByLinkResponse500
    | UnsubscribeByLinkResponse503
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
    UnsubscribeByLinkResponse414
    | UnsubscribeByLinkResponse422
    | UnsubscribeByLinkResponse429
    | UnsubscribeByLinkResponse431
    | UnsubscribeByLinkResponse500
    | UnsubscribeByLinkResponse503
    | UnsubscribeLink
]:
    """Unsubscribe By Link

     Turns off the one kind of email the link was sent with; no sign-in. Works once: a
    second use answers 410 /problems/unsubscribe-link-gone, a forged or altered link 400
    /problems/invalid-unsubscribe-link.

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UnsubscribeByLinkResponse414 | UnsubscribeByLinkResponse422 | UnsubscribeByLinkResponse429 | UnsubscribeByLinkResponse431 | UnsubscribeByLinkResponse500 | UnsubscribeByLinkResponse503 | UnsubscribeLink]
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
    UnsubscribeByLinkResponse414
    | UnsubscribeByLinkResponse422
    | UnsubscribeByLinkResponse429
    | UnsubscribeByLinkResponse431
    | UnsubscribeByLinkResponse500
    | UnsubscribeByLinkResponse503
    | UnsubscribeLink
    | None
):
    """Unsubscribe By Link

     Turns off the one kind of email the link was sent with; no sign-in. Works once: a
    second use answers 410 /problems/unsubscribe-link-gone, a forged or altered link 400
    /problems/invalid-unsubscribe-link.

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UnsubscribeByLinkResponse414 | UnsubscribeByLinkResponse422 | UnsubscribeByLinkResponse429 | UnsubscribeByLinkResponse431 | UnsubscribeByLinkResponse500 | UnsubscribeByLinkResponse503 | UnsubscribeLink
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
    UnsubscribeByLinkResponse414
    | UnsubscribeByLinkResponse422
    | UnsubscribeByLinkResponse429
    | UnsubscribeByLinkResponse431
    | UnsubscribeByLinkResponse500
    | UnsubscribeByLinkResponse503
    | UnsubscribeLink
]:
    """Unsubscribe By Link

     Turns off the one kind of email the link was sent with; no sign-in. Works once: a
    second use answers 410 /problems/unsubscribe-link-gone, a forged or altered link 400
    /problems/invalid-unsubscribe-link.

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UnsubscribeByLinkResponse414 | UnsubscribeByLinkResponse422 | UnsubscribeByLinkResponse429 | UnsubscribeByLinkResponse431 | UnsubscribeByLinkResponse500 | UnsubscribeByLinkResponse503 | UnsubscribeLink]
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
    UnsubscribeByLinkResponse414
    | UnsubscribeByLinkResponse422
    | UnsubscribeByLinkResponse429
    | UnsubscribeByLinkResponse431
    | UnsubscribeByLinkResponse500
    | UnsubscribeByLinkResponse503
    | UnsubscribeLink
    | None
):
    """Unsubscribe By Link

     Turns off the one kind of email the link was sent with; no sign-in. Works once: a
    second use answers 410 /problems/unsubscribe-link-gone, a forged or altered link 400
    /problems/invalid-unsubscribe-link.

    Args:
        token (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UnsubscribeByLinkResponse414 | UnsubscribeByLinkResponse422 | UnsubscribeByLinkResponse429 | UnsubscribeByLinkResponse431 | UnsubscribeByLinkResponse500 | UnsubscribeByLinkResponse503 | UnsubscribeLink
    """

    return (
        await asyncio_detailed(
            client=client,
            token=token,
        )
    ).parsed
