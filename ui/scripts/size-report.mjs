// Reports the JS the window loads first and fails the build above the budget.
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const BUDGET = 400 * 1024;
const dist = new URL("../dist/", import.meta.url).pathname;
const html = readFileSync(join(dist, "index.html"), "utf8");
const initial = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
if (initial.length === 0) {
  console.error("size-report: no script found in dist/index.html");
  process.exit(1);
}
let total = 0;
for (const file of initial) {
  const size = statSync(join(dist, file)).size;
  total += size;
  console.warn(`  ${file}: ${(size / 1024).toFixed(1)} kB`);
}
console.warn(`initial JS: ${(total / 1024).toFixed(1)} kB minified (budget ${BUDGET / 1024} kB)`);
if (total > BUDGET) {
  console.error(`size-report: initial JS is over budget by ${((total - BUDGET) / 1024).toFixed(1)} kB`);
  process.exit(1);
}
