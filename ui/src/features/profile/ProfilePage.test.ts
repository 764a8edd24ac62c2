import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import { TetherError, type ProfileView, type WorkspaceSummary } from "$lib/ipc";
import ProfilePage from "./ProfilePage.svelte";

const cached: ProfileView = {
  source: "cache",
  fetched_at: "2026-11-20T10:00:00Z",
  profile: {
    user_id: "u1", username: "alice", name: "Alice Liddell", nickname: null, bio: null,
    status: "online", status_text: null, emails: [{ address: "a@x.test", verified: true }],
    avatar_url: null, roles: ["user"], has_password: true, totp_enabled: false, email2fa_enabled: false,
  },
};
const api = { profileCached: vi.fn(), profileRefresh: vi.fn(), trustCertificate: vi.fn(), reconnect: vi.fn() };
vi.mock("$lib/ipc", async (importOriginal) => ({
  ...(await importOriginal<typeof import("$lib/ipc")>()),
  api: new Proxy({}, { get: (_t, key: string) => api[key as keyof typeof api] }),
}));

const workspace: WorkspaceSummary = {
  id: "w1", url: "http://127.0.0.1:3000/", name: "Tether Sandbox", server_version: "8.8",
  account: { user_id: "u1", username: "alice", display_name: "Alice Liddell", auth: "password" },
  connection: { state: "online" },
};

describe("ProfilePage", () => {
  it("shows the cached profile and an offline notice when the server cannot be reached", async () => {
    api.profileCached.mockResolvedValue(cached);
    api.profileRefresh.mockRejectedValue(
      new TetherError({ code: "unreachable", message: "Cannot reach", details: null }),
    );
    render(ProfilePage, { workspace });
    expect(await screen.findByTestId("profile-name")).toHaveTextContent("Alice Liddell");
    expect(await screen.findByTestId("offline-banner")).toHaveTextContent("Offline");
    expect(screen.getByTestId("profile")).toHaveAttribute("data-source", "cache");
  });

  it("replaces the cached profile with the server's", async () => {
    api.profileCached.mockResolvedValue(cached);
    api.profileRefresh.mockResolvedValue({
      ...cached,
      source: "server",
      profile: { ...cached.profile, name: "Alice L." },
    });
    render(ProfilePage, { workspace });
    await vi.waitFor(() => expect(screen.getByTestId("profile-name")).toHaveTextContent("Alice L."));
    expect(screen.getByTestId("profile")).toHaveAttribute("data-source", "server");
    expect(screen.queryByTestId("offline-banner")).toBeNull();
  });

  it("offers to trust a changed certificate, then reconnects", async () => {
    api.profileCached.mockResolvedValue(cached);
    api.profileRefresh.mockRejectedValue(
      new TetherError({ code: "certificate_untrusted", message: "The certificate changed", details: null }),
    );
    api.trustCertificate.mockResolvedValue(null);
    api.reconnect.mockResolvedValue(workspace);
    const fingerprint = "AB:CD";
    render(ProfilePage, {
      workspace: { ...workspace, connection: { state: "certificate_untrusted", reason: "The certificate changed since you trusted it.", fingerprint } },
    });
    expect(await screen.findByTestId("certificate-banner")).toHaveTextContent("changed since you trusted it");
    expect(screen.queryByTestId("profile-error")).toBeNull();
    await fireEvent.click(screen.getByTestId("certificate-banner-trust"));
    await vi.waitFor(() => expect(api.reconnect).toHaveBeenCalledWith("w1"));
    expect(api.trustCertificate).toHaveBeenCalledWith(workspace.url, fingerprint);
  });
});
