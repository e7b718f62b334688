from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insufficient_scope_problem import InsufficientScopeProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.invalid_token_problem import InvalidTokenProblem
from ...models.meetup_read import MeetupRead
from ...models.not_found_problem import NotFoundProblem
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.request_header_fields_too_large_problem import (
    RequestHeaderFieldsTooLargeProblem,
)
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...models.uri_too_long_problem import UriTooLongProblem
from ...models.validation_error_problem import ValidationErrorProblem
from ...types import Response


def _get_kwargs(
    meetup_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/meetups/{meetup_id}".format(
            meetup_id=quote(str(meetup_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | MeetupRead
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    if response.status_code == 200:
        response_200 = MeetupRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = InvalidTokenProblem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = InsufficientScopeProblem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundProblem.from_dict(response.json())

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
    InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | MeetupRead
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
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
    meetup_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | MeetupRead
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """Get a meet-up

     One meet-up, cancelled ones too (`is_cancelled`), with the caller's own answer
    (`my_rsvp`). Anyone may call it, without a token (`read` with one). **Guests never see
    the venue** (`venue` is null: they see the area and times). A meet-up hidden by reports
    or a moderator is 404 to all but its host and moderators.

    Args:
        meetup_id (int): The meet-up's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsufficientScopeProblem | InternalErrorProblem | InvalidTokenProblem | MeetupRead | NotFoundProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem]
    """

    kwargs = _get_kwargs(
        meetup_id=meetup_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    meetup_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | MeetupRead
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """Get a meet-up

     One meet-up, cancelled ones too (`is_cancelled`), with the caller's own answer
    (`my_rsvp`). Anyone may call it, without a token (`read` with one). **Guests never see
    the venue** (`venue` is null: they see the area and times). A meet-up hidden by reports
    or a moderator is 404 to all but its host and moderators.

    Args:
        meetup_id (int): The meet-up's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsufficientScopeProblem | InternalErrorProblem | InvalidTokenProblem | MeetupRead | NotFoundProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem
    """

    return sync_detailed(
        meetup_id=meetup_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    meetup_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[
    InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | MeetupRead
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """Get a meet-up

     One meet-up, cancelled ones too (`is_cancelled`), with the caller's own answer
    (`my_rsvp`). Anyone may call it, without a token (`read` with one). **Guests never see
    the venue** (`venue` is null: they see the area and times). A meet-up hidden by reports
    or a moderator is 404 to all but its host and moderators.

    Args:
        meetup_id (int): The meet-up's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsufficientScopeProblem | InternalErrorProblem | InvalidTokenProblem | MeetupRead | NotFoundProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem]
    """

    kwargs = _get_kwargs(
        meetup_id=meetup_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    meetup_id: int,
    *,
    client: AuthenticatedClient,
) -> (
    InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | MeetupRead
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """Get a meet-up

     One meet-up, cancelled ones too (`is_cancelled`), with the caller's own answer
    (`my_rsvp`). Anyone may call it, without a token (`read` with one). **Guests never see
    the venue** (`venue` is null: they see the area and times). A meet-up hidden by reports
    or a moderator is 404 to all but its host and moderators.

    Args:
        meetup_id (int): The meet-up's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsufficientScopeProblem | InternalErrorProblem | InvalidTokenProblem | MeetupRead | NotFoundProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem
    """

    return (
        await asyncio_detailed(
            meetup_id=meetup_id,
            client=client,
        )
    ).parsed
