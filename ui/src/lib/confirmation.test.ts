// The inline confirmations for the keyboard: focus in on opening, Escape closes, focus back.
import { fireEvent, render, screen } from "@testing-library/svelte";
import { describe, expect, it, vi } from "vitest";
import { answer } from "$lib/testing/backend";
import { aliceOnline } from "../test-fixtures";
import TokensPage from "../features/security/TokensPage.svelte";
import SecurityPage from "../features/security/SecurityPage.svelte";

const token = { name: "deploy", created_at: "2026-11-20T10:00:00Z", last_characters: "abcd", bypasses_two_factor: false, used_by_tether: false };
const api = {
  securityListTokens: vi.fn(() => Promise.resolve({ allowed: true, tokens: [token] })),
  securityGetOverview: vi.fn(() =>
    Promise.resolve({
      totp: { available: false, enabled: false, backup_codes_remaining: null },
      email: { available: false, enabled: false, email: null, email_verified: false },
      encryption: { available: true, has_keys: false },
    }),
  ),
  securityListDevices: vi.fn(() => Promise.resolve({ available: false, sessions: [] })),
};
vi.mock("$lib/bindings", () => import("$lib/testing/backend").then((b) => b.bindings));
answer(api);

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("an inline confirmation", () => {
  it("takes the focus, closes with Escape and gives the focus back to the button that opened it", async () => {
    render(TokensPage, { workspace: aliceOnline });
    const remove = await screen.findByTestId("token-delete");
    remove.focus();
    await fireEvent.click(remove);
    const ask = await screen.findByTestId("token-ask");
    expect(ask).toHaveFocus();
    expect(ask).toHaveAttribute("role", "alertdialog");
    await fireEvent.keyDown(screen.getByTestId("token-ask-cancel"), { key: "Escape" });
    expect(screen.queryByTestId("token-ask")).toBeNull();
    await settle();
    expect(remove).toHaveFocus();
  });

  it("gives the focus to the control that reappears when the opener was replaced", async () => {
    render(SecurityPage, { workspace: aliceOnline });
    await fireEvent.click(await screen.findByTestId("e2e-reset"));
    const ask = screen.getByTestId("e2e-reset-confirm");
    expect(ask).toHaveFocus();
    await fireEvent.keyDown(ask, { key: "Escape" });
    await settle();
    expect(screen.getByTestId("e2e-reset")).toHaveFocus();
  });
});
