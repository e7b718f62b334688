import { chromium } from "playwright-core";
const base = "http://127.0.0.1:8102";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
const page = await context.newPage();
const res = await fetch(`${base}/api/v1/auth/token`, { method: "POST", body: new URLSearchParams({ username: "maya_mod", password: "village-demo-2026" }) });
const t = await res.json();
await page.goto(base + "/");
await page.evaluate((t) => localStorage.setItem("village.session", JSON.stringify({ access_token: t.access_token, refresh_token: t.refresh_token })), t);
await page.goto(base + "/mod/log");
await page.getByLabel("Actor (username)").fill("maya_mod");
await page.getByLabel("Action").selectOption("post.resolve");
await page.getByLabel("Target type").selectOption("post");
await page.getByRole("button", { name: "Apply filters" }).click();
await page.waitForURL(/action=post.resolve/);
await page.getByRole("table").waitFor();
console.log("url", page.url());
// keyboard: tab through filters
await page.goto(base + "/mod/queue");
await page.getByRole("article").first().waitFor();
await page.keyboard.press("Tab");
const seen = [];
for (let i = 0; i < 22; i++) { await page.keyboard.press("Tab"); seen.push(await page.evaluate(() => { const e = document.activeElement; return `${e.tagName}:${(e.getAttribute("aria-label") || e.textContent || e.id).trim().slice(0, 30)}`; })); }
console.log(seen.join(" | "));
await page.screenshot({ path: "/tmp/fe2-shots/focus.png" });
await browser.close();
