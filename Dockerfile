# syntax=docker/dockerfile:1
# Build: docker build -t village .
# Run:   docker run -p 8000:8000 -e SECRET_KEY=... -e DATABASE_URL=postgresql+asyncpg://... village

FROM node:20-slim AS web
WORKDIR /web
COPY frontend/package.json frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY frontend/ ./
RUN npm run build

FROM python:3.11-slim AS build
WORKDIR /src
RUN python -m venv /venv
COPY pyproject.toml README.md ./
COPY app ./app
RUN /venv/bin/pip install --no-cache-dir .

FROM python:3.11-slim AS runtime
RUN useradd --create-home --uid 10001 village \
    && mkdir -p /srv/village/data && chown village /srv/village/data
COPY --from=build /venv /venv
WORKDIR /srv/village
COPY alembic.ini ./
COPY migrations ./migrations
COPY --from=web /web/dist ./frontend/dist
ENV PATH=/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    ENVIRONMENT=production \
    DATABASE_URL=sqlite+aiosqlite:////srv/village/data/village.db \
    WORKERS=2
VOLUME ["/srv/village/data"]
USER village
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/readyz')"
# Migrations first (idempotent), then several uvicorn worker processes.
CMD ["sh", "-c", "village migrate && exec village serve --host 0.0.0.0 --port 8000 --workers ${WORKERS}"]
