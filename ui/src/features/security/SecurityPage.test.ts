import { fireEvent, render, screen } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { answer } from "$lib/testing/backend";
import { TetherError } from "$lib/ipc";
import { aliceOnline } from "../../test-fixtures";
import SecurityPage from "./SecurityPage.svelte";

const passwordChallenge = {
  workspace_id: "w1",
  method: "password" as const,
  available_methods: [],
  code_generated: false,
  code_expires: null,
  email_or_username: null,
};
const overview = (totp: boolean, emailVerified = true) => ({
  totp: { available: true, enabled: totp, backup_codes_remaining: totp ? 12 : null },
  email: { available: true, enabled: false, email: "alice@example.com", email_verified: emailVerified },
  encryption: { available: false, has_keys: false },
});
const twelve = Array.from({ length: 12 }, (_, i) => `code${String(i).padStart(4, "0")}`);
const api = {
  securityGetOverview: vi.fn(),
  securityListDevices: vi.fn(),
  securityEnableTotp: vi.fn(),
  securityConfirmTotp: vi.fn(),
  securitySaveBackupCodes: vi.fn(),
  securitySignOutDevice: vi.fn(),
};
vi.mock("$lib/bindings", () => import("$lib/testing/backend").then((b) => b.bindings));
answer(api);

beforeEach(() => {
  vi.clearAllMocks();
  api.securityGetOverview.mockResolvedValue(overview(false));
  api.securityListDevices.mockResolvedValue({ available: false, sessions: [] });
});

describe("SecurityPage", () => {
  it("turns on the authenticator: password once, QR and key, code checked, backup codes shown once", async () => {
    api.securityEnableTotp
      .mockResolvedValueOnce({ step: "second_factor", challenge: passwordChallenge })
      .mockResolvedValueOnce({ step: "done", result: { secret: "JBSW Y3DP", qr_code: "data:image/png;base64,AAAA", account: "alice" } });
    api.securityConfirmTotp
      .mockRejectedValueOnce(new TetherError({ code: "invalid_input", message: "That code is not correct.", details: { about: "field", field: "code" } }))
      .mockResolvedValueOnce({ step: "done", result: { codes: twelve } });
    render(SecurityPage, { workspace: aliceOnline });
    await fireEvent.click(await screen.findByTestId("totp-enable"));
    expect((await screen.findByTestId("security-second-factor")).dataset.method).toBe("password");
    await fireEvent.input(screen.getByTestId("security-second-factor-code"), { target: { value: "alice-pass-1" } });
    await fireEvent.click(screen.getByTestId("security-second-factor-submit"));
    expect(api.securityEnableTotp).toHaveBeenLastCalledWith("w1", { kind: "password", password: "alice-pass-1" });
    expect(await screen.findByTestId("totp-qr")).toHaveAttribute("src", "data:image/png;base64,AAAA");
    expect(screen.getByTestId("totp-secret")).toSay("JBSW Y3DP");

    await fireEvent.input(screen.getByTestId("totp-code"), { target: { value: "000000" } });
    await fireEvent.click(screen.getByTestId("totp-verify"));
    expect(await screen.findByTestId("totp-code-error")).toSay("not correct");
    expect(screen.queryByTestId("backup-codes")).toBeNull();

    api.securityGetOverview.mockResolvedValue(overview(true));
    await fireEvent.input(screen.getByTestId("totp-code"), { target: { value: "123456" } });
    await fireEvent.click(screen.getByTestId("totp-verify"));
    expect(api.securityConfirmTotp).toHaveBeenLastCalledWith("w1", "123456", null);
    expect(await screen.findAllByTestId("backup-code")).toHaveLength(12);
    expect(await screen.findByTestId("totp-status")).toSay("12 of 12 backup codes left");

    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await fireEvent.click(screen.getByTestId("backup-codes-copy"));
    expect(writeText).toHaveBeenCalledWith(twelve.join("\n"));
    api.securitySaveBackupCodes.mockResolvedValueOnce("/home/alice/Downloads/codes.txt");
    await fireEvent.click(screen.getByTestId("backup-codes-save"));
    expect(await screen.findByTestId("backup-codes-saved")).toSay("/home/alice/Downloads/codes.txt");
    expect(api.securitySaveBackupCodes).toHaveBeenCalledWith("w1", twelve);
    await fireEvent.click(screen.getByTestId("backup-codes-done"));
    expect(screen.queryByTestId("backup-codes")).toBeNull();
  });

  it("explains why email codes need a verified address instead of offering the switch", async () => {
    api.securityGetOverview.mockResolvedValue(overview(false, false));
    render(SecurityPage, { workspace: aliceOnline });
    expect(await screen.findByTestId("email-2fa-unverified")).toSay("only to a verified address");
    expect(screen.queryByTestId("email-2fa-enable")).toBeNull();
  });

  it("lists devices where the workspace has device management and signs one out", async () => {
    const session = (id: string, current: boolean) => ({ id, device: "Tether 0.1.0", os: "Linux", ip: "10.0.0.1", signed_in_at: null, current });
    api.securityListDevices.mockResolvedValue({ available: true, sessions: [session("here", true), session("there", false)] });
    api.securitySignOutDevice.mockResolvedValue({ available: true, sessions: [session("here", true)] });
    render(SecurityPage, { workspace: aliceOnline });
    const rows = await screen.findAllByTestId("device-row");
    expect(rows).toHaveLength(2);
    expect(screen.getAllByTestId("device-sign-out")).toHaveLength(1);
    await fireEvent.click(screen.getByTestId("device-sign-out"));
    expect(api.securitySignOutDevice).toHaveBeenCalledWith("w1", "there");
    await vi.waitFor(() => expect(screen.getAllByTestId("device-row")).toHaveLength(1));
  });
});
