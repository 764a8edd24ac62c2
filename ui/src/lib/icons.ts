// Rocket.Chat's icon font: only the glyphs Tether uses, by name.
import glyphs from "@rocket.chat/icons";

export type IconName =
  | "user"
  | "bell"
  | "lock"
  | "key"
  | "code"
  | "headset"
  | "plus"
  | "warning"
  | "info"
  | "check"
  | "cloud-off"
  | "chevron-down"
  | "sign-out"
  | "mail"
  | "trash";

export function glyph(name: IconName): string {
  const map = glyphs as Record<string, string>;
  return map[name] ?? map["info"] ?? "";
}
