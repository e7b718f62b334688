// Makes the current OpenAPI document the released contract of its version prefix, the one
// `diff.mjs` holds later changes to: `make api-release`, run deliberately when releasing.
//
//   node tools/api-contract/release.mjs build/openapi.json docs/api
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { releasedName, versionOf } from "./diff.mjs";

const [documentPath, releasedDir] = process.argv.slice(2);
if (!documentPath || !releasedDir) {
  console.error("usage: node release.mjs <openapi.json> <released-dir>");
  process.exit(2);
}
const version = versionOf(JSON.parse(readFileSync(documentPath, "utf8")));
const target = join(releasedDir, releasedName(version));
mkdirSync(releasedDir, { recursive: true });
copyFileSync(documentPath, target);
console.log(`Released /api/${version}: ${target} (commit it; later changes are diffed against it).`);
