import { chromium } from "playwright-core";
const base = "http://127.0.0.1:8102";
const [,, who = "maya_mod", scheme = "light", width = "360", path = "/", ...clips] = process.argv;
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const context = await browser.newContext({ viewport: { width: Number(width), height: 800 }, colorScheme: scheme });
const page = await context.newPage();
page.on("console", (m) => { if (m.type() === "error") console.log("console:", m.text()); });
page.on("pageerror", (e) => console.log("pageerror:", e.message));
if (who !== "anon") {
  const res = await fetch(`${base}/api/v1/auth/token`, { method: "POST", body: new URLSearchParams({ username: who, password: "village-demo-2026" }) });
  const t = await res.json();
  await page.goto(base + "/");
  await page.evaluate((t) => localStorage.setItem("village.session", JSON.stringify({ access_token: t.access_token, refresh_token: t.refresh_token })), t);
}
await page.goto(base + path);
await page.waitForTimeout(1500);
const h = await page.evaluate(() => document.documentElement.scrollHeight);
console.log("height", h);
for (const c of clips.length ? clips : ["0"]) {
  const y = Number(c);
  const name = `/tmp/fe2-shots/${who}-${scheme}-${width}-${path.replace(/[^a-z0-9]+/gi, "_")}-${y}.png`;
  await page.screenshot({ path: name, fullPage: true, clip: { x: 0, y, width: Number(width), height: Math.min(900, h - y) } });
  console.log(name);
}
await browser.close();
