import { fireEvent, render, screen } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { answer } from "$lib/testing/backend";
import { aliceOnline } from "../../test-fixtures";
import TokensPage from "./TokensPage.svelte";

const challenge = {
  workspace_id: "w1",
  method: "password" as const,
  available_methods: [],
  code_generated: false,
  code_expires: null,
  email_or_username: null,
};
const listed = { name: "deploy", created_at: "2026-11-23T10:00:00.000Z", last_characters: "abc123", bypasses_two_factor: false, used_by_tether: false };
const api = {
  securityListTokens: vi.fn(),
  securityCreateToken: vi.fn(),
  securityRegenerateToken: vi.fn(),
  securityDeleteToken: vi.fn(),
};
vi.mock("$lib/bindings", () => import("$lib/testing/backend").then((b) => b.bindings));
answer(api);

beforeEach(() => {
  vi.clearAllMocks();
  api.securityListTokens.mockResolvedValue({ allowed: true, tokens: [] });
});

describe("TokensPage", () => {
  it("asks for the second factor once, then shows the new token once with the user id", async () => {
    api.securityCreateToken
      .mockResolvedValueOnce({ step: "second_factor", challenge })
      .mockResolvedValueOnce({ step: "done", result: { name: "deploy", token: "T".repeat(43), user_id: "u1" } });
    render(TokensPage, { workspace: aliceOnline });
    expect(await screen.findByTestId("tokens-empty")).toBeInTheDocument();
    await fireEvent.input(screen.getByTestId("token-name"), { target: { value: "deploy" } });
    await fireEvent.click(screen.getByTestId("token-require-2fa"));
    await fireEvent.click(screen.getByTestId("token-create"));
    const prompt = await screen.findByTestId("token-second-factor");
    expect(prompt.dataset.method).toBe("password");
    expect(api.securityCreateToken).toHaveBeenLastCalledWith("w1", "deploy", false, null);

    api.securityListTokens.mockResolvedValue({ allowed: true, tokens: [listed] });
    await fireEvent.input(screen.getByTestId("token-second-factor-code"), { target: { value: "alice-pass-1" } });
    await fireEvent.click(screen.getByTestId("token-second-factor-submit"));
    expect(api.securityCreateToken).toHaveBeenLastCalledWith("w1", "deploy", false, { kind: "password", password: "alice-pass-1" });
    expect(await screen.findByTestId("token-made-value")).toSay("T".repeat(43));
    expect(screen.getByTestId("token-made-user")).toSay("u1");
    expect(screen.queryByTestId("token-second-factor")).toBeNull();
    expect(await screen.findByTestId("token-row")).toHaveAttribute("data-name", "deploy");

    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await fireEvent.click(screen.getByTestId("token-copy"));
    expect(writeText).toHaveBeenCalledWith("T".repeat(43));
    await fireEvent.click(screen.getByTestId("token-made-done"));
    expect(screen.queryByTestId("token-made")).toBeNull();
  });

  it("shows a refused name on its field, and hides everything without the permission", async () => {
    const { TetherError } = await import("$lib/ipc");
    api.securityCreateToken.mockRejectedValueOnce(
      new TetherError({ code: "invalid_input", message: "You already have a token with that name.", details: { about: "field", field: "token_name" } }),
    );
    const { unmount } = render(TokensPage, { workspace: aliceOnline });
    await screen.findByTestId("tokens-empty");
    await fireEvent.input(screen.getByTestId("token-name"), { target: { value: "deploy" } });
    await fireEvent.click(screen.getByTestId("token-create"));
    expect(await screen.findByTestId("token-name-error")).toSay("already have a token");
    unmount();

    api.securityListTokens.mockResolvedValue({ allowed: false, tokens: [] });
    render(TokensPage, { workspace: aliceOnline });
    expect(await screen.findByTestId("tokens-not-allowed")).toBeInTheDocument();
    expect(screen.queryByTestId("token-create")).toBeNull();
  });

  it("asks before deleting, saying what stops working, and only then deletes", async () => {
    api.securityListTokens.mockResolvedValue({ allowed: true, tokens: [listed] });
    api.securityDeleteToken.mockResolvedValue({ step: "done", result: null });
    render(TokensPage, { workspace: aliceOnline });
    await fireEvent.click(await screen.findByTestId("token-delete"));
    const ask = await screen.findByTestId("token-ask");
    expect(ask).toSay("Scripts and integrations that use it stop working");
    expect(screen.queryByTestId("token-ask-signs-out")).toBeNull();
    expect(api.securityDeleteToken).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId("token-ask-cancel"));
    expect(screen.queryByTestId("token-ask")).toBeNull();
    expect(api.securityDeleteToken).not.toHaveBeenCalled();

    await fireEvent.click(screen.getByTestId("token-delete"));
    await fireEvent.click(await screen.findByTestId("token-ask-go"));
    expect(api.securityDeleteToken).toHaveBeenCalledWith("w1", "deploy", null);
  });

  it("says that deleting or regenerating Tether's own token signs it out", async () => {
    api.securityListTokens.mockResolvedValue({ allowed: true, tokens: [{ ...listed, used_by_tether: true }] });
    render(TokensPage, { workspace: aliceOnline });
    expect(await screen.findByTestId("token-used-by-tether")).toBeInTheDocument();
    await fireEvent.click(screen.getByTestId("token-regenerate"));
    expect(await screen.findByTestId("token-ask-signs-out")).toSay("signs Tether out");
    expect(screen.getByTestId("token-ask-go")).toSay("and sign out");
    expect(api.securityRegenerateToken).not.toHaveBeenCalled();
  });
});
