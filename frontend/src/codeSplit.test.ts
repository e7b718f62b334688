// The production build, made once into a temporary folder with the project's own Vite config:
// what a member's browser downloads holds no moderator screen, and every text file goes out
// precompressed (app/web.py sends the .br or .gz written beside it).
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliDecompressSync, gunzipSync } from "node:zlib";

import { build } from "vite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const MOD_SCREENS = ["QueuePage", "AuditLogPage", "CategoriesAdminPage"].map((name) =>
  path.join(root, "src", "pages", "mod", `${name}.tsx`),
);

/** Screens every visitor may open, but few on a first visit: chunks of their own too. */
const OTHER_LAZY_SCREENS = [
  "SearchPage.tsx",
  "MeetupsPage.tsx",
  "MeetupPage.tsx",
  "MeetupFormPage.tsx",
  "GroupsPage.tsx",
  "GroupPage.tsx",
].map((page) => path.join(root, "src", "pages", page));

interface Chunk {
  type: "chunk";
  fileName: string;
  isEntry: boolean;
  imports: string[];
  dynamicImports: string[];
  moduleIds: string[];
}
interface Asset {
  type: "asset";
  fileName: string;
}

let outDir = "";
let chunks = new Map<string, Chunk>();

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), "village-build-"));
  const result = await build({
    root,
    configFile: path.join(root, "vite.config.ts"),
    logLevel: "silent",
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as { output: (Chunk | Asset)[] }[];
  chunks = new Map(
    outputs
      .flatMap((bundle) => bundle.output)
      .filter((item): item is Chunk => item.type === "chunk")
      .map((chunk) => [chunk.fileName, chunk]),
  );
}, 180_000);

afterAll(async () => {
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

function entryChunk(): Chunk {
  const entry = [...chunks.values()].find((chunk) => chunk.isEntry);
  if (!entry) throw new Error("the build has no entry chunk");
  return entry;
}

/** The entry chunk and every chunk it imports statically: what loads on any first visit. */
function firstLoad(): Chunk[] {
  const seen = new Map<string, Chunk>();
  const visit = (chunk: Chunk) => {
    if (seen.has(chunk.fileName)) return;
    seen.set(chunk.fileName, chunk);
    for (const name of chunk.imports) {
      const imported = chunks.get(name);
      if (imported) visit(imported);
    }
  };
  visit(entryChunk());
  return [...seen.values()];
}

describe("code split", () => {
  test("members never download the moderator screens", () => {
    const loaded = firstLoad().flatMap((chunk) => chunk.moduleIds.map((id) => path.normalize(id)));
    expect(loaded.length).toBeGreaterThan(10);
    expect(loaded).toContain(path.join(root, "src", "pages", "ThreadPage.tsx"));
    for (const screen of MOD_SCREENS) expect(loaded).not.toContain(screen);
    for (const screen of OTHER_LAZY_SCREENS) expect(loaded).not.toContain(screen);
  });

  test("each moderator screen is a chunk the app imports on demand", () => {
    const loaded = firstLoad();
    const onDemand = [...chunks.values()].filter(
      (chunk) =>
        !loaded.includes(chunk) &&
        loaded.some((first) => first.dynamicImports.includes(chunk.fileName)),
    );
    for (const screen of [...MOD_SCREENS, ...OTHER_LAZY_SCREENS]) {
      const holder = onDemand.find((chunk) =>
        chunk.moduleIds.map((id) => path.normalize(id)).includes(screen),
      );
      expect(holder, screen).toBeDefined();
    }
  });
});

describe("precompressed files", () => {
  test("every script, style sheet and the page have .br and .gz beside them", async () => {
    const assets = (await readdir(path.join(outDir, "assets"))).map((name) => `assets/${name}`);
    const texts = ["index.html", ...assets.filter((name) => /\.(js|css)$/.test(name))];
    expect(texts.some((name) => name.endsWith(".css"))).toBe(true);
    for (const name of texts) {
      const original = await readFile(path.join(outDir, name));
      if (original.length < 1024) continue; // tiny chunks may not shrink: served as they are
      const br = await readFile(path.join(outDir, `${name}.br`));
      const gz = await readFile(path.join(outDir, `${name}.gz`));
      expect(brotliDecompressSync(br).equals(original), name).toBe(true);
      expect(gunzipSync(gz).equals(original), name).toBe(true);
      expect(br.length, name).toBeLessThan(original.length);
    }
  });

  test("the first visit's script is small once compressed", async () => {
    const entry = entryChunk();
    const original = await readFile(path.join(outDir, entry.fileName));
    const br = await readFile(path.join(outDir, `${entry.fileName}.br`));
    // About a quarter: what a slow phone network carries instead of the whole file.
    expect(br.length).toBeLessThan(original.length / 3);
  });
});
