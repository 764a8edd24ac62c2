// The message catalogue's checks (issue 26 item 2): every message in every language, none
// unused, the same placeholders everywhere, and the TypeScript names fresh.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { catalogue, isWindowFile, typesSource, TYPES } from "../../../scripts/i18n.mjs";
import { LOCALES } from "./locales";

const all = catalogue();
const english = all["en"] ?? {};

function sourcesUnder(dir: string, ext: RegExp): string {
  let text = "";
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) text += sourcesUnder(path, ext);
    else if (ext.test(entry.name) && !entry.name.endsWith(".test.ts") && !entry.name.endsWith(".gen.ts")) text += readFileSync(path, "utf8");
  }
  return text;
}

/**
 * The names the window computes from core's preference catalogue (`words.ts`): each key's
 * `pref-<key>` and `pref-<key>-help`, each choice's `pref-<key>-<value>`, each built-in sound's
 * `sound-<id>`, each group's `group-<group>`. Read from the Rust source, so a preference added
 * there without its words fails here.
 */
function computedIds(): string[] {
  const root = join(__dirname, "../../../..");
  const catalog = readFileSync(join(root, "crates/core/src/preferences/catalog.rs"), "utf8");
  const lists = new Map<string, string[]>();
  for (const [, name, body] of catalog.matchAll(/const (\w+): &\[\(&str, &str\)\] = &\[([\s\S]*?)\];/g)) {
    lists.set(name ?? "", [...(body ?? "").matchAll(/\(\s*"([^"]*)",/g)].map((m) => m[1] ?? ""));
  }
  const ids: string[] = [];
  for (const [, key, choices] of catalog.matchAll(/spec!\("(\w+)", \w+, "[^"]*", "[^"]*", (?:Kind::Choice\((\w+)\))?/g)) {
    ids.push(`pref-${key}`, `pref-${key}-help`);
    for (const value of choices ? (lists.get(choices) ?? []) : []) ids.push(`pref-${key}-${value.replace(/%/g, "pct")}`);
  }
  expect(ids.length).toBeGreaterThan(100);
  for (const sound of ["none", ...(lists.get("BUILT_IN_SOUNDS") ?? [])]) ids.push(`sound-${sound}`);
  const bindings = readFileSync(join(__dirname, "../bindings.ts"), "utf8");
  const groups = bindings.split("export type PreferenceGroup =")[1]?.split("export type ")[0] ?? "";
  for (const [, group] of groups.matchAll(/"([a-z_]+)"/g)) ids.push(`group-${group}`);
  return ids;
}

describe("the message catalogue", () => {
  it("has a folder for each language Tether offers, and no other", () => {
    expect(Object.keys(all).sort()).toEqual([...LOCALES].sort());
  });

  it("has every message of every file in every language, with English's placeholders", () => {
    const problems: string[] = [];
    for (const [locale, files] of Object.entries(all)) {
      for (const [file, messages] of Object.entries(english)) {
        const theirs = files[file];
        if (!theirs) {
          problems.push(`${locale}/${file} is missing`);
          continue;
        }
        for (const [id, vars] of Object.entries(messages)) {
          if (!(id in theirs)) problems.push(`${locale}/${file}: ${id} is missing`);
          else if (JSON.stringify(theirs[id]) !== JSON.stringify(vars))
            problems.push(`${locale}/${file}: ${id} uses ${JSON.stringify(theirs[id])}, English ${JSON.stringify(vars)}`);
        }
        for (const id of Object.keys(theirs)) if (!(id in messages)) problems.push(`${locale}/${file}: ${id} is not in English`);
      }
      for (const file of Object.keys(files)) if (!(file in english)) problems.push(`${locale}/${file} has no English original`);
    }
    expect(problems).toEqual([]);
  });

  it("uses every message of the window", () => {
    const code = sourcesUnder(join(__dirname, "../.."), /\.(svelte|ts)$/);
    const ids = Object.entries(english)
      .filter(([file]) => isWindowFile(file))
      .flatMap(([, messages]) => Object.keys(messages));
    expect(ids.length).toBeGreaterThan(100);
    const computed = new Set(computedIds());
    const unused = ids.filter((id) => !id.startsWith("-") && !computed.has(id) && !code.includes(`"${id}"`));
    expect(unused).toEqual([]);
  });

  it("names every preference, choice, built-in sound and group of core's catalogue, and nothing else", () => {
    const names = Object.keys(english["ui-preferences.ftl"] ?? {}).filter((id) => /^(pref|sound|group)-/.test(id));
    const literal = ["pref-language-workspace"];
    expect(names.filter((id) => !literal.includes(id)).sort()).toEqual([...computedIds()].sort());
  });

  it("leaves no words in the window's markup outside the catalogue", () => {
    // Text and the attributes a person reads (labels, placeholders, titles, alternatives), with
    // the script, styles, comments and every `{…}` expression taken out: what is left was typed
    // into the markup in English. Names (Tether, Rocket.Chat, Chatwoot) and example addresses stay.
    const names = new Set(["Tether", "Rocket.Chat", "Chatwoot"]);
    const address = (token: string) => /[@./]/.test(token);
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith(".svelte")) {
          const markup = readFileSync(path, "utf8")
            .replace(/<script[\s\S]*?<\/script>/g, "")
            .replace(/<style[\s\S]*?<\/style>/g, "")
            .replace(/<!--[\s\S]*?-->/g, "");
          for (const [, name, value] of markup.matchAll(/\s(aria-label|placeholder|title|alt|label)="([^"{]*)"/g)) {
            if (/[A-Za-z]{2,}/.test(value ?? "") && !(value ?? "").split(/[\s,]+/).filter(Boolean).every(address)) found.push(`${entry.name}: ${name}="${value}"`);
          }
          let depth = 0;
          let text = "";
          for (const c of markup) {
            if (c === "{") depth += 1;
            else if (c === "}") depth -= 1;
            else if (depth === 0) text += c;
          }
          const words = text.replace(/<[^>]*>/g, " ").split(/\s+/).filter((w) => /[A-Za-z]{2,}/.test(w) && !names.has(w));
          if (words.length > 0) found.push(`${entry.name}: ${words.join(" ")}`);
        }
      }
    };
    walk(join(__dirname, "../.."));
    expect(found).toEqual([]);
  });

  it("has a message for each error code, and none for a code that is gone", () => {
    const bindings = readFileSync(join(__dirname, "../bindings.ts"), "utf8");
    // The generated union: one `"code" |` line per variant, each after its doc comment.
    const union = bindings.split("export type ErrorCode =")[1]?.split("export type ")[0] ?? "";
    const codes = [...union.matchAll(/^"([a-z_]+)"/gm)].map((m) => m[1]).sort();
    expect(codes.length).toBeGreaterThan(40);
    const messages = Object.keys(english["errors.ftl"] ?? {}).map((id) => id.replace(/^error-/, "")).sort();
    expect(messages).toEqual(codes);
  });

  it("uses every message of Tether's words outside the window (the Rust side)", () => {
    const root = join(__dirname, "../../../..");
    const code = sourcesUnder(join(root, "src-tauri"), /\.rs$/) + sourcesUnder(join(root, "crates/core/src"), /\.rs$/);
    const ids = [...Object.keys(english["desktop.ftl"] ?? {}), ...Object.keys(english["cli.ftl"] ?? {})];
    expect(ids.length).toBeGreaterThan(40);
    const unused = ids.filter((id) => !code.includes(`"${id}"`));
    expect(unused).toEqual([]);
  });

  it("gives TypeScript the English messages' names and arguments (`npm run i18n` rewrites them)", () => {
    expect(readFileSync(TYPES, "utf8")).toBe(typesSource());
  });
});
