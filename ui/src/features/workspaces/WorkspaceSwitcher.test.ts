import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import type { WorkspaceUnread } from "$lib/ipc";
import { plain } from "$lib/testing/text";
import { aliceOnline } from "../../test-fixtures";
import WorkspaceSwitcher from "./WorkspaceSwitcher.svelte";

const beta = { ...aliceOnline, id: "w2", name: "Beta" };
const waiting = (workspace_id: string, unread: number, mentions: number, dot = false, attention = false, stale = false): WorkspaceUnread => ({
  workspace_id,
  name: workspace_id,
  unread: { unread, mentions, dot },
  highlight: true,
  attention,
  stale,
});
const noop = () => {};

function show(unread: Record<string, WorkspaceUnread>) {
  return render(WorkspaceSwitcher, {
    workspaces: [aliceOnline, beta],
    selected: aliceOnline,
    images: {},
    unread,
    onselect: noop,
    onadd: noop,
    onsignout: noop,
    onremove: noop,
  });
}

describe("WorkspaceSwitcher counts", () => {
  it("shows each workspace's mentions, else its unread count, else a dot", async () => {
    show({ w1: waiting("w1", 5, 2), w2: waiting("w2", 3, 0) });
    const trigger = screen.getByTestId("unread-count");
    expect(trigger).toSay("2");
    expect(trigger).toHaveClass("mention");
    expect(plain(trigger.getAttribute("aria-label"))).toBe("2 mentions, 5 unread");
    await fireEvent.pointerDown(screen.getByTestId("workspace-switcher"));
    await fireEvent.keyDown(screen.getByTestId("workspace-switcher"), { key: "Enter" });
    const betaCount = (await screen.findAllByTestId("unread-count")).find((e) => e.dataset.workspace === "Beta");
    expect(betaCount).toSay("3");
    expect(betaCount).not.toHaveClass("mention");
  });

  it("a dot when only an alert waits; nothing when nothing waits or the workspace needs a sign-in", () => {
    const { unmount } = show({ w1: waiting("w1", 0, 0, true) });
    expect(screen.getByTestId("unread-count")).toHaveClass("dot");
    unmount();
    const quiet = show({ w1: waiting("w1", 0, 0) });
    expect(screen.queryByTestId("unread-count")).toBeNull();
    quiet.unmount();
    show({ w1: waiting("w1", 4, 1, false, true) });
    expect(screen.queryByTestId("unread-count")).toBeNull();
  });

  it("marks the last known counts of a workspace whose connection is down", () => {
    show({ w1: waiting("w1", 5, 2, false, false, true) });
    const count = screen.getByTestId("unread-count");
    expect(count).toSay("2");
    expect(count).toHaveClass("stale");
    expect(plain(count.getAttribute("aria-label"))).toBe("2 mentions, 5 unread (last known; reconnecting)");
  });
});
