"""Configuration, read once from the environment or a `.env` file.

This is the only module that looks at the environment; everything else receives a `Settings`.
"""

from __future__ import annotations

import secrets
from email.utils import parseaddr
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Annotated, Literal

from limits import parse_many
from pydantic import Field, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from app import secrets_policy


class Settings(BaseSettings):
    # Errors never echo a value: a rejected SECRET_KEY or DATABASE_URL must not reach a log.
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", hide_input_in_errors=True)

    environment: Literal["development", "test", "production"] = "development"
    database_url: str = "sqlite+aiosqlite:///./village.db"
    secret_key: str = ""
    # Where a development secret is generated once and then reused across restarts.
    secret_key_file: Path = Path(".village-secret-key")
    redis_url: str | None = None
    # A Redis that does not answer within this (connect, and each reply) counts as away; rate
    # limits then use per-process memory and Redis is asked again after `redis_retry_seconds`.
    redis_timeout_seconds: float = Field(default=0.5, gt=0, le=30)
    redis_retry_seconds: float = Field(default=5.0, gt=0, le=3600)
    # Peers whose X-Forwarded-For / X-Forwarded-Proto are believed (comma-separated addresses
    # or networks, "*" for any): the client address of rate limits comes from there.
    forwarded_allow_ips: str = "127.0.0.1"
    # The built web app (`npm run build`); served at / when the folder exists.
    frontend_dist: Path | None = Path("frontend/dist")

    access_token_minutes: int = Field(default=15, ge=1, le=24 * 60)
    refresh_token_days: int = Field(default=30, ge=1, le=365)
    jwt_issuer: str = "village"
    jwt_audience: str = "village-api"

    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    flag_hide_threshold: int = Field(default=3, ge=1)
    # 20,000 characters of emoji, JSON-escaped, is about 240 KB: the largest valid post fits.
    max_body_bytes: int = Field(default=256 * 1024, ge=1024)

    # argon2id cost; the defaults are argon2-cffi's (RFC 9106 low-memory profile).
    argon2_time_cost: int = Field(default=3, ge=1)
    argon2_memory_kib: int = Field(default=65536, ge=8)
    argon2_parallelism: int = Field(default=4, ge=1)

    # Database connection pool for each worker process (PostgreSQL only). Connections are
    # kept open: SQLAlchemy closes an overflow connection as soon as it is returned, so under
    # steady load past `pool_size` every request paid a new backend (bench/ measured it).
    db_pool_size: int = Field(default=20, ge=1)
    db_max_overflow: int = Field(default=0, ge=0)
    # Times a request is run again after a deadlock, a serialization failure or a connection
    # lost before COMMIT (none of it was committed) before it answers 503.
    db_retry_attempts: int = Field(default=3, ge=0, le=10)
    sql_echo: bool = False

    # Rate limits, in the `limits` library's syntax; several separated by ";".
    rate_limits_enabled: bool = True
    # Redis keys start with this, so several forums (or test runs) can share one Redis.
    rate_limit_key_prefix: str = "village"
    rate_limit_default: str = "600/minute"  # every request, per signed-in user or per IP
    rate_limit_login: str = "6/minute"  # sign-in attempts per IP
    rate_limit_login_failures: str = "5/15minute"  # failed sign-ins per (account, IP)
    rate_limit_login_address_failures: str = "20/hour"  # failed sign-ins per IP, any account
    # Failed sign-ins per account; once spent, only IPs that already failed on it are refused.
    rate_limit_login_account_failures: str = "20/hour"
    rate_limit_refresh: str = "30/minute"  # per IP and per refresh token
    rate_limit_register: str = "5/hour"  # per IP and per email address
    rate_limit_post: str = "1/5second;30/hour"  # replies per member
    rate_limit_thread: str = "20/day"  # new threads per member
    rate_limit_flag: str = "30/day"  # flags per member
    rate_limit_search: str = "30/minute"  # searches per member (or IP)
    rate_limit_password_reset: str = "5/hour"  # noqa: S105 - requests per IP and per address
    rate_limit_email_verification: str = "5/hour"  # verification emails per member

    # New members: a few days of lighter limits keep drive-by spam away.
    new_member_hours: int = Field(default=24, ge=0)
    new_member_max_threads: int = Field(default=3, ge=0)
    new_member_max_replies: int = Field(default=10, ge=0)
    new_member_max_links: int = Field(default=2, ge=0)
    new_member_spam_flags_to_hide: int = Field(default=2, ge=1)
    duplicate_post_minutes: int = Field(default=5, ge=0)
    # Local groups a member may start in a day (moderators are exempt): a flood is spam.
    max_groups_per_day: int = Field(default=5, ge=1, le=1000)

    # An abandoned in-flight Idempotency-Key (its process died) may be retried after this.
    idempotency_inflight_seconds: int = Field(default=120, ge=1)
    idempotency_keep_hours: int = Field(default=24, ge=24)

    # Live events (Server-Sent Events, app/live/).
    live_ping_seconds: float = Field(default=15, gt=0, le=300)  # `: ping` comment
    # Last-Event-ID replays a thread's events newer than it, at most this old and this many.
    live_replay_seconds: int = Field(default=300, ge=0, le=24 * 3600)
    live_replay_max_events: int = Field(default=500, ge=0, le=10_000)
    # PostgreSQL numbers events before they commit, so one may commit after a higher id the
    # client already has: a replay also re-sends events this much older than Last-Event-ID's.
    live_replay_lookback_seconds: float = Field(default=2.0, ge=0, le=60)
    live_queue_events: int = Field(default=256, ge=1, le=100_000)  # unsent, then disconnected
    live_send_timeout_seconds: float = Field(default=30, gt=0)  # a client that stops reading
    # A stream ends after this (the client reconnects with Last-Event-ID and is authorised
    # afresh: a revoked token or a lost role stops showing what it allowed).
    live_stream_max_seconds: float = Field(default=3600, gt=0)
    # Open streams per process: per signed-in member, per address for visitors, in all.
    live_streams_per_user: int = Field(default=10, ge=1)
    live_streams_per_address: int = Field(default=50, ge=1)
    live_max_streams: int = Field(default=5000, ge=1)

    # Background work (`village worker`, app/worker/). Unset: inside `village serve` on SQLite
    # (so one command runs everything), a separate `village worker` on PostgreSQL.
    worker_in_process: bool | None = None
    worker_poll_seconds: float = Field(default=0.5, gt=0, le=60)
    worker_batch_size: int = Field(default=100, ge=1, le=1000)  # outbox events per claim
    worker_concurrency: int = Field(default=10, ge=1, le=200)  # jobs run at once per worker
    # A claimed job is the worker's until then; a worker that died gives it up by expiry.
    worker_lease_seconds: float = Field(default=60, gt=0)
    # On SIGTERM: how long in-flight jobs may finish before they are handed back.
    worker_shutdown_seconds: float = Field(default=15, ge=0)
    outbox_retention_hours: float = Field(default=72, gt=0)  # dispatched events
    job_retention_hours: float = Field(default=14 * 24, gt=0)  # delivered or dead jobs
    worker_prune_seconds: float = Field(default=600, gt=0)  # how often it prunes those

    # Webhooks (app/webhooks/): deliveries retried with exponential back-off, then dead.
    webhook_allow_private: bool = False  # loopback, private, link-local targets (SSRF)
    webhook_connect_timeout_seconds: float = Field(default=5, gt=0, le=60)
    webhook_timeout_seconds: float = Field(default=10, gt=0, le=120)
    webhook_retry_base_seconds: float = Field(default=10, gt=0)
    webhook_retry_max_delay_seconds: float = Field(default=3600, gt=0)
    webhook_retry_window_seconds: float = Field(default=24 * 3600, gt=0)

    # Accounts and email (app/accounts/lifecycle.py, app/mail/).
    forum_name: str = Field(default="Village", min_length=1, max_length=100)
    # Where the web app is reached: the links in emails start with it.
    public_url: str = Field(default="http://localhost:8000", pattern=r"^https?://[^\s/]+")
    # Members must verify their address before they write (reads still work).
    require_verified_email: bool = False
    # console: each message written to the log; smtp: sent; file: an .eml file per message.
    email_backend: Literal["console", "smtp", "file"] = "console"
    email_from: str = Field(default="Village <village@localhost>", max_length=300)
    email_file_path: Path = Path("mail")
    smtp_host: str = "localhost"
    smtp_port: int = Field(default=587, ge=1, le=65535)
    smtp_username: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = True  # required when on: credentials never cross in the clear
    smtp_timeout_seconds: float = Field(default=20, gt=0, le=120)  # a whole send
    # A failed send is retried with back-off until this long after the first attempt.
    email_retry_base_seconds: float = Field(default=30, gt=0)
    email_retry_max_delay_seconds: float = Field(default=1800, gt=0)
    email_retry_window_seconds: float = Field(default=24 * 3600, gt=0)
    # Notification emails (app/notifications/emails.py, digest.py, unsubscribe.py): how often
    # each worker looks for members whose daily digest is due, and how long an unsubscribe
    # link keeps working (a used link is remembered that long, then forgotten).
    email_digest_check_seconds: float = Field(default=300, gt=0, le=3600)
    unsubscribe_link_days: int = Field(default=90, ge=1, le=3650)
    # Meet-up reminders (app/meetups/reminders.py): how often each worker claims the
    # meet-ups starting within a day whose reminder is due.
    meetup_reminder_check_seconds: float = Field(default=300, gt=0, le=3600)

    @field_validator(
        "rate_limit_default",
        "rate_limit_login",
        "rate_limit_login_failures",
        "rate_limit_login_address_failures",
        "rate_limit_login_account_failures",
        "rate_limit_refresh",
        "rate_limit_register",
        "rate_limit_post",
        "rate_limit_thread",
        "rate_limit_flag",
        "rate_limit_search",
        "rate_limit_password_reset",
        "rate_limit_email_verification",
    )
    @classmethod
    def _valid_limit(cls, value: str) -> str:
        parse_many(value)  # raises ValueError on a malformed limit
        return value

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            return [origin.strip() for origin in value.split(",") if origin.strip()]
        return value

    @model_validator(mode="after")
    def _require_real_secret_in_production(self) -> Settings:
        if self.environment == "production":
            reason = secrets_policy.weakness(self.secret_key)
            if reason is not None:
                raise ValueError(secrets_policy.problem_message(reason))
        return self

    @model_validator(mode="after")
    def _lease_outlasts_a_delivery(self) -> Settings:
        # A lease that ran out while its worker still waited on a receiver would let a second
        # worker send the same delivery at the same time.
        if self.worker_lease_seconds <= self.webhook_timeout_seconds:
            raise ValueError("WORKER_LEASE_SECONDS must be longer than WEBHOOK_TIMEOUT_SECONDS")
        if self.email_backend == "smtp" and self.worker_lease_seconds <= self.smtp_timeout_seconds:
            raise ValueError("WORKER_LEASE_SECONDS must be longer than SMTP_TIMEOUT_SECONDS")
        return self

    @field_validator("public_url")
    @classmethod
    def _no_trailing_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @field_validator("email_from")
    @classmethod
    def _valid_sender(cls, value: str) -> str:
        if "@" not in parseaddr(value)[1]:
            raise ValueError('EMAIL_FROM must be an address, e.g. "Village <hello@example.org>"')
        return value

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def runs_worker_in_process(self) -> bool:
        """Whether `village serve` runs the background worker itself (see worker_in_process)."""
        return self.is_sqlite if self.worker_in_process is None else self.worker_in_process

    @cached_property
    def signing_key(self) -> str:
        """The JWT signing key; in development it is generated once into a local file."""
        if self.secret_key:
            return self.secret_key
        path = self.secret_key_file
        if path.exists():
            return path.read_text().strip()
        key = secrets.token_urlsafe(48)
        path.write_text(key)
        path.chmod(0o600)
        return key


class ConfigurationError(SystemExit):
    """Stops the process with one line that says what to fix, and no traceback (a
    traceback of the settings would show the values that were given)."""


def describe(error: ValidationError) -> str:
    """One line naming each setting that is wrong and why, never its value."""
    problems = []
    for item in error.errors(include_input=False, include_url=False):
        name = ".".join(str(part) for part in item["loc"]).upper()
        message = str(item["msg"]).removeprefix("Value error, ")
        problems.append(f"{name}: {message}" if name else message)
    return "village: configuration error: " + "; ".join(problems)


@lru_cache
def get_settings() -> Settings:
    try:
        return Settings()
    except ValidationError as error:
        raise ConfigurationError(describe(error)) from None
