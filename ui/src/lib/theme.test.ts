import { describe, expect, it } from "vitest";
import { resolveTheme, themeVariables } from "./theme";

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
});
