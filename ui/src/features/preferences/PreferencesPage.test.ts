import { formatDateTime, setLocale } from "$lib/i18n/index.svelte";
import { plain } from "$lib/testing/text";
import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import { answer } from "$lib/testing/backend";
import { aliceOnline } from "../../test-fixtures";
import { TetherError, type PreferenceItem, type PreferencesView } from "$lib/ipc";
import PreferencesPage from "./PreferencesPage.svelte";
import { parseWords } from "./values";
import { describe as describeValue } from "./words";

const idle: PreferenceItem = {
  key: "idleTimeLimit", group: "user_presence", label: "Idle time limit", help: "Seconds.",
  kind: { type: "number", min: 60, max: 86400, unit: "seconds" },
  value: 300, default: 300, user_set: false, sync: { state: "synced" },
};
const emojis: PreferenceItem = {
  key: "useEmojis", group: "messages", label: "Use emojis", help: "Emojis.",
  kind: { type: "toggle" }, value: false, default: true, user_set: true, sync: { state: "synced" },
};
const desktop: PreferenceItem = {
  key: "desktopNotifications", group: "notifications", label: "Show desktop notifications for", help: "Which.",
  kind: { type: "choice", options: [{ value: "all", label: "All messages" }, { value: "mentions", label: "Mentions" }] },
  value: "mentions", default: "all", user_set: true,
  sync: { state: "conflict", theirs: "all" },
};
const view: PreferencesView = {
  items: [idle, emojis, desktop], source: "cache", fetched_at: "2026-11-20T10:00:00Z",
  pending: 0, conflicts: 1, refused: 0, data_download: true, server_language: "en",
};
const api = {
  preferencesLoad: vi.fn(() => Promise.resolve(view)),
  preferencesRefresh: vi.fn(() => Promise.resolve({ ...view, source: "server" as const })),
  preferencesSet: vi.fn(),
  preferencesReset: vi.fn(() => Promise.resolve(view)),
  preferencesResolve: vi.fn(() => Promise.resolve(view)),
  preferencesDownloadData: vi.fn(),
  alertsPlaySound: vi.fn(() => Promise.resolve(null)),
  alertsTestNotification: vi.fn(() => Promise.resolve(null)),
};
vi.mock("$lib/bindings", () => import("$lib/testing/backend").then((b) => b.bindings));
answer(api);

const workspace = aliceOnline;

describe("PreferencesPage", () => {
  it("groups preferences and says which are the workspace default and which the user changed", async () => {
    render(PreferencesPage, { workspace });
    expect(await screen.findByTestId("group-user_presence")).toSay("User Presence");
    expect(screen.getByTestId("pref-default-idleTimeLimit")).toSay("Workspace default");
    expect(screen.queryByTestId("pref-reset-idleTimeLimit")).toBeNull();
    expect(screen.getByTestId("pref-reset-useEmojis")).toSay("Reset to default (On)");
    await fireEvent.click(screen.getByTestId("pref-reset-useEmojis"));
    expect(api.preferencesReset).toHaveBeenCalledWith("w1", "useEmojis");
  });

  it("names the groups, preferences, choices, units and states in the language shown, core's own words aside", async () => {
    await setLocale("de");
    try {
      render(PreferencesPage, { workspace });
      expect(await screen.findByTestId("group-user_presence")).toSay("Anwesenheit");
      expect(screen.getByLabelText("Leerlaufzeit")).toHaveValue("300");
      expect(screen.getByTestId("pref-row-idleTimeLimit")).toSay("Sekunden");
      expect(screen.getByTestId("pref-default-idleTimeLimit")).toSay("Vorgabe des Workspace");
      expect(screen.getByTestId("pref-conflict-desktopNotifications")).toSay("Auf einem anderen Gerät zu Alle Nachrichten geändert");
      expect(screen.getByRole("option", { name: "Erwähnungen" })).toBeInTheDocument();
      expect(plain(describeValue(idle, 1))).toBe("1 Sekunde");
      // A choice Tether's catalogue does not know keeps the words core gave it.
      const custom = { ...desktop, key: "someFuturePreference", label: "Some future preference" };
      expect(describeValue(custom, "all")).toBe("All messages");
    } finally {
      await setLocale("en");
    }
  });

  it("keeps a refused value in its field with the reason, and sends nothing else", async () => {
    api.preferencesSet.mockRejectedValueOnce(
      new TetherError({
        code: "invalid_input",
        message: "The idle time limit must be at least 60 seconds (you entered 30).",
        details: { about: "field", field: "idleTimeLimit" },
      }),
    );
    render(PreferencesPage, { workspace });
    const input = await screen.findByTestId("pref-idleTimeLimit");
    await fireEvent.input(input, { target: { value: "30" } });
    await fireEvent.change(input, { target: { value: "30" } });
    expect(api.preferencesSet).toHaveBeenCalledWith("w1", "idleTimeLimit", 30);
    expect(await screen.findByTestId("pref-error-idleTimeLimit")).toSay("at least 60 seconds");
    expect(screen.getByTestId("pref-idleTimeLimit")).toHaveValue("30");
    expect(screen.getByTestId("pref-idleTimeLimit")).toHaveAttribute("aria-invalid", "true");
  });

  it("shows a conflict beside its field and settles it as the user chooses", async () => {
    render(PreferencesPage, { workspace });
    const conflict = await screen.findByTestId("pref-conflict-desktopNotifications");
    expect(conflict).toSay("Changed on another device to All messages while you chose Mentions here");
    await fireEvent.click(screen.getByTestId("pref-keep-desktopNotifications"));
    expect(api.preferencesResolve).toHaveBeenCalledWith("w1", "desktopNotifications", true);
    await fireEvent.click(screen.getByTestId("pref-take-desktopNotifications"));
    expect(api.preferencesResolve).toHaveBeenCalledWith("w1", "desktopNotifications", false);
  });

  it("offline: shows the cache and says changes are kept", async () => {
    api.preferencesRefresh.mockRejectedValueOnce(
      new TetherError({ code: "unreachable", message: "Cannot reach", details: null }),
    );
    render(PreferencesPage, { workspace: { ...workspace, connection: { state: "offline", reason: "down" } } });
    expect(await screen.findByTestId("preferences-offline")).toSay("kept on this computer");
    expect(await screen.findByTestId("pref-row-useEmojis")).toBeInTheDocument();
    expect(screen.getByTestId("data-download")).toBeDisabled();
  });

  it("shows the 24-hour throttle with the earlier request's date", async () => {
    api.preferencesDownloadData.mockResolvedValueOnce({
      requested: false, full_export: false, status: "pending", created_at: "2026-11-22T09:00:00Z",
      next_allowed_at: "2026-11-23T09:00:00Z", url: null, pending_before: 0,
    });
    render(PreferencesPage, { workspace });
    await fireEvent.click(await screen.findByTestId("data-download"));
    const result = await screen.findByTestId("data-result");
    expect(result).toHaveAttribute("data-requested", "false");
    expect(result).toSay(`You already asked on ${formatDateTime(new Date("2026-11-22T09:00:00Z"))} (status: pending)`);
    expect(api.preferencesDownloadData).toHaveBeenCalledWith("w1", false);
  });

  it("shows a value set elsewhere that is not in the list as it is, not as the first choice", async () => {
    const sound: PreferenceItem = {
      key: "newMessageNotification", group: "sound", label: "New message notification", help: "Sound.",
      kind: { type: "sound", options: [{ value: "none", label: "No sound" }, { value: "chime", label: "Chime" }] },
      value: "kazoo-custom", default: "chime", user_set: true, sync: { state: "synced" },
    };
    api.preferencesLoad.mockResolvedValueOnce({ ...view, items: [sound] });
    api.preferencesRefresh.mockResolvedValueOnce({ ...view, source: "server", items: [sound] });
    render(PreferencesPage, { workspace });
    const select = await screen.findByTestId<HTMLSelectElement>("pref-newMessageNotification");
    expect(select.value).toBe('"kazoo-custom"');
    expect(select.selectedOptions[0]).toSay("kazoo-custom");
  });

  it("revalidates when the window regains focus, at most every 30 seconds", async () => {
    api.preferencesRefresh.mockClear();
    const start = Date.now();
    const now = vi.spyOn(Date, "now").mockReturnValue(start);
    render(PreferencesPage, { workspace });
    await screen.findByTestId("pref-row-useEmojis");
    expect(api.preferencesRefresh).toHaveBeenCalledTimes(1);
    window.dispatchEvent(new Event("focus"));
    expect(api.preferencesRefresh).toHaveBeenCalledTimes(1);
    now.mockReturnValue(start + 31_000);
    window.dispatchEvent(new Event("focus"));
    expect(api.preferencesRefresh).toHaveBeenCalledTimes(2);
    now.mockRestore();
  });

  it("reads words and describes values in words", () => {
    expect(parseWords(" tether, , sync ,")).toEqual(["tether", "sync"]);
    expect(describeValue(emojis, true)).toBe("On");
    expect(describeValue(desktop, "all")).toBe("All messages");
    expect(plain(describeValue(idle, 90))).toBe("90 seconds");
  });

  it("previews a sound when it is chosen, and says why when it cannot play", async () => {
    const sound: PreferenceItem = {
      key: "newMessageNotification", group: "sound", label: "New message notification", help: "Sound.",
      kind: {
        type: "sound",
        options: [{ value: "none", label: "No sound" }, { value: "chime", label: "Chime" }, { value: "knock-id", label: "Knock" }],
      },
      value: "chime", default: "chime", user_set: false, sync: { state: "synced" },
    };
    const chosen = { ...view, items: [{ ...sound, value: "knock-id", user_set: true, sync: { state: "pending" as const } }] };
    api.preferencesLoad.mockResolvedValueOnce({ ...view, items: [sound] });
    api.preferencesRefresh.mockResolvedValueOnce({ ...view, source: "server", items: [sound] });
    api.preferencesSet.mockResolvedValueOnce(chosen);
    render(PreferencesPage, { workspace });
    const select = await screen.findByTestId<HTMLSelectElement>("pref-newMessageNotification");
    await fireEvent.change(select, { target: { value: '"knock-id"' } });
    await vi.waitFor(() => expect(api.alertsPlaySound).toHaveBeenCalledWith("w1", "knock-id", null));
    expect(api.preferencesSet).toHaveBeenCalledWith("w1", "newMessageNotification", "knock-id");

    api.alertsPlaySound.mockRejectedValueOnce(
      new TetherError({ code: "audio_device_missing", message: "No audio output device can be opened.", details: null }),
    );
    await fireEvent.click(screen.getByTestId("pref-play-newMessageNotification"));
    const error = await screen.findByTestId("sound-error");
    expect(error).toSay("No audio output device can be opened.");
    expect(error.dataset.code).toBe("audio_device_missing");
  });

  it("sends a test notification and shows why when it cannot be shown", async () => {
    render(PreferencesPage, { workspace });
    await fireEvent.click(await screen.findByTestId("notification-test"));
    expect(api.alertsTestNotification).toHaveBeenCalledWith("w1", false);
    expect((await screen.findByTestId("notification-test-result")).dataset.code).toBe("shown");
    api.alertsTestNotification.mockRejectedValueOnce(
      new TetherError({ code: "do_not_disturb", message: "Your desktop is in do-not-disturb mode.", details: null }),
    );
    await fireEvent.click(screen.getByTestId("notification-test"));
    await vi.waitFor(() => expect(screen.getByTestId("notification-test-result").dataset.code).toBe("do_not_disturb"));
    expect(screen.getByTestId("notification-test-result")).toSay("do-not-disturb mode");
  });
});
