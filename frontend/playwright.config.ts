// End-to-end tests: Debian's Chromium (no browser download) against a real Village server
// on a temporary SQLite database, started by scripts/e2e-server.sh.
import os from "node:os";
import path from "node:path";

import { defineConfig, devices } from "@playwright/test";

const port = Number(process.env.E2E_PORT ?? 8123);
// Where the e2e server's EMAIL_BACKEND=file writes each message (scripts/e2e-server.sh), for
// the journeys to read their mail (tests/e2e/mail.ts). Set here, before the server starts,
// so the test workers inherit the same folder.
process.env.E2E_MAIL_DIR ??= path.join(os.tmpdir(), `village-e2e-mail-${port}`);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/artifacts",
  // One server and one database for the whole run: journeys run one after another.
  workers: 1,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    { name: "desktop", use: { ...devices["Desktop Chrome"] } },
    {
      name: "phone-360",
      use: { ...devices["Desktop Chrome"], viewport: { width: 360, height: 740 }, hasTouch: true },
    },
  ],
  webServer: {
    command: `sh ./scripts/e2e-server.sh ${port}`,
    url: `http://127.0.0.1:${port}/readyz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "pipe",
    stderr: "pipe",
  },
});
