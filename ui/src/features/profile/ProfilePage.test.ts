import { plain } from "$lib/testing/text";
import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import { answer } from "$lib/testing/backend";
import { aliceOnline } from "../../test-fixtures";
import { TetherError, type CustomField, type PasswordPolicy, type ProfileView } from "$lib/ipc";
import ProfilePage from "./ProfilePage.svelte";

const cached: ProfileView = {
  source: "cache",
  pending: [],
  fetched_at: "2026-11-20T10:00:00Z",
  profile: {
    user_id: "u1", username: "alice", name: "Alice Liddell", nickname: null, bio: null,
    status: "online", presence: "offline", status_text: null, emails: [{ address: "a@x.test", verified: true }],
    avatar_url: null, roles: ["user"], has_password: true, totp_enabled: false, email2fa_enabled: false,
  },
};
const allowed = {
  profile: true, name: true, username: true, email: true, password: true, status_text: true, bio_and_status: true, invisible: true,
  avatar: true, delete_account: false, max_file_size: 1024, custom_fields: [] as CustomField[],
};
const api = {
  profileResolve: vi.fn(),
  profileLoad: vi.fn(),
  profileRefresh: vi.fn(),
  profileGetRules: vi.fn(() => Promise.resolve(allowed)),
  profileSave: vi.fn(),
  profileSignOutOtherSessions: vi.fn(),
  workspaceTrustCertificate: vi.fn(),
  sessionReconnect: vi.fn(),
  profileCheckUsername: vi.fn(),
  profileSendVerificationEmail: vi.fn(),
  profileUploadAvatar: vi.fn(),
  profileSetAvatarUrl: vi.fn(),
  profileResetAvatar: vi.fn(),
  profileDeleteAccount: vi.fn(),
  securityGetPasswordPolicy: vi.fn(() => Promise.resolve<PasswordPolicy>({ enabled: false, rules: [] })),
  securityCheckPassword: vi.fn(),
  appMark: vi.fn(() => Promise.resolve(null)),
};
vi.mock("$lib/bindings", () => import("$lib/testing/backend").then((b) => b.bindings));
answer(api);

const workspace = aliceOnline;

describe("ProfilePage", () => {
  it("shows the cached profile and an offline notice when the server cannot be reached", async () => {
    api.profileLoad.mockResolvedValue(cached);
    api.profileRefresh.mockRejectedValue(
      new TetherError({ code: "unreachable", message: "Cannot reach", details: null }),
    );
    render(ProfilePage, { workspace });
    expect(await screen.findByTestId("profile-name")).toSay("Alice Liddell");
    expect(await screen.findByTestId("offline-banner")).toSay("Offline");
    expect(screen.getByTestId("profile")).toHaveAttribute("data-source", "cache");
    // Start-up's end, for the benchmarks: marked once, after the cached profile was asked for,
    // arrived and was drawn.
    await vi.waitFor(() => expect(api.appMark).toHaveBeenCalledWith("profile-rendered-from-cache"));
    expect(vi.mocked(api.appMark).mock.calls).toEqual([
      ["profile-cached-asked"],
      ["profile-cached-received"],
      ["profile-rendered-from-cache"],
    ]);
  });

  it("replaces the cached profile with the server's", async () => {
    api.profileLoad.mockResolvedValue(cached);
    api.profileRefresh.mockResolvedValue({
      ...cached,
      source: "server",
      profile: { ...cached.profile, name: "Alice L." },
    });
    render(ProfilePage, { workspace });
    await vi.waitFor(() => expect(screen.getByTestId("profile-name")).toSay("Alice L."));
    expect(screen.getByTestId("profile")).toHaveAttribute("data-source", "server");
    expect(screen.queryByTestId("offline-banner")).toBeNull();
  });

  it("offers to trust a changed certificate, then reconnects", async () => {
    api.profileLoad.mockResolvedValue(cached);
    api.profileRefresh.mockRejectedValue(
      new TetherError({ code: "certificate_untrusted", message: "The certificate changed", details: null }),
    );
    api.workspaceTrustCertificate.mockResolvedValue(null);
    api.sessionReconnect.mockResolvedValue(workspace);
    const fingerprint = "AB:CD";
    render(ProfilePage, {
      workspace: { ...workspace, connection: { state: "certificate_untrusted", reason: "The certificate changed since you trusted it.", fingerprint } },
    });
    expect(await screen.findByTestId("certificate-banner")).toSay("changed since you trusted it");
    expect(screen.queryByTestId("profile-error")).toBeNull();
    await fireEvent.click(screen.getByTestId("certificate-banner-trust"));
    await vi.waitFor(() => expect(api.sessionReconnect).toHaveBeenCalledWith("w1"));
    expect(api.workspaceTrustCertificate).toHaveBeenCalledWith(workspace.url, fingerprint);
  });

  it("saves an edit and shows the server's profile", async () => {
    api.profileLoad.mockResolvedValue(cached);
    api.profileRefresh.mockResolvedValue({ ...cached, source: "server" });
    const fresh: ProfileView = { ...cached, source: "server", profile: { ...cached.profile, bio: "Curiouser" } };
    api.profileSave.mockResolvedValue({ step: "saved", not_kept: [], profile: fresh });
    render(ProfilePage, { workspace });
    const bio = await screen.findByTestId("profile-edit-bio");
    await fireEvent.input(bio, { target: { value: "Curiouser" } });
    await fireEvent.click(screen.getByTestId("profile-save"));
    expect(await screen.findByTestId("profile-saved")).toSay("Saved");
    const [id, changes, confirmation] = api.profileSave.mock.calls[0] as [string, { bio: string; new_password: null }, null];
    expect(id).toBe("w1");
    expect(changes.bio).toBe("Curiouser");
    expect(changes.new_password).toBeNull();
    expect(confirmation).toBeNull();
  });

  it("sends only what the user changed, never the status shown beside it", async () => {
    api.profileLoad.mockResolvedValue(cached);
    api.profileRefresh.mockResolvedValue({ ...cached, source: "server" });
    api.profileSave.mockResolvedValue({ step: "saved", not_kept: [], profile: { ...cached, source: "server" } });
    render(ProfilePage, { workspace });
    await fireEvent.input(await screen.findByTestId("profile-edit-nickname"), { target: { value: "Al" } });
    await fireEvent.click(screen.getByTestId("profile-save"));
    await screen.findByTestId("profile-saved");
    const changes = api.profileSave.mock.lastCall?.[1] as Record<string, unknown>;
    expect(changes.nickname).toBe("Al");
    for (const field of ["name", "username", "bio", "status", "status_text", "email"]) {
      expect(changes[field], field).toBeNull();
    }
  });

  it("shows presence apart from the chosen status", async () => {
    api.profileLoad.mockResolvedValue(cached);
    api.profileRefresh.mockResolvedValue({ ...cached, source: "server" });
    render(ProfilePage, { workspace });
    const presence = await screen.findByTestId("profile-presence");
    expect(presence.dataset.presence).toBe("offline");
    expect(presence).toSay("no app of yours is connected");
    expect(screen.getByTestId<HTMLSelectElement>("profile-edit-status").value).toBe("online");
  });

  it("says what the server kept instead of Saved", async () => {
    const kept = { ...cached, source: "server" as const, profile: { ...cached.profile, nickname: "Al" } };
    api.profileLoad.mockResolvedValue(kept);
    api.profileRefresh.mockResolvedValue(kept);
    api.profileSave.mockResolvedValue({
      step: "saved",
      not_kept: [{ field: "nickname", wanted: "", kept: "Al", message: "The server kept your nickname as “Al”: this workspace does not clear a nickname." }],
      profile: kept,
    });
    render(ProfilePage, { workspace });
    const nickname = await screen.findByTestId<HTMLInputElement>("profile-edit-nickname");
    await fireEvent.input(nickname, { target: { value: "" } });
    await fireEvent.click(screen.getByTestId("profile-save"));
    expect(plain((await screen.findByTestId("not-kept")).textContent)).toContain("kept your nickname as “Al”");
    expect(screen.queryByTestId("profile-saved")).toBeNull();
    expect(nickname.value).toBe("Al");
  });

  it("keeps bio and status read-only on a server older than 6.4", async () => {
    api.profileLoad.mockResolvedValue(cached);
    api.profileRefresh.mockResolvedValue({ ...cached, source: "server" });
    api.profileGetRules.mockImplementation(() => Promise.resolve({ ...allowed, bio_and_status: false }));
    render(ProfilePage, { workspace });
    await vi.waitFor(() => expect(screen.getByTestId<HTMLTextAreaElement>("profile-edit-bio").disabled).toBe(true));
    expect(screen.getByTestId<HTMLSelectElement>("profile-edit-status").disabled).toBe(true);
    expect(screen.getByTestId("locked-bio")).toSay("older than 6.4");
    api.profileGetRules.mockImplementation(() => Promise.resolve(allowed));
  });

  it("asks for the current password for an email change, then saves with it", async () => {
    api.profileLoad.mockResolvedValue(cached);
    api.profileRefresh.mockResolvedValue({ ...cached, source: "server" });
    api.profileSave
      .mockResolvedValueOnce({
        step: "second_factor",
        challenge: { workspace_id: "w1", method: "password", available_methods: [], code_generated: false, code_expires: null, email_or_username: null },
      })
      .mockResolvedValueOnce({ step: "saved", not_kept: [], profile: { ...cached, source: "server" } });
    render(ProfilePage, { workspace });
    await fireEvent.input(await screen.findByTestId("profile-edit-email"), { target: { value: "new@x.test" } });
    await fireEvent.click(screen.getByTestId("profile-save"));
    const prompt = await screen.findByTestId("profile-second-factor");
    expect(prompt.dataset.method).toBe("password");
    await fireEvent.input(screen.getByTestId("profile-second-factor-code"), { target: { value: "alice-pass-1" } });
    await fireEvent.click(screen.getByTestId("profile-second-factor-submit"));
    await screen.findByTestId("profile-saved");
    expect(api.profileSave).toHaveBeenLastCalledWith("w1", expect.objectContaining({ email: "new@x.test" }), {
      kind: "password",
      password: "alice-pass-1",
    });
  });

  it("checks each rule of the workspace's password policy while the new password is typed", async () => {
    const policy: PasswordPolicy = { enabled: true, rules: [{ kind: "min_length", min: 10 }, { kind: "number" }] };
    api.securityGetPasswordPolicy.mockResolvedValueOnce(policy);
    api.securityCheckPassword.mockImplementation((_p: unknown, typed: string) =>
      Promise.resolve([
        { rule: { kind: "min_length", min: 10 }, text: "At least 10 characters", met: typed.length >= 10 },
        { rule: { kind: "number" }, text: "A number (0–9)", met: /[0-9]/.test(typed) },
      ]),
    );
    api.profileLoad.mockResolvedValue(cached);
    api.profileRefresh.mockResolvedValue({ ...cached, source: "server" });
    render(ProfilePage, { workspace });
    const field = await screen.findByTestId("profile-edit-new-password");
    await vi.waitFor(() => expect(api.securityGetPasswordPolicy).toHaveBeenCalledWith("w1"));
    await fireEvent.input(field, { target: { value: "abc1" } });
    await vi.waitFor(() => expect(screen.getAllByTestId("password-rule").map((r) => r.dataset.met)).toEqual(["false", "true"]));
    await fireEvent.input(field, { target: { value: "abcdefghij1" } });
    await vi.waitFor(() => expect(screen.getAllByTestId("password-rule").map((r) => r.dataset.met)).toEqual(["true", "true"]));
    expect(api.securityCheckPassword).toHaveBeenLastCalledWith(policy, "abcdefghij1");
    await fireEvent.input(screen.getByTestId("profile-edit-confirm-password"), { target: { value: "abc" } });
    expect(await screen.findByTestId("password-mismatch")).toSay("differ");
  });

  it("shows a field the workspace forbids as read-only with the reason, and a server error on its field", async () => {
    api.profileGetRules.mockResolvedValueOnce({ ...allowed, username: false });
    api.profileLoad.mockResolvedValue(cached);
    api.profileRefresh.mockResolvedValue({ ...cached, source: "server" });
    api.profileSave.mockRejectedValue(
      new TetherError({ code: "invalid_input", message: "The bio can be at most 260 characters.", details: { about: "field", field: "bio" } }),
    );
    render(ProfilePage, { workspace });
    expect(await screen.findByTestId("profile-edit-username")).toBeDisabled();
    expect(screen.getByTestId("locked-username")).toSay("does not allow");
    await fireEvent.click(screen.getByTestId("profile-save"));
    expect(await screen.findByTestId("error-bio")).toSay("260");
  });

  it("keeps an offline edit for later and lets the user settle a conflict", async () => {
    const pending: ProfileView = {
      ...cached,
      pending: [
        { field: "status", value: "away", conflict: null, refused: null },
        { field: "bio", value: "Mine", conflict: "Theirs", refused: null },
      ],
    };
    api.profileLoad.mockResolvedValue(pending);
    api.profileRefresh.mockResolvedValue({ ...pending, source: "server" });
    api.profileResolve.mockResolvedValue({ ...cached, source: "server", pending: [] });
    render(ProfilePage, { workspace });
    expect(await screen.findByTestId("pending-waiting")).toSay("Status");
    const conflict = screen.getByTestId("conflict");
    expect(plain(conflict.textContent)).toContain("“Theirs”");
    expect(plain(conflict.textContent)).toContain("“Mine”");
    await fireEvent.click(screen.getByTestId("conflict-keep-mine"));
    await vi.waitFor(() => expect(api.profileResolve).toHaveBeenCalledWith("w1", "bio", true));
    await vi.waitFor(() => expect(screen.queryByTestId("pending-edits")).toBeNull());
  });

  it("says an edit made offline is kept on this computer", async () => {
    api.profileLoad.mockResolvedValue(cached);
    api.profileRefresh.mockRejectedValue(new TetherError({ code: "unreachable", message: "Cannot reach", details: null }));
    api.profileSave.mockResolvedValue({ step: "queued", profile: { ...cached, pending: [{ field: "bio", value: "x", conflict: null, refused: null }] } });
    render(ProfilePage, { workspace: { ...workspace, connection: { state: "offline", reason: "Cannot reach" } } });
    expect(await screen.findByTestId("profile-edit-email")).toBeDisabled();
    await fireEvent.input(screen.getByTestId("profile-edit-bio"), { target: { value: "x" } });
    await fireEvent.click(screen.getByTestId("profile-save"));
    expect(await screen.findByTestId("profile-queued")).toSay("even after a restart");
    expect(await screen.findByTestId("pending-waiting")).toSay("Bio");
  });

  it("says whether a typed username is free, asking the server once typing pauses", async () => {
    api.profileLoad.mockResolvedValue(cached);
    api.profileRefresh.mockResolvedValue({ ...cached, source: "server" });
    api.profileCheckUsername.mockResolvedValue({ state: "taken" });
    render(ProfilePage, { workspace });
    const field = await screen.findByTestId("profile-edit-username");
    await fireEvent.input(field, { target: { value: "tin" } });
    await fireEvent.input(field, { target: { value: "tina" } });
    const note = await screen.findByTestId("username-availability", {}, { timeout: 2000 });
    expect(plain(note.textContent)).toContain("tina is already taken");
    expect(api.profileCheckUsername).toHaveBeenCalledTimes(1);
    expect(api.profileCheckUsername).toHaveBeenCalledWith("w1", "tina");
  });

  it("edits the workspace's custom fields and sends them with the save", async () => {
    api.profileGetRules.mockResolvedValue({
      ...allowed,
      custom_fields: [
        { name: "department", options: ["Sales", "Support"], default_value: "Support", required: true, min_length: 0, max_length: 0 },
        { name: "twitter", options: null, default_value: "", required: false, min_length: 0, max_length: 15 },
      ],
    });
    api.profileLoad.mockResolvedValue(cached);
    api.profileRefresh.mockResolvedValue({ ...cached, source: "server" });
    api.profileSave.mockResolvedValue({ step: "saved", not_kept: [], profile: { ...cached, source: "server" } });
    render(ProfilePage, { workspace });
    expect(await screen.findByTestId("custom-department")).toHaveValue("Support");
    await fireEvent.input(screen.getByTestId("custom-twitter"), { target: { value: "@alice" } });
    await fireEvent.click(screen.getByTestId("profile-save"));
    await screen.findByTestId("profile-saved");
    expect(api.profileSave).toHaveBeenLastCalledWith(
      "w1",
      expect.objectContaining({ custom_fields: { department: "Support", twitter: "@alice" } }),
      null,
    );
    api.profileGetRules.mockImplementation(() => Promise.resolve(allowed));
  });

  it("offers to resend the verification email of an unverified address", async () => {
    const unverified = { ...cached, profile: { ...cached.profile, emails: [{ address: "a@x.test", verified: false }] } };
    api.profileLoad.mockResolvedValue(unverified);
    api.profileRefresh.mockResolvedValue({ ...unverified, source: "server" });
    api.profileSendVerificationEmail.mockResolvedValue(null);
    render(ProfilePage, { workspace });
    await fireEvent.click(await screen.findByTestId("resend-verification"));
    expect(await screen.findByTestId("verification-sent")).toSay("a@x.test");
    expect(api.profileSendVerificationEmail).toHaveBeenCalledWith("w1");
  });

  it("refuses a picture above the workspace's limit without reading or sending it", async () => {
    api.profileLoad.mockResolvedValue(cached);
    api.profileRefresh.mockResolvedValue({ ...cached, source: "server" });
    render(ProfilePage, { workspace });
    const input = await screen.findByTestId("avatar-file");
    const big = new File([new Uint8Array(4096)], "big.png", { type: "image/png" });
    await fireEvent.change(input, { target: { files: [big] } });
    expect(await screen.findByTestId("avatar-error")).toSay("at most");
    expect(api.profileUploadAvatar).not.toHaveBeenCalled();
  });

  it("shows the rooms a last owner would lose and deletes only after agreement", async () => {
    api.profileGetRules.mockResolvedValue({ ...allowed, delete_account: true });
    api.profileLoad.mockResolvedValue(cached);
    api.profileRefresh.mockResolvedValue({ ...cached, source: "server" });
    api.profileDeleteAccount
      .mockResolvedValueOnce({ step: "last_owner", should_be_removed: ["Dora's notes"], should_change_owner: ["Design reviews"] })
      .mockResolvedValueOnce({ step: "deleted" });
    render(ProfilePage, { workspace });
    await fireEvent.click(await screen.findByTestId("delete-account-open"));
    await fireEvent.input(screen.getByTestId("delete-account-password"), { target: { value: "pw" } });
    await fireEvent.click(screen.getByTestId("delete-account-confirm"));
    expect(await screen.findByTestId("rooms-removed")).toSay("Dora's notes");
    expect(screen.getByTestId("rooms-new-owner")).toSay("Design reviews");
    expect(api.profileDeleteAccount).toHaveBeenLastCalledWith("w1", "pw", false);
    await fireEvent.click(screen.getByTestId("delete-account-confirm"));
    await vi.waitFor(() => expect(api.profileDeleteAccount).toHaveBeenLastCalledWith("w1", "pw", true));
    api.profileGetRules.mockImplementation(() => Promise.resolve(allowed));
  });
});
