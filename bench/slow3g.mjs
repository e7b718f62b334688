#!/usr/bin/env node
// A first visit to a thread on a slow phone network: how long until the first post shows.
//
//   node bench/slow3g.mjs [--url http://127.0.0.1:8134] [--thread ID] [--runs 5]
//                         [--down-kbps 1600] [--up-kbps 750] [--latency-ms 150]
//                         [--cpu-slowdown 1] [--identity] [--json FILE]
//
// Needs a running `village serve` with the built web app and content (see bench/README.md,
// "A first visit on slow 3G"). Each run opens a new browser context (an empty cache, no
// cookies, no storage) in Debian's Chromium (CHROMIUM_PATH, else /usr/bin/chromium) at 360 x
// 740 CSS px with touch, throttles it through the DevTools protocol
// (Network.emulateNetworkConditions: the latency is added to every request, the throughput
// is shared by all of them), opens /t/ID and records, from inside the page, the moment the
// first post is laid out on screen (performance.now(): milliseconds since the navigation
// started). --identity sends `Accept-Encoding: identity`, to price what compression saves.
// Prints each run and the median; exits 1 when the median misses the target (1.5 s).
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// playwright-core comes with the web app's dev dependencies (frontend/node_modules).
const require = createRequire(path.join(ROOT, "frontend", "package.json"));
const { chromium } = require("playwright-core");

const TARGET_MS = 1500;
const { values: options } = parseArgs({
  options: {
    url: { type: "string", default: "http://127.0.0.1:8134" },
    thread: { type: "string" },
    runs: { type: "string", default: "5" },
    "down-kbps": { type: "string", default: "1600" },
    "up-kbps": { type: "string", default: "750" },
    "latency-ms": { type: "string", default: "150" },
    "cpu-slowdown": { type: "string", default: "1" },
    identity: { type: "boolean", default: false },
    json: { type: "string" },
  },
});
const base = options.url.replace(/\/$/, "");
const runs = positive("runs");
const network = {
  offline: false,
  latency: positive("latency-ms"),
  downloadThroughput: (positive("down-kbps") * 1000) / 8, // bytes per second
  uploadThroughput: (positive("up-kbps") * 1000) / 8,
};
const cpuSlowdown = positive("cpu-slowdown");

function positive(name) {
  const value = Number(options[name]);
  if (!Number.isFinite(value) || value <= 0) {
    console.error(`slow3g: --${name} must be a positive number, not ${options[name]}`);
    process.exit(2);
  }
  return value;
}

// Set in the page before any of its scripts: the first post's arrival on screen, timed by the
// page's own clock, so nothing on the test's side (polling, round trips to the browser) adds.
function watchForFirstPost() {
  const seen = () => {
    const post = document.querySelector("article.post");
    if (!post) return false;
    const box = post.getBoundingClientRect();
    return box.height > 0 && box.top < window.innerHeight;
  };
  new MutationObserver((_changes, observer) => {
    if (window.__firstPostAt === undefined && seen()) {
      // The frame that shows it, not the script that inserted it.
      requestAnimationFrame(() => {
        window.__firstPostAt ??= performance.now();
      });
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function firstThread() {
  const response = await fetch(`${base}/api/v1/threads?limit=1`);
  if (!response.ok) throw new Error(`GET /api/v1/threads answered ${response.status}`);
  const page = await response.json();
  if (!page.items?.length) throw new Error("the forum has no threads: seed it first");
  return page.items[0].id;
}

async function visit(browser, threadId) {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.emulateNetworkConditions", network);
    if (cpuSlowdown > 1) await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
    if (options.identity) {
      await cdp.send("Network.setExtraHTTPHeaders", { headers: { "Accept-Encoding": "identity" } });
    }
    // requestId -> { url, bytes, encoding, start_ms, end_ms } (from the first request on)
    const transfers = new Map();
    let origin;
    const since = (timestamp) => Math.round((timestamp - origin) * 1000);
    cdp.on("Network.requestWillBeSent", ({ requestId, request, timestamp }) => {
      origin ??= timestamp;
      transfers.set(requestId, {
        url: request.url.replace(base, ""),
        encoding: "identity",
        bytes: 0,
        start_ms: since(timestamp),
        end_ms: null,
      });
    });
    cdp.on("Network.responseReceived", ({ requestId, response }) => {
      const transfer = transfers.get(requestId);
      const headers = Object.fromEntries(
        Object.entries(response.headers).map(([name, value]) => [name.toLowerCase(), value]),
      );
      if (transfer) transfer.encoding = headers["content-encoding"] ?? "identity";
    });
    cdp.on("Network.loadingFinished", ({ requestId, encodedDataLength, timestamp }) => {
      const transfer = transfers.get(requestId);
      if (!transfer) return;
      transfer.bytes = encodedDataLength;
      transfer.end_ms = since(timestamp);
    });
    await page.addInitScript(watchForFirstPost);
    await page.goto(`${base}/t/${threadId}`, { waitUntil: "commit" });
    await page.waitForFunction(() => window.__firstPostAt !== undefined, null, {
      timeout: 60_000,
      polling: 50,
    });
    const firstPostMs = await page.evaluate(() => window.__firstPostAt);
    const requests = [...transfers.values()];
    return {
      first_post_ms: Math.round(firstPostMs),
      requests: requests.length,
      bytes: requests.reduce((sum, transfer) => sum + transfer.bytes, 0),
      transfers: requests,
    };
  } finally {
    await context.close();
  }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
try {
  const threadId = options.thread ?? (await firstThread());
  const label = options.identity ? "uncompressed (Accept-Encoding: identity)" : "compressed";
  console.log(
    `first visit to ${base}/t/${threadId}, ${label}: 360 px phone, ` +
      `${options["down-kbps"]} kbps down, ${options["up-kbps"]} kbps up, ` +
      `${network.latency} ms latency, CPU slowdown ${cpuSlowdown}x, ${runs} runs`,
  );
  const results = [];
  for (let run = 1; run <= runs; run++) {
    const result = await visit(browser, threadId);
    results.push(result);
    console.log(
      `  run ${run}: first post at ${result.first_post_ms} ms; ` +
        `${result.requests} requests, ${(result.bytes / 1024).toFixed(1)} KiB transferred`,
    );
  }
  const ordered = [...results].sort((a, b) => a.first_post_ms - b.first_post_ms);
  const middle = ordered[Math.floor((ordered.length - 1) / 2)];
  const median = middle.first_post_ms;
  console.log("  what the median run fetched (ms from its first request: sent, done):");
  for (const transfer of middle.transfers) {
    const when = `${transfer.start_ms}`.padStart(5) + ` ${`${transfer.end_ms ?? "open"}`.padStart(5)}`;
    console.log(
      `    ${when}  ${(transfer.bytes / 1024).toFixed(1).padStart(7)} KiB  ` +
        `${transfer.encoding.padEnd(8)} ${transfer.url}`,
    );
  }
  const met = median < TARGET_MS;
  console.log(
    `median time to the first post: ${median} ms (target < ${TARGET_MS} ms: ${met ? "met" : "MISSED"})`,
  );
  if (options.json) {
    const document = {
      when: new Date().toISOString(),
      url: `${base}/t/${threadId}`,
      network: { ...network, cpuSlowdown, acceptEncoding: options.identity ? "identity" : "browser" },
      median_first_post_ms: median,
      target_ms: TARGET_MS,
      runs: results,
    };
    writeFileSync(options.json, JSON.stringify(document, null, 1) + "\n");
    console.log(`results: ${options.json}`);
  }
  process.exitCode = met ? 0 : 1;
} finally {
  await browser.close();
}
