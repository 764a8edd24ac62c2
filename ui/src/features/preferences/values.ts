import type { JsonValue, PreferenceGroup } from "$lib/ipc";

/** The groups in the order of Rocket.Chat's Preferences page. */
export const groupOrder: PreferenceGroup[] = [
  "localization",
  "user_presence",
  "notifications",
  "messages",
  "highlights",
  "sound",
  "appearance",
  "sidebar",
  "omnichannel",
];

/** "a, b ,, c" → ["a", "b", "c"]: blanks dropped (Rust also trims and removes repeats). */
export function parseWords(text: string): string[] {
  return text
    .split(",")
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
}

export function wordsText(value: JsonValue | null): string {
  return Array.isArray(value) ? value.filter((w) => typeof w === "string").join(", ") : "";
}
