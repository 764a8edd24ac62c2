import { describe, expect, it } from "vitest";
import { isMac, shortcutList, shortcutOf } from "./shortcuts";

const press = (key: string, mods: Partial<Record<"ctrlKey" | "metaKey" | "altKey" | "shiftKey", boolean>> = {}, code = "") => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe("shortcuts", () => {
  it("reads Ctrl+1…9, Ctrl+, and Ctrl+W, and nothing else", () => {
    expect(shortcutOf(press("1", { ctrlKey: true }), false)).toEqual({ kind: "workspace", index: 0 });
    expect(shortcutOf(press("9", { ctrlKey: true }), false)).toEqual({ kind: "workspace", index: 8 });
    expect(shortcutOf(press(",", { ctrlKey: true }), false)).toEqual({ kind: "preferences" });
    expect(shortcutOf(press("w", { ctrlKey: true }), false)).toEqual({ kind: "close" });
    expect(shortcutOf(press("W", { ctrlKey: true }), false)).toEqual({ kind: "close" });
    expect(shortcutOf(press("0", { ctrlKey: true }), false)).toBeNull();
    expect(shortcutOf(press("1"), false)).toBeNull();
    expect(shortcutOf(press("w", { ctrlKey: true, shiftKey: true }), false)).toBeNull();
    expect(shortcutOf(press("1", { ctrlKey: true, altKey: true }), false)).toBeNull();
  });

  it("takes a digit by its key's place, for layouts where it types another character", () => {
    expect(shortcutOf(press("&", { ctrlKey: true }, "Digit1"), false)).toEqual({ kind: "workspace", index: 0 });
  });

  it("uses ⌘ on a Mac and Ctrl elsewhere", () => {
    expect(shortcutOf(press(",", { metaKey: true }), true)).toEqual({ kind: "preferences" });
    expect(shortcutOf(press(",", { ctrlKey: true }), true)).toBeNull();
    expect(shortcutOf(press(",", { metaKey: true }), false)).toBeNull();
    expect(isMac("MacIntel")).toBe(true);
    expect(isMac("Linux x86_64")).toBe(false);
    expect(shortcutList(true)[1]?.keys).toBe("⌘,");
    expect(shortcutList(false)[2]?.keys).toBe("Ctrl+W");
  });
});
