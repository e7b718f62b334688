// Lints an OpenAPI document with Redocly CLI (its `recommended` ruleset, redocly.yaml) and
// Spectral (its `oas` ruleset, .spectral.yaml), and fails on any error or warning of either.
//
//   node tools/api-contract/lint.mjs build/openapi.json
//
// Both tools' findings are printed together, grouped by rule, each with the operation
// (`GET /api/v1/threads`) or the component it is about, then counted by operation, so a
// finding is easy to give to whoever owns that route.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../..");
const bin = (name) => join(here, "node_modules", ".bin", name);

// Neither tool may phone home from CI (nor wait on a network that is not there).
const quietEnv = {
  ...process.env,
  REDOCLY_TELEMETRY: "off",
  REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
  SCARF_ANALYTICS: "false",
  NO_COLOR: "1",
};

function run(command, args) {
  const result = spawnSync(command, args, { env: quietEnv, encoding: "utf8", maxBuffer: 1 << 28 });
  if (result.error) throw result.error;
  return result;
}

function parseJson(tool, result) {
  try {
    return JSON.parse(result.stdout);
  } catch {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error(`${tool} did not answer with JSON (exit ${result.status})`);
  }
}

/** `#/paths/~1api~1v1~1threads/get/responses/200` → `GET /api/v1/threads`. */
export function subjectOf(segments) {
  if (segments[0] === "paths" && segments.length >= 2) {
    const method = segments[2];
    const isMethod = /^(get|put|post|delete|patch|head|options|trace)$/.test(method ?? "");
    return isMethod ? `${method.toUpperCase()} ${segments[1]}` : segments[1];
  }
  if (segments[0] === "components" && segments.length >= 3) {
    return `components/${segments[1]}/${segments[2]}`;
  }
  return segments.length ? segments[0] : "(document)";
}

function pointerSegments(pointer) {
  return pointer
    .replace(/^#\/?/, "")
    .split("/")
    .filter((part) => part !== "")
    .map((part) => decodeURIComponent(part).replaceAll("~1", "/").replaceAll("~0", "~"));
}

function redoclyFindings(document) {
  const args = ["lint", "--config", join(repo, "redocly.yaml"), "--format", "json"];
  const result = run(bin("redocly"), [...args, "--max-problems", "100000", document]);
  return parseJson("Redocly", result).problems.map((problem) => {
    const segments = pointerSegments(problem.location?.[0]?.pointer ?? "#/");
    return {
      tool: "redocly",
      rule: problem.ruleId,
      severity: problem.severity === "warn" ? "warning" : problem.severity,
      subject: subjectOf(segments),
      where: segments.join("/"),
      message: problem.message,
    };
  });
}

const SPECTRAL_SEVERITY = ["error", "warning", "info", "hint"];

function spectralFindings(document) {
  const ruleset = join(repo, ".spectral.yaml");
  const result = run(bin("spectral"), ["lint", "-r", ruleset, "-f", "json", "-q", document]);
  if (result.status !== 0 && result.stdout.trim() === "") {
    // Spectral prints nothing but a reason when it cannot lint at all (bad ruleset, no file).
    process.stderr.write(result.stderr);
    throw new Error(`Spectral could not lint ${document} (exit ${result.status})`);
  }
  const found = result.stdout.trim() === "" ? [] : parseJson("Spectral", result);
  return found.map((problem) => ({
    tool: "spectral",
    rule: problem.code,
    severity: SPECTRAL_SEVERITY[problem.severity] ?? String(problem.severity),
    subject: subjectOf(problem.path.map(String)),
    where: problem.path.join("/"),
    message: problem.message,
  }));
}

function groupBy(items, key) {
  const groups = new Map();
  for (const item of items) {
    const name = key(item);
    if (!groups.has(name)) groups.set(name, []);
    groups.get(name).push(item);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

function report(findings) {
  const failing = findings.filter((f) => f.severity === "error" || f.severity === "warning");
  for (const [rule, items] of groupBy(findings, (f) => `${f.tool} ${f.rule} (${f.severity})`)) {
    console.log(`\n${rule}: ${items.length}`);
    for (const item of items.sort((a, b) => a.where.localeCompare(b.where))) {
      console.log(`  ${item.subject}: ${item.message}  [${item.where}]`);
    }
  }
  if (findings.length) {
    console.log("\nBy operation or component:");
    for (const [subject, items] of groupBy(findings, (f) => f.subject)) {
      const rules = groupBy(items, (f) => `${f.tool} ${f.rule}`);
      console.log(`  ${subject}: ${rules.map(([r, i]) => `${r} ×${i.length}`).join(", ")}`);
    }
  }
  const count = (tool, severity) =>
    findings.filter((f) => f.tool === tool && f.severity === severity).length;
  for (const tool of ["redocly", "spectral"]) {
    console.log(`${tool}: ${count(tool, "error")} errors, ${count(tool, "warning")} warnings`);
  }
  return failing.length === 0;
}

function main() {
  const document = process.argv[2];
  if (!document || !existsSync(document)) {
    console.error("usage: node lint.mjs <openapi.json> (write it with `village openapi`)");
    process.exit(2);
  }
  const findings = [...redoclyFindings(document), ...spectralFindings(document)];
  if (!report(findings)) {
    console.error(`\n${document}: the OpenAPI document has lint errors or warnings (above).`);
    process.exit(1);
  }
  console.log(`${document}: Redocly (recommended) and Spectral (oas) find nothing to fix.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
