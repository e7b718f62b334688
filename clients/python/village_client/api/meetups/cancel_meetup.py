from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_meetup_response_400 import CancelMeetupResponse400
from ...models.cancel_meetup_response_401 import CancelMeetupResponse401
from ...models.cancel_meetup_response_403 import CancelMeetupResponse403
from ...models.cancel_meetup_response_413 import CancelMeetupResponse413
from ...models.cancel_meetup_response_414 import CancelMeetupResponse414
from ...models.cancel_meetup_response_422 import CancelMeetupResponse422
from ...models.cancel_meetup_response_429 import CancelMeetupResponse429
from ...models.cancel_meetup_response_431 import CancelMeetupResponse431
from ...models.cancel_meetup_response_500 import CancelMeetupResponse500
from ...models.cancel_meetup_response_503 import CancelMeetupResponse503
from ...models.meetup_cancel import MeetupCancel
from ...models.meetup_read import MeetupRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    meetup_id: int,
    *,
    body: MeetupCancel | None | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/meetups/{meetup_id}/cancel".format(
            meetup_id=quote(str(meetup_id), safe=""),
        ),
    }

    if isinstance(body, MeetupCancel):
        _kwargs["json"] = body.to_dict()
    else:
        _kwargs["json"] = body

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CancelMeetupResponse400
    | CancelMeetupResponse401
    | CancelMeetupResponse403
    | CancelMeetupResponse413
    | CancelMeetupResponse414
    | CancelMeetupResponse422
    | CancelMeetupResponse429
    | CancelMeetupResponse431
    | CancelMeetupResponse500
    | CancelMeetupResponse503
    | MeetupRead
    | None
):
    if response.status_code == 200:
        response_200 = MeetupRead.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = CancelMeetupResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CancelMeetupResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CancelMeetupResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = CancelMeetupResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = CancelMeetupResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = CancelMeetupResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CancelMeetupResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = CancelMeetupResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = CancelMeetupResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = CancelMeetupResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CancelMeetupResponse400
    | CancelMeetupResponse401
    | CancelMeetupResponse403
    | CancelMeetupResponse413
    | CancelMeetupResponse414
    | CancelMeetupResponse422
    | CancelMeetupResponse429
    | CancelMeetupResponse431
    | CancelMeetupResponse500
    | CancelMeetupResponse503
    | MeetupRead
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
    body: MeetupCancel | None | Unset = UNSET,
) -> Response[
    CancelMeetupResponse400
    | CancelMeetupResponse401
    | CancelMeetupResponse403
    | CancelMeetupResponse413
    | CancelMeetupResponse414
    | CancelMeetupResponse422
    | CancelMeetupResponse429
    | CancelMeetupResponse431
    | CancelMeetupResponse500
    | CancelMeetupResponse503
    | MeetupRead
]:
    """Cancel Meetup

     Cancels a meet-up (its host or a moderator; a moderator's cancel is in the audit log).
    Those who answered are told, with the reason if given. Cancelling it again changes
    nothing. It stays readable by id (`is_cancelled`), off the lists; its discussion stays.

    Args:
        meetup_id (int):
        body (MeetupCancel | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelMeetupResponse400 | CancelMeetupResponse401 | CancelMeetupResponse403 | CancelMeetupResponse413 | CancelMeetupResponse414 | CancelMeetupResponse422 | CancelMeetupResponse429 | CancelMeetupResponse431 | CancelMeetupResponse500 | CancelMeetupResponse503 | MeetupRead]
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
    body: MeetupCancel | None | Unset = UNSET,
) -> (
    CancelMeetupResponse400
    | CancelMeetupResponse401
    | CancelMeetupResponse403
    | CancelMeetupResponse413
    | CancelMeetupResponse414
    | CancelMeetupResponse422
    | CancelMeetupResponse429
    | CancelMeetupResponse431
    | CancelMeetupResponse500
    | CancelMeetupResponse503
    | MeetupRead
    | None
):
    """Cancel Meetup

     Cancels a meet-up (its host or a moderator; a moderator's cancel is in the audit log).
    Those who answered are told, with the reason if given. Cancelling it again changes
    nothing. It stays readable by id (`is_cancelled`), off the lists; its discussion stays.

    Args:
        meetup_id (int):
        body (MeetupCancel | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelMeetupResponse400 | CancelMeetupResponse401 | CancelMeetupResponse403 | CancelMeetupResponse413 | CancelMeetupResponse414 | CancelMeetupResponse422 | CancelMeetupResponse429 | CancelMeetupResponse431 | CancelMeetupResponse500 | CancelMeetupResponse503 | MeetupRead
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
    body: MeetupCancel | None | Unset = UNSET,
) -> Response[
    CancelMeetupResponse400
    | CancelMeetupResponse401
    | CancelMeetupResponse403
    | CancelMeetupResponse413
    | CancelMeetupResponse414
    | CancelMeetupResponse422
    | CancelMeetupResponse429
    | CancelMeetupResponse431
    | CancelMeetupResponse500
    | CancelMeetupResponse503
    | MeetupRead
]:
    """Cancel Meetup

     Cancels a meet-up (its host or a moderator; a moderator's cancel is in the audit log).
    Those who answered are told, with the reason if given. Cancelling it again changes
    nothing. It stays readable by id (`is_cancelled`), off the lists; its discussion stays.

    Args:
        meetup_id (int):
        body (MeetupCancel | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CancelMeetupResponse400 | CancelMeetupResponse401 | CancelMeetupResponse403 | CancelMeetupResponse413 | CancelMeetupResponse414 | CancelMeetupResponse422 | CancelMeetupResponse429 | CancelMeetupResponse431 | CancelMeetupResponse500 | CancelMeetupResponse503 | MeetupRead]
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
    body: MeetupCancel | None | Unset = UNSET,
) -> (
    CancelMeetupResponse400
    | CancelMeetupResponse401
    | CancelMeetupResponse403
    | CancelMeetupResponse413
    | CancelMeetupResponse414
    | CancelMeetupResponse422
    | CancelMeetupResponse429
    | CancelMeetupResponse431
    | CancelMeetupResponse500
    | CancelMeetupResponse503
    | MeetupRead
    | None
):
    """Cancel Meetup

     Cancels a meet-up (its host or a moderator; a moderator's cancel is in the audit log).
    Those who answered are told, with the reason if given. Cancelling it again changes
    nothing. It stays readable by id (`is_cancelled`), off the lists; its discussion stays.

    Args:
        meetup_id (int):
        body (MeetupCancel | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CancelMeetupResponse400 | CancelMeetupResponse401 | CancelMeetupResponse403 | CancelMeetupResponse413 | CancelMeetupResponse414 | CancelMeetupResponse422 | CancelMeetupResponse429 | CancelMeetupResponse431 | CancelMeetupResponse500 | CancelMeetupResponse503 | MeetupRead
    """

    return (
        await asyncio_detailed(
            meetup_id=meetup_id,
            client=client,
            body=body,
        )
    ).parsed
