// The languages Tether speaks, and which one to use (issue 26 items 1 and 2).
import { negotiateLanguages } from "@fluent/langneg";

/** Every language with a complete set of messages (`i18n/<locale>/`), English first. */
export const LOCALES = ["en", "de", "fr", "es", "pt-BR", "ja", "ar"] as const;
export type Locale = (typeof LOCALES)[number];

const RIGHT_TO_LEFT: ReadonlySet<Locale> = new Set(["ar"]);

export function direction(locale: Locale): "ltr" | "rtl" {
  return RIGHT_TO_LEFT.has(locale) ? "rtl" : "ltr";
}

/**
 * The language to show: the first of `wanted` Tether speaks — the workspace's `language`
 * preference, then the system's languages — else English. Rocket.Chat's codes are BCP 47
 * (`de`, `pt-BR`, `zh-TW`); `""` means "the server's default" and is skipped. A language
 * Tether does not speak (`zh-TW`) falls through to the next wish, a regional one to its base
 * (`de-AT` is German, `pt` is Brazilian Portuguese).
 */
export function chooseLocale(wanted: readonly (string | null | undefined)[]): Locale {
  for (const wish of wanted) {
    if (!wish || wish.trim() === "") continue;
    const [match] = negotiateLanguages([wish.replace("_", "-")], LOCALES, { strategy: "lookup", defaultLocale: "" });
    if (match) return match as Locale;
  }
  return "en";
}
