// Screen readers hear errors as they appear (issue 26 item 5): every error the window shows (a
// field's `field-error`, a `callout-danger`) is an alert. Saves and conflicts are statuses; the
// component tests check those one by one. This reads every component's markup.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

function components(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return components(path);
    return entry.name.endsWith(".svelte") ? [path] : [];
  });
}

describe("announcements", () => {
  it("makes every error an alert, so it is read out when it appears", () => {
    const silent: string[] = [];
    for (const path of components(join(__dirname, "../.."))) {
      for (const [tag] of readFileSync(path, "utf8").matchAll(/<(p|div|span)\s[^>]*class="[^"]*\b(field-error|callout-danger)\b[^"]*"[^>]*>/g)) {
        if (!/role="alert"|role=\{/.test(tag)) silent.push(`${path.split("/src/")[1]}: ${tag}`);
      }
    }
    expect(silent).toEqual([]);
  });
});
