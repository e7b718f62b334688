// The mail the e2e server sent: EMAIL_BACKEND=file writes one .eml per message into
// E2E_MAIL_DIR (playwright.config.ts, scripts/e2e-server.sh). A journey waits for the newest
// message to an address and follows the link in it, as the person would.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";

import { expect } from "@playwright/test";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

function mailDir(): string {
  const dir = process.env.E2E_MAIL_DIR;
  if (!dir) throw new Error("E2E_MAIL_DIR is not set (see playwright.config.ts)");
  return dir;
}

function decodeQuotedPrintable(text: string): string {
  const bytes: number[] = [];
  const soft = text.replace(/=\r?\n/g, "");
  for (let i = 0; i < soft.length; i += 1) {
    const hex = soft[i] === "=" ? soft.slice(i + 1, i + 3) : "";
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i]!, "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

/** Headers (lower-cased names, folded lines joined) and the body of one MIME part. */
function splitPart(raw: string): { headers: Map<string, string>; body: string } {
  const [head = "", ...rest] = raw.split(/\r?\n\r?\n/);
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body: rest.join("\n\n") };
}

/** The text/plain content of a message (the whole of it, or its plain-text part). */
function plainText(raw: string): string {
  const { headers, body } = splitPart(raw);
  const type = headers.get("content-type") ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    const parts = body
      .split(`--${boundary}`)
      .slice(1, -1)
      .map((part) => part.replace(/^\r?\n/, ""));
    const plain = parts.find((part) => /^text\/plain/i.test(splitPart(part).headers.get("content-type") ?? "text/plain"));
    return plain ? plainText(plain) : "";
  }
  const encoding = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") return decodeQuotedPrintable(body);
  return body;
}

async function messagesTo(address: string): Promise<Mail[]> {
  let names: string[];
  try {
    names = (await readdir(mailDir())).filter((name) => name.endsWith(".eml"));
  } catch {
    return [];
  }
  // The file names start with the time they were written: sorted, the newest comes last.
  const found: Mail[] = [];
  for (const name of names.sort()) {
    const raw = await readFile(path.join(mailDir(), name), "utf8");
    const { headers } = splitPart(raw);
    const to = headers.get("to") ?? "";
    if (to.toLowerCase().includes(address.toLowerCase())) {
      found.push({ to, subject: headers.get("subject") ?? "", text: plainText(raw) });
    }
  }
  return found;
}

/** Waits for the newest message to `address` whose subject matches, and returns it. */
export async function newestMail(address: string, subject: RegExp): Promise<Mail> {
  let mail: Mail | undefined;
  await expect
    .poll(
      async () => {
        mail = (await messagesTo(address)).filter((message) => subject.test(message.subject)).at(-1);
        return mail?.subject ?? null;
      },
      { message: `an email to ${address} about ${subject}`, timeout: 20_000 },
    )
    .toMatch(subject);
  return mail!;
}

/** The link in a message that leads to `pathname` on the e2e server, as a path and query. */
export function linkTo(mail: Mail, pathname: string): string {
  const match = mail.text.match(new RegExp(`https?://[^\\s/]+${pathname}\\?[^\\s]+`));
  if (!match) throw new Error(`no link to ${pathname} in: ${mail.text}`);
  const url = new URL(match[0]);
  return `${url.pathname}${url.search}`;
}
