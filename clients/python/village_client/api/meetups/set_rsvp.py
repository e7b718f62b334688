from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email_unverified_problem import EmailUnverifiedProblem
from ...models.insufficient_scope_problem import InsufficientScopeProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.invalid_token_problem import InvalidTokenProblem
from ...models.malformed_json_problem import MalformedJsonProblem
from ...models.meetup_cancelled_problem import MeetupCancelledProblem
from ...models.meetup_past_problem import MeetupPastProblem
from ...models.not_authenticated_problem import NotAuthenticatedProblem
from ...models.not_found_problem import NotFoundProblem
from ...models.payload_too_large_problem import PayloadTooLargeProblem
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.request_header_fields_too_large_problem import (
    RequestHeaderFieldsTooLargeProblem,
)
from ...models.rsvp_read import RsvpRead
from ...models.rsvp_update import RsvpUpdate
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...models.suspended_problem import SuspendedProblem
from ...models.uri_too_long_problem import UriTooLongProblem
from ...models.validation_error_problem import ValidationErrorProblem
from ...types import Response


def _get_kwargs(
    meetup_id: int,
    *,
    body: RsvpUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/meetups/{meetup_id}/rsvp".format(
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
    EmailUnverifiedProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | MeetupCancelledProblem
    | MeetupPastProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | RsvpRead
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    if response.status_code == 200:
        response_200 = RsvpRead.from_dict(response.json())

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
        ) -> EmailUnverifiedProblem | InsufficientScopeProblem | SuspendedProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_0 = EmailUnverifiedProblem.from_dict(data)

                return response_403_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_1 = SuspendedProblem.from_dict(data)

                return response_403_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_403_type_2 = InsufficientScopeProblem.from_dict(data)

            return response_403_type_2

        response_403 = _parse_response_403(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundProblem.from_dict(response.json())

        return response_404

    if response.status_code == 409:

        def _parse_response_409(data: object) -> MeetupCancelledProblem | MeetupPastProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_409_type_0 = MeetupCancelledProblem.from_dict(data)

                return response_409_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_409_type_1 = MeetupPastProblem.from_dict(data)

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
    EmailUnverifiedProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | MeetupCancelledProblem
    | MeetupPastProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | RsvpRead
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
    body: RsvpUpdate,
) -> Response[
    EmailUnverifiedProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | MeetupCancelledProblem
    | MeetupPastProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | RsvpRead
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """Answer a meet-up

     Sets the caller's own answer (`write`; not while suspended): `going`, `maybe` or
    `not_going`. When the meet-up is full a `going` answer joins the waitlist (`waitlisted`,
    with its `position`) in arrival order, and takes a place when one frees (the member is
    notified); with `requires_approval` it is `pending` until the host says yes. Leaving a
    place gives it to the first on the waitlist. Idempotent: the same answer again changes
    nothing, and a waitlisted member keeps their place. 409 once the meet-up has started
    (`meetup-past`) or was cancelled (`meetup-cancelled`). Emits `rsvp.changed`.

    Args:
        meetup_id (int): The meet-up's id.
        body (RsvpUpdate): The caller's answer to a meet-up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailUnverifiedProblem | InsufficientScopeProblem | SuspendedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | MeetupCancelledProblem | MeetupPastProblem | NotFoundProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | RsvpRead | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem]
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
    body: RsvpUpdate,
) -> (
    EmailUnverifiedProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | MeetupCancelledProblem
    | MeetupPastProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | RsvpRead
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """Answer a meet-up

     Sets the caller's own answer (`write`; not while suspended): `going`, `maybe` or
    `not_going`. When the meet-up is full a `going` answer joins the waitlist (`waitlisted`,
    with its `position`) in arrival order, and takes a place when one frees (the member is
    notified); with `requires_approval` it is `pending` until the host says yes. Leaving a
    place gives it to the first on the waitlist. Idempotent: the same answer again changes
    nothing, and a waitlisted member keeps their place. 409 once the meet-up has started
    (`meetup-past`) or was cancelled (`meetup-cancelled`). Emits `rsvp.changed`.

    Args:
        meetup_id (int): The meet-up's id.
        body (RsvpUpdate): The caller's answer to a meet-up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailUnverifiedProblem | InsufficientScopeProblem | SuspendedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | MeetupCancelledProblem | MeetupPastProblem | NotFoundProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | RsvpRead | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem
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
    body: RsvpUpdate,
) -> Response[
    EmailUnverifiedProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | MeetupCancelledProblem
    | MeetupPastProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | RsvpRead
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """Answer a meet-up

     Sets the caller's own answer (`write`; not while suspended): `going`, `maybe` or
    `not_going`. When the meet-up is full a `going` answer joins the waitlist (`waitlisted`,
    with its `position`) in arrival order, and takes a place when one frees (the member is
    notified); with `requires_approval` it is `pending` until the host says yes. Leaving a
    place gives it to the first on the waitlist. Idempotent: the same answer again changes
    nothing, and a waitlisted member keeps their place. 409 once the meet-up has started
    (`meetup-past`) or was cancelled (`meetup-cancelled`). Emits `rsvp.changed`.

    Args:
        meetup_id (int): The meet-up's id.
        body (RsvpUpdate): The caller's answer to a meet-up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmailUnverifiedProblem | InsufficientScopeProblem | SuspendedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | MeetupCancelledProblem | MeetupPastProblem | NotFoundProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | RsvpRead | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem]
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
    body: RsvpUpdate,
) -> (
    EmailUnverifiedProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | MalformedJsonProblem
    | MeetupCancelledProblem
    | MeetupPastProblem
    | NotFoundProblem
    | PayloadTooLargeProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | RsvpRead
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """Answer a meet-up

     Sets the caller's own answer (`write`; not while suspended): `going`, `maybe` or
    `not_going`. When the meet-up is full a `going` answer joins the waitlist (`waitlisted`,
    with its `position`) in arrival order, and takes a place when one frees (the member is
    notified); with `requires_approval` it is `pending` until the host says yes. Leaving a
    place gives it to the first on the waitlist. Idempotent: the same answer again changes
    nothing, and a waitlisted member keeps their place. 409 once the meet-up has started
    (`meetup-past`) or was cancelled (`meetup-cancelled`). Emits `rsvp.changed`.

    Args:
        meetup_id (int): The meet-up's id.
        body (RsvpUpdate): The caller's answer to a meet-up.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmailUnverifiedProblem | InsufficientScopeProblem | SuspendedProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | MalformedJsonProblem | MeetupCancelledProblem | MeetupPastProblem | NotFoundProblem | PayloadTooLargeProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | RsvpRead | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem
    """

    return (
        await asyncio_detailed(
            meetup_id=meetup_id,
            client=client,
            body=body,
        )
    ).parsed
