from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.rsvp_read import RsvpRead
from ...models.rsvp_update import RsvpUpdate
from ...models.set_rsvp_response_400 import SetRsvpResponse400
from ...models.set_rsvp_response_401 import SetRsvpResponse401
from ...models.set_rsvp_response_403 import SetRsvpResponse403
from ...models.set_rsvp_response_413 import SetRsvpResponse413
from ...models.set_rsvp_response_414 import SetRsvpResponse414
from ...models.set_rsvp_response_422 import SetRsvpResponse422
from ...models.set_rsvp_response_429 import SetRsvpResponse429
from ...models.set_rsvp_response_431 import SetRsvpResponse431
from ...models.set_rsvp_response_500 import SetRsvpResponse500
from ...models.set_rsvp_response_503 import SetRsvpResponse503
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
    RsvpRead
    | SetRsvpResponse400
    | SetRsvpResponse401
    | SetRsvpResponse403
    | SetRsvpResponse413
    | SetRsvpResponse414
    | SetRsvpResponse422
    | SetRsvpResponse429
    | SetRsvpResponse431
    | SetRsvpResponse500
    | SetRsvpResponse503
    | None
):
    if response.status_code == 200:
        response_200 = RsvpRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = SetRsvpResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SetRsvpResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = SetRsvpResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = SetRsvpResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = SetRsvpResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = SetRsvpResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = SetRsvpResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = SetRsvpResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = SetRsvpResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = SetRsvpResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    RsvpRead
    | SetRsvpResponse400
    | SetRsvpResponse401
    | SetRsvpResponse403
    | SetRsvpResponse413
    | SetRsvpResponse414
    | SetRsvpResponse422
    | SetRsvpResponse429
    | SetRsvpResponse431
    | SetRsvpResponse500
    | SetRsvpResponse503
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
    RsvpRead
    | SetRsvpResponse400
    | SetRsvpResponse401
    | SetRsvpResponse403
    | SetRsvpResponse413
    | SetRsvpResponse414
    | SetRsvpResponse422
    | SetRsvpResponse429
    | SetRsvpResponse431
    | SetRsvpResponse500
    | SetRsvpResponse503
]:
    """Set Rsvp

     Your answer: `going`, `maybe` or `not_going`. When the meet-up is full a `going`
    answer joins the waitlist (`waitlisted`, with its `position`), in arrival order, and
    moves to going when a place frees; with `requires_approval` it is `pending` until the
    host says yes. The same answer again changes nothing (a waitlisted member keeps her
    place). 409 once the meet-up has started or was cancelled.

    Args:
        meetup_id (int):
        body (RsvpUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RsvpRead | SetRsvpResponse400 | SetRsvpResponse401 | SetRsvpResponse403 | SetRsvpResponse413 | SetRsvpResponse414 | SetRsvpResponse422 | SetRsvpResponse429 | SetRsvpResponse431 | SetRsvpResponse500 | SetRsvpResponse503]
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
    RsvpRead
    | SetRsvpResponse400
    | SetRsvpResponse401
    | SetRsvpResponse403
    | SetRsvpResponse413
    | SetRsvpResponse414
    | SetRsvpResponse422
    | SetRsvpResponse429
    | SetRsvpResponse431
    | SetRsvpResponse500
    | SetRsvpResponse503
    | None
):
    """Set Rsvp

     Your answer: `going`, `maybe` or `not_going`. When the meet-up is full a `going`
    answer joins the waitlist (`waitlisted`, with its `position`), in arrival order, and
    moves to going when a place frees; with `requires_approval` it is `pending` until the
    host says yes. The same answer again changes nothing (a waitlisted member keeps her
    place). 409 once the meet-up has started or was cancelled.

    Args:
        meetup_id (int):
        body (RsvpUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RsvpRead | SetRsvpResponse400 | SetRsvpResponse401 | SetRsvpResponse403 | SetRsvpResponse413 | SetRsvpResponse414 | SetRsvpResponse422 | SetRsvpResponse429 | SetRsvpResponse431 | SetRsvpResponse500 | SetRsvpResponse503
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
    RsvpRead
    | SetRsvpResponse400
    | SetRsvpResponse401
    | SetRsvpResponse403
    | SetRsvpResponse413
    | SetRsvpResponse414
    | SetRsvpResponse422
    | SetRsvpResponse429
    | SetRsvpResponse431
    | SetRsvpResponse500
    | SetRsvpResponse503
]:
    """Set Rsvp

     Your answer: `going`, `maybe` or `not_going`. When the meet-up is full a `going`
    answer joins the waitlist (`waitlisted`, with its `position`), in arrival order, and
    moves to going when a place frees; with `requires_approval` it is `pending` until the
    host says yes. The same answer again changes nothing (a waitlisted member keeps her
    place). 409 once the meet-up has started or was cancelled.

    Args:
        meetup_id (int):
        body (RsvpUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RsvpRead | SetRsvpResponse400 | SetRsvpResponse401 | SetRsvpResponse403 | SetRsvpResponse413 | SetRsvpResponse414 | SetRsvpResponse422 | SetRsvpResponse429 | SetRsvpResponse431 | SetRsvpResponse500 | SetRsvpResponse503]
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
    RsvpRead
    | SetRsvpResponse400
    | SetRsvpResponse401
    | SetRsvpResponse403
    | SetRsvpResponse413
    | SetRsvpResponse414
    | SetRsvpResponse422
    | SetRsvpResponse429
    | SetRsvpResponse431
    | SetRsvpResponse500
    | SetRsvpResponse503
    | None
):
    """Set Rsvp

     Your answer: `going`, `maybe` or `not_going`. When the meet-up is full a `going`
    answer joins the waitlist (`waitlisted`, with its `position`), in arrival order, and
    moves to going when a place frees; with `requires_approval` it is `pending` until the
    host says yes. The same answer again changes nothing (a waitlisted member keeps her
    place). 409 once the meet-up has started or was cancelled.

    Args:
        meetup_id (int):
        body (RsvpUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RsvpRead | SetRsvpResponse400 | SetRsvpResponse401 | SetRsvpResponse403 | SetRsvpResponse413 | SetRsvpResponse414 | SetRsvpResponse422 | SetRsvpResponse429 | SetRsvpResponse431 | SetRsvpResponse500 | SetRsvpResponse503
    """

    return (
        await asyncio_detailed(
            meetup_id=meetup_id,
            client=client,
            body=body,
        )
    ).parsed
