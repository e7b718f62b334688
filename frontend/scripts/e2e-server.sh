#!/usr/bin/env sh
# A real Village for the browser tests: a fresh SQLite database in a temporary folder,
# migrated and seeded with the demo community (whose moderator the journeys sign in as),
# serving the built web app. Rate limits are off: the journeys sign up many members from
# one address in a few seconds, which is exactly what the limits exist to stop.
set -eu
port="${1:-8123}"
here="$(cd "$(dirname "$0")/.." && pwd)"
bin="${VILLAGE_BIN:-$here/../.venv/bin}"
workdir="$(mktemp -d)"
trap 'rm -rf "$workdir"' EXIT INT TERM

export DATABASE_URL="sqlite+aiosqlite:///$workdir/village.db"
export SECRET_KEY_FILE="$workdir/secret"
export FRONTEND_DIST="${FRONTEND_DIST:-$here/dist}"
export RATE_LIMITS_ENABLED=false
# Mail is written as .eml files where the journeys read it (E2E_MAIL_DIR, set by
# playwright.config.ts), with links back to this server.
export EMAIL_BACKEND=file
export EMAIL_FILE_PATH="${E2E_MAIL_DIR:-$workdir/mail}"
export PUBLIC_URL="http://127.0.0.1:$port"

cd "$here/.."
"$bin/village" migrate
"$bin/village" seed-demo
"$bin/village" serve --host 127.0.0.1 --port "$port"
