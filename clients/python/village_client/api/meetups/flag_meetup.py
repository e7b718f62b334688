from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.flag_create import FlagCreate
from ...models.flag_meetup_response_400 import FlagMeetupResponse400
from ...models.flag_meetup_response_401 import FlagMeetupResponse401
from ...models.flag_meetup_response_403 import FlagMeetupResponse403
from ...models.flag_meetup_response_409 import FlagMeetupResponse409
from ...models.flag_meetup_response_413 import FlagMeetupResponse413
from ...models.flag_meetup_response_414 import FlagMeetupResponse414
from ...models.flag_meetup_response_422 import FlagMeetupResponse422
from ...models.flag_meetup_response_429 import FlagMeetupResponse429
from ...models.flag_meetup_response_431 import FlagMeetupResponse431
from ...models.flag_meetup_response_500 import FlagMeetupResponse500
from ...models.flag_meetup_response_503 import FlagMeetupResponse503
from ...models.flag_read import FlagRead
from ...types import UNSET, Response, Unset


def _get_kwargs(
    meetup_id: int,
    *,
    body: FlagCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/meetups/{meetup_id}/flags".format(
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
    FlagMeetupResponse400
    | FlagMeetupResponse401
    | FlagMeetupResponse403
    | FlagMeetupResponse409
    | FlagMeetupResponse413
    | FlagMeetupResponse414
    | FlagMeetupResponse422
    | FlagMeetupResponse429
    | FlagMeetupResponse431
    | FlagMeetupResponse500
    | FlagMeetupResponse503
    | FlagRead
    | None
):
    if response.status_code == 201:
        response_201 = FlagRead.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = FlagMeetupResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = FlagMeetupResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = FlagMeetupResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = FlagMeetupResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = FlagMeetupResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = FlagMeetupResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = FlagMeetupResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = FlagMeetupResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = FlagMeetupResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = FlagMeetupResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = FlagMeetupResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    FlagMeetupResponse400
    | FlagMeetupResponse401
    | FlagMeetupResponse403
    | FlagMeetupResponse409
    | FlagMeetupResponse413
    | FlagMeetupResponse414
    | FlagMeetupResponse422
    | FlagMeetupResponse429
    | FlagMeetupResponse431
    | FlagMeetupResponse500
    | FlagMeetupResponse503
    | FlagRead
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
    body: FlagCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    FlagMeetupResponse400
    | FlagMeetupResponse401
    | FlagMeetupResponse403
    | FlagMeetupResponse409
    | FlagMeetupResponse413
    | FlagMeetupResponse414
    | FlagMeetupResponse422
    | FlagMeetupResponse429
    | FlagMeetupResponse431
    | FlagMeetupResponse500
    | FlagMeetupResponse503
    | FlagRead
]:
    """Flag Meetup

     Report a meet-up to the moderators, with the reasons a post is reported for (`safety`
    means someone may be at risk). It joins the same review queue as its discussion's
    opening post, and enough reports hide it as they would hide a post.

    Args:
        meetup_id (int):
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (FlagCreate): A member's report of a post to the moderators.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlagMeetupResponse400 | FlagMeetupResponse401 | FlagMeetupResponse403 | FlagMeetupResponse409 | FlagMeetupResponse413 | FlagMeetupResponse414 | FlagMeetupResponse422 | FlagMeetupResponse429 | FlagMeetupResponse431 | FlagMeetupResponse500 | FlagMeetupResponse503 | FlagRead]
    """

    kwargs = _get_kwargs(
        meetup_id=meetup_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    meetup_id: int,
    *,
    client: AuthenticatedClient,
    body: FlagCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    FlagMeetupResponse400
    | FlagMeetupResponse401
    | FlagMeetupResponse403
    | FlagMeetupResponse409
    | FlagMeetupResponse413
    | FlagMeetupResponse414
    | FlagMeetupResponse422
    | FlagMeetupResponse429
    | FlagMeetupResponse431
    | FlagMeetupResponse500
    | FlagMeetupResponse503
    | FlagRead
    | None
):
    """Flag Meetup

     Report a meet-up to the moderators, with the reasons a post is reported for (`safety`
    means someone may be at risk). It joins the same review queue as its discussion's
    opening post, and enough reports hide it as they would hide a post.

    Args:
        meetup_id (int):
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (FlagCreate): A member's report of a post to the moderators.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlagMeetupResponse400 | FlagMeetupResponse401 | FlagMeetupResponse403 | FlagMeetupResponse409 | FlagMeetupResponse413 | FlagMeetupResponse414 | FlagMeetupResponse422 | FlagMeetupResponse429 | FlagMeetupResponse431 | FlagMeetupResponse500 | FlagMeetupResponse503 | FlagRead
    """

    return sync_detailed(
        meetup_id=meetup_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    meetup_id: int,
    *,
    client: AuthenticatedClient,
    body: FlagCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[
    FlagMeetupResponse400
    | FlagMeetupResponse401
    | FlagMeetupResponse403
    | FlagMeetupResponse409
    | FlagMeetupResponse413
    | FlagMeetupResponse414
    | FlagMeetupResponse422
    | FlagMeetupResponse429
    | FlagMeetupResponse431
    | FlagMeetupResponse500
    | FlagMeetupResponse503
    | FlagRead
]:
    """Flag Meetup

     Report a meet-up to the moderators, with the reasons a post is reported for (`safety`
    means someone may be at risk). It joins the same review queue as its discussion's
    opening post, and enough reports hide it as they would hide a post.

    Args:
        meetup_id (int):
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (FlagCreate): A member's report of a post to the moderators.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[FlagMeetupResponse400 | FlagMeetupResponse401 | FlagMeetupResponse403 | FlagMeetupResponse409 | FlagMeetupResponse413 | FlagMeetupResponse414 | FlagMeetupResponse422 | FlagMeetupResponse429 | FlagMeetupResponse431 | FlagMeetupResponse500 | FlagMeetupResponse503 | FlagRead]
    """

    kwargs = _get_kwargs(
        meetup_id=meetup_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    meetup_id: int,
    *,
    client: AuthenticatedClient,
    body: FlagCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> (
    FlagMeetupResponse400
    | FlagMeetupResponse401
    | FlagMeetupResponse403
    | FlagMeetupResponse409
    | FlagMeetupResponse413
    | FlagMeetupResponse414
    | FlagMeetupResponse422
    | FlagMeetupResponse429
    | FlagMeetupResponse431
    | FlagMeetupResponse500
    | FlagMeetupResponse503
    | FlagRead
    | None
):
    """Flag Meetup

     Report a meet-up to the moderators, with the reasons a post is reported for (`safety`
    means someone may be at risk). It joins the same review queue as its discussion's
    opening post, and enough reports hide it as they would hide a post.

    Args:
        meetup_id (int):
        idempotency_key (None | str | Unset): Makes a retry of this request return the original
            response.
        body (FlagCreate): A member's report of a post to the moderators.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        FlagMeetupResponse400 | FlagMeetupResponse401 | FlagMeetupResponse403 | FlagMeetupResponse409 | FlagMeetupResponse413 | FlagMeetupResponse414 | FlagMeetupResponse422 | FlagMeetupResponse429 | FlagMeetupResponse431 | FlagMeetupResponse500 | FlagMeetupResponse503 | FlagRead
    """

    return (
        await asyncio_detailed(
            meetup_id=meetup_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
