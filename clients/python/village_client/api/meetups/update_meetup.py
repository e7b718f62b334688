from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.capacity_below_going_problem import CapacityBelowGoingProblem
from ...models.email_unverified_problem import EmailUnverifiedProblem
from ...models.forbidden_problem import ForbiddenProblem
from ...models.insufficient_scope_problem import InsufficientScopeProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.invalid_token_problem import InvalidTokenProblem
from ...models.malformed_json_problem import MalformedJsonProblem
from ...models.meetup_cancelled_problem import MeetupCancelledProblem
from ...models.meetup_read import MeetupRead
from ...models.meetup_update import MeetupUpdate
from ...models.not_authenticated_problem import NotAuthenticatedProblem
from ...models.not_found_problem import NotFoundProblem
from ...models.payload_too_large_problem import PayloadTooLargeProblem
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.request_header_fields_too_large_problem import (
    RequestHeaderFieldsTooLargeProblem,
)
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...models.suspended_problem import SuspendedProblem
from ...models.too_many_mentions_problem import TooManyMentionsProblem
from ...models.uri_too_long_problem import UriTooLongProblem
from ...models.validation_error_problem import ValidationErrorProblem
from ...types import Response


def _get_kwargs(
    meetup_id: int,
    *,
    body: MeetupUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/meetups/{meetup_id}".format(
            meetup_id=quote(str(meetup_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CapacityBelowGoingProblem
    | MeetupCancelledProblem
    | EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | MeetupRead
    | NotFoundProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | TooManyMentionsProblem
    | ValidationErrorProblem
    | UriTooLongProblem
    | None
):
    if response.status_code == 200:
        response_200 = MeetupRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = MalformedJsonProblem.from_dict(response.json())

        return response_400

    if response.status_code == 401:

        def _parse_response_401(data: object) -> InvalidTokenProblem | NotAuthenticatedProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_401_type_0 = NotAuthenticatedProblem.from_dict(data)

                return response_401_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_401_type_1 = InvalidTokenProblem.from_dict(data)

            return response_401_type_1

        response_401 = _parse_response_401(response.json())

        return response_401

    if response.status_code == 403:

        def _parse_response_403(
            data: object,
        ) -> (
            EmailUnverifiedProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem
        ):
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_0 = ForbiddenProblem.from_dict(data)

                return response_403_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_1 = EmailUnverifiedProblem.from_dict(data)

                return response_403_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_2 = SuspendedProblem.from_dict(data)

                return response_403_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_403_type_3 = InsufficientScopeProblem.from_dict(data)

            return response_403_type_3

        response_403 = _parse_response_403(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundProblem.from_dict(response.json())

        return response_404

    if response.status_code == 409:

        def _parse_response_409(data: object) -> CapacityBelowGoingProblem | MeetupCancelledProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = MeetupCancelledProblem.from_dict(data)

                return response_409_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_409_type_1 = CapacityBelowGoingProblem.from_dict(data)

            return response_409_type_1

        response_409 = _parse_response_409(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = PayloadTooLargeProblem.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = UriTooLongProblem.from_dict(response.json())

        return response_414

    if response.status_code == 422:

        def _parse_response_422(data: object) -> TooManyMentionsProblem | ValidationErrorProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_422_type_0 = ValidationErrorProblem.from_dict(data)

                return response_422_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_422_type_1 = TooManyMentionsProblem.from_dict(data)

            return response_422_type_1

        response_422 = _parse_response_422(response.json())

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
    CapacityBelowGoingProblem
    | MeetupCancelledProblem
    | EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | MeetupRead
    | NotFoundProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | TooManyMentionsProblem
    | ValidationErrorProblem
    | UriTooLongProblem
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
    body: MeetupUpdate,
) -> Response[
    CapacityBelowGoingProblem
    | MeetupCancelledProblem
    | EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | MeetupRead
    | NotFoundProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | TooManyMentionsProblem
    | ValidationErrorProblem
    | UriTooLongProblem
]:
    """Change a meet-up

     Changes a meet-up: its host or a moderator (`write`; others 403). Only the fields
    given change, each to its new value; `capacity: null` removes the limit, `ends_at: null`
    the end. A start in the past is refused (422), a capacity below `going_count` too (409
    `capacity-below-going`), and a cancelled meet-up cannot change (409). A raised capacity
    moves the first on the waitlist to a place. Its discussion thread follows (title, and
    the opening post's summary, never the venue). Those who answered are notified of a new
    time, place, kind or title; emits `meetup.updated`, and a moderator's edit is in the
    moderation log. Sending it as it is changes nothing.

    Args:
        meetup_id (int): The meet-up's id.
        body (MeetupUpdate): Any of a meet-up's fields, each to its new value; fields left out
            stay as they are.
            `capacity: null` removes the limit and `ends_at: null` the end; the other fields cannot
            be null. Capacity below the number going is refused (409): nobody loses a place they
            were given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CapacityBelowGoingProblem | MeetupCancelledProblem | EmailUnverifiedProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | MeetupRead | NotFoundProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | TooManyMentionsProblem | ValidationErrorProblem | UriTooLongProblem]
    """

    kwargs = _get_kwargs(
        meetup_id=meetup_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    meetup_id: int,
    *,
    client: AuthenticatedClient,
    body: MeetupUpdate,
) -> (
    CapacityBelowGoingProblem
    | MeetupCancelledProblem
    | EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | MeetupRead
    | NotFoundProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | TooManyMentionsProblem
    | ValidationErrorProblem
    | UriTooLongProblem
    | None
):
    """Change a meet-up

     Changes a meet-up: its host or a moderator (`write`; others 403). Only the fields
    given change, each to its new value; `capacity: null` removes the limit, `ends_at: null`
    the end. A start in the past is refused (422), a capacity below `going_count` too (409
    `capacity-below-going`), and a cancelled meet-up cannot change (409). A raised capacity
    moves the first on the waitlist to a place. Its discussion thread follows (title, and
    the opening post's summary, never the venue). Those who answered are notified of a new
    time, place, kind or title; emits `meetup.updated`, and a moderator's edit is in the
    moderation log. Sending it as it is changes nothing.

    Args:
        meetup_id (int): The meet-up's id.
        body (MeetupUpdate): Any of a meet-up's fields, each to its new value; fields left out
            stay as they are.
            `capacity: null` removes the limit and `ends_at: null` the end; the other fields cannot
            be null. Capacity below the number going is refused (409): nobody loses a place they
            were given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CapacityBelowGoingProblem | MeetupCancelledProblem | EmailUnverifiedProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | MeetupRead | NotFoundProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | TooManyMentionsProblem | ValidationErrorProblem | UriTooLongProblem
    """

    return sync_detailed(
        meetup_id=meetup_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    meetup_id: int,
    *,
    client: AuthenticatedClient,
    body: MeetupUpdate,
) -> Response[
    CapacityBelowGoingProblem
    | MeetupCancelledProblem
    | EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | MeetupRead
    | NotFoundProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | TooManyMentionsProblem
    | ValidationErrorProblem
    | UriTooLongProblem
]:
    """Change a meet-up

     Changes a meet-up: its host or a moderator (`write`; others 403). Only the fields
    given change, each to its new value; `capacity: null` removes the limit, `ends_at: null`
    the end. A start in the past is refused (422), a capacity below `going_count` too (409
    `capacity-below-going`), and a cancelled meet-up cannot change (409). A raised capacity
    moves the first on the waitlist to a place. Its discussion thread follows (title, and
    the opening post's summary, never the venue). Those who answered are notified of a new
    time, place, kind or title; emits `meetup.updated`, and a moderator's edit is in the
    moderation log. Sending it as it is changes nothing.

    Args:
        meetup_id (int): The meet-up's id.
        body (MeetupUpdate): Any of a meet-up's fields, each to its new value; fields left out
            stay as they are.
            `capacity: null` removes the limit and `ends_at: null` the end; the other fields cannot
            be null. Capacity below the number going is refused (409): nobody loses a place they
            were given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CapacityBelowGoingProblem | MeetupCancelledProblem | EmailUnverifiedProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | MeetupRead | NotFoundProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | TooManyMentionsProblem | ValidationErrorProblem | UriTooLongProblem]
    """

    kwargs = _get_kwargs(
        meetup_id=meetup_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    meetup_id: int,
    *,
    client: AuthenticatedClient,
    body: MeetupUpdate,
) -> (
    CapacityBelowGoingProblem
    | MeetupCancelledProblem
    | EmailUnverifiedProblem
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | MeetupRead
    | NotFoundProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | TooManyMentionsProblem
    | ValidationErrorProblem
    | UriTooLongProblem
    | None
):
    """Change a meet-up

     Changes a meet-up: its host or a moderator (`write`; others 403). Only the fields
    given change, each to its new value; `capacity: null` removes the limit, `ends_at: null`
    the end. A start in the past is refused (422), a capacity below `going_count` too (409
    `capacity-below-going`), and a cancelled meet-up cannot change (409). A raised capacity
    moves the first on the waitlist to a place. Its discussion thread follows (title, and
    the opening post's summary, never the venue). Those who answered are notified of a new
    time, place, kind or title; emits `meetup.updated`, and a moderator's edit is in the
    moderation log. Sending it as it is changes nothing.

    Args:
        meetup_id (int): The meet-up's id.
        body (MeetupUpdate): Any of a meet-up's fields, each to its new value; fields left out
            stay as they are.
            `capacity: null` removes the limit and `ends_at: null` the end; the other fields cannot
            be null. Capacity below the number going is refused (409): nobody loses a place they
            were given.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CapacityBelowGoingProblem | MeetupCancelledProblem | EmailUnverifiedProblem | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | MeetupRead | NotFoundProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | TooManyMentionsProblem | ValidationErrorProblem | UriTooLongProblem
    """

    return (
        await asyncio_detailed(
            meetup_id=meetup_id,
            client=client,
            body=body,
        )
    ).parsed
