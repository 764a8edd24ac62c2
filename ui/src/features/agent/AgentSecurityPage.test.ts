import { fireEvent, render, screen } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { answer } from "$lib/testing/backend";
import { coraOnline } from "../../test-fixtures";
import AgentSecurityPage from "./AgentSecurityPage.svelte";

const api = {
  agentGetSecurity: vi.fn(),
  agentTwoFactorBegin: vi.fn(),
  agentTwoFactorConfirm: vi.fn(),
  agentTwoFactorDisable: vi.fn(),
  agentSignOutDevice: vi.fn(),
};
vi.mock("$lib/bindings", () => import("$lib/testing/backend").then((b) => b.bindings));
answer(api);

const devices = [
  { id: "1", name: "Tether on Linux", ip_address: "127.0.0.1", last_activity_at: null, current: true },
  { id: "2", name: "Firefox on Windows", ip_address: "10.0.0.2", last_activity_at: "2026-12-07", current: false },
];
const off = { two_factor: { available: true, enabled: false }, token_session: false, devices };

beforeEach(() => {
  vi.clearAllMocks();
  api.agentGetSecurity.mockResolvedValue(off);
});

describe("AgentSecurityPage", () => {
  it("turns two-factor on with the QR code and the app's code, then shows the backup codes once", async () => {
    const { TetherError } = await import("$lib/ipc");
    api.agentTwoFactorBegin.mockResolvedValue({ secret: "JBSW Y3DP", qr_code: "data:image/png;base64,AAAA", account: "cora@x.test" });
    api.agentTwoFactorConfirm
      .mockRejectedValueOnce(new TetherError({ code: "two_factor_invalid", message: "That code is not correct.", details: { about: "field", field: "code" } }))
      .mockResolvedValueOnce({ codes: Array.from({ length: 10 }, (_, i) => `CODE000${i}`) });
    render(AgentSecurityPage, { workspace: coraOnline });
    await fireEvent.click(await screen.findByTestId("agent-two-factor-begin"));
    expect(await screen.findByTestId("agent-two-factor-qr")).toHaveAttribute("src", "data:image/png;base64,AAAA");
    expect(screen.getByTestId("agent-two-factor-secret")).toSay("JBSW Y3DP");
    await fireEvent.input(screen.getByTestId("agent-two-factor-code"), { target: { value: "000000" } });
    await fireEvent.click(screen.getByTestId("agent-two-factor-confirm"));
    await vi.waitFor(() => expect(api.agentTwoFactorConfirm).toHaveBeenCalledTimes(1));
    expect(await screen.findByTestId("agent-two-factor-error")).toSay("not correct");
    api.agentGetSecurity.mockResolvedValue({ ...off, two_factor: { available: true, enabled: true } });
    await fireEvent.input(screen.getByTestId("agent-two-factor-code"), { target: { value: "123456" } });
    await fireEvent.click(screen.getByTestId("agent-two-factor-confirm"));
    expect(await screen.findByTestId("agent-backup-codes")).toSay("CODE0009");
    expect(api.agentTwoFactorConfirm).toHaveBeenLastCalledWith("cw1", "123456");
    await fireEvent.click(screen.getByTestId("agent-backup-codes-done"));
    expect(screen.queryByTestId("agent-backup-codes")).toBeNull();
    expect(screen.getByTestId("agent-two-factor")).toHaveAttribute("data-enabled", "true");
  });

  it("turns it off with a code and the password", async () => {
    api.agentGetSecurity.mockResolvedValue({ ...off, two_factor: { available: true, enabled: true } });
    api.agentTwoFactorDisable.mockResolvedValue(null);
    render(AgentSecurityPage, { workspace: coraOnline });
    await fireEvent.click(await screen.findByTestId("agent-two-factor-turn-off"));
    await fireEvent.input(screen.getByTestId("agent-two-factor-off-code"), { target: { value: "654321" } });
    await fireEvent.input(screen.getByTestId("agent-two-factor-password"), { target: { value: "Cora-pass-1!" } });
    api.agentGetSecurity.mockResolvedValue(off);
    await fireEvent.click(screen.getByTestId("agent-two-factor-off-confirm"));
    expect(api.agentTwoFactorDisable).toHaveBeenCalledWith("cw1", "654321", "Cora-pass-1!");
    await vi.waitFor(() => expect(screen.getByTestId("agent-two-factor")).toHaveAttribute("data-enabled", "false"));
  });

  it("lists the devices and signs out another one, never this Tether", async () => {
    api.agentSignOutDevice.mockResolvedValue(null);
    render(AgentSecurityPage, { workspace: coraOnline });
    const rows = await screen.findAllByTestId("agent-device");
    expect(rows).toHaveLength(2);
    expect(rows[0]).toSay("(this Tether)");
    expect(screen.getAllByTestId("agent-device-sign-out")).toHaveLength(1);
    await fireEvent.click(screen.getByTestId("agent-device-sign-out"));
    expect(api.agentSignOutDevice).toHaveBeenCalledWith("cw1", "2");
  });

  it("shows nothing about what the server lacks, and says a token session cannot change two-factor", async () => {
    api.agentGetSecurity.mockResolvedValue({ two_factor: { available: false, enabled: false }, token_session: false, devices: null });
    const { unmount } = render(AgentSecurityPage, { workspace: coraOnline });
    expect(await screen.findByTestId("agent-security-none")).toBeInTheDocument();
    expect(screen.queryByTestId("agent-two-factor")).toBeNull();
    expect(screen.queryByTestId("agent-devices")).toBeNull();
    unmount();
    api.agentGetSecurity.mockResolvedValue({ ...off, token_session: true });
    render(AgentSecurityPage, { workspace: coraOnline });
    expect(await screen.findByTestId("agent-two-factor-needs-session")).toBeInTheDocument();
    expect(screen.queryByTestId("agent-two-factor-begin")).toBeNull();
  });
});
