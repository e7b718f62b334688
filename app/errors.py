"""Problem documents (RFC 9457): one exception type per problem, one way to render them.

Services raise these; the handlers installed by `install_error_handlers` turn every error the
app can produce, including FastAPI's own (unknown route, wrong method, validation), into
`application/problem+json`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, TypeVar

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
    """Base of every problem a request can end in. Subclasses set status, slug and title,
    and `advice`: what the problem means and what a client should do about it, the text of
    its page at `/problems/{slug}` (app/problems.py). Every subclass is in the catalogue
    (`problem_catalogue`), and a route declares the ones it can answer with (`raises`)."""

    status: int = 500
    slug: str = "internal-error"
    title: str = "Internal server error"
    advice: str = (
        "Something failed that should not have. Nothing a client can do fixes it; "
        "report it with the response's X-Request-ID."
    )
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
    abstract = True  # raised only as one of its kinds
    advice = "The request could not be understood. Fix the request before sending it again."


class MalformedJson(BadRequest):
    slug, title = "malformed-json", "Malformed JSON"
    advice = (
        "The body is not valid JSON (or not UTF-8). Send a JSON document with `Content-"
        "Type: application/json`."
    )


class InvalidCursor(BadRequest):
    slug, title = "invalid-cursor", "Invalid pagination cursor"
    advice = (
        "The `cursor` is not one this list gave out, or it belongs to another list or "
        "sort. Start again from the first page, then pass each page's `next_cursor` "
        "unchanged."
    )


class MalformedRequest(BadRequest):
    """Answered by the HTTP server (app/server.py) to bytes that are not an HTTP request."""

    slug, title = "malformed-request", "Malformed HTTP request"
    advice = (
        "The bytes received were not an HTTP/1.1 request. Check the client's HTTP library or proxy."
    )


class NotAuthenticated(ProblemError):
    status, slug, title = 401, "not-authenticated", "Authentication required"
    advice = (
        "This needs a signed-in member and no credentials came with the request. Send "
        "`Authorization: Bearer <token>` with an access token from `/auth/token` (or "
        "`/auth/refresh`) or a personal access token."
    )

    def __init__(
        self, detail: str | None = None, *, headers: Mapping[str, str] | None = None
    ) -> None:
        challenge = {"WWW-Authenticate": self.challenge(detail)}
        super().__init__(detail, headers={**(headers or {}), **challenge})

    def challenge(self, detail: str | None) -> str:
        """The `WWW-Authenticate` value (RFC 6750 §3): no credentials came, so no error."""
        return "Bearer"


class InvalidToken(NotAuthenticated):
    slug, title = "invalid-token", "The token is invalid, expired or revoked"
    advice = (
        "The bearer token cannot be used: it is malformed, its time is up, it was revoked, "
        "or its account left. Nothing was done, and a bad token is never taken for a guest. "
        "Get a new access token from `/auth/refresh` (or sign in again at `/auth/token`); "
        "a revoked personal access token must be replaced."
    )

    def challenge(self, detail: str | None) -> str:
        # RFC 6750 §3: error_description is printable ASCII without `"` or `\`.
        text = "".join(c for c in detail or self.title if " " <= c <= "~" and c not in '"\\')
        return f'Bearer error="invalid_token", error_description="{text}"'


class InvalidCredentials(NotAuthenticated):
    slug, title = "invalid-credentials", "Wrong username or password"
    advice = (
        "The username (or email) and password do not match an account. Ask the person "
        "again; repeated failures are rate-limited."
    )


class InvalidRefreshToken(NotAuthenticated):
    slug, title = "invalid-refresh-token", "Refresh token is invalid, expired or already used"
    advice = (
        "The refresh token cannot be used: it is unknown, expired, or was already "
        "exchanged (refresh tokens rotate on every use, and reusing one ends that sign-in"
        " everywhere). Sign in again."
    )


class RefreshTokenReused(InvalidRefreshToken):
    # The whole login family is revoked before answering; that must survive the 401.
    keeps_changes = True


class Forbidden(ProblemError):
    status, slug, title = 403, "forbidden", "You are not allowed to do this"
    advice = (
        "You are signed in, but your role does not allow this. Do not retry; `detail` "
        "says which right is missing."
    )


class ThreadLocked(Forbidden):
    slug, title = "thread-locked", "This thread is locked"
    advice = (
        "Moderators have locked the thread: nobody but a moderator can reply or change "
        "it. Do not retry."
    )


class Suspended(Forbidden):
    slug, title = "suspended", "Your account is suspended"
    advice = (
        "The account is suspended: it can read but not write until the time in `detail` "
        "(also `suspension.until` on `GET /me`)."
    )


class InsufficientScope(Forbidden):
    slug, title = "insufficient-scope", "This token's scopes do not allow this"
    advice = (
        "The token lacks a scope this operation needs, though the member's role allows it: "
        '`detail` and `WWW-Authenticate` (`scope="…"`) name every missing scope. Make a '
        "personal access token with those scopes (`POST /me/tokens`, from a password "
        "sign-in), or use a password sign-in's access token, which has them all."
    )

    def __init__(self, missing: Sequence[str]) -> None:
        self.missing = tuple(missing)
        scopes = " ".join(self.missing)
        named = " and ".join(f"`{scope}`" for scope in self.missing)
        plural = "s" if len(self.missing) > 1 else ""
        super().__init__(
            f"This token lacks the {named} scope{plural} this operation needs.",
            headers={"WWW-Authenticate": f'Bearer error="insufficient_scope", scope="{scopes}"'},
        )


class NotFound(ProblemError):
    status, slug, title = 404, "not-found", "Not found"
    advice = (
        "Nothing is at this address, or it is hidden from you (deleted, hidden by "
        "moderators, or you are blocked). The two are answered alike on purpose."
    )


class MethodNotAllowed(ProblemError):
    status, slug, title = 405, "method-not-allowed", "Method not allowed"
    advice = (
        "The address exists but not with this method; the `Allow` header lists the "
        "methods it takes."
    )


class Conflict(ProblemError):
    status, slug, title = 409, "conflict", "Conflict"
    abstract = True  # raised only as one of its kinds
    advice = (
        "The request conflicts with the resource's current state. Read the resource again"
        " before deciding what to do."
    )


class IdempotencyInFlight(Conflict):
    slug, title = "idempotency-in-flight", "A request with this Idempotency-Key is in progress"
    advice = (
        "A first request with this `Idempotency-Key` is still running. Wait a moment and "
        "send the same request again: you will get its response."
    )


class MeetupPast(Conflict):
    slug, title = "meetup-past", "This meet-up has already started"
    advice = (
        "The meet-up has started or is over, so it takes no more answers (RSVPs) or "
        "approvals. Read it again to show it as past."
    )


class MeetupCancelled(Conflict):
    slug, title = "meetup-cancelled", "This meet-up has been cancelled"
    advice = "The meet-up was cancelled; it can no longer be changed or answered."


class CapacityBelowGoing(Conflict):
    slug, title = "capacity-below-going", "More members are going than this capacity"
    advice = (
        "The new capacity is below the number of members already going. Choose a capacity"
        " at least `going_count`."
    )


class PayloadTooLarge(ProblemError):
    status, slug, title = 413, "payload-too-large", "Request body too large"
    advice = (
        "The body is larger than the server accepts (`MAX_BODY_BYTES`, 256 KiB by "
        "default). Send less."
    )


class UriTooLong(ProblemError):
    status, slug, title = 414, "uri-too-long", "Request target too long"
    advice = "The path and query are too long. Shorten the query string."


class RequestHeaderFieldsTooLarge(ProblemError):
    status, slug, title = 431, "request-header-fields-too-large", "Request header fields too large"
    advice = "The request's headers are too large. Send fewer or shorter headers (cookies, tokens)."


class UnprocessableEntity(ProblemError):
    status, slug, title = 422, "validation-error", "The request is not valid"
    advice = (
        "A parameter or a field of the body is missing, of the wrong type or out of "
        "range. `errors` lists each, with `loc` (where) and `msg` (why); fix them and "
        "send again."
    )

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
    advice = (
        "This `Idempotency-Key` was already used by you for a different request. Use a "
        "new key for each new request, and the same key only to retry the same request."
    )


class ServiceUnavailable(ProblemError):
    status, slug, title = 503, "service-unavailable", "A service this request needs is down"
    advice = (
        "The database (or another service the request needs) is briefly unavailable, and "
        "nothing was changed. Retry after the `Retry-After` seconds."
    )


class InternalError(ProblemError):
    pass


F = TypeVar("F", bound=Callable[..., Any])


def raises(*problems: type[ProblemError]) -> Callable[[F], F]:
    """Declares the problems a route, or a dependency it uses, can answer with.

    The OpenAPI document lists, per operation, the problems of the route and of every
    dependency under it (app/openapi.py), and the test client holds every response to that
    list (tests/contract.py): a problem a route raises but does not declare fails its tests.
    """

    def declare(function: F) -> F:
        declared = getattr(function, "__problems__", ())
        function.__problems__ = (*declared, *problems)  # type: ignore[attr-defined]
        return function

    return declare


def declared_problems(function: Callable[..., Any]) -> tuple[type[ProblemError], ...]:
    return tuple(getattr(function, "__problems__", ()))


def _subclasses(cls: type[ProblemError]) -> Iterator[type[ProblemError]]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def problem_catalogue() -> dict[str, type[ProblemError]]:
    """Every problem type the API can answer with, by slug: the classes defined anywhere in
    the app (all of it is imported once `app.main` is). Subclasses that only narrow where a
    problem comes from share their parent's slug, and the first one defined names it. A base
    that is only ever raised as one of its kinds (`abstract`) is not a problem type itself."""
    catalogue: dict[str, type[ProblemError]] = {"internal-error": ProblemError}
    for cls in _subclasses(ProblemError):
        if not vars(cls).get("abstract", False):
            catalogue.setdefault(cls.slug, cls)
    return catalogue


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
