from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attendee_page import AttendeePage
from ...models.forbidden_problem import ForbiddenProblem
from ...models.insufficient_scope_problem import InsufficientScopeProblem
from ...models.internal_error_problem import InternalErrorProblem
from ...models.invalid_cursor_problem import InvalidCursorProblem
from ...models.invalid_token_problem import InvalidTokenProblem
from ...models.list_rsvps_status_type_0 import (
    ListRsvpsStatusType0,
)
from ...models.not_authenticated_problem import NotAuthenticatedProblem
from ...models.not_found_problem import NotFoundProblem
from ...models.rate_limited_problem import RateLimitedProblem
from ...models.request_header_fields_too_large_problem import (
    RequestHeaderFieldsTooLargeProblem,
)
from ...models.service_unavailable_problem import ServiceUnavailableProblem
from ...models.uri_too_long_problem import UriTooLongProblem
from ...models.validation_error_problem import ValidationErrorProblem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    meetup_id: int,
    *,
    status: ListRsvpsStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, str):
        json_status = status
    else:
        json_status = status
    params["status"] = json_status

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
        "url": "/api/v1/meetups/{meetup_id}/rsvps".format(
            meetup_id=quote(str(meetup_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    AttendeePage
    | ForbiddenProblem
    | InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidCursorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    if response.status_code == 200:
        response_200 = AttendeePage.from_dict(response.json())

        return response_200

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

        def _parse_response_403(data: object) -> ForbiddenProblem | InsufficientScopeProblem:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_403_type_0 = ForbiddenProblem.from_dict(data)

                return response_403_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_403_type_1 = InsufficientScopeProblem.from_dict(data)

            return response_403_type_1

        response_403 = _parse_response_403(response.json())

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
    AttendeePage
    | ForbiddenProblem
    | InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidCursorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
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
    status: ListRsvpsStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    AttendeePage
    | ForbiddenProblem
    | InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidCursorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """List a meet-up's answers

     Who answered a meet-up: for its host and moderators only (`read`; other members
    403). In order: going (in the order they got a place), the waitlist in its order,
    pending requests (first asked first), maybe, then not going. Members who left the forum
    are not listed.

    Args:
        meetup_id (int): The meet-up's id.
        status (ListRsvpsStatusType0 | None | Unset): Only these answers (`going`: those with a
            place, then the waitlist; `pending`: requests waiting for approval).
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttendeePage | ForbiddenProblem | InsufficientScopeProblem | InternalErrorProblem | InvalidCursorProblem | InvalidTokenProblem | NotAuthenticatedProblem | NotFoundProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem]
    """

    kwargs = _get_kwargs(
        meetup_id=meetup_id,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    meetup_id: int,
    *,
    client: AuthenticatedClient,
    status: ListRsvpsStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    AttendeePage
    | ForbiddenProblem
    | InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidCursorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """List a meet-up's answers

     Who answered a meet-up: for its host and moderators only (`read`; other members
    403). In order: going (in the order they got a place), the waitlist in its order,
    pending requests (first asked first), maybe, then not going. Members who left the forum
    are not listed.

    Args:
        meetup_id (int): The meet-up's id.
        status (ListRsvpsStatusType0 | None | Unset): Only these answers (`going`: those with a
            place, then the waitlist; `pending`: requests waiting for approval).
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttendeePage | ForbiddenProblem | InsufficientScopeProblem | InternalErrorProblem | InvalidCursorProblem | InvalidTokenProblem | NotAuthenticatedProblem | NotFoundProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem
    """

    return sync_detailed(
        meetup_id=meetup_id,
        client=client,
        status=status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    meetup_id: int,
    *,
    client: AuthenticatedClient,
    status: ListRsvpsStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> Response[
    AttendeePage
    | ForbiddenProblem
    | InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidCursorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
]:
    """List a meet-up's answers

     Who answered a meet-up: for its host and moderators only (`read`; other members
    403). In order: going (in the order they got a place), the waitlist in its order,
    pending requests (first asked first), maybe, then not going. Members who left the forum
    are not listed.

    Args:
        meetup_id (int): The meet-up's id.
        status (ListRsvpsStatusType0 | None | Unset): Only these answers (`going`: those with a
            place, then the waitlist; `pending`: requests waiting for approval).
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttendeePage | ForbiddenProblem | InsufficientScopeProblem | InternalErrorProblem | InvalidCursorProblem | InvalidTokenProblem | NotAuthenticatedProblem | NotFoundProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem]
    """

    kwargs = _get_kwargs(
        meetup_id=meetup_id,
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    meetup_id: int,
    *,
    client: AuthenticatedClient,
    status: ListRsvpsStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 20,
    cursor: None | str | Unset = UNSET,
) -> (
    AttendeePage
    | ForbiddenProblem
    | InsufficientScopeProblem
    | InternalErrorProblem
    | InvalidCursorProblem
    | InvalidTokenProblem
    | NotAuthenticatedProblem
    | NotFoundProblem
    | RateLimitedProblem
    | RequestHeaderFieldsTooLargeProblem
    | ServiceUnavailableProblem
    | UriTooLongProblem
    | ValidationErrorProblem
    | None
):
    """List a meet-up's answers

     Who answered a meet-up: for its host and moderators only (`read`; other members
    403). In order: going (in the order they got a place), the waitlist in its order,
    pending requests (first asked first), maybe, then not going. Members who left the forum
    are not listed.

    Args:
        meetup_id (int): The meet-up's id.
        status (ListRsvpsStatusType0 | None | Unset): Only these answers (`going`: those with a
            place, then the waitlist; `pending`: requests waiting for approval).
        limit (int | Unset): Items per page. Default: 20.
        cursor (None | str | Unset): `next_cursor` from the previous page.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttendeePage | ForbiddenProblem | InsufficientScopeProblem | InternalErrorProblem | InvalidCursorProblem | InvalidTokenProblem | NotAuthenticatedProblem | NotFoundProblem | RateLimitedProblem | RequestHeaderFieldsTooLargeProblem | ServiceUnavailableProblem | UriTooLongProblem | ValidationErrorProblem
    """

    return (
        await asyncio_detailed(
            meetup_id=meetup_id,
            client=client,
            status=status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
