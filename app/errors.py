"""Problem documents (RFC 9457): one exception type per problem, one way to render them.

Services raise these; the handlers installed by `install_error_handlers` turn every error the
app can produce, including FastAPI's own (unknown route, wrong method, validation), into
`application/problem+json`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

PROBLEM_MEDIA_TYPE = "application/problem+json"


class Problem(BaseModel):
    type: str
    title: str
    status: int
    detail: str | None = None


class ValidationErrorItem(BaseModel):
    loc: list[str | int]
    msg: str
    type: str


class ValidationProblem(Problem):
    errors: list[ValidationErrorItem]


class ProblemResponse(JSONResponse):
    media_type = PROBLEM_MEDIA_TYPE


class ProblemError(Exception):
    """Base of every problem a request can end in. Subclasses set status, slug and title."""

    status: int = 500
    slug: str = "internal-error"
    title: str = "Internal server error"
    # When True the request's transaction is committed even though the request fails.
    keeps_changes: bool = False

    def __init__(self, detail: str | None = None, *, headers: Mapping[str, str] | None = None):
        super().__init__(detail or self.title)
        self.detail = detail
        self.headers = dict(headers or {})

    @property
    def type(self) -> str:
        return f"/problems/{self.slug}"

    def body(self) -> dict[str, Any]:
        return Problem(
            type=self.type, title=self.title, status=self.status, detail=self.detail
        ).model_dump()

    def response(self) -> ProblemResponse:
        return ProblemResponse(self.body(), status_code=self.status, headers=self.headers)


class BadRequest(ProblemError):
    status, slug, title = 400, "bad-request", "Bad request"


class MalformedJson(BadRequest):
    slug, title = "malformed-json", "Malformed JSON"


class InvalidCursor(BadRequest):
    slug, title = "invalid-cursor", "Invalid pagination cursor"


class MalformedRequest(BadRequest):
    """Answered by the HTTP server (app/server.py) to bytes that are not an HTTP request."""

    slug, title = "malformed-request", "Malformed HTTP request"


class NotAuthenticated(ProblemError):
    status, slug, title = 401, "not-authenticated", "Authentication required"

    def __init__(
        self, detail: str | None = None, *, headers: Mapping[str, str] | None = None
    ) -> None:
        super().__init__(detail, headers={**(headers or {}), "WWW-Authenticate": "Bearer"})


class InvalidCredentials(NotAuthenticated):
    slug, title = "invalid-credentials", "Wrong username or password"


class InvalidRefreshToken(NotAuthenticated):
    slug, title = "invalid-refresh-token", "Refresh token is invalid, expired or already used"


class RefreshTokenReused(InvalidRefreshToken):
    # The whole login family is revoked before answering; that must survive the 401.
    keeps_changes = True


class Forbidden(ProblemError):
    status, slug, title = 403, "forbidden", "You are not allowed to do this"


class ThreadLocked(Forbidden):
    slug, title = "thread-locked", "This thread is locked"


class Suspended(Forbidden):
    slug, title = "suspended", "Your account is suspended"


class InsufficientScope(Forbidden):
    slug, title = "insufficient-scope", "This token's scopes do not allow this"


class NotFound(ProblemError):
    status, slug, title = 404, "not-found", "Not found"


class MethodNotAllowed(ProblemError):
    status, slug, title = 405, "method-not-allowed", "Method not allowed"


class Conflict(ProblemError):
    status, slug, title = 409, "conflict", "Conflict"


class IdempotencyInFlight(Conflict):
    slug, title = "idempotency-in-flight", "A request with this Idempotency-Key is in progress"


class MeetupPast(Conflict):
    slug, title = "meetup-past", "This meet-up has already started"


class MeetupCancelled(Conflict):
    slug, title = "meetup-cancelled", "This meet-up has been cancelled"


class CapacityBelowGoing(Conflict):
    slug, title = "capacity-below-going", "More members are going than this capacity"


class PayloadTooLarge(ProblemError):
    status, slug, title = 413, "payload-too-large", "Request body too large"


class UriTooLong(ProblemError):
    status, slug, title = 414, "uri-too-long", "Request target too long"


class RequestHeaderFieldsTooLarge(ProblemError):
    status, slug, title = 431, "request-header-fields-too-large", "Request header fields too large"


class UnprocessableEntity(ProblemError):
    status, slug, title = 422, "validation-error", "The request is not valid"

    def __init__(self, detail: str, *, loc: Sequence[str | int] = ("body",)) -> None:
        super().__init__(detail)
        self.loc = list(loc)

    def body(self) -> dict[str, Any]:
        return {
            **super().body(),
            "errors": [{"loc": self.loc, "msg": self.detail, "type": self.slug}],
        }


class IdempotencyKeyReused(UnprocessableEntity):
    slug, title = "idempotency-key-reused", "Idempotency-Key was used with a different request"


class ServiceUnavailable(ProblemError):
    status, slug, title = 503, "service-unavailable", "A service this request needs is down"


class InternalError(ProblemError):
    pass


_HTTP_STATUS_PROBLEMS: dict[int, type[ProblemError]] = {
    # FastAPI raises a bare 400 only when it cannot decode a request body at all.
    400: MalformedJson,
    401: NotAuthenticated,
    403: Forbidden,
    404: NotFound,
    405: MethodNotAllowed,
    409: Conflict,
    413: PayloadTooLarge,
    503: ServiceUnavailable,
}


def _validation_problem(exc: RequestValidationError) -> ProblemResponse:
    errors = exc.errors()
    if any(error.get("type") == "json_invalid" for error in errors):
        return MalformedJson("The request body is not valid JSON.").response()
    items = [
        {
            "loc": list(error.get("loc", ())),
            "msg": str(error.get("msg", "")),
            "type": str(error.get("type", "")),
        }
        for error in errors
    ]
    summary = "; ".join(
        f"{'.'.join(str(p) for p in item['loc'])}: {item['msg']}" for item in items[:5]
    )
    body = ValidationProblem(
        type="/problems/validation-error",
        title="The request is not valid",
        status=422,
        detail=summary,
        errors=[ValidationErrorItem.model_validate(item) for item in items],
    )
    return ProblemResponse(jsonable_encoder(body), status_code=422)


_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")


def _allowed_methods(request: Request) -> str:
    """Every method some route at this path accepts (the router names only one route's)."""
    return ", ".join(
        method
        for method in _METHODS
        if any(
            route.matches({**request.scope, "method": method})[0] == Match.FULL
            for route in request.app.router.routes
        )
    )


def install_error_handlers(app: FastAPI) -> None:
    async def on_problem(_request: Request, exc: Exception) -> ProblemResponse:
        assert isinstance(exc, ProblemError)
        return exc.response()

    async def on_http_exception(request: Request, exc: Exception) -> ProblemResponse:
        assert isinstance(exc, StarletteHTTPException)
        problem_type = _HTTP_STATUS_PROBLEMS.get(exc.status_code, ProblemError)
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = _allowed_methods(request)
        problem = problem_type(None, headers=headers)
        problem.status = exc.status_code
        if exc.status_code == 404:
            problem.detail = "There is nothing at this address."
        elif isinstance(exc.detail, str) and exc.detail:
            problem.detail = exc.detail
        return problem.response()

    async def on_validation_error(_request: Request, exc: Exception) -> ProblemResponse:
        assert isinstance(exc, RequestValidationError)
        return _validation_problem(exc)

    app.add_exception_handler(ProblemError, on_problem)
    # Database failures are not handled here: app/transient.py retries or answers 503.
    app.add_exception_handler(StarletteHTTPException, on_http_exception)
    app.add_exception_handler(RequestValidationError, on_validation_error)
