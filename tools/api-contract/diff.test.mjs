// The breaking-change check, both ways, on the app's own document (API_DOC, written by
// `village openapi`; `make lint-api` writes build/openapi.json first): each breaking edit
// must fail it, and additions must pass.
//
//   API_DOC=build/openapi.json node --test tools/api-contract/
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { changes, check, releasedName, versionOf } from "./diff.mjs";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const released = JSON.parse(
  readFileSync(process.env.API_DOC ?? join(repo, "build/openapi.json"), "utf8"),
);
const METHODS = ["get", "put", "post", "delete", "patch"];

function operations(document) {
  return Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ path, method, op: item[method] })),
  );
}

const componentOf = (schema) => schema?.$ref?.split("/").at(-1);

/** The document after `edit`, and the breaking changes found against the released one. */
function breakingAfter(edit) {
  const edited = structuredClone(released);
  edit(edited);
  return { edited, breaking: changes(released, edited).breaking ?? [] };
}

function assertBreaking(edit) {
  const { breaking } = breakingAfter(edit);
  assert.ok(breaking.length > 0, "expected the edit to be found breaking");
  return breaking;
}

test("the document is its own compatible successor", () => {
  assert.deepEqual(changes(released, structuredClone(released)), {});
});

test("removing a route breaks", () => {
  const [path] = Object.keys(released.paths);
  const breaking = assertBreaking((document) => delete document.paths[path]);
  assert.ok(breaking.some((diff) => diff.path[1] === path));
});

test("removing a required field of a response breaks", () => {
  // A read whose 200 answers a component schema with required fields.
  const target = operations(released)
    .map(({ op }) => componentOf(op.responses?.["200"]?.content?.["application/json"]?.schema))
    .find((name) => name && released.components.schemas[name].required?.length);
  assert.ok(target, "no read answers a schema with required fields");
  assertBreaking((document) => {
    const schema = document.components.schemas[target];
    const field = schema.required.shift();
    delete schema.properties[field];
  });
});

test("adding a required field to a request body breaks", () => {
  const target = operations(released)
    .map(({ op }) => componentOf(op.requestBody?.content?.["application/json"]?.schema))
    .find(Boolean);
  assert.ok(target, "no operation takes a JSON body of a component schema");
  assertBreaking((document) => {
    const schema = document.components.schemas[target];
    schema.properties.added_in_test = { type: "string" };
    schema.required = [...(schema.required ?? []), "added_in_test"];
  });
});

test("making an optional query parameter required breaks", () => {
  const found = operations(released).find(({ op }) =>
    (op.parameters ?? []).some((p) => p.in === "query" && !p.required),
  );
  assert.ok(found, "no operation has an optional query parameter");
  assertBreaking((document) => {
    const parameters = document.paths[found.path][found.method].parameters;
    parameters.find((p) => p.in === "query" && !p.required).required = true;
  });
});

test("changing a response field's type breaks", () => {
  const target = operations(released)
    .map(({ op }) => componentOf(op.responses?.["200"]?.content?.["application/json"]?.schema))
    .find((name) => {
      const properties = released.components.schemas[name ?? ""]?.properties ?? {};
      return Object.values(properties).some((p) => p.type === "integer");
    });
  assert.ok(target, "no read answers a schema with an integer field");
  assertBreaking((document) => {
    const { properties } = document.components.schemas[target];
    Object.values(properties).find((p) => p.type === "integer").type = "string";
  });
});

test("asking for a scope an operation did not need breaks", () => {
  const found = operations(released).find(({ op }) =>
    (op.security ?? []).some((requirement) => Object.keys(requirement).length),
  );
  assert.ok(found, "no operation needs credentials");
  const breaking = assertBreaking((document) => {
    for (const requirement of document.paths[found.path][found.method].security) {
      for (const scopes of Object.values(requirement)) scopes.push("scope-added-in-test");
    }
  });
  assert.ok(breaking.some((diff) => diff.path.at(-1) === "security"));
});

test("additions pass: a route, optional request fields, response fields, an error fewer", () => {
  const { breaking } = breakingAfter((document) => {
    const [path, item] = Object.entries(document.paths)[0];
    const copy = structuredClone(item);
    for (const method of METHODS) {
      if (copy[method]) copy[method].operationId = `${copy[method].operationId}AddedInTest`;
    }
    document.paths[`${path}/added-in-test`] = copy;
    for (const schema of Object.values(document.components.schemas)) {
      if (schema.type === "object" && schema.properties) {
        // Optional in requests, required in responses: both harmless to a client.
        schema.properties.added_in_test = { type: "string" };
      }
    }
    for (const { op } of operations(document)) {
      op.parameters = [
        ...(op.parameters ?? []),
        { name: "added_in_test", in: "query", required: false, schema: { type: "string" } },
      ];
      const errorStatus = Object.keys(op.responses).find((status) => status.startsWith("4"));
      if (errorStatus) delete op.responses[errorStatus];
    }
  });
  assert.deepEqual(breaking, []);
});

test("a new version prefix may break what the old one promised", () => {
  const dir = mkdtempSync(join(tmpdir(), "released-"));
  const version = versionOf(released);
  writeFileSync(join(dir, releasedName(version)), JSON.stringify(released));
  const next = `v${Number(version.slice(1)) + 1}`;
  const moved = structuredClone(released);
  moved.paths = Object.fromEntries(
    Object.entries(released.paths)
      .slice(1) // a route dropped on the way
      .map(([path, item]) => [path.replace(`/api/${version}`, `/api/${next}`), item]),
  );
  assert.equal(versionOf(moved), next);
  assert.equal(check(dir, moved).ok, true);

  const dropped = structuredClone(released);
  delete dropped.paths[Object.keys(dropped.paths)[0]];
  const result = check(dir, dropped);
  assert.equal(result.ok, false);
  assert.match(result.lines.join("\n"), /BREAKING/);
});

test("without any released document the check fails", () => {
  const result = check(mkdtempSync(join(tmpdir(), "released-")), released);
  assert.equal(result.ok, false);
  assert.match(result.lines[0], /make api-release/);
});

test("a schema that contains itself is compared too", () => {
  const tree = (leaf) => ({
    openapi: "3.1.0",
    info: { title: "tree", version: "1" },
    paths: {
      "/api/v1/nodes": {
        get: {
          responses: {
            200: {
              description: "A node and its children.",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Node" } } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Node: {
          type: "object",
          properties: {
            name: leaf,
            children: { type: "array", items: { $ref: "#/components/schemas/Node" } },
          },
          required: ["name", "children"],
        },
      },
    },
  });
  const before = tree({ type: "string" });
  assert.deepEqual(changes(before, tree({ type: "string", description: "Its name." })).breaking, undefined);
  assert.ok(changes(before, tree({ type: "integer" })).breaking.length > 0);
});

test("describing a field that refers to a schema breaks nothing", () => {
  const target = Object.entries(released.components.schemas).find(([, schema]) =>
    Object.values(schema.properties ?? {}).some((p) => p.$ref && Object.keys(p).length === 1),
  );
  assert.ok(target, "no schema has a field that is a bare $ref");
  const { breaking } = breakingAfter((document) => {
    const { properties } = document.components.schemas[target[0]];
    const field = Object.values(properties).find((p) => p.$ref && Object.keys(p).length === 1);
    field.description = "Described in a test.";
    field.examples = [];
  });
  assert.deepEqual(breaking, []);
});
