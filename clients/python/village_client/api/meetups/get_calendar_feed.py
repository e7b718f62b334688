from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.calendar_key_not_found_problem import CalendarKeyNotFoundProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.request_header_fields_too_large_problem import (
    RequestHeaderFieldsTooLargeProblem,
)
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...models.uri_too_long_problem import UriTooLongProblem
from ...models.validation_error_problem import ValidationErrorProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    key: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_key: None | str | Unset
    if isinstance(key, Unset):
        json_key = UNSET
    else:
        json_key = key
    params["key"] = json_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/me/calendar.ics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CalendarKeyNotFoundProblem
    | InternalErrorProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | str
    | None
):
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 404:
        response_404 = CalendarKeyNotFoundProblem.from_dict(response.json())

        return response_404

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
    CalendarKeyNotFoundProblem
    | InternalErrorProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | str
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
    key: None | str | Unset = UNSET,
) -> Response[
    CalendarKeyNotFoundProblem
    | InternalErrorProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | str
]:
    """Get a member's private calendar feed

     The meet-ups the key's owner is going to with a place (not the waitlist), upcoming
    and from the last 30 days, cancelled ones as STATUS:CANCELLED, **venues included**, as
    one iCalendar file (`text/calendar`) for calendar apps to subscribe to and poll.

    **No `Authorization` header, and `security` is empty on purpose:** calendar apps cannot
    sign in, so the `key` in the address is the credential, for this feed only (it opens
    nothing else, and no token opens this). Anyone with the link sees the feed: treat it as
    a secret. Its owner replaces it with `POST /me/calendar-key` or revokes it with
    `DELETE /me/calendar-key`, and the old link is 404 at once (`calendar-key-not-found`),
    as is a missing or wrong key (which never tells whether a member exists).

    Args:
        key (None | str | Unset): The feed's secret key, as in the `url` that `POST /me/calendar-
            key` answered. Missing, wrong or revoked: 404.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarKeyNotFoundProblem | InternalErrorProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem | str]
    """

    kwargs = _get_kwargs(
        key=key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    key: None | str | Unset = UNSET,
) -> (
    CalendarKeyNotFoundProblem
    | InternalErrorProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | str
    | None
):
    """Get a member's private calendar feed

     The meet-ups the key's owner is going to with a place (not the waitlist), upcoming
    and from the last 30 days, cancelled ones as STATUS:CANCELLED, **venues included**, as
    one iCalendar file (`text/calendar`) for calendar apps to subscribe to and poll.

    **No `Authorization` header, and `security` is empty on purpose:** calendar apps cannot
    sign in, so the `key` in the address is the credential, for this feed only (it opens
    nothing else, and no token opens this). Anyone with the link sees the feed: treat it as
    a secret. Its owner replaces it with `POST /me/calendar-key` or revokes it with
    `DELETE /me/calendar-key`, and the old link is 404 at once (`calendar-key-not-found`),
    as is a missing or wrong key (which never tells whether a member exists).

    Args:
        key (None | str | Unset): The feed's secret key, as in the `url` that `POST /me/calendar-
            key` answered. Missing, wrong or revoked: 404.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarKeyNotFoundProblem | InternalErrorProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem | str
    """

    return sync_detailed(
        client=client,
        key=key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    key: None | str | Unset = UNSET,
) -> Response[
    CalendarKeyNotFoundProblem
    | InternalErrorProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | str
]:
    """Get a member's private calendar feed

     The meet-ups the key's owner is going to with a place (not the waitlist), upcoming
    and from the last 30 days, cancelled ones as STATUS:CANCELLED, **venues included**, as
    one iCalendar file (`text/calendar`) for calendar apps to subscribe to and poll.

    **No `Authorization` header, and `security` is empty on purpose:** calendar apps cannot
    sign in, so the `key` in the address is the credential, for this feed only (it opens
    nothing else, and no token opens this). Anyone with the link sees the feed: treat it as
    a secret. Its owner replaces it with `POST /me/calendar-key` or revokes it with
    `DELETE /me/calendar-key`, and the old link is 404 at once (`calendar-key-not-found`),
    as is a missing or wrong key (which never tells whether a member exists).

    Args:
        key (None | str | Unset): The feed's secret key, as in the `url` that `POST /me/calendar-
            key` answered. Missing, wrong or revoked: 404.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CalendarKeyNotFoundProblem | InternalErrorProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem | str]
    """

    kwargs = _get_kwargs(
        key=key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    key: None | str | Unset = UNSET,
) -> (
    CalendarKeyNotFoundProblem
    | InternalErrorProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | str
    | None
):
    """Get a member's private calendar feed

     The meet-ups the key's owner is going to with a place (not the waitlist), upcoming
    and from the last 30 days, cancelled ones as STATUS:CANCELLED, **venues included**, as
    one iCalendar file (`text/calendar`) for calendar apps to subscribe to and poll.

    **No `Authorization` header, and `security` is empty on purpose:** calendar apps cannot
    sign in, so the `key` in the address is the credential, for this feed only (it opens
    nothing else, and no token opens this). Anyone with the link sees the feed: treat it as
    a secret. Its owner replaces it with `POST /me/calendar-key` or revokes it with
    `DELETE /me/calendar-key`, and the old link is 404 at once (`calendar-key-not-found`),
    as is a missing or wrong key (which never tells whether a member exists).

    Args:
        key (None | str | Unset): The feed's secret key, as in the `url` that `POST /me/calendar-
            key` answered. Missing, wrong or revoked: 404.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CalendarKeyNotFoundProblem | InternalErrorProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem | str
    """

    return (
        await asyncio_detailed(
            client=client,
            key=key,
        )
    ).parsed
