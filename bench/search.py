"""Search latency on the benchmark dataset: GET /api/v1/search sent straight to the ASGI app
(no HTTP server), one request at a time, wall-clock per request, database included.

    python -m bench.search --database-url postgresql+asyncpg://…/village_bench_search
    python -m bench.search --database-url sqlite+aiosqlite:////tmp/bench-search.db

The seeded bodies are 1-3 of ten sentences (bench/seed.py), so most words are in about a
fifth of the 1,000,000 posts: "common" here means ~200,000 matches. Thread titles end in
"#<thread id>", which makes a rare word. Each query runs `--runs` times after a warm-up; the
first page (20 hits) and the third (by the cursors) are timed apart.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import time
from typing import Any
from urllib.parse import urlencode

from app.config import Settings
from app.main import create_app, release_resources
from bench.cpu import call

# (kind, q, extra parameters)
QUERIES: list[tuple[str, str, dict[str, str]]] = [
    ("one word, common", "broccoli", {}),
    ("one word, common", "teething", {}),
    ("one word, rare (a title)", "31337", {}),
    ("two words, same sentence", "playgroup thursdays", {}),
    ("two words, apart (~4%)", "broccoli teething", {}),
    ("phrase", '"health visitor"', {}),
    ("phrase", '"car park"', {}),
    ("word + category", "hug", {"category": "sleep"}),
    ("word + author", "hug", {"author": "parent42"}),
    ("word - exclusion", "bedtime -hug", {}),
]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


async def timed(app: Any, path: str) -> tuple[float, dict[str, Any]]:
    started = time.perf_counter()
    body = await call(app, path)
    return (time.perf_counter() - started) * 1000, json.loads(body)


async def measure(app: Any, q: str, extra: dict[str, str], runs: int) -> dict[str, Any]:
    first = f"/api/v1/search?{urlencode({'q': q, **extra})}"
    _, page = await timed(app, first)
    hits = len(page["items"])
    # The third page's path, from the cursors (when there is one).
    third: str | None = None
    cursor = page["next_cursor"]
    for _ in range(2):
        if cursor is None:
            break
        path = f"/api/v1/search?{urlencode({'q': q, **extra, 'cursor': cursor})}"
        _, page = await timed(app, path)
        third, cursor = path, page["next_cursor"]
    result: dict[str, Any] = {"q": q, **extra, "hits_on_page_1": hits}
    for name, timed_path in (("page_1", first), ("page_3", third)):
        if timed_path is None:
            continue
        path = timed_path
        for _ in range(3):  # warm-up
            await timed(app, path)
        times = [(await timed(app, path))[0] for _ in range(runs)]
        result[name] = {
            "p50_ms": round(statistics.median(times), 1),
            "p95_ms": round(percentile(times, 0.95), 1),
            "max_ms": round(max(times), 1),
        }
    return result


async def main(args: argparse.Namespace) -> None:
    settings = Settings(database_url=args.database_url, rate_limits_enabled=False)
    app = create_app(settings.model_copy(update={"frontend_dist": None}))
    results = []
    try:
        async with app.router.lifespan_context(app):
            for kind, q, extra in QUERIES:
                result = {"kind": kind, **await measure(app, q, extra, args.runs)}
                results.append(result)
                pages = "  ".join(
                    f"{name} p50 {result[name]['p50_ms']:6.1f} p95 {result[name]['p95_ms']:6.1f}"
                    for name in ("page_1", "page_3")
                    if name in result
                )
                print(f"{kind:28} {q!r:24} {pages}  ({result['hits_on_page_1']} hits)")
    finally:
        await release_resources(app)
    worst = max(r[page]["p95_ms"] for r in results for page in ("page_1", "page_3") if page in r)
    print(f"worst p95: {worst:.1f} ms")
    if args.json:
        document = {"database": app.state.database.engine.dialect.name, "results": results}
        await asyncio.to_thread(_write, args.json, document)


def _write(path: str, document: dict[str, Any]) -> None:
    with open(path, "w") as out:
        json.dump(document, out, indent=1)


def cli() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.search", description=__doc__)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--json", help="also write the figures to this file")
    asyncio.run(main(parser.parse_args()))


if __name__ == "__main__":
    cli()
