// Rocket.Chat's own design tokens, applied as CSS custom properties for the active theme.
// The theme follows the system (dark mode, increased contrast) until the user's
// `themeAppearence` preference overrides it.
import button from "@rocket.chat/fuselage-tokens/dist/button.json";
import font from "@rocket.chat/fuselage-tokens/dist/font.json";
import status from "@rocket.chat/fuselage-tokens/dist/status.json";
import statusBullet from "@rocket.chat/fuselage-tokens/dist/statusBullet.json";
import stroke from "@rocket.chat/fuselage-tokens/dist/stroke.json";
import surface from "@rocket.chat/fuselage-tokens/dist/surface.json";

export type Theme = "light" | "dark" | "high-contrast";
export type ThemePreference = "auto" | Theme;

type Palette = Record<Theme, Record<string, string>>;
const groups: Record<string, Palette> = {
  surface: surface as Palette,
  font: font as Palette,
  stroke: stroke as Palette,
  button: button as Palette,
  status: status as Palette,
  bullet: statusBullet as Palette,
};

/** The theme to use for a preference, given what the system asks for. */
export function resolveTheme(
  preference: ThemePreference,
  system: { dark: boolean; moreContrast: boolean },
): Theme {
  if (preference !== "auto") return preference;
  if (system.moreContrast) return "high-contrast";
  return system.dark ? "dark" : "light";
}

/** CSS custom properties for a theme, e.g. `--surface-light`, `--font-default`. */
export function themeVariables(theme: Theme): Record<string, string> {
  const vars: Record<string, string> = {};
  for (const [group, palette] of Object.entries(groups)) {
    for (const [name, value] of Object.entries(palette[theme])) {
      vars[`--${group}-${name}`] = value;
    }
  }
  return vars;
}

let preference: ThemePreference = "auto";

function systemQuery(): { dark: boolean; moreContrast: boolean } {
  const media = (q: string) => typeof window.matchMedia === "function" && window.matchMedia(q).matches;
  return {
    dark: media("(prefers-color-scheme: dark)"),
    moreContrast: media("(prefers-contrast: more)") || media("(forced-colors: active)"),
  };
}

/** Applies the theme now and whenever the system's appearance changes. */
export function applyTheme(pref: ThemePreference = preference): Theme {
  preference = pref;
  const theme = resolveTheme(pref, systemQuery());
  const root = document.documentElement;
  for (const [name, value] of Object.entries(themeVariables(theme))) root.style.setProperty(name, value);
  root.dataset.theme = theme;
  root.style.colorScheme = theme === "dark" ? "dark" : "light";
  return theme;
}

/** Rocket.Chat's `fontSize` preference as a scale of Tether's text: its choices are sizes of
 * the browser's 16px root ("14px" small … "24px" extra large) or "100%" (the default). */
export function fontScale(size: unknown): number {
  if (typeof size !== "string") return 1;
  const px = /^(\d+(?:\.\d+)?)px$/.exec(size.trim());
  if (px) return Number(px[1]) / 16;
  const percent = /^(\d+(?:\.\d+)?)%$/.exec(size.trim());
  return percent ? Number(percent[1]) / 100 : 1;
}

/** The user's `themeAppearence` and `fontSize` preferences, applied to Tether's own window
 * (an unknown or missing value follows the system, at the default size). */
export function applyAppearance(theme: unknown, fontSize: unknown): Theme {
  const known: ThemePreference[] = ["auto", "light", "dark", "high-contrast"];
  const pref = known.find((t) => t === theme) ?? "auto";
  const applied = applyTheme(pref);
  const scale = fontScale(fontSize);
  const root = document.documentElement;
  // Tether's styles are in px: zoom scales text and the spacing around it together, as the
  // web client's rem-based sizes do.
  root.style.setProperty("zoom", scale === 1 ? "" : String(scale));
  root.dataset.fontScale = String(scale);
  return applied;
}

export function followSystemTheme(): void {
  applyTheme();
  if (typeof window.matchMedia !== "function") return;
  for (const q of ["(prefers-color-scheme: dark)", "(prefers-contrast: more)", "(forced-colors: active)"]) {
    window.matchMedia(q).addEventListener("change", () => applyTheme());
  }
}
