import type { JsonValue, PreferenceGroup, PreferenceItem } from "$lib/ipc";

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

export const groupLabel: Record<PreferenceGroup, string> = {
  localization: "Localization",
  user_presence: "User Presence",
  notifications: "Notifications",
  messages: "Messages",
  highlights: "Highlights",
  sound: "Sound",
  appearance: "Appearance",
  sidebar: "Sidebar",
  omnichannel: "Omnichannel",
};

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

/** A value in words, as its field shows it: a choice's label, On/Off, words, a number. */
export function describe(item: PreferenceItem, value: JsonValue | null | undefined): string {
  if (value === null || value === undefined) return "not set";
  switch (item.kind.type) {
    case "toggle":
      return value === true ? "On" : "Off";
    case "choice":
    case "sound": {
      const option = item.kind.options.find((o) => JSON.stringify(o.value) === JSON.stringify(value));
      return option ? option.label : String(value);
    }
    case "words":
      return wordsText(value) || "no words";
    case "number":
      return `${String(value)} ${item.kind.unit}`;
  }
}
