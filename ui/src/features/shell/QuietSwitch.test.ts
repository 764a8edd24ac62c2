import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import { formatTime } from "$lib/i18n/index.svelte";
import { answer } from "$lib/testing/backend";
import QuietSwitch from "./QuietSwitch.svelte";

const inAnHour = new Date(Date.now() + 3600_000).toISOString();
const api = {
  alertsGetDoNotDisturb: vi.fn(() => Promise.resolve({ until: null as string | null })),
  alertsSetDoNotDisturb: vi.fn((choice: string) => Promise.resolve({ until: choice === "off" ? null : inAnHour })),
};
vi.mock("$lib/bindings", () => import("$lib/testing/backend").then((b) => b.bindings));
answer(api);

describe("QuietSwitch", () => {
  it("mutes for an hour, says until when, and turns back on", async () => {
    render(QuietSwitch);
    expect(await screen.findByTestId("quiet-status")).toSay("On");
    await fireEvent.click(screen.getByTestId("quiet-hour"));
    expect(api.alertsSetDoNotDisturb).toHaveBeenCalledWith("one_hour");
    // In the language shown, on the user's clock (the hour is not zero-padded in English).
    const time = formatTime(new Date(inAnHour));
    await vi.waitFor(() => expect(screen.getByTestId("quiet-status")).toSay(`Muted until`));
    expect(screen.getByTestId("quiet").dataset.muted).toBe("true");
    if (new Date(inAnHour).toDateString() === new Date().toDateString()) {
      expect(screen.getByTestId("quiet-status")).toHaveTextContent(time);
    }
    await fireEvent.click(screen.getByTestId("quiet-off"));
    expect(api.alertsSetDoNotDisturb).toHaveBeenCalledWith("off");
    await vi.waitFor(() => expect(screen.getByTestId("quiet-status")).toSay("On"));
  });
});
