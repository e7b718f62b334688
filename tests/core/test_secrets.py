"""Secrets handled as secrets: a production SECRET_KEY must be random, and a server refused
for a weak one says so in one line that names the fix and never shows the key."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from app.config import ConfigurationError, Settings, get_settings
from app.secrets_policy import HOW_TO_MAKE_ONE, weakness

ROOT = Path(__file__).resolve().parents[2]
VILLAGE = Path(sys.executable).parent / "village"

WEAK_KEYS = {
    "x" * 31: "shorter than",
    "a" * 36: "repeated",
    "change-me-change-me-change-me-change-me": "placeholder",
    "my-super-secret-key-for-our-forum-2026": "placeholder",
    "abcdabcdabcdabcdabcdabcdabcdabcdabcd": "repeated",
    "abababababababababababababababababababababx": "different characters",
    "0123456789" * 3 + "98765432": "entropy",
}


@pytest.mark.parametrize(("key", "reason"), WEAK_KEYS.items())
def test_weak_keys_are_named_as_weak(key: str, reason: str) -> None:
    found = weakness(key)
    assert found is not None and reason in found, found


@pytest.mark.parametrize(
    "make",
    [
        lambda: secrets.token_urlsafe(48),
        lambda: secrets.token_hex(32),
        lambda: secrets.token_urlsafe(24),
    ],
)
def test_generated_keys_are_accepted(make: object) -> None:
    for _ in range(500):
        key = make()  # type: ignore[operator]
        assert weakness(key) is None, key


def _fragments(key: str) -> set[str]:
    """Every 8-character piece of the key: none may appear in what the server says."""
    return {key[i : i + 8] for i in range(len(key) - 7)}


@pytest.mark.parametrize("key", list(WEAK_KEYS))
def test_the_error_never_shows_the_key(key: str, tmp_path: Path) -> None:
    with pytest.raises(ValidationError) as caught:
        Settings(environment="production", secret_key=key, secret_key_file=tmp_path / "k")
    text = str(caught.value) + repr(caught.value)
    assert not any(piece in text for piece in _fragments(key))
    assert HOW_TO_MAKE_ONE in text


def test_development_and_test_keep_any_key(tmp_path: Path) -> None:
    for environment in ("development", "test"):
        settings = Settings(
            environment=environment, secret_key="a" * 40, secret_key_file=tmp_path / "k"
        )
        assert settings.signing_key == "a" * 40


def test_get_settings_stops_with_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    key = "Zq9" + "a" * 28  # 31 characters
    monkeypatch.setenv("ENVIRONMENT", "production")
    monkeypatch.setenv("SECRET_KEY", key)
    get_settings.cache_clear()
    try:
        with pytest.raises(ConfigurationError) as caught:
            get_settings()
    finally:
        get_settings.cache_clear()
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("village: configuration error: SECRET_KEY is not fit")
    assert HOW_TO_MAKE_ONE in message
    assert not any(piece in message for piece in _fragments(key))


@pytest.mark.parametrize("command", [["serve", "--port", "1"], ["migrate"]])
def test_the_command_refuses_a_weak_key_in_one_line(command: list[str], tmp_path: Path) -> None:
    """What an operator sees: one line on stderr, a non-zero exit, not a traceback that
    echoes the end of the key (as it did: the last 22 characters of a 31-character key)."""
    key = "k3y-" + secrets.token_urlsafe(20)[:27]  # 31 characters, random
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("DATABASE_", "REDIS_", "SECRET_", "ENVIRONMENT"))
    }
    env |= {"ENVIRONMENT": "production", "SECRET_KEY": key}
    result = subprocess.run(  # noqa: S603 - our own command, fixed arguments
        [str(VILLAGE), *command],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    output = result.stdout + result.stderr
    assert output.strip().count("\n") == 0, output
    assert "SECRET_KEY is not fit for production (shorter than 32 characters)" in output
    assert not any(piece in output for piece in _fragments(key)), output


async def test_no_log_line_carries_a_secret(
    settings: Settings, caplog: pytest.LogCaptureFixture
) -> None:
    """Passwords, refresh tokens, access tokens and personal access tokens pass through
    sign-in, refresh, token use and failures, with every SQL statement logged: none of them
    may appear in any log record (statement parameters are hidden, secrets are stored only
    as digests)."""
    from httpx import ASGITransport, AsyncClient

    from app.main import create_app, release_resources
    from tests.helpers import PASSWORD, Forum

    app = create_app(settings.model_copy(update={"sql_echo": True}))
    caplog.set_level("DEBUG")
    try:
        transport = ASGITransport(app=app)
        async with AsyncClient(transport=transport, base_url="http://test/api/v1") as client:
            member = await Forum(app, client).member()
            wrong = "not-the-password-" + secrets.token_hex(8)
            await client.post("/auth/token", data={"username": member.username, "password": wrong})
            refreshed = await client.post(
                "/auth/refresh", json={"refresh_token": member.refresh_token}
            )
            await client.post("/auth/refresh", json={"refresh_token": member.refresh_token})
            signed_in = await client.post(
                "/auth/token", data={"username": member.username, "password": PASSWORD}
            )
            headers = {"Authorization": f"Bearer {signed_in.json()['access_token']}"}
            created = await client.post(
                "/me/tokens", json={"name": "bot", "scopes": ["read"]}, headers=headers
            )
            pat = created.json()["token"]
            await client.get("/me", headers={"Authorization": f"Bearer {pat}"})
            await client.get("/me", headers={"Authorization": f"Bearer {pat}x"})
    finally:
        await release_resources(app)
    assert "SELECT" in caplog.text  # the statements were logged
    secrets_seen = [
        PASSWORD,
        wrong,
        member.refresh_token,
        member.access_token,
        refreshed.json()["refresh_token"],
        signed_in.json()["access_token"],
        pat,
    ]
    for secret in secrets_seen:
        assert secret not in caplog.text
