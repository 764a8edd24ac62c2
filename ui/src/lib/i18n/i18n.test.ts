import { render, screen } from "@testing-library/svelte";
import { afterEach, describe, expect, it } from "vitest";
import AccountNav from "../../features/shell/AccountNav.svelte";
import { TetherError } from "$lib/ipc";
import { plain } from "$lib/testing/text";
import { chooseLocale, formatTime, locale, setClock, setLocale, t } from "./index.svelte";


afterEach(async () => {
  setClock(0);
  await setLocale("en");
});

describe("the language shown", () => {
  it("is the workspace's preference, else the system's first language Tether speaks, else English", () => {
    expect(chooseLocale(["de", "fr-FR"])).toBe("de");
    expect(chooseLocale(["", "fr-FR", "de"])).toBe("fr");
    expect(chooseLocale([null, "de-AT"])).toBe("de");
    expect(chooseLocale(["zh-TW", "ja-JP"])).toBe("ja");
    expect(chooseLocale(["pt", "en"])).toBe("pt-BR");
    expect(chooseLocale(["pt_BR"])).toBe("pt-BR");
    expect(chooseLocale(["ar-EG"])).toBe("ar");
    expect(chooseLocale(["ko", "zh-CN"])).toBe("en");
    expect(chooseLocale([])).toBe("en");
  });

  it("changes every string at once, without a restart, and mirrors the window for Arabic", async () => {
    render(AccountNav, { current: "profile" });
    expect(screen.getByTestId("nav-preferences")).toSay("Preferences");
    await setLocale("de");
    await expect.poll(() => screen.getByTestId("nav-preferences").textContent).toContain("Einstellungen");
    expect(document.documentElement.lang).toBe("de");
    expect(document.documentElement.dir).toBe("ltr");
    await setLocale("ar");
    await expect.poll(() => screen.getByTestId("nav-preferences").textContent).toContain("التفضيلات");
    expect(screen.getByRole("navigation")).toHaveAccessibleName("الحساب");
    expect(document.documentElement.dir).toBe("rtl");
    expect(locale()).toBe("ar");
  });

  it("shows the language asked for last, even when an earlier one loads slower", async () => {
    const arabic = setLocale("ar");
    await setLocale("en");
    await arabic;
    expect(locale()).toBe("en");
    expect(document.documentElement.dir).toBe("ltr");
  });

  it("follows each language's plural rules", async () => {
    expect(plain(t("switcher-unread", { mentions: 1, unread: 2 }))).toBe("1 mention, 2 unread");
    expect(plain(t("switcher-unread", { mentions: 0, unread: 1 }))).toBe("0 mentions, 1 unread");
    await setLocale("fr");
    // French counts 0 and 1 as singular.
    expect(plain(t("switcher-unread", { mentions: 0, unread: 3 }))).toBe("0 mention, 3 non lus");
    await setLocale("ar");
    expect(plain(t("switcher-unread", { mentions: 2, unread: 3 }))).toBe("إشارتان، 3 رسائل غير مقروءة");
    expect(plain(t("switcher-unread", { mentions: 11, unread: 100 }))).toBe("11 إشارة، 100 رسالة غير مقروءة");
    await setLocale("ja");
    expect(plain(t("switcher-unread", { mentions: 1, unread: 5 }))).toBe("メンション 1 件、未読 5 件");
  });

  it("shows times in the language shown, on the user's Clock preference", async () => {
    const at = new Date(2026, 11, 7, 15, 5);
    expect(formatTime(at)).toMatch(/^3:05\sPM$/);
    setClock(2);
    expect(formatTime(at)).toBe("15:05");
    await setLocale("de");
    setClock(0);
    expect(formatTime(at)).toBe("15:05");
    setClock(1);
    expect(formatTime(at)).toMatch(/^3:05\s?PM$/i);
  });

  it("words an error by its stable code in the language shown, core's own words in English", async () => {
    const unreachable = { code: "unreachable" as const, message: "Tether cannot reach acme.test: connection refused.", details: null };
    expect(new TetherError(unreachable).message).toBe("Tether cannot reach acme.test: connection refused.");
    await setLocale("de");
    const german = new TetherError(unreachable);
    expect(german.message).toMatch(/^Der Workspace ist nicht erreichbar\./);
    expect(german.english).toBe(unreachable.message);
    expect(german.code).toBe("unreachable");
    await setLocale("ja");
    expect(new TetherError({ ...unreachable, code: "invalid_credentials" }).message).toBe("ユーザー名またはパスワードが正しくありません。");
  });
});
