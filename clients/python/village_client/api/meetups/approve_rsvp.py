from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.approve_rsvp_response_401 import ApproveRsvpResponse401
from ...models.approve_rsvp_response_403 import ApproveRsvpResponse403
from ...models.approve_rsvp_response_414 import ApproveRsvpResponse414
from ...models.approve_rsvp_response_422 import ApproveRsvpResponse422
from ...models.approve_rsvp_response_429 import ApproveRsvpResponse429
from ...models.approve_rsvp_response_431 import ApproveRsvpResponse431
from ...models.approve_rsvp_response_500 import ApproveRsvpResponse500
from ...models.approve_rsvp_response_503 import ApproveRsvpResponse503
from ...models.rsvp_read import RsvpRead
from ...types import Response


def _get_kwargs(
    meetup_id: int,
    username: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/meetups/{meetup_id}/rsvps/{username}/approve".format(
            meetup_id=quote(str(meetup_id), safe=""),
            username=quote(str(username), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    ApproveRsvpResponse401
    | ApproveRsvpResponse403
    | ApproveRsvpResponse414
    | ApproveRsvpResponse422
    | ApproveRsvpResponse429
    | ApproveRsvpResponse431
    | ApproveRsvpResponse500
    | ApproveRsvpResponse503
    | RsvpRead
    | None
):
    if response.status_code == 200:
        response_200 = RsvpRead.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = ApproveRsvpResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ApproveRsvpResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 414:
        response_414 = ApproveRsvpResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = ApproveRsvpResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = ApproveRsvpResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = ApproveRsvpResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = ApproveRsvpResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ApproveRsvpResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    ApproveRsvpResponse401
    | ApproveRsvpResponse403
    | ApproveRsvpResponse414
    | ApproveRsvpResponse422
    | ApproveRsvpResponse429
    | ApproveRsvpResponse431
    | ApproveRsvpResponse500
    | ApproveRsvpResponse503
    | RsvpRead
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    meetup_id: int,
    username: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    ApproveRsvpResponse401
    | ApproveRsvpResponse403
    | ApproveRsvpResponse414
    | ApproveRsvpResponse422
    | ApproveRsvpResponse429
    | ApproveRsvpResponse431
    | ApproveRsvpResponse500
    | ApproveRsvpResponse503
    | RsvpRead
]:
    """Approve Rsvp

     The host (or a moderator) says yes to a member's request to go: she takes a place,
    or the end of the waitlist when the meet-up is full. Answers her RSVP as it is then;
    approving a member who is going already changes nothing. 409 when she has no request
    waiting.

    Args:
        meetup_id (int):
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApproveRsvpResponse401 | ApproveRsvpResponse403 | ApproveRsvpResponse414 | ApproveRsvpResponse422 | ApproveRsvpResponse429 | ApproveRsvpResponse431 | ApproveRsvpResponse500 | ApproveRsvpResponse503 | RsvpRead]
    """

    kwargs = _get_kwargs(
        meetup_id=meetup_id,
        username=username,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    meetup_id: int,
    username: str,
    *,
    client: AuthenticatedClient,
) -> (
    ApproveRsvpResponse401
    | ApproveRsvpResponse403
    | ApproveRsvpResponse414
    | ApproveRsvpResponse422
    | ApproveRsvpResponse429
    | ApproveRsvpResponse431
    | ApproveRsvpResponse500
    | ApproveRsvpResponse503
    | RsvpRead
    | None
):
    """Approve Rsvp

     The host (or a moderator) says yes to a member's request to go: she takes a place,
    or the end of the waitlist when the meet-up is full. Answers her RSVP as it is then;
    approving a member who is going already changes nothing. 409 when she has no request
    waiting.

    Args:
        meetup_id (int):
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApproveRsvpResponse401 | ApproveRsvpResponse403 | ApproveRsvpResponse414 | ApproveRsvpResponse422 | ApproveRsvpResponse429 | ApproveRsvpResponse431 | ApproveRsvpResponse500 | ApproveRsvpResponse503 | RsvpRead
    """

    return sync_detailed(
        meetup_id=meetup_id,
        username=username,
        client=client,
    ).parsed


async def asyncio_detailed(
    meetup_id: int,
    username: str,
    *,
    client: AuthenticatedClient,
) -> Response[
    ApproveRsvpResponse401
    | ApproveRsvpResponse403
    | ApproveRsvpResponse414
    | ApproveRsvpResponse422
    | ApproveRsvpResponse429
    | ApproveRsvpResponse431
    | ApproveRsvpResponse500
    | ApproveRsvpResponse503
    | RsvpRead
]:
    """Approve Rsvp

     The host (or a moderator) says yes to a member's request to go: she takes a place,
    or the end of the waitlist when the meet-up is full. Answers her RSVP as it is then;
    approving a member who is going already changes nothing. 409 when she has no request
    waiting.

    Args:
        meetup_id (int):
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApproveRsvpResponse401 | ApproveRsvpResponse403 | ApproveRsvpResponse414 | ApproveRsvpResponse422 | ApproveRsvpResponse429 | ApproveRsvpResponse431 | ApproveRsvpResponse500 | ApproveRsvpResponse503 | RsvpRead]
    """

    kwargs = _get_kwargs(
        meetup_id=meetup_id,
        username=username,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    meetup_id: int,
    username: str,
    *,
    client: AuthenticatedClient,
) -> (
    ApproveRsvpResponse401
    | ApproveRsvpResponse403
    | ApproveRsvpResponse414
    | ApproveRsvpResponse422
    | ApproveRsvpResponse429
    | ApproveRsvpResponse431
    | ApproveRsvpResponse500
    | ApproveRsvpResponse503
    | RsvpRead
    | None
):
    """Approve Rsvp

     The host (or a moderator) says yes to a member's request to go: she takes a place,
    or the end of the waitlist when the meet-up is full. Answers her RSVP as it is then;
    approving a member who is going already changes nothing. 409 when she has no request
    waiting.

    Args:
        meetup_id (int):
        username (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApproveRsvpResponse401 | ApproveRsvpResponse403 | ApproveRsvpResponse414 | ApproveRsvpResponse422 | ApproveRsvpResponse429 | ApproveRsvpResponse431 | ApproveRsvpResponse500 | ApproveRsvpResponse503 | RsvpRead
    """

    return (
        await asyncio_detailed(
            meetup_id=meetup_id,
            username=username,
            client=client,
        )
    ).parsed
