from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insufficient_scope_problem import InsufficientScopeProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.invalid_token_problem import InvalidTokenProblem
from ...models.not_authenticated_problem import NotAuthenticatedProblem
from ...models.not_found_problem import NotFoundProblem
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.request_header_fields_too_large_problem import (
    RequestHeaderFieldsTooLargeProblem,
)
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...models.too_many_streams_problem import TooManyStreamsProblem
from ...models.uri_too_long_problem import UriTooLongProblem
from ...models.validation_error_problem import ValidationErrorProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    thread: int | None | Unset = UNSET,
    notifications: bool | Unset = False,
    last_event_id: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(last_event_id, Unset):
        headers["Last-Event-ID"] = last_event_id

    params: dict[str, Any] = {}

    json_thread: int | None | Unset
    if isinstance(thread, Unset):
        json_thread = UNSET
    else:
        json_thread = thread
    params["thread"] = json_thread

    params["notifications"] = notifications

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/events",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | NotFoundProblem
    | RateLimitedProblem
    | TooManyStreamsProblem
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

        def _parse_response_429(data: object) -> RateLimitedProblem | TooManyStreamsProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_429_type_0 = RateLimitedProblem.from_dict(data)

                return response_429_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_429_type_1 = TooManyStreamsProblem.from_dict(data)

            return response_429_type_1

        response_429 = _parse_response_429(response.json())

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
    | NotAuthenticatedProblem
    | NotFoundProblem
    | RateLimitedProblem
    | TooManyStreamsProblem
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
    client: AuthenticatedClient,
    thread: int | None | Unset = UNSET,
    notifications: bool | Unset = False,
    last_event_id: None | str | Unset = UNSET,
) -> Response[
    InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | NotFoundProblem
    | RateLimitedProblem
    | TooManyStreamsProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | str
]:
    """Follow live events

     Server-Sent Events: a thread's changes (`?thread={id}`) or your new notifications
    (`?notifications=true`), one or the other per stream. A thread may be followed without
    a token, and each event shows the resource as *you* may see it (hidden bodies and
    anonymous authors as every operation shows them); notifications need a signed-in
    member. Needs the `read` scope. Browsers' `EventSource` cannot send `Authorization`: use
    a client that can. By default at most 10 open streams a member (50 an address for
    guests): 429 `/problems/too-many-streams`; a full or stopping server answers 503 with
    `Retry-After`. `HEAD` answers the headers and opens nothing.

    **Frames.** Each event is an `id:` line, an `event:` line and one `data:` line of
    JSON, then a blank line:

    - a thread's stream: `post.created`, `post.updated` (an edit, an un-hide or a delete:
      the post in its new state) and `post.hidden`, each a `PostRead` as
      `GET /posts/{post_id}` shows it to you; `thread.updated`, a `ThreadRead` as
      `GET /threads/{thread_id}` shows it to you (with your own `last_read_number`,
      `unread_count` and `subscription`); and `thread.deleted`, `{"id": …}`, after which
      the stream ends;
    - the notification stream: `notification.created`, a `NotificationRead` as
      `GET /notifications` lists it.

    `id:` grows within a stream: send the last one back as `Last-Event-ID` when
    reconnecting. A `: ping` comment line comes (by default every 15 seconds) while
    nothing else does. The server ends a stream after about an hour (rights are checked
    again on reconnecting), when it shuts down, and when a client falls too far behind:
    reconnect with `Last-Event-ID`. An event may come twice (each carries the resource's
    current state: apply them as they come).

    Args:
        thread (int | None | Unset): Follow this thread's changes (not with `notifications`); no
            such thread, or a deleted one: 404.
        notifications (bool | Unset): `true`: follow your own new notifications instead (signed in
            only; not with `thread`). Default: False.
        last_event_id (None | str | Unset): The `id:` of the last event you received, when
            reconnecting: the events since then (by default those of the last five minutes, at most
            500) are sent first. A value that is not one of this kind of stream's ids is ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsufficientScopeProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | NotFoundProblem | RateLimitedProblem | TooManyStreamsProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem | str]
    """

    kwargs = _get_kwargs(
        thread=thread,
        notifications=notifications,
        last_event_id=last_event_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    thread: int | None | Unset = UNSET,
    notifications: bool | Unset = False,
    last_event_id: None | str | Unset = UNSET,
) -> (
    InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | NotFoundProblem
    | RateLimitedProblem
    | TooManyStreamsProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | str
    | None
):
    """Follow live events

     Server-Sent Events: a thread's changes (`?thread={id}`) or your new notifications
    (`?notifications=true`), one or the other per stream. A thread may be followed without
    a token, and each event shows the resource as *you* may see it (hidden bodies and
    anonymous authors as every operation shows them); notifications need a signed-in
    member. Needs the `read` scope. Browsers' `EventSource` cannot send `Authorization`: use
    a client that can. By default at most 10 open streams a member (50 an address for
    guests): 429 `/problems/too-many-streams`; a full or stopping server answers 503 with
    `Retry-After`. `HEAD` answers the headers and opens nothing.

    **Frames.** Each event is an `id:` line, an `event:` line and one `data:` line of
    JSON, then a blank line:

    - a thread's stream: `post.created`, `post.updated` (an edit, an un-hide or a delete:
      the post in its new state) and `post.hidden`, each a `PostRead` as
      `GET /posts/{post_id}` shows it to you; `thread.updated`, a `ThreadRead` as
      `GET /threads/{thread_id}` shows it to you (with your own `last_read_number`,
      `unread_count` and `subscription`); and `thread.deleted`, `{"id": …}`, after which
      the stream ends;
    - the notification stream: `notification.created`, a `NotificationRead` as
      `GET /notifications` lists it.

    `id:` grows within a stream: send the last one back as `Last-Event-ID` when
    reconnecting. A `: ping` comment line comes (by default every 15 seconds) while
    nothing else does. The server ends a stream after about an hour (rights are checked
    again on reconnecting), when it shuts down, and when a client falls too far behind:
    reconnect with `Last-Event-ID`. An event may come twice (each carries the resource's
    current state: apply them as they come).

    Args:
        thread (int | None | Unset): Follow this thread's changes (not with `notifications`); no
            such thread, or a deleted one: 404.
        notifications (bool | Unset): `true`: follow your own new notifications instead (signed in
            only; not with `thread`). Default: False.
        last_event_id (None | str | Unset): The `id:` of the last event you received, when
            reconnecting: the events since then (by default those of the last five minutes, at most
            500) are sent first. A value that is not one of this kind of stream's ids is ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsufficientScopeProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | NotFoundProblem | RateLimitedProblem | TooManyStreamsProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem | str
    """

    return sync_detailed(
        client=client,
        thread=thread,
        notifications=notifications,
        last_event_id=last_event_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    thread: int | None | Unset = UNSET,
    notifications: bool | Unset = False,
    last_event_id: None | str | Unset = UNSET,
) -> Response[
    InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | NotFoundProblem
    | RateLimitedProblem
    | TooManyStreamsProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | str
]:
    """Follow live events

     Server-Sent Events: a thread's changes (`?thread={id}`) or your new notifications
    (`?notifications=true`), one or the other per stream. A thread may be followed without
    a token, and each event shows the resource as *you* may see it (hidden bodies and
    anonymous authors as every operation shows them); notifications need a signed-in
    member. Needs the `read` scope. Browsers' `EventSource` cannot send `Authorization`: use
    a client that can. By default at most 10 open streams a member (50 an address for
    guests): 429 `/problems/too-many-streams`; a full or stopping server answers 503 with
    `Retry-After`. `HEAD` answers the headers and opens nothing.

    **Frames.** Each event is an `id:` line, an `event:` line and one `data:` line of
    JSON, then a blank line:

    - a thread's stream: `post.created`, `post.updated` (an edit, an un-hide or a delete:
      the post in its new state) and `post.hidden`, each a `PostRead` as
      `GET /posts/{post_id}` shows it to you; `thread.updated`, a `ThreadRead` as
      `GET /threads/{thread_id}` shows it to you (with your own `last_read_number`,
      `unread_count` and `subscription`); and `thread.deleted`, `{"id": …}`, after which
      the stream ends;
    - the notification stream: `notification.created`, a `NotificationRead` as
      `GET /notifications` lists it.

    `id:` grows within a stream: send the last one back as `Last-Event-ID` when
    reconnecting. A `: ping` comment line comes (by default every 15 seconds) while
    nothing else does. The server ends a stream after about an hour (rights are checked
    again on reconnecting), when it shuts down, and when a client falls too far behind:
    reconnect with `Last-Event-ID`. An event may come twice (each carries the resource's
    current state: apply them as they come).

    Args:
        thread (int | None | Unset): Follow this thread's changes (not with `notifications`); no
            such thread, or a deleted one: 404.
        notifications (bool | Unset): `true`: follow your own new notifications instead (signed in
            only; not with `thread`). Default: False.
        last_event_id (None | str | Unset): The `id:` of the last event you received, when
            reconnecting: the events since then (by default those of the last five minutes, at most
            500) are sent first. A value that is not one of this kind of stream's ids is ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsufficientScopeProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | NotFoundProblem | RateLimitedProblem | TooManyStreamsProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem | str]
    """

    kwargs = _get_kwargs(
        thread=thread,
        notifications=notifications,
        last_event_id=last_event_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    thread: int | None | Unset = UNSET,
    notifications: bool | Unset = False,
    last_event_id: None | str | Unset = UNSET,
) -> (
    InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | NotFoundProblem
    | RateLimitedProblem
    | TooManyStreamsProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | str
    | None
):
    """Follow live events

     Server-Sent Events: a thread's changes (`?thread={id}`) or your new notifications
    (`?notifications=true`), one or the other per stream. A thread may be followed without
    a token, and each event shows the resource as *you* may see it (hidden bodies and
    anonymous authors as every operation shows them); notifications need a signed-in
    member. Needs the `read` scope. Browsers' `EventSource` cannot send `Authorization`: use
    a client that can. By default at most 10 open streams a member (50 an address for
    guests): 429 `/problems/too-many-streams`; a full or stopping server answers 503 with
    `Retry-After`. `HEAD` answers the headers and opens nothing.

    **Frames.** Each event is an `id:` line, an `event:` line and one `data:` line of
    JSON, then a blank line:

    - a thread's stream: `post.created`, `post.updated` (an edit, an un-hide or a delete:
      the post in its new state) and `post.hidden`, each a `PostRead` as
      `GET /posts/{post_id}` shows it to you; `thread.updated`, a `ThreadRead` as
      `GET /threads/{thread_id}` shows it to you (with your own `last_read_number`,
      `unread_count` and `subscription`); and `thread.deleted`, `{"id": …}`, after which
      the stream ends;
    - the notification stream: `notification.created`, a `NotificationRead` as
      `GET /notifications` lists it.

    `id:` grows within a stream: send the last one back as `Last-Event-ID` when
    reconnecting. A `: ping` comment line comes (by default every 15 seconds) while
    nothing else does. The server ends a stream after about an hour (rights are checked
    again on reconnecting), when it shuts down, and when a client falls too far behind:
    reconnect with `Last-Event-ID`. An event may come twice (each carries the resource's
    current state: apply them as they come).

    Args:
        thread (int | None | Unset): Follow this thread's changes (not with `notifications`); no
            such thread, or a deleted one: 404.
        notifications (bool | Unset): `true`: follow your own new notifications instead (signed in
            only; not with `thread`). Default: False.
        last_event_id (None | str | Unset): The `id:` of the last event you received, when
            reconnecting: the events since then (by default those of the last five minutes, at most
            500) are sent first. A value that is not one of this kind of stream's ids is ignored.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsufficientScopeProblem | InternalErrorProblem | InvalidTokenProblem | NotAuthenticatedProblem | NotFoundProblem | RateLimitedProblem | TooManyStreamsProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem | str
    """

    return (
        await asyncio_detailed(
            client=client,
            thread=thread,
            notifications=notifications,
            last_event_id=last_event_id,
        )
    ).parsed
