// Tether's keyboard shortcuts (issue 26 item 4): what a key press asks for, apart from the page
// that acts on it, so the keys are tested without a window and listed on the About page from
// the same table.
import { t } from "$lib/i18n/index.svelte";

export type Shortcut = { kind: "workspace"; index: number } | { kind: "preferences" } | { kind: "close" };

type Keys = Pick<KeyboardEvent, "key" | "code" | "ctrlKey" | "metaKey" | "altKey" | "shiftKey">;

/** Whether this is a Mac, whose shortcuts use ⌘ where other systems use Ctrl. */
export function isMac(platform = typeof navigator === "undefined" ? "" : navigator.platform): boolean {
  return /^Mac/i.test(platform);
}

/** The shortcut a key press is, if any. */
export function shortcutOf(keys: Keys, mac = isMac()): Shortcut | null {
  const primary = mac ? keys.metaKey && !keys.ctrlKey : keys.ctrlKey && !keys.metaKey;
  if (!primary || keys.altKey || keys.shiftKey) return null;
  // By the key's place as well as its character: on an AZERTY keyboard Ctrl+1 types "&".
  const digit = /^[1-9]$/.test(keys.key) ? keys.key : /^Digit([1-9])$/.exec(keys.code)?.[1];
  if (digit) return { kind: "workspace", index: Number(digit) - 1 };
  if (keys.key === ",") return { kind: "preferences" };
  if (keys.key.toLowerCase() === "w") return { kind: "close" };
  return null;
}

/** The shortcuts as the About page lists them. */
export function shortcutList(mac = isMac()): { keys: string; action: string }[] {
  const mod = mac ? "⌘" : "Ctrl+";
  return [
    { keys: `${mod}1 … ${mod}9`, action: t("shortcut-workspace") },
    { keys: `${mod},`, action: t("shortcut-preferences") },
    { keys: `${mod}W`, action: t("shortcut-close") },
    { keys: "Esc", action: t("shortcut-escape") },
    { keys: "Tab, Shift+Tab", action: t("shortcut-tab") },
  ];
}
