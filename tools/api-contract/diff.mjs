// Fails when the OpenAPI document breaks the released contract of its version prefix.
//
//   node tools/api-contract/diff.mjs docs/api build/openapi.json
//
// The released contract of `/api/v1` is `docs/api/openapi-v1.released.json`, written
// deliberately by `make api-release`. A change that would break a client written against it
// (a route or a response field removed, a request field or parameter made required, a type
// narrowed...) fails, unless the API moves to a new prefix (`/api/v2`): a prefix nothing was
// released under yet has nothing to break. api-smart-diff classifies each change.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { apiCompare } from "api-smart-diff";

const PREFIX = /^\/api\/(v\d+)(?:\/|$)/;

/** The version prefix every path of the document starts with: `v1` for `/api/v1/...`. */
export function versionOf(document) {
  const versions = new Set(
    Object.keys(document.paths ?? {}).map((path) => PREFIX.exec(path)?.[1] ?? "(none)"),
  );
  if (versions.size !== 1 || versions.has("(none)")) {
    throw new Error(`expected every path under one /api/vN prefix, found: ${[...versions]}`);
  }
  return [...versions][0];
}

export const releasedName = (version) => `openapi-${version}.released.json`;

// Reusable fragments are judged where they are used: api-smart-diff resolves every $ref, so a
// schema's change shows under each operation that sends or receives it, in the right
// direction (a required field added to a response is harmless, to a request breaking).
const FRAGMENTS = new Set([
  "schemas",
  "responses",
  "parameters",
  "examples",
  "requestBodies",
  "headers",
  "links",
  "callbacks",
]);

const judgedInPlace = (diff) => !(diff.path[0] === "components" && FRAGMENTS.has(diff.path[1]));

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

// Where api-smart-diff's judgement is not ours:
// - an error status an operation no longer answers breaks no client (it has one case fewer to
//   meet), but api-smart-diff counts any removed response as breaking;
// - security requirements are judged as a whole by securityTightened() below: api-smart-diff
//   takes a scope dropped as breaking and a scope added as harmless, the wrong way round.
// - a response's type or format changed to one the client did not expect breaks it, but
//   api-smart-diff judges a response by its request rules reversed, so `integer` → `string`
//   or `date-time` → `date` in a response passes as harmless (only a narrower type is:
//   `number` → `integer`).
function ourJudgement(diff) {
  const [root, , method, part, status] = diff.path.map(String);
  const inOperation = root === "paths" && METHODS.includes(method);
  const errorResponseRemoved =
    inOperation && part === "responses" && diff.path.length === 5 &&
    /^(4|5|default)/.test(status) && diff.action === "remove";
  const security = (inOperation && part === "security") || root === "security";
  if (errorResponseRemoved || security) return { ...diff, type: "non-breaking" };
  const responseType =
    inOperation && part === "responses" && diff.path.at(-1) === "type" && diff.action === "replace";
  if (responseType && !isNarrower(diff.after, diff.before)) return { ...diff, type: "breaking" };
  // Likewise a response's `format` changed or dropped (`date-time` → `date`).
  const responseFormat =
    inOperation && part === "responses" && diff.path.at(-1) === "format" && diff.action !== "add";
  if (responseFormat) return { ...diff, type: "breaking" };
  return diff;
}

// Every type `after` allows, `before` allowed (an integer is a number).
function isNarrower(after, before) {
  const allowed = [before].flat();
  return [after].flat().every(
    (type) => allowed.includes(type) || (type === "integer" && allowed.includes("number")),
  );
}

function requirements(document, operation) {
  const security = operation.security ?? document.security ?? [];
  return security.length ? security : [{}]; // no requirement: anyone may call it
}

// `a` asks no more than `b`: its every scheme is in `b`, with no scope `b` lacks.
const asksNoMore = (a, b) =>
  Object.entries(a).every(([scheme, scopes]) =>
    scheme in b && scopes.every((scope) => b[scheme].includes(scope)),
  );

const show = (requirement) =>
  Object.entries(requirement)
    .map(([scheme, scopes]) => `${scheme}[${scopes.join(" ")}]`)
    .join(" + ") || "no credentials";

/** Operations that now ask more of a caller than before (a scope, a scheme, a token where
 * none was needed): a credential that worked would now get 401 or 403. api-smart-diff takes
 * a scope added to a requirement as harmless, so this is judged here. */
export function securityTightened(before, after) {
  const found = [];
  for (const [path, item] of Object.entries(before.paths ?? {})) {
    for (const method of METHODS) {
      const was = item[method];
      const now = after.paths?.[path]?.[method];
      if (!was || !now) continue; // a removed operation is reported as such
      const accepted = requirements(after, now);
      for (const requirement of requirements(before, was)) {
        if (!accepted.some((candidate) => asksNoMore(candidate, requirement))) {
          found.push({
            action: "replace",
            path: ["paths", path, method, "security"],
            description: `${show(requirement)} is no longer enough; it now takes ` +
              accepted.map(show).join(" or "),
            type: "breaking",
          });
        }
      }
    }
  }
  return found;
}

/** The changes from `before` to `after`, by kind (`breaking`, `non-breaking`, ...). */
export function changes(before, after) {
  const { diffs } = apiCompare(before, after);
  const judged = [...diffs.filter(judgedInPlace).map(ourJudgement), ...securityTightened(before, after)];
  const byType = {};
  for (const diff of judged) (byType[diff.type] ??= []).push(diff);
  return byType;
}

function describe(diff) {
  const where = diff.path.map(String).join(" › ");
  return `${diff.action} ${where}${diff.description ? `: ${diff.description}` : ""}`;
}

/** Checks `current` against the released document of its prefix in `releasedDir`. */
export function check(releasedDir, current) {
  const version = versionOf(current);
  const released = readdirSync(releasedDir).filter((name) =>
    /^openapi-v\d+\.released\.json$/.test(name),
  );
  if (!released.includes(releasedName(version))) {
    if (released.length === 0) {
      return {
        ok: false,
        lines: [`No released document in ${releasedDir}: \`make api-release\` writes one.`],
      };
    }
    return {
      ok: true,
      lines: [
        `/api/${version} is a new version prefix (released: ${released.join(", ")}): ` +
          "nothing to break yet. `make api-release` when it is released.",
      ],
    };
  }
  const path = join(releasedDir, releasedName(version));
  const found = changes(JSON.parse(readFileSync(path, "utf8")), current);
  const count = (type) => found[type]?.length ?? 0;
  const lines = [
    `Against ${path}: ${count("breaking")} breaking, ${count("non-breaking")} non-breaking, ` +
      `${count("deprecated")} deprecated, ${count("annotation")} annotation, ` +
      `${count("unclassified")} unclassified changes.`,
  ];
  for (const diff of found.unclassified ?? []) lines.push(`  unclassified (review it): ${describe(diff)}`);
  for (const diff of found.breaking ?? []) lines.push(`  BREAKING: ${describe(diff)}`);
  if (count("breaking")) {
    lines.push(
      `A client written against the released /api/${version} would break. Keep the change ` +
        `compatible (add rather than remove or rename; new request fields optional), or ` +
        `release it under a new version prefix.`,
    );
  }
  return { ok: count("breaking") === 0, lines };
}

function main() {
  const [releasedDir, documentPath] = process.argv.slice(2);
  if (!releasedDir || !documentPath) {
    console.error("usage: node diff.mjs <released-dir> <openapi.json>");
    process.exit(2);
  }
  const result = check(releasedDir, JSON.parse(readFileSync(documentPath, "utf8")));
  (result.ok ? console.log : console.error)(result.lines.join("\n"));
  process.exit(result.ok ? 0 : 1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
