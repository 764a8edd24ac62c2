import { fireEvent, render, screen } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { WorkspaceSummary } from "$lib/ipc";
import SignIn from "./SignIn.svelte";

// Mock the generated bindings, so the real ipc module (Result unwrapping) is exercised too.
const sessionSignIn = vi.fn();
vi.mock("$lib/bindings", () => ({
  commands: { sessionSignIn: (...args: unknown[]) => sessionSignIn(...args) },
  events: {},
}));

const workspace: WorkspaceSummary = {
  id: "w1",
  url: "http://127.0.0.1:3000/",
  name: "Tether Sandbox",
  server_version: "8.8",
  account: null,
  connection: { state: "not_signed_in" },
};

describe("SignIn", () => {
  beforeEach(() => sessionSignIn.mockReset());

  it("shows the server's error in the form and keeps what was typed", async () => {
    sessionSignIn.mockResolvedValue({
      status: "error",
      error: {
        code: "invalid_credentials",
        message: "Incorrect username or password. Check both and try again.",
        details: { server_error: "Unauthorized" },
      },
    });
    render(SignIn, { workspace, onsignedin: vi.fn() });
    await fireEvent.input(screen.getByTestId("signin-username"), { target: { value: "alice" } });
    await fireEvent.input(screen.getByTestId("signin-password"), { target: { value: "nope" } });
    await fireEvent.click(screen.getByTestId("signin-submit"));
    const error = await screen.findByTestId("signin-error");
    expect(error).toHaveTextContent("Incorrect username or password");
    expect(error.dataset.code).toBe("invalid_credentials");
    expect(screen.getByTestId("signin-username")).toHaveValue("alice");
    expect(sessionSignIn).toHaveBeenCalledWith("w1", "alice", "nope");
  });

  it("hands the signed-in workspace back and clears the password", async () => {
    const signedIn = { ...workspace, connection: { state: "online" as const } };
    sessionSignIn.mockResolvedValue({ status: "ok", data: signedIn });
    const onsignedin = vi.fn();
    render(SignIn, { workspace, onsignedin });
    await fireEvent.input(screen.getByTestId("signin-username"), { target: { value: "alice" } });
    await fireEvent.input(screen.getByTestId("signin-password"), { target: { value: "alice-pass-1" } });
    await fireEvent.click(screen.getByTestId("signin-submit"));
    await vi.waitFor(() => expect(onsignedin).toHaveBeenCalledWith(signedIn));
    expect(screen.getByTestId("signin-password")).toHaveValue("");
  });
});
