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

const METHODS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"];

// Where api-smart-diff's judgement is not ours:
// - an error status an operation no longer answers breaks no client (it has one case fewer to
//   meet), but api-smart-diff counts any removed response as breaking;
// - security requirements are judged as a whole by securityTightened() below: api-smart-diff
//   takes a scope dropped as breaking and a scope added as harmless, the wrong way round;
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
  const inResponse = inOperation && part === "responses";
  if (inResponse && isKeyword(diff.path, "type") && diff.action === "replace") {
    return isNarrower(diff.after, diff.before) ? diff : { ...diff, type: "breaking" };
  }
  if (inResponse && isKeyword(diff.path, "format") && diff.action !== "add") {
    return { ...diff, type: "breaking" }; // changed or dropped: `date-time` → `date`
  }
  return diff;
}

// The diff is about the schema keyword `key`, not about a property of that name.
const isKeyword = (path, key) => path.at(-1) === key && path.at(-2) !== "properties";

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

// Keywords that describe a schema without constraining it any further.
const ANNOTATIONS = new Set([
  "title",
  "description",
  "summary",
  "examples",
  "example",
  "deprecated",
  "readOnly",
  "writeOnly",
  "default",
  "$comment",
]);

/**
 * The document as api-smart-diff should see it: every schema, response or parameter written
 * out where it is used, so each change is judged there, in its direction (a required field
 * added to a response is harmless, to a request breaking), and the reusable fragments,
 * now written out, left out. api-smart-diff resolves a bare $ref itself, but takes one with
 * keywords beside it (`{$ref, description}`, as OpenAPI 3.1 allows) for an inline schema of
 * those keywords alone: describing a field that refers to a schema would read as every
 * property of that schema removed.
 */
export function writtenOut(document) {
  const resolve = (pointer) =>
    pointer
      .slice(2)
      .split("/")
      .map((part) => part.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce((node, key) => node?.[key], document);
  let recursive = false;
  const walk = (node, following) => {
    if (Array.isArray(node)) return node.map((item) => walk(item, following));
    if (node === null || typeof node !== "object") return node;
    const { $ref, ...siblings } = node;
    const local = typeof $ref === "string" && $ref.startsWith("#/");
    // A schema that contains itself keeps its inner $ref: written out once is enough.
    if (local && following.has($ref)) recursive = true;
    if (!local || following.has($ref)) {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, walk(v, following)]));
    }
    const target = walk(resolve($ref), new Set([...following, $ref]));
    const beside = walk(siblings, following);
    // Notes beside a $ref (a description, examples) simply join it; a constraint beside it
    // applies as well as the target's (`allOf`), which api-smart-diff merges in bodies only.
    if (Object.keys(beside).every((key) => ANNOTATIONS.has(key))) return { ...target, ...beside };
    return { ...beside, allOf: [target] };
  };
  const { components = {}, ...rest } = document;
  const written = walk(rest, new Set());
  // The fragments stay only for the $refs a recursive schema keeps (their own diffs are
  // left out by changes()); the security schemes are no fragments: they are judged as such.
  const kept = recursive ? components : { securitySchemes: components.securitySchemes ?? {} };
  return { ...written, components: kept };
}

const isFragment = (diff) => diff.path[0] === "components" && diff.path[1] !== "securitySchemes";

// What only explains (and api-smart-diff would only count as annotations, or leave examples
// unclassified): left out, which also halves the time a comparison takes.
const NOTES = new Set(["description", "summary", "title", "examples", "example", "$comment"]);

/** The document without its notes; a property of one of those names stays. */
export function withoutNotes(node, isPropertyMap = false) {
  if (Array.isArray(node)) return node.map((item) => withoutNotes(item));
  if (node === null || typeof node !== "object") return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => isPropertyMap || !NOTES.has(key))
      .map(([key, value]) => [key, withoutNotes(value, !isPropertyMap && key === "properties")]),
  );
}

/** The changes from `before` to `after`, by kind (`breaking`, `non-breaking`, ...). */
export function changes(before, after) {
  const [was, now] = [before, after].map((document) => withoutNotes(writtenOut(document)));
  // A path written out the same in both has nothing to report: left out, so that comparing
  // takes time only for what changed.
  for (const path of Object.keys(was.paths ?? {})) {
    if (JSON.stringify(was.paths[path]) === JSON.stringify(now.paths?.[path])) {
      delete was.paths[path];
      delete now.paths[path];
    }
  }
  const { diffs } = apiCompare(was, now);
  const judged = [
    ...diffs.filter((diff) => !isFragment(diff)).map(ourJudgement),
    ...securityTightened(before, after),
  ];
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
  const counts = Object.entries(found).map(([type, diffs]) => `${diffs.length} ${type}`);
  const lines = [`Against ${path}: ${counts.length ? counts.join(", ") : "no"} changes.`];
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
