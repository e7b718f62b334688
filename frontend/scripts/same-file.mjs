// Fails when two files differ: `npm run check:api` uses it to catch stale generated types.
import { readFileSync, rmSync } from "node:fs";

const [committed, fresh] = process.argv.slice(2);
const same = readFileSync(committed, "utf8") === readFileSync(fresh, "utf8");
rmSync(fresh);
if (!same) {
  console.error(`${committed} is stale: run \`npm run gen:api\` after \`village openapi\`.`);
  process.exit(1);
}
console.log(`${committed} matches openapi.json`);
