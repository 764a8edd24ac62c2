import { describe, expect, it } from "vitest";
import { pageToReload } from "./pageEvents";

describe("pageToReload", () => {
  it("reloads the shown workspace's page after background work", () => {
    expect(pageToReload({ kind: "preferences_updated", workspace_id: "w1", origin: "background" }, "w1")).toBe("preferences");
    expect(pageToReload({ kind: "profile_updated", workspace_id: "w1", origin: "background" }, "w1")).toBe("profile");
  });

  it("does not read back the echo of the page's own command", () => {
    expect(pageToReload({ kind: "preferences_updated", workspace_id: "w1", origin: "command" }, "w1")).toBeNull();
    expect(pageToReload({ kind: "profile_updated", workspace_id: "w1", origin: "command" }, "w1")).toBeNull();
  });

  it("ignores other workspaces and other events", () => {
    expect(pageToReload({ kind: "preferences_updated", workspace_id: "w2", origin: "background" }, "w1")).toBeNull();
    expect(pageToReload({ kind: "workspaces_changed" }, "w1")).toBeNull();
  });
});
