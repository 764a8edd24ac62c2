import { fireEvent, render, screen } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { UpdateOffer, UpdateOverview } from "$lib/ipc";
import { answer, emitUpdate } from "$lib/testing/backend";
import AboutPage from "./AboutPage.svelte";
import { sizeText } from "./updateText";

vi.mock("$lib/bindings", () => import("$lib/testing/backend").then((b) => b.bindings));

const offer: UpdateOffer = {
  version: "0.2.0",
  notes: "Starts faster.\nFixes the tray on KDE.",
  date: "2026-12-01T00:00:00Z",
  size: 10_800_000,
  skipped: false,
  not_applied_before: false,
};

function overview(over: Partial<UpdateOverview> = {}): UpdateOverview {
  return {
    current_version: "0.1.0",
    status: { state: "not_checked" },
    settings: { channel: "stable", automatic: true, skipped_version: null },
    install: { kind: "deb" },
    disabled: null,
    unavailable: null,
    download_page: null,
    last_install: null,
    ...over,
  };
}

let current = overview();
const api = answer({
  updatesGet: vi.fn(() => Promise.resolve(current)),
  updatesCheck: vi.fn(() => Promise.resolve((current = overview({ status: { state: "available", offer } })))),
  updatesDownload: vi.fn(() => {
    emitUpdate(overview({ status: { state: "downloading", offer, received: 5_400_000, total: 10_800_000 } }));
    return new Promise<UpdateOverview>(() => {});
  }),
  updatesCancel: vi.fn(() => Promise.resolve(null)),
  updatesInstall: vi.fn(() => Promise.resolve(null)),
  updatesSkip: vi.fn((version: string) =>
    Promise.resolve((current = overview({ status: { state: "available", offer: { ...offer, skipped: true } }, settings: { channel: "stable", automatic: true, skipped_version: version } }))),
  ),
  updatesSetPreferences: vi.fn((channel: "stable" | "beta", automatic: boolean) =>
    Promise.resolve((current = overview({ settings: { channel, automatic, skipped_version: null } }))),
  ),
  appGetDiagnostics: vi.fn(() => Promise.resolve("Tether 0.1.0 (debug build)\nWorkspaces: 1\n  1. Rocket.Chat 7.10.0 — online\n")),
  appOpenLogFolder: vi.fn(() => Promise.reject({ code: "storage", message: "The log folder (/nowhere) could not be opened: does not exist", details: null })),
});

describe("About page", () => {
  beforeEach(() => {
    current = overview();
    vi.clearAllMocks();
  });

  it("checks, shows the offer with notes and size, downloads with progress and a cancel, and installs", async () => {
    render(AboutPage);
    expect(await screen.findByTestId("update-status")).toSay("Not checked yet.");
    expect(screen.getByTestId("update-install-kind")).toSay(".deb package");
    await fireEvent.click(screen.getByTestId("update-check"));
    expect(await screen.findByTestId("update-offer")).toSay("Tether 0.2.0");
    expect(screen.getByTestId("update-offer")).toSay("10.8 MB");
    expect(screen.getByTestId("update-notes")).toSay("Fixes the tray on KDE.");

    await fireEvent.click(screen.getByTestId("update-download"));
    expect(await screen.findByTestId("update-progress")).toHaveAttribute("value", "5400000");
    expect(screen.getByTestId("update-status")).toSay("Downloading… 50%");
    await fireEvent.click(screen.getByTestId("update-cancel"));
    expect(api.updatesCancel).toHaveBeenCalled();

    // Rust says it is downloaded and verified: the install button, with the password note.
    emitUpdate(overview({ status: { state: "ready", offer } }));
    expect(await screen.findByTestId("update-password-note")).toSay("administrator password");
    await fireEvent.click(screen.getByTestId("update-install"));
    expect(api.updatesInstall).toHaveBeenCalled();
  });

  it("skips a version and changes channel and automatic checks", async () => {
    current = overview({ status: { state: "available", offer } });
    render(AboutPage);
    await fireEvent.click(await screen.findByTestId("update-skip"));
    expect(api.updatesSkip).toHaveBeenCalledWith("0.2.0");
    expect(await screen.findByTestId("update-skipped")).toBeInTheDocument();
    await fireEvent.click(screen.getByTestId("update-channel-beta"));
    expect(api.updatesSetPreferences).toHaveBeenCalledWith("beta", true);
    await vi.waitFor(() => expect(screen.getByTestId("update-channel-beta")).toBeChecked());
    await fireEvent.click(screen.getByTestId("update-automatic"));
    expect(api.updatesSetPreferences).toHaveBeenLastCalledWith("beta", false);
  });

  it("a copy that cannot install itself says where to get the update instead of a download button", async () => {
    current = overview({
      status: { state: "available", offer },
      install: { kind: "not_managed", executable: "/home/me/tether/target/debug/tether" },
      download_page: "https://example.org/download",
    });
    render(AboutPage);
    expect(await screen.findByTestId("update-not-installable")).toSay("https://example.org/download");
    expect(screen.queryByTestId("update-download")).toBeNull();
  });

  it("shows the administrator's reason, a failed check quietly, and the outcome of the last install", async () => {
    current = overview({ disabled: "Updates come from IT." });
    const { unmount } = render(AboutPage);
    expect(await screen.findByTestId("updates-off")).toSay("Updates come from IT.");
    expect(screen.queryByTestId("update-check")).toBeNull();
    unmount();

    current = overview({ last_install: { outcome: "not_applied", version: "0.2.0", running: "0.1.0" } });
    api.updatesCheck.mockImplementationOnce(() =>
      Promise.reject({ code: "update_check_failed", message: "Couldn't check for updates. Tether will try again later.", details: null }),
    );
    render(AboutPage);
    expect(await screen.findByTestId("update-not-applied")).toSay("did not take: Tether is still 0.1.0");
    await fireEvent.click(screen.getByTestId("update-check"));
    expect(await screen.findByTestId("update-error")).toSay("Couldn't check for updates. Tether will try again later.");
  });

  it("copies the diagnostics and says when the log folder cannot be opened", async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    render(AboutPage);
    await fireEvent.click(await screen.findByTestId("about-copy-diagnostics"));
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith(expect.stringContaining("Rocket.Chat 7.10.0")));
    expect(await screen.findByTestId("about-diagnostics-copied")).toBeInTheDocument();
    await fireEvent.click(screen.getByTestId("about-open-logs"));
    expect(await screen.findByTestId("about-error")).toSay("could not be opened");
  });

  it("lists the keyboard shortcuts", async () => {
    render(AboutPage);
    const list = await screen.findByTestId("about-shortcuts");
    for (const keys of ["Ctrl+1 … Ctrl+9", "Ctrl+,", "Ctrl+W", "Esc"]) expect(list).toHaveTextContent(keys);
  });

  it("an automatic check that passed over a skipped version says so", async () => {
    current = overview({ status: { state: "up_to_date", checked_at: "2026-12-07T10:00:00Z", passed_over: "0.2.0" } });
    render(AboutPage);
    expect(await screen.findByTestId("update-status")).toSay("0.2.0 was skipped or did not install before");
  });

  it("sizes read as file managers show them", () => {
    expect(sizeText(10_800_000)).toBe("10.8 MB");
    expect(sizeText(4_500)).toBe("5 kB");
    expect(sizeText(13)).toBe("13 bytes");
    expect(sizeText(null)).toBeNull();
  });
});
