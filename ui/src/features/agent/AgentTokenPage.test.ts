import { fireEvent, render, screen } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { answer } from "$lib/testing/backend";
import { coraOnline } from "../../test-fixtures";
import AgentTokenPage from "./AgentTokenPage.svelte";

const api = { agentGetToken: vi.fn(), agentResetToken: vi.fn() };
vi.mock("$lib/bindings", () => import("$lib/testing/backend").then((b) => b.bindings));
answer(api);

beforeEach(() => {
  vi.clearAllMocks();
  api.agentGetToken.mockResolvedValue({ token: "cw-token-cora" });
  api.agentResetToken.mockResolvedValue({ token: "cw-token-new" });
});

describe("AgentTokenPage", () => {
  it("keeps the token masked and out of the page until asked, then shows and copies it", async () => {
    render(AgentTokenPage, { workspace: coraOnline });
    const field = screen.getByTestId("agent-token") as HTMLInputElement;
    expect(field.value).not.toContain("cw-token");
    expect(api.agentGetToken).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId("agent-token-show"));
    await vi.waitFor(() => expect(field.value).toBe("cw-token-cora"));
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    await fireEvent.click(screen.getByTestId("agent-token-copy"));
    await vi.waitFor(() => expect(writeText).toHaveBeenCalledWith("cw-token-cora"));
    expect(api.agentGetToken).toHaveBeenCalledTimes(1);
    // Hidden again, the page lets go of it; copying while hidden reads it once more.
    await fireEvent.click(screen.getByTestId("agent-token-show"));
    await vi.waitFor(() => expect(field.value).not.toContain("cw-token"));
    await fireEvent.click(screen.getByTestId("agent-token-copy"));
    await vi.waitFor(() => expect(api.agentGetToken).toHaveBeenCalledTimes(2));
  });

  it("resets only after a confirmation that says integrations stop working", async () => {
    render(AgentTokenPage, { workspace: coraOnline });
    await fireEvent.click(screen.getByTestId("agent-token-reset"));
    expect(screen.getByTestId("agent-token-confirm")).toSay("integrations and scripts that use it stop working");
    await fireEvent.click(screen.getByTestId("agent-token-reset-cancel"));
    expect(api.agentResetToken).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId("agent-token-reset"));
    await fireEvent.click(screen.getByTestId("agent-token-reset-confirm"));
    expect(await screen.findByTestId("agent-token-reset-done")).toBeInTheDocument();
    expect((screen.getByTestId("agent-token") as HTMLInputElement).value).toBe("cw-token-new");
  });

  it("says offline that the token needs the server", () => {
    render(AgentTokenPage, { workspace: { ...coraOnline, connection: { state: "offline", reason: "down" } } });
    expect(screen.getByTestId("agent-needs-server")).toBeInTheDocument();
    expect(screen.getByTestId("agent-token-reset")).toBeDisabled();
  });
});
