from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.render_preview_response_400 import RenderPreviewResponse400
from ...models.render_preview_response_401 import RenderPreviewResponse401
from ...models.render_preview_response_403 import RenderPreviewResponse403
from ...models.render_preview_response_413 import RenderPreviewResponse413
from ...models.render_preview_response_414 import RenderPreviewResponse414
from ...models.render_preview_response_422 import RenderPreviewResponse422
from ...models.render_preview_response_429 import RenderPreviewResponse429
from ...models.render_preview_response_431 import RenderPreviewResponse431
from ...models.render_preview_response_500 import RenderPreviewResponse500
from ...models.render_preview_response_503 import RenderPreviewResponse503
from ...models.render_request import RenderRequest
from ...models.render_response import RenderResponse
from ...types import Response


def _get_kwargs(
    *,
    body: RenderRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/render",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> (
    RenderPreviewResponse400
    | RenderPreviewResponse401
    | RenderPreviewResponse403
    | RenderPreviewResponse413
    | RenderPreviewResponse414
    | RenderPreviewResponse422
    | RenderPreviewResponse429
    | RenderPreviewResponse431
    | RenderPreviewResponse500
    | RenderPreviewResponse503
    | RenderResponse
    | None
):
    if response.status_code == 200:
        response_200 = RenderResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = RenderPreviewResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = RenderPreviewResponse401.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = RenderPreviewResponse403.from_dict(response.json())

        return response_403

    if response.status_code == 413:
        response_413 = RenderPreviewResponse413.from_dict(response.json())

        return response_413

    if response.status_code == 414:
        response_414 = RenderPreviewResponse414.from_dict(response.json())

        return response_414

    if response.status_code == 422:
        response_422 = RenderPreviewResponse422.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = RenderPreviewResponse429.from_dict(response.json())

        return response_429

    if response.status_code == 431:
        response_431 = RenderPreviewResponse431.from_dict(response.json())

        return response_431

    if response.status_code == 500:
        response_500 = RenderPreviewResponse500.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = RenderPreviewResponse503.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[
    RenderPreviewResponse400
    | RenderPreviewResponse401
    | RenderPreviewResponse403
    | RenderPreviewResponse413
    | RenderPreviewResponse414
    | RenderPreviewResponse422
    | RenderPreviewResponse429
    | RenderPreviewResponse431
    | RenderPreviewResponse500
    | RenderPreviewResponse503
    | RenderResponse
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
    body: RenderRequest,
) -> Response[
    RenderPreviewResponse400
    | RenderPreviewResponse401
    | RenderPreviewResponse403
    | RenderPreviewResponse413
    | RenderPreviewResponse414
    | RenderPreviewResponse422
    | RenderPreviewResponse429
    | RenderPreviewResponse431
    | RenderPreviewResponse500
    | RenderPreviewResponse503
    | RenderResponse
]:
    """Preview Markdown

     Renders Markdown as a post's body would be, for a composer's preview (signed-in
    members, `read` scope: it changes nothing and stores nothing). The answer is sanitised
    HTML, safe to insert into a page.

    Args:
        body (RenderRequest): Markdown to preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RenderPreviewResponse400 | RenderPreviewResponse401 | RenderPreviewResponse403 | RenderPreviewResponse413 | RenderPreviewResponse414 | RenderPreviewResponse422 | RenderPreviewResponse429 | RenderPreviewResponse431 | RenderPreviewResponse500 | RenderPreviewResponse503 | RenderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: RenderRequest,
) -> (
    RenderPreviewResponse400
    | RenderPreviewResponse401
    | RenderPreviewResponse403
    | RenderPreviewResponse413
    | RenderPreviewResponse414
    | RenderPreviewResponse422
    | RenderPreviewResponse429
    | RenderPreviewResponse431
    | RenderPreviewResponse500
    | RenderPreviewResponse503
    | RenderResponse
    | None
):
    """Preview Markdown

     Renders Markdown as a post's body would be, for a composer's preview (signed-in
    members, `read` scope: it changes nothing and stores nothing). The answer is sanitised
    HTML, safe to insert into a page.

    Args:
        body (RenderRequest): Markdown to preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RenderPreviewResponse400 | RenderPreviewResponse401 | RenderPreviewResponse403 | RenderPreviewResponse413 | RenderPreviewResponse414 | RenderPreviewResponse422 | RenderPreviewResponse429 | RenderPreviewResponse431 | RenderPreviewResponse500 | RenderPreviewResponse503 | RenderResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RenderRequest,
) -> Response[
    RenderPreviewResponse400
    | RenderPreviewResponse401
    | RenderPreviewResponse403
    | RenderPreviewResponse413
    | RenderPreviewResponse414
    | RenderPreviewResponse422
    | RenderPreviewResponse429
    | RenderPreviewResponse431
    | RenderPreviewResponse500
    | RenderPreviewResponse503
    | RenderResponse
]:
    """Preview Markdown

     Renders Markdown as a post's body would be, for a composer's preview (signed-in
    members, `read` scope: it changes nothing and stores nothing). The answer is sanitised
    HTML, safe to insert into a page.

    Args:
        body (RenderRequest): Markdown to preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[RenderPreviewResponse400 | RenderPreviewResponse401 | RenderPreviewResponse403 | RenderPreviewResponse413 | RenderPreviewResponse414 | RenderPreviewResponse422 | RenderPreviewResponse429 | RenderPreviewResponse431 | RenderPreviewResponse500 | RenderPreviewResponse503 | RenderResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RenderRequest,
) -> (
    RenderPreviewResponse400
    | RenderPreviewResponse401
    | RenderPreviewResponse403
    | RenderPreviewResponse413
    | RenderPreviewResponse414
    | RenderPreviewResponse422
    | RenderPreviewResponse429
    | RenderPreviewResponse431
    | RenderPreviewResponse500
    | RenderPreviewResponse503
    | RenderResponse
    | None
):
    """Preview Markdown

     Renders Markdown as a post's body would be, for a composer's preview (signed-in
    members, `read` scope: it changes nothing and stores nothing). The answer is sanitised
    HTML, safe to insert into a page.

    Args:
        body (RenderRequest): Markdown to preview.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        RenderPreviewResponse400 | RenderPreviewResponse401 | RenderPreviewResponse403 | RenderPreviewResponse413 | RenderPreviewResponse414 | RenderPreviewResponse422 | RenderPreviewResponse429 | RenderPreviewResponse431 | RenderPreviewResponse500 | RenderPreviewResponse503 | RenderResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
