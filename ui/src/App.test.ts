import { fireEvent, render, screen } from "@testing-library/svelte";
import { afterEach, describe, expect, it, vi } from "vitest";
import { answer, emit } from "$lib/testing/backend";
import { locale, setLocale } from "$lib/i18n/index.svelte";
import { TetherError, type AppSnapshot } from "$lib/ipc";
import { aliceOnline, coraOnline } from "./test-fixtures";
import App from "./App.svelte";

vi.mock("$lib/bindings", () => import("$lib/testing/backend").then((b) => b.bindings));

const beta = { ...aliceOnline, id: "w2", name: "Beta" };
const snapshot: AppSnapshot = { workspaces: [aliceOnline, beta, coraOnline], keyring: { available: true, message: null } };
const offline = () => Promise.reject(new TetherError({ code: "unreachable", message: "Cannot reach", details: null }));
const api = answer({
  appGetSnapshot: vi.fn(() => Promise.resolve(snapshot)),
  workspaceGetImages: vi.fn(() => Promise.resolve([])),
  unreadGetSummary: vi.fn(() => Promise.resolve({ workspaces: [], total: { unread: 0, mentions: 0, dot: false }, attention: false })),
  alertsSetShownWorkspace: vi.fn(() => Promise.resolve(null)),
  alertsGetDoNotDisturb: vi.fn(() => Promise.resolve(false)),
  adminGetAccess: vi.fn(() => Promise.resolve({ view: false, edit: false, create: false, delete: false })),
  preferencesLoad: vi.fn(offline),
  profileLoad: vi.fn(() => Promise.resolve(null)),
  profileRefresh: vi.fn(offline),
  profileGetRules: vi.fn(offline),
  agentProfileLoad: vi.fn(() => Promise.resolve(null)),
  agentProfileRefresh: vi.fn(offline),
  appMark: vi.fn(() => Promise.resolve(null)),
  appCloseWindow: vi.fn(() => Promise.resolve(null)),
  appSetLanguage: vi.fn((l: string) => Promise.resolve(l)),
});

afterEach(async () => {
  location.hash = "";
  api.preferencesLoad.mockImplementation(offline);
  await setLocale("en");
});

const key = (init: KeyboardEventInit) => fireEvent.keyDown(window, init);

describe("the window's shell", () => {
  it("switches workspace with Ctrl+1…9, opens Preferences with Ctrl+, and closes with Ctrl+W", async () => {
    render(App);
    const switcher = await screen.findByTestId("workspace-switcher");
    expect(switcher).toSay("Tether Sandbox");
    await key({ key: "2", code: "Digit2", ctrlKey: true });
    await vi.waitFor(() => expect(switcher).toSay("Beta"));
    await key({ key: "9", code: "Digit9", ctrlKey: true });
    expect(switcher).toSay("Beta");
    await key({ key: ",", code: "Comma", ctrlKey: true });
    expect(location.hash).toBe("#preferences");
    await key({ key: "3", code: "Digit3", ctrlKey: true });
    await vi.waitFor(() => expect(switcher).toSay("Sandbox Support"));
    await key({ key: ",", code: "Comma", ctrlKey: true });
    expect(location.hash).toBe("#notifications");
    expect(api.appCloseWindow).not.toHaveBeenCalled();
    await key({ key: "w", code: "KeyW", ctrlKey: true });
    expect(api.appCloseWindow).toHaveBeenCalledTimes(1);
    // The tray speaks the window's language.
    expect(api.appSetLanguage).toHaveBeenCalledWith("en");
  });

  it("speaks the language chosen on the Preferences page at once, before the server has it", async () => {
    render(App);
    await screen.findByTestId("workspace-switcher");
    expect(screen.getByTestId("nav-preferences")).toSay("Preferences");
    api.preferencesLoad.mockImplementation(() =>
      Promise.resolve({ items: [{ key: "language", value: "de" }] } as never),
    );
    // The page's own edit (a command's echo), kept offline until it can be sent.
    emit({ kind: "preferences_updated", workspace_id: aliceOnline.id, origin: "command" });
    await vi.waitFor(() => expect(screen.getByTestId("nav-preferences")).toSay("Einstellungen"));
    expect(locale()).toBe("de");
    await vi.waitFor(() => expect(api.appSetLanguage).toHaveBeenCalledWith("de"));
  });

  it("speaks the workspace's own language when the user chose none, before the system's", async () => {
    api.preferencesLoad.mockImplementation(() =>
      Promise.resolve({ items: [{ key: "language", value: "" }], server_language: "fr" } as never),
    );
    render(App);
    await vi.waitFor(() => expect(screen.getByTestId("nav-preferences")).toSay("Préférences"));
    expect(locale()).toBe("fr");
  });

  it("shows a change made while it started listening, though its event came too early to hear", async () => {
    const connecting = { ...aliceOnline, connection: { state: "connecting" as const } };
    api.appGetSnapshot
      .mockResolvedValueOnce({ ...snapshot, workspaces: [connecting, beta, coraOnline] })
      .mockResolvedValue(snapshot);
    render(App);
    // The session was restored before the listener started: no event comes, the state does.
    await vi.waitFor(() => expect(screen.getByTestId("connection-state")).toHaveAttribute("data-state", "online"));
  });
});
