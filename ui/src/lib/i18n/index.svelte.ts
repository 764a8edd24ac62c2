// Tether's messages in the user's language (issue 26): Fluent files (`i18n/<locale>/ui*.ftl`,
// one per part of the window, which translators edit with any Fluent tool), only the active
// language's loaded, and `t()` calls checked against the English messages' names and arguments
// (`messages.gen.ts`). Dates, times, sizes and percentages are worded here too, through `Intl`.
import { FluentBundle, FluentResource, type FluentVariable } from "@fluent/bundle";
import { type Locale, direction } from "./locales";
import type { ErrorCode } from "../bindings";
import type { Messages } from "./messages.gen";

export { LOCALES, chooseLocale, direction, type Locale } from "./locales";

// One chunk per language and file, loaded when that language is first chosen: the frame's
// `ui.ftl` and each page's `ui-<page>.ftl`, then `errors.ftl`.
const windowSources = import.meta.glob<string>("../../../../i18n/*/ui*.ftl", { query: "?raw", import: "default" });
const errorSources = import.meta.glob<string>("../../../../i18n/*/errors.ftl", { query: "?raw", import: "default" });

/** The files of `locale` the window reads, by path. */
function sourcesOf(locale: Locale): [string, () => Promise<string>][] {
  const folder = `../../../../i18n/${locale}/`;
  const own = (sources: Record<string, () => Promise<string>>) => Object.entries(sources).filter(([path]) => path.startsWith(folder));
  // English shows core's own words for errors (`errorText`): its error messages are not loaded.
  return locale === "en" ? own(windowSources) : [...own(windowSources), ...own(errorSources)];
}

let bundle = $state.raw<FluentBundle | null>(null);
let active = $state<Locale>("en");
/** Rocket.Chat's Clock preference: 0 the language's own clock, 1 12-hour, 2 24-hour. */
let clock = $state<0 | 1 | 2>(0);

/** The language shown. */
export function locale(): Locale {
  return active;
}

/** The language asked for last: a slower load of an earlier choice must not win over it. */
let wanted: Locale = "en";

/** Loads `next`'s messages and shows them everywhere at once (no restart). */
export async function setLocale(next: Locale): Promise<void> {
  wanted = next;
  if (bundle && next === active) return;
  const files = sourcesOf(next);
  if (files.length === 0) throw new Error(`no messages for ${next}`);
  const texts = await Promise.all(files.map(([, load]) => load()));
  if (wanted !== next) return;
  const fresh = new FluentBundle(next);
  texts.forEach((text, i) => {
    const errors = fresh.addResource(new FluentResource(text));
    if (errors.length > 0) throw new Error(`${files[i]?.[0] ?? next}: ${errors.map(String).join("; ")}`);
  });
  bundle = fresh;
  active = next;
  if (typeof document !== "undefined") {
    document.documentElement.lang = next;
    document.documentElement.dir = direction(next);
  }
}

/** Rocket.Chat's `clockMode` preference, for the times Tether shows. */
export function setClock(mode: unknown): void {
  clock = mode === 1 || mode === 2 ? mode : 0;
}

/** A message's name. */
export type MessageId = keyof Messages;

type Args<K extends keyof Messages> = keyof Messages[K] extends never ? [] : [Messages[K]];

/** A message in the language shown; its name and arguments are checked against English's. */
export function t<K extends keyof Messages>(id: K, ...[args]: Args<K>): string {
  const shown = bundle;
  const message = shown?.getMessage(id);
  if (!shown || !message?.value) return id;
  return shown.formatPattern(message.value, args as Record<string, FluentVariable> | undefined);
}

/**
 * What an error says, by its stable code: core's own English words (which name the field, the
 * server or the version concerned) when the window speaks English, else the code's message in
 * the language shown. Never by matching the English text.
 */
export function errorText(code: ErrorCode, english: string): string {
  if (active === "en") return english;
  // Every code has its message: `t` accepts only names the English files define.
  const id: `error-${ErrorCode}` = `error-${code}`;
  return t(id);
}

/** A time of day in the language shown, on the user's clock (in `timeZone`, else the system's). */
export function formatTime(date: Date, withWeekday = false, timeZone?: string): string {
  return new Intl.DateTimeFormat(active, {
    ...(withWeekday ? { weekday: "long" as const } : {}),
    ...(timeZone ? { timeZone } : {}),
    hour: "numeric",
    minute: "2-digit",
    ...(clock === 0 ? {} : { hour12: clock === 1 }),
  }).format(date);
}

/** A date and time in the language shown, on the user's clock. */
export function formatDateTime(date: Date): string {
  return new Intl.DateTimeFormat(active, {
    dateStyle: "medium",
    timeStyle: "short",
    ...(clock === 0 ? {} : { hour12: clock === 1 }),
  }).format(date);
}

/**
 * A file size in the language's own numbers and unit words: "1.5 MB", "1,5 Mo", "1,5 MB".
 * `binary` (the servers' upload limits): 1 MB is 1,048,576 bytes, one decimal under 10.
 * `decimal` (a package, as file managers show it): 1 MB is 1,000,000 bytes, one decimal for
 * megabytes, and a size under 1 kB in bytes.
 */
export function formatSize(bytes: number, units: "binary" | "decimal" = "binary"): string {
  const [unit, size, digits] =
    units === "binary"
      ? bytes >= 1048576
        ? (["megabyte", bytes / 1048576, bytes >= 10485760 ? 0 : 1] as const)
        : (["kilobyte", bytes / 1024, bytes >= 10240 ? 0 : 1] as const)
      : bytes >= 1_000_000
        ? (["megabyte", bytes / 1_000_000, 1] as const)
        : bytes >= 1000
          ? (["kilobyte", bytes / 1000, 0] as const)
          : (["byte", bytes, 0] as const);
  const unitDisplay = unit === "byte" ? "long" : "short";
  return new Intl.NumberFormat(active, { style: "unit", unit, unitDisplay, maximumFractionDigits: digits }).format(size);
}

/**
 * A message whose name is computed from data (a preference's key, a choice's value): null when
 * the language has none, so the caller shows the data's own words. The catalogue test checks
 * that each such family is complete for the data Tether knows.
 */
export function tComputed(id: string, args?: Record<string, string | number>): string | null {
  const message = bundle?.getMessage(id);
  if (!bundle || !message?.value) return null;
  return bundle.formatPattern(message.value, args);
}

/** A percentage in the language's own way ("80 %" in French, "٨٠٪" where the language writes so). */
export function formatPercent(value: number): string {
  return new Intl.NumberFormat(active, { style: "percent", maximumFractionDigits: 0 }).format(value / 100);
}

/** A date alone, in the language shown. */
export function formatDate(date: Date): string {
  return new Intl.DateTimeFormat(active, { dateStyle: "medium" }).format(date);
}
