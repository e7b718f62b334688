"""The application factory and the ASGI app: `uvicorn app.main:app` serves it."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import APIRouter, FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from app import domains  # noqa: F401  (every domain's event handlers, registered on import)
from app.accounts.router import router as accounts_router
from app.api_docs import docs_router
from app.api_info import API_CONTACT, API_LICENSE, API_SERVERS, API_TAGS
from app.client_identity import ClientIdentity, MemberCache, PatCache
from app.compression import ApiCompressionMiddleware
from app.config import Settings, get_settings
from app.db import Database
from app.errors import ServiceUnavailable, install_error_handlers
from app.forum.router import hot_reads_router
from app.forum.router import router as forum_router
from app.head import install_head_answers
from app.http import API_PREFIX
from app.idempotency import IdempotentReplay, replay_handler
from app.live.hub import Hub as LiveHub
from app.live.router import router as live_router
from app.live.stream import LiveStreamMiddleware
from app.meetups.calendar_router import router as calendar_router
from app.meetups.groups_router import router as groups_router
from app.meetups.router import router as meetups_router
from app.meetups.rsvp_router import router as rsvp_router
from app.middleware import (
    BodySizeLimitMiddleware,
    HeaderSizeLimitMiddleware,
    RequestIdMiddleware,
)
from app.moderation.router import router as moderation_router
from app.notifications.router import router as notifications_router
from app.notifications.unsubscribe_router import router as unsubscribe_router
from app.openapi import install_openapi, operation_id
from app.problems import router as problems_router
from app.ratelimit import RateLimiter, RateLimitMiddleware
from app.search.router import router as search_router
from app.security import AccessTokens, PasswordHashing
from app.transient import TransientErrorMiddleware
from app.web import install_web_app
from app.webhooks.router import router as webhooks_router
from app.worker.runner import Worker

DESCRIPTION = """Village is a forum where parents find each other.

Errors are RFC 9457 problem documents. Lists are keyset-paged: follow `next_cursor`.
Creating POSTs accept an `Idempotency-Key` header.
"""


def create_app(settings: Settings | None = None) -> FastAPI:
    settings = settings or get_settings()
    database = Database(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        # What is loaded by now (modules, mappers, compiled schemas) lives as long as the
        # worker: move it out of the collector's way, so full collections stay short.
        # Collect first, so that no garbage of the start-up (or of an earlier app in the
        # same process, as in tests) is frozen with it and kept for good.
        gc.collect()
        gc.freeze()
        _app.state.live_hub.start()  # its Redis subscriber, before the first stream
        async with _background_worker(database, settings):
            yield
        await release_resources(app)

    app = FastAPI(
        title="Village API",
        version="1.0.0",
        description=DESCRIPTION,
        openapi_tags=API_TAGS,
        servers=API_SERVERS,
        license_info=API_LICENSE,
        contact=API_CONTACT,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=None,  # our own page, with Swagger UI served by the app (app/api_docs.py)
        redoc_url=None,
        lifespan=lifespan,
        # Operation ids from the route's name (`listThreads`): a generated client reads well.
        generate_unique_id_function=operation_id,
    )
    app.state.settings = settings
    app.state.database = database
    app.state.password_hashing = PasswordHashing(settings)
    app.state.access_tokens = AccessTokens(settings)
    app.state.rate_limiter = RateLimiter(settings)
    app.state.pat_cache = PatCache()
    app.state.member_cache = MemberCache()
    # Live events: each committed request's events go to the streams (app/live/).
    app.state.live_hub = LiveHub(settings, database)
    database.commit_listeners.append(app.state.live_hub.committed)

    # Each router is included straight into the app, the hot paths' first: FastAPI matches a
    # path by walking every route before it, at every level of nesting (bench/ profiles).
    # The forum's hot reads (thread list, thread, posts page) come first of all. RSVPs (three
    # routes) come next: a burst of answers to a popular meet-up then skips the forum's
    # other routes (~200 µs a request), which costs the rest of the forum ~3 tries.
    for router in (
        hot_reads_router,
        rsvp_router,
        forum_router,
        moderation_router,
        accounts_router,
        notifications_router,
        unsubscribe_router,
        search_router,
        groups_router,
        meetups_router,
        calendar_router,
        webhooks_router,
    ):
        app.include_router(router, prefix=API_PREFIX)
    app.include_router(live_router, prefix=API_PREFIX)
    app.include_router(problems_router)  # where every problem `type` resolves
    app.include_router(_operations_router())
    app.include_router(docs_router(app.title))
    if settings.frontend_dist is not None and (settings.frontend_dist / "index.html").exists():
        install_web_app(app, settings.frontend_dist)  # last: its catch-all comes after the API

    install_error_handlers(app)
    app.add_exception_handler(IdempotentReplay, replay_handler)
    install_openapi(app)

    # Innermost: a request run again after a deadlock reads its body again and is counted once.
    app.add_middleware(TransientErrorMiddleware, retries=settings.db_retry_attempts)
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(
        RateLimitMiddleware,
        limiter=app.state.rate_limiter,
        identity=ClientIdentity(app.state.access_tokens, app.state.pat_cache),
    )
    # CORS outside the body and rate limits, so their 413/429 answers carry CORS headers
    # and a preflight is never rate-limited.
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
            allow_headers=[
                "Authorization",
                "Content-Type",
                "Idempotency-Key",
                "If-None-Match",
                "Last-Event-ID",  # a live stream's reconnect (app/live)
            ],
            expose_headers=[
                "ETag",
                "Location",
                "Retry-After",
                "X-Request-ID",
                "RateLimit-Limit",
                "RateLimit-Remaining",
                "RateLimit-Reset",
            ],
        )
    app.add_middleware(HeaderSizeLimitMiddleware)
    # gzip for the API's JSON over 1 KB, outside everything that answers (problems, 429s);
    # never the event stream, whose start passes through at once (app/compression.py).
    app.add_middleware(ApiCompressionMiddleware)
    app.add_middleware(RequestIdMiddleware)  # added last: outermost, sees every error
    # The client's address from X-Forwarded-For, believed only from FORWARDED_ALLOW_IPS: here
    # rather than in the server, so every way of serving the app applies the same rule.
    app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=settings.forwarded_allow_ips)
    # Outermost: an open live stream is carried on here, without the stack below (app/live).
    app.add_middleware(LiveStreamMiddleware)
    # Outside even that: HEAD is served as the GET it stands for, without the body (app/head.py).
    install_head_answers(app)
    return app


@asynccontextmanager
async def _background_worker(database: Database, settings: Settings) -> AsyncIterator[None]:
    """On SQLite (WORKER_IN_PROCESS) the server runs the worker itself, woken after each
    commit that emitted events; elsewhere `village worker` runs it."""
    if not settings.runs_worker_in_process:
        yield
        return
    worker = Worker(database, settings)
    task = asyncio.create_task(worker.run())
    database.commit_listeners.append(worker.after_commit)
    try:
        yield
    finally:
        database.commit_listeners.remove(worker.after_commit)
        worker.stop()
        await task


async def release_resources(app: FastAPI) -> None:
    """Closes what an app instance holds open: Redis connections and the database pool."""
    await app.state.live_hub.close()  # ends its streams first, so their responses finish
    await app.state.rate_limiter.close()
    await app.state.database.dispose()


def _operations_router() -> APIRouter:
    router = APIRouter(tags=["operations"])

    @router.get("/healthz", include_in_schema=False)
    async def healthz() -> dict[str, str]:
        """Liveness: the process answers. Depends on nothing (nor is it rate-limited)."""
        return {"status": "ok"}

    @router.get("/readyz", include_in_schema=False)
    async def readyz(request: Request) -> JSONResponse:
        database: Database = request.app.state.database
        try:
            async with database.engine.connect() as connection:
                await connection.execute(text("SELECT 1"))
        except (SQLAlchemyError, OSError) as exc:
            raise ServiceUnavailable("The database is not answering.") from exc
        # Redis is optional: while it is away the app serves on (per-process rate limits).
        body = {"status": "ready", "database": "ok"}
        redis = await request.app.state.rate_limiter.redis_status()
        if redis is not None:
            body["redis"] = redis
        return JSONResponse(body)

    return router


logging.basicConfig(level=logging.INFO)
app = create_app()
