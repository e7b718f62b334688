from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_meetup_response_400 import CreateMeetupResponse400
from ...models.create_meetup_response_401 import CreateMeetupResponse401
from ...models.create_meetup_response_403 import CreateMeetupResponse403
from ...models.create_meetup_response_409 import CreateMeetupResponse409
from ...models.create_meetup_response_413 import CreateMeetupResponse413
from ...models.create_meetup_response_414 import CreateMeetupResponse414
from ...models.create_meetup_response_422 import CreateMeetupResponse422
from ...models.create_meetup_response_429 import CreateMeetupResponse429
from ...models.create_meetup_response_431 import CreateMeetupResponse431
from ...models.create_meetup_response_500 import CreateMeetupResponse500
from ...models.create_meetup_response_503 import CreateMeetupResponse503
from ...models.meetup_create import MeetupCreate
from ...models.meetup_read import MeetupRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: MeetupCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/meetups",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    CreateMeetupResponse400
    | CreateMeetupResponse401
    | CreateMeetupResponse403
    | CreateMeetupResponse409
    | CreateMeetupResponse413
    | CreateMeetupResponse414
    | CreateMeetupResponse422
    | CreateMeetupResponse429
    | CreateMeetupResponse431
    | CreateMeetupResponse500
    | CreateMeetupResponse503
    | MeetupRead
    | None
):
    if response.status_code == 201:
        response_201 = MeetupRead.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateMeetupResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = CreateMeetupResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = CreateMeetupResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = CreateMeetupResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = CreateMeetupResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = CreateMeetupResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = CreateMeetupResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = CreateMeetupResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = CreateMeetupResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = CreateMeetupResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = CreateMeetupResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    CreateMeetupResponse400
    | CreateMeetupResponse401
    | CreateMeetupResponse403
    | CreateMeetupResponse409
    | CreateMeetupResponse413
    | CreateMeetupResponse414
    | CreateMeetupResponse422
    | CreateMeetupResponse429
    | CreateMeetupResponse431
    | CreateMeetupResponse500
    | CreateMeetupResponse503
    | MeetupRead
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
    body: MeetupCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    CreateMeetupResponse400
    | CreateMeetupResponse401
    | CreateMeetupResponse403
    | CreateMeetupResponse409
    | CreateMeetupResponse413
    | CreateMeetupResponse414
    | CreateMeetupResponse422
    | CreateMeetupResponse429
    | CreateMeetupResponse431
    | CreateMeetupResponse500
    | CreateMeetupResponse503
    | MeetupRead
]:
    """Create Meetup

     Host a meet-up. A meet-up needs a real host: it is never anonymous, and the host's
    name is shown with it. Its discussion thread is made with it (in the group's threads, or
    among the meet-ups' threads), and its venue is shown to signed-in members only. It must
    start in the future (422 otherwise); the host holds no place unless she answers.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (MeetupCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateMeetupResponse400 | CreateMeetupResponse401 | CreateMeetupResponse403 | CreateMeetupResponse409 | CreateMeetupResponse413 | CreateMeetupResponse414 | CreateMeetupResponse422 | CreateMeetupResponse429 | CreateMeetupResponse431 | CreateMeetupResponse500 | CreateMeetupResponse503 | MeetupRead]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: MeetupCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    CreateMeetupResponse400
    | CreateMeetupResponse401
    | CreateMeetupResponse403
    | CreateMeetupResponse409
    | CreateMeetupResponse413
    | CreateMeetupResponse414
    | CreateMeetupResponse422
    | CreateMeetupResponse429
    | CreateMeetupResponse431
    | CreateMeetupResponse500
    | CreateMeetupResponse503
    | MeetupRead
    | None
):
    """Create Meetup

     Host a meet-up. A meet-up needs a real host: it is never anonymous, and the host's
    name is shown with it. Its discussion thread is made with it (in the group's threads, or
    among the meet-ups' threads), and its venue is shown to signed-in members only. It must
    start in the future (422 otherwise); the host holds no place unless she answers.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (MeetupCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateMeetupResponse400 | CreateMeetupResponse401 | CreateMeetupResponse403 | CreateMeetupResponse409 | CreateMeetupResponse413 | CreateMeetupResponse414 | CreateMeetupResponse422 | CreateMeetupResponse429 | CreateMeetupResponse431 | CreateMeetupResponse500 | CreateMeetupResponse503 | MeetupRead
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: MeetupCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    CreateMeetupResponse400
    | CreateMeetupResponse401
    | CreateMeetupResponse403
    | CreateMeetupResponse409
    | CreateMeetupResponse413
    | CreateMeetupResponse414
    | CreateMeetupResponse422
    | CreateMeetupResponse429
    | CreateMeetupResponse431
    | CreateMeetupResponse500
    | CreateMeetupResponse503
    | MeetupRead
]:
    """Create Meetup

     Host a meet-up. A meet-up needs a real host: it is never anonymous, and the host's
    name is shown with it. Its discussion thread is made with it (in the group's threads, or
    among the meet-ups' threads), and its venue is shown to signed-in members only. It must
    start in the future (422 otherwise); the host holds no place unless she answers.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (MeetupCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateMeetupResponse400 | CreateMeetupResponse401 | CreateMeetupResponse403 | CreateMeetupResponse409 | CreateMeetupResponse413 | CreateMeetupResponse414 | CreateMeetupResponse422 | CreateMeetupResponse429 | CreateMeetupResponse431 | CreateMeetupResponse500 | CreateMeetupResponse503 | MeetupRead]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: MeetupCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    CreateMeetupResponse400
    | CreateMeetupResponse401
    | CreateMeetupResponse403
    | CreateMeetupResponse409
    | CreateMeetupResponse413
    | CreateMeetupResponse414
    | CreateMeetupResponse422
    | CreateMeetupResponse429
    | CreateMeetupResponse431
    | CreateMeetupResponse500
    | CreateMeetupResponse503
    | MeetupRead
    | None
):
    """Create Meetup

     Host a meet-up. A meet-up needs a real host: it is never anonymous, and the host's
    name is shown with it. Its discussion thread is made with it (in the group's threads, or
    among the meet-ups' threads), and its venue is shown to signed-in members only. It must
    start in the future (422 otherwise); the host holds no place unless she answers.

    Args:
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (MeetupCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateMeetupResponse400 | CreateMeetupResponse401 | CreateMeetupResponse403 | CreateMeetupResponse409 | CreateMeetupResponse413 | CreateMeetupResponse414 | CreateMeetupResponse422 | CreateMeetupResponse429 | CreateMeetupResponse431 | CreateMeetupResponse500 | CreateMeetupResponse503 | MeetupRead
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
