import { describe, expect, it } from "vitest";
import { applyAppearance, fontScale, resolveTheme, themeVariables } from "./theme";

describe("theme", () => {
  it("follows the system until a preference overrides it", () => {
    expect(resolveTheme("auto", { dark: false, moreContrast: false })).toBe("light");
    expect(resolveTheme("auto", { dark: true, moreContrast: false })).toBe("dark");
    expect(resolveTheme("auto", { dark: true, moreContrast: true })).toBe("high-contrast");
    expect(resolveTheme("light", { dark: true, moreContrast: true })).toBe("light");
  });

  it("uses Rocket.Chat's token values for each theme", () => {
    const light = themeVariables("light");
    const dark = themeVariables("dark");
    expect(light["--surface-light"]).toBe("#ffffff");
    expect(dark["--surface-light"]).not.toBe(light["--surface-light"]);
    expect(light["--bullet-online"]).toMatch(/^#/);
  });

  it("applies the user's theme and font size to the window", () => {
    expect(applyAppearance("dark", "20px")).toBe("dark");
    const root = document.documentElement;
    expect(root.dataset.theme).toBe("dark");
    expect(root.style.getPropertyValue("--surface-light")).toBe(themeVariables("dark")["--surface-light"]);
    expect(root.dataset.fontScale).toBe("1.25");
    expect(applyAppearance("high-contrast", "100%")).toBe("high-contrast");
    expect(root.dataset.fontScale).toBe("1");
    // Unknown values follow the system at the default size.
    applyAppearance("purple", 42);
    expect(root.dataset.fontScale).toBe("1");
  });

  it("reads Rocket.Chat's font sizes as scales of the 16px root", () => {
    expect(fontScale("14px")).toBe(0.875);
    expect(fontScale("100%")).toBe(1);
    expect(fontScale("24px")).toBe(1.5);
    expect(fontScale(null)).toBe(1);
  });
});
