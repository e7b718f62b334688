import datetime
from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_action import AuditAction
from ...models.audit_entry_page import AuditEntryPage
from ...models.audit_target import AuditTarget
from ...models.forbidden_problem import ForbiddenProblem
from ...models.insufficient_scope_problem import InsufficientScopeProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.invalid_cursor_problem import InvalidCursorProblem
from ...models.invalid_token_problem import InvalidTokenProblem
from ...models.not_authenticated_problem import NotAuthenticatedProblem
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.request_header_fields_too_large_problem import (
    RequestHeaderFieldsTooLargeProblem,
)
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...models.suspended_problem import SuspendedProblem
from ...models.uri_too_long_problem import UriTooLongProblem
from ...models.validation_error_problem import ValidationErrorProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    actor: None | str | Unset = UNSET,
    action: AuditAction | None | Unset = UNSET,
    target_type: AuditTarget | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    params: dict[str, Any] = {}

    json_actor: None | str | Unset
    if isinstance(actor, Unset):
        json_actor = UNSET
    else:
        json_actor = actor
    params["actor"] = json_actor

    json_action: None | str | Unset
    if isinstance(action, Unset):
        json_action = UNSET
    elif isinstance(action, str):
        json_action = action
    else:
        json_action = action
    params["action"] = json_action

    json_target_type: None | str | Unset
    if isinstance(target_type, Unset):
        json_target_type = UNSET
    elif isinstance(target_type, str):
        json_target_type = target_type
    else:
        json_target_type = target_type
    params["target_type"] = json_target_type

    json_since: None | str | Unset
    if isinstance(since, Unset):
        json_since = UNSET
    elif isinstance(since, datetime.datetime):
        json_since = since.isoformat()
    else:
        json_since = since
    params["since"] = json_since

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/moderation/log",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    Any
    | AuditEntryPage
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidCursorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    if response.status_code == 200:
        response_200 = AuditEntryPage.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 400:
        response_400 = InvalidCursorProblem.from_dict(response.json())

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
        ) -> ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem:
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
    Any
    | AuditEntryPage
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidCursorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
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
    *,
    client: AuthenticatedClient,
    actor: None | str | Unset = UNSET,
    action: AuditAction | None | Unset = UNSET,
    target_type: AuditTarget | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[
    Any
    | AuditEntryPage
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidCursorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """List the moderation log

     Every moderation and administration action, newest first (moderators; the `moderate`
    scope alone suffices): hides, reviews, claims, suspensions, warnings, notes (not their
    text), thread changes, role changes, webhooks. Automatic actions have `actor: null`.
    Entries are append-only. Filters combine (all must match) and keep paging exact.
    Conditional: send the `ETag` back in `If-None-Match` (304 while the page is
    unchanged).

    Args:
        actor (None | str | Unset): Only entries by this member (a username); an unknown one gives
            an empty page.
        action (AuditAction | None | Unset): Only entries of this action.
        target_type (AuditTarget | None | Unset): Only entries whose target is of this kind.
        since (datetime.datetime | None | Unset): Only entries written at or after this time (ISO
            8601 with a UTC offset, years 1970 to 9998). A bot polling the log passes the `created_at`
            of the newest entry it has seen.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuditEntryPage | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | InternalErrorProblem | InvalidCursorProblem | InvalidTokenProblem | NotAuthenticatedProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem]
    """

    kwargs = _get_kwargs(
        actor=actor,
        action=action,
        target_type=target_type,
        since=since,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    actor: None | str | Unset = UNSET,
    action: AuditAction | None | Unset = UNSET,
    target_type: AuditTarget | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> (
    Any
    | AuditEntryPage
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidCursorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """List the moderation log

     Every moderation and administration action, newest first (moderators; the `moderate`
    scope alone suffices): hides, reviews, claims, suspensions, warnings, notes (not their
    text), thread changes, role changes, webhooks. Automatic actions have `actor: null`.
    Entries are append-only. Filters combine (all must match) and keep paging exact.
    Conditional: send the `ETag` back in `If-None-Match` (304 while the page is
    unchanged).

    Args:
        actor (None | str | Unset): Only entries by this member (a username); an unknown one gives
            an empty page.
        action (AuditAction | None | Unset): Only entries of this action.
        target_type (AuditTarget | None | Unset): Only entries whose target is of this kind.
        since (datetime.datetime | None | Unset): Only entries written at or after this time (ISO
            8601 with a UTC offset, years 1970 to 9998). A bot polling the log passes the `created_at`
            of the newest entry it has seen.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuditEntryPage | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | InternalErrorProblem | InvalidCursorProblem | InvalidTokenProblem | NotAuthenticatedProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem
    """

    return sync_detailed(
        client=client,
        actor=actor,
        action=action,
        target_type=target_type,
        since=since,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    actor: None | str | Unset = UNSET,
    action: AuditAction | None | Unset = UNSET,
    target_type: AuditTarget | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> Response[
    Any
    | AuditEntryPage
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidCursorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """List the moderation log

     Every moderation and administration action, newest first (moderators; the `moderate`
    scope alone suffices): hides, reviews, claims, suspensions, warnings, notes (not their
    text), thread changes, role changes, webhooks. Automatic actions have `actor: null`.
    Entries are append-only. Filters combine (all must match) and keep paging exact.
    Conditional: send the `ETag` back in `If-None-Match` (304 while the page is
    unchanged).

    Args:
        actor (None | str | Unset): Only entries by this member (a username); an unknown one gives
            an empty page.
        action (AuditAction | None | Unset): Only entries of this action.
        target_type (AuditTarget | None | Unset): Only entries whose target is of this kind.
        since (datetime.datetime | None | Unset): Only entries written at or after this time (ISO
            8601 with a UTC offset, years 1970 to 9998). A bot polling the log passes the `created_at`
            of the newest entry it has seen.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | AuditEntryPage | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | InternalErrorProblem | InvalidCursorProblem | InvalidTokenProblem | NotAuthenticatedProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem]
    """

    kwargs = _get_kwargs(
        actor=actor,
        action=action,
        target_type=target_type,
        since=since,
        limit=limit,
        cursor=cursor,
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    actor: None | str | Unset = UNSET,
    action: AuditAction | None | Unset = UNSET,
    target_type: AuditTarget | None | Unset = UNSET,
    since: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
    if_none_match: str | Unset = UNSET,
) -> (
    Any
    | AuditEntryPage
    | ForbiddenProblem
    | InsufficientScopeProblem
    | SuspendedProblem
    | InternalErrorProblem
    | InvalidCursorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """List the moderation log

     Every moderation and administration action, newest first (moderators; the `moderate`
    scope alone suffices): hides, reviews, claims, suspensions, warnings, notes (not their
    text), thread changes, role changes, webhooks. Automatic actions have `actor: null`.
    Entries are append-only. Filters combine (all must match) and keep paging exact.
    Conditional: send the `ETag` back in `If-None-Match` (304 while the page is
    unchanged).

    Args:
        actor (None | str | Unset): Only entries by this member (a username); an unknown one gives
            an empty page.
        action (AuditAction | None | Unset): Only entries of this action.
        target_type (AuditTarget | None | Unset): Only entries whose target is of this kind.
        since (datetime.datetime | None | Unset): Only entries written at or after this time (ISO
            8601 with a UTC offset, years 1970 to 9998). A bot polling the log passes the `created_at`
            of the newest entry it has seen.
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | AuditEntryPage | ForbiddenProblem | InsufficientScopeProblem | SuspendedProblem | InternalErrorProblem | InvalidCursorProblem | InvalidTokenProblem | NotAuthenticatedProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem
    """

    return (
        await asyncio_detailed(
            client=client,
            actor=actor,
            action=action,
            target_type=target_type,
            since=since,
            limit=limit,
            cursor=cursor,
            if_none_match=if_none_match,
        )
    ).parsed
