import { fireEvent, render, screen } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { answer } from "$lib/testing/backend";
import { coraOnline } from "../../test-fixtures";
import AgentProfilePage from "./AgentProfilePage.svelte";
import { coraView } from "./fixtures";

const api = {
  agentLoad: vi.fn(),
  agentRefresh: vi.fn(),
  agentSaveProfile: vi.fn(),
  agentChangePassword: vi.fn(),
  agentSetAvailability: vi.fn(),
  agentSetAutoOffline: vi.fn(),
  agentChooseAccount: vi.fn(),
  agentResolve: vi.fn(),
  agentUploadAvatar: vi.fn(),
  agentRemoveAvatar: vi.fn(),
};
vi.mock("$lib/bindings", () => import("$lib/testing/backend").then((b) => b.bindings));
answer(api);

beforeEach(() => {
  vi.clearAllMocks();
  api.agentLoad.mockResolvedValue(coraView({ fresh: false }));
  api.agentRefresh.mockResolvedValue(coraView());
});

describe("AgentProfilePage", () => {
  it("sends only what changed and shows what the server answered, with its note", async () => {
    const answered = coraView({}, { profile: { display_name: "Cora" } });
    api.agentSaveProfile.mockResolvedValue({ view: answered, email_unconfirmed: "new@x.test", kept_for_later: false });
    render(AgentProfilePage, { workspace: coraOnline });
    const display = (await screen.findByTestId("agent-display-name")) as HTMLInputElement;
    expect(screen.getByTestId("agent-update-profile")).toBeDisabled();
    await fireEvent.input(display, { target: { value: "Cora" } });
    await fireEvent.input(screen.getByTestId("agent-email"), { target: { value: "new@x.test" } });
    await fireEvent.click(screen.getByTestId("agent-update-profile"));
    expect(api.agentSaveProfile).toHaveBeenCalledWith("cw1", { name: null, display_name: "Cora", email: "new@x.test" });
    expect(await screen.findByTestId("agent-saved")).toSay("Your profile has been updated successfully");
    expect(screen.getByTestId("agent-save-note")).toSay(
      "Chatwoot sent a confirmation link to new@x.test. Your email address stays cora@sandbox.tether.test until you follow it.",
    );
    // The address the server kept is shown, not the one typed.
    expect((screen.getByTestId("agent-email") as HTMLInputElement).value).toBe("cora@sandbox.tether.test");
  });

  it("puts the server's refusal on its field and keeps what was typed", async () => {
    const { TetherError } = await import("$lib/ipc");
    api.agentSaveProfile.mockRejectedValue(
      new TetherError({ code: "invalid_input", message: "Name is too long (maximum is 255 characters)", details: { about: "field", field: "name" } }),
    );
    render(AgentProfilePage, { workspace: coraOnline });
    const name = (await screen.findByTestId("agent-name")) as HTMLInputElement;
    await fireEvent.input(name, { target: { value: "x".repeat(256) } });
    await fireEvent.click(screen.getByTestId("agent-update-profile"));
    expect(await screen.findByTestId("error-name")).toSay("Name is too long");
    expect(name.value).toHaveLength(256);
    expect(name).toHaveAttribute("aria-invalid", "true");
  });

  it("checks the password rule while typing and shows a wrong current password on its field", async () => {
    const { TetherError } = await import("$lib/ipc");
    api.agentChangePassword
      .mockRejectedValueOnce(new TetherError({ code: "invalid_input", message: "The current password is not correct.", details: { about: "field", field: "current_password" } }))
      .mockResolvedValueOnce(null);
    render(AgentProfilePage, { workspace: coraOnline });
    const next = await screen.findByTestId("agent-new-password");
    await fireEvent.input(next, { target: { value: "lower" } });
    expect(screen.getByTestId("rule-uppercase")).toHaveAttribute("data-met", "false");
    expect(screen.getByTestId("rule-lowercase")).toHaveAttribute("data-met", "true");
    expect(screen.getByTestId("agent-change-password")).toBeDisabled();
    await fireEvent.input(next, { target: { value: "Better-pass-2!" } });
    for (const rule of ["length", "uppercase", "lowercase", "digit", "special"]) {
      expect(screen.getByTestId(`rule-${rule}`)).toHaveAttribute("data-met", "true");
    }
    await fireEvent.input(screen.getByTestId("agent-confirm-password"), { target: { value: "Better-pass-2" } });
    expect(screen.getByTestId("agent-password-mismatch")).toBeInTheDocument();
    await fireEvent.input(screen.getByTestId("agent-confirm-password"), { target: { value: "Better-pass-2!" } });
    await fireEvent.input(screen.getByTestId("agent-current-password"), { target: { value: "wrong" } });
    await fireEvent.click(screen.getByTestId("agent-change-password"));
    expect(await screen.findByTestId("error-current-password")).toSay("not correct");
    await fireEvent.input(screen.getByTestId("agent-current-password"), { target: { value: "Cora-pass-1!" } });
    await fireEvent.click(screen.getByTestId("agent-change-password"));
    expect(await screen.findByTestId("agent-password-changed")).toBeInTheDocument();
    expect(api.agentChangePassword).toHaveBeenLastCalledWith("cw1", "Cora-pass-1!", "Better-pass-2!", "Better-pass-2!");
    expect((screen.getByTestId("agent-new-password") as HTMLInputElement).value).toBe("");
  });

  it("sets the availability, and offline keeps name and availability edits for later", async () => {
    api.agentSetAvailability.mockResolvedValue(coraView({}, { account: { availability: "busy" } }));
    const { unmount } = render(AgentProfilePage, { workspace: coraOnline });
    await fireEvent.click(await screen.findByTestId("availability-busy"));
    expect(api.agentSetAvailability).toHaveBeenCalledWith("cw1", "busy");
    expect(await screen.findByTestId("availability-busy")).toBeChecked();
    const { TetherError } = await import("$lib/ipc");
    api.agentSetAvailability.mockRejectedValueOnce(new TetherError({ code: "server", message: "Chatwoot failed.", details: null }));
    await fireEvent.click(screen.getByTestId("availability-offline"));
    expect(await screen.findByTestId("availability-error")).toSay("Chatwoot failed.");
    expect(screen.getByTestId("availability-busy")).toBeChecked();
    unmount();

    api.agentRefresh.mockRejectedValue(new TetherError({ code: "unreachable", message: "Cannot reach it", details: null }));
    const waiting = coraView({ pending: [{ key: "name", value: "Cora offline", conflict: null, refused: null }] }, { profile: { name: "Cora offline" } });
    api.agentSaveProfile.mockResolvedValue({ view: waiting, email_unconfirmed: null, kept_for_later: true });
    render(AgentProfilePage, { workspace: { ...coraOnline, connection: { state: "offline", reason: "down" } } });
    expect(await screen.findByTestId("agent-needs-server")).toSay("kept on this computer");
    expect(await screen.findByTestId("agent-stale")).toSay("Cannot reach it");
    expect(screen.getByTestId("availability-online")).toBeEnabled();
    const name = screen.getByTestId("agent-name") as HTMLInputElement;
    expect(name.value).toBe("Cora Agent");
    await fireEvent.input(name, { target: { value: "Cora offline" } });
    await fireEvent.click(screen.getByTestId("agent-update-profile"));
    expect(await screen.findByTestId("pending-name")).toHaveAttribute("data-state", "waiting");
    expect(screen.getByTestId("pending-name")).toSay("saved on this computer");
    expect(screen.queryByTestId("agent-saved")).toBeNull();
    // A new address cannot be kept for later.
    await fireEvent.input(screen.getByTestId("agent-email"), { target: { value: "new@x.test" } });
    expect(screen.getByTestId("agent-update-profile")).toBeDisabled();
  });
});

describe("PendingEdits on the Profile page", () => {
  it("offers the choice for a conflict and shows the server's answer after it", async () => {
    api.agentRefresh.mockResolvedValue(coraView({ pending: [{ key: "name", value: "Cora mine", conflict: "Cora web", refused: null }] }, { profile: { name: "Cora mine" } }));
    api.agentResolve.mockResolvedValue(coraView({}, { profile: { name: "Cora web" } }));
    render(AgentProfilePage, { workspace: coraOnline });
    const item = await screen.findByTestId("pending-name");
    expect(item).toHaveAttribute("data-state", "conflict");
    expect(item).toSay("was changed on the server to “Cora web” while you changed it to “Cora mine”");
    await fireEvent.click(screen.getByTestId("use-server-name"));
    expect(api.agentResolve).toHaveBeenCalledWith("cw1", "name", false);
    await vi.waitFor(() => expect((screen.getByTestId("agent-name") as HTMLInputElement).value).toBe("Cora web"));
    expect(screen.queryByTestId("pending-name")).toBeNull();
  });
});

describe("the profile image", () => {
  it("uploads a chosen picture and shows Chatwoot's refusal on the field", async () => {
    const { TetherError } = await import("$lib/ipc");
    api.agentUploadAvatar
      .mockRejectedValueOnce(new TetherError({ code: "invalid_input", message: "Avatar filetype not supported", details: { about: "field", field: "avatar" } }))
      .mockResolvedValueOnce(coraView({}, { profile: { has_avatar: true } }));
    api.agentRemoveAvatar.mockResolvedValue(coraView());
    render(AgentProfilePage, { workspace: coraOnline, avatar: "data:image/png;base64,AAAA" });
    const input = (await screen.findByTestId("agent-avatar-file")) as HTMLInputElement;
    const webp = new File([new Uint8Array([1, 2, 3])], "me.webp", { type: "image/webp" });
    await fireEvent.change(input, { target: { files: [webp] } });
    expect(await screen.findByTestId("error-avatar")).toSay("Avatar filetype not supported");
    const png = new File([new Uint8Array([137, 80, 78, 71])], "me.png", { type: "image/png" });
    await fireEvent.change(input, { target: { files: [png] } });
    expect(await screen.findByTestId("agent-avatar-done")).toSay("saved");
    expect(api.agentUploadAvatar).toHaveBeenLastCalledWith("cw1", "me.png", "iVBORw==");
    expect(screen.getByTestId("agent-avatar-image")).toHaveAttribute("src", "data:image/png;base64,AAAA");
    await fireEvent.click(screen.getByTestId("agent-avatar-remove"));
    expect(await screen.findByTestId("agent-avatar-done")).toSay("removed");
    expect(screen.queryByTestId("agent-avatar-image")).toBeNull();
  });
});
