from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.internal_error_problem import InternalErrorProblem
from ...models.invalid_unsubscribe_link_problem import InvalidUnsubscribeLinkProblem
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.request_header_fields_too_large_problem import (
    RequestHeaderFieldsTooLargeProblem,
)
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...models.unsubscribe_link import UnsubscribeLink
from ...models.unsubscribe_link_gone_problem import UnsubscribeLinkGoneProblem
from ...models.uri_too_long_problem import UriTooLongProblem
from ...models.validation_error_problem import ValidationErrorProblem
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
    InternalErrorProblem
    | InvalidUnsubscribeLinkProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UnsubscribeLink
    | UnsubscribeLinkGoneProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    if response.status_code == 200:
        response_200 = UnsubscribeLink.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = InvalidUnsubscribeLinkProblem.from_dict(response.json())

        return response_400

    if response.status_code == 410:
        response_410 = UnsubscribeLinkGoneProblem.from_dict(response.json())

        return response_410

    if response.status_code == 414:
        response_414 = UriTooLongProblem.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = ValidationErrorProblem.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RateLimitedProblem.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = RequestHeaderFieldsTooLargeProblem.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = InternalErrorProblem.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ServiceUnavailableProblem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    InternalErrorProblem
    | InvalidUnsubscribeLinkProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UnsubscribeLink
    | UnsubscribeLinkGoneProblem
    | UriTooLongProblem
    | ValidationErrorProblem
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
    InternalErrorProblem
    | InvalidUnsubscribeLinkProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UnsubscribeLink
    | UnsubscribeLinkGoneProblem
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """Unsubscribe by link

     Turns off the one kind of email the link was sent with (RFC 8058 one-click
    unsubscribe): a mail client posts `List-Unsubscribe=One-Click`, the web page an empty
    body; the body is not read. Needs no token: the link's signature is its authority. The
    member's other email preferences are untouched. Works once: a second use answers 410,
    as does an expired link or one whose account was closed; an altered or forged link
    400.

    Args:
        token (str): The link's signed token, exactly as the email's link carries it. It names the
            member and the one kind of email it stops; it is the only authority these operations need
            (no sign-in).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InternalErrorProblem | InvalidUnsubscribeLinkProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UnsubscribeLink | UnsubscribeLinkGoneProblem | UriTooLongProblem | ValidationErrorProblem]
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
    InternalErrorProblem
    | InvalidUnsubscribeLinkProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UnsubscribeLink
    | UnsubscribeLinkGoneProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """Unsubscribe by link

     Turns off the one kind of email the link was sent with (RFC 8058 one-click
    unsubscribe): a mail client posts `List-Unsubscribe=One-Click`, the web page an empty
    body; the body is not read. Needs no token: the link's signature is its authority. The
    member's other email preferences are untouched. Works once: a second use answers 410,
    as does an expired link or one whose account was closed; an altered or forged link
    400.

    Args:
        token (str): The link's signed token, exactly as the email's link carries it. It names the
            member and the one kind of email it stops; it is the only authority these operations need
            (no sign-in).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InternalErrorProblem | InvalidUnsubscribeLinkProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UnsubscribeLink | UnsubscribeLinkGoneProblem | UriTooLongProblem | ValidationErrorProblem
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
    InternalErrorProblem
    | InvalidUnsubscribeLinkProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UnsubscribeLink
    | UnsubscribeLinkGoneProblem
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """Unsubscribe by link

     Turns off the one kind of email the link was sent with (RFC 8058 one-click
    unsubscribe): a mail client posts `List-Unsubscribe=One-Click`, the web page an empty
    body; the body is not read. Needs no token: the link's signature is its authority. The
    member's other email preferences are untouched. Works once: a second use answers 410,
    as does an expired link or one whose account was closed; an altered or forged link
    400.

    Args:
        token (str): The link's signed token, exactly as the email's link carries it. It names the
            member and the one kind of email it stops; it is the only authority these operations need
            (no sign-in).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InternalErrorProblem | InvalidUnsubscribeLinkProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UnsubscribeLink | UnsubscribeLinkGoneProblem | UriTooLongProblem | ValidationErrorProblem]
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
    InternalErrorProblem
    | InvalidUnsubscribeLinkProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UnsubscribeLink
    | UnsubscribeLinkGoneProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """Unsubscribe by link

     Turns off the one kind of email the link was sent with (RFC 8058 one-click
    unsubscribe): a mail client posts `List-Unsubscribe=One-Click`, the web page an empty
    body; the body is not read. Needs no token: the link's signature is its authority. The
    member's other email preferences are untouched. Works once: a second use answers 410,
    as does an expired link or one whose account was closed; an altered or forged link
    400.

    Args:
        token (str): The link's signed token, exactly as the email's link carries it. It names the
            member and the one kind of email it stops; it is the only authority these operations need
            (no sign-in).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InternalErrorProblem | InvalidUnsubscribeLinkProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UnsubscribeLink | UnsubscribeLinkGoneProblem | UriTooLongProblem | ValidationErrorProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            token=token,
        )
    ).parsed
