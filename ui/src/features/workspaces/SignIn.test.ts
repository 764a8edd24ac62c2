import { formatTime } from "$lib/i18n/index.svelte";
import { fireEvent, render, screen } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { answer } from "$lib/testing/backend";
import type { SecondFactorChallenge, WorkspaceSummary } from "$lib/ipc";
import SignIn from "./SignIn.svelte";

// The commands answer through the one test seam (the generated bindings), so the real ipc
// module (Result unwrapping) is exercised too.
const sessionSignIn = vi.fn();
const sessionSubmitCode = vi.fn();
const sessionResendEmailCode = vi.fn();
const sessionSignInWithToken = vi.fn();
vi.mock("$lib/bindings", () => import("$lib/testing/backend").then((b) => b.bindings));
answer({ sessionSignIn, sessionSubmitCode, sessionResendEmailCode, sessionSignInWithToken, sessionCancelSignIn: () => null });

const workspace: WorkspaceSummary = {
  id: "w1",
  url: "http://127.0.0.1:3000/",
  name: "Tether Sandbox",
  server_version: "8.8",
  kind: "rocket_chat",
  account: null,
  connection: { state: "not_signed_in" },
};
const online = { ...workspace, connection: { state: "online" as const } };

function challenge(over: Partial<SecondFactorChallenge>): SecondFactorChallenge {
  return {
    workspace_id: "w1",
    method: "totp",
    available_methods: ["totp"],
    code_generated: false,
    code_expires: null,
    email_or_username: null,
    ...over,
  };
}

async function submitPassword(username: string, password: string) {
  await fireEvent.input(screen.getByTestId("signin-username"), { target: { value: username } });
  await fireEvent.input(screen.getByTestId("signin-password"), { target: { value: password } });
  await fireEvent.click(screen.getByTestId("signin-submit"));
}

describe("SignIn", () => {
  beforeEach(() => {
    for (const mock of [sessionSignIn, sessionSubmitCode, sessionResendEmailCode, sessionSignInWithToken]) mock.mockReset();
  });

  it("shows the server's error in the form and keeps what was typed", async () => {
    sessionSignIn.mockRejectedValue({
        code: "invalid_credentials",
        message: "Incorrect username or password. Check both and try again.",
        details: {
          about: "server", field: null, endpoint: "login", status: 401, server_error: "Unauthorized",
          error_type: null, server_details: null, retry_after_seconds: null,
        },
      });
    render(SignIn, { workspace, onsignedin: vi.fn() });
    await submitPassword("alice", "nope");
    const error = await screen.findByTestId("signin-error");
    expect(error).toSay("Incorrect username or password");
    expect(error.dataset.code).toBe("invalid_credentials");
    expect(screen.getByTestId("signin-username")).toHaveValue("alice");
    expect(sessionSignIn).toHaveBeenCalledWith("w1", "alice", "nope");
  });

  it("hands the signed-in workspace back and clears the password", async () => {
    sessionSignIn.mockResolvedValue({ step: "signed_in", workspace: online });
    const onsignedin = vi.fn();
    render(SignIn, { workspace, onsignedin });
    await submitPassword("alice", "alice-pass-1");
    await vi.waitFor(() => expect(onsignedin).toHaveBeenCalledWith(online));
    expect(screen.getByTestId("signin-password")).toHaveValue("");
  });

  it("asks for the authenticator code, keeps the challenge after a wrong code, then signs in", async () => {
    sessionSignIn.mockResolvedValue({ step: "second_factor", challenge: challenge({}) });
    sessionSubmitCode
      .mockRejectedValueOnce({ code: "two_factor_invalid", message: "That code is not correct.", details: null })
      .mockResolvedValueOnce({ step: "signed_in", workspace: online });
    const onsignedin = vi.fn();
    render(SignIn, { workspace, onsignedin });
    await submitPassword("tina", "tina-pass-1");
    const form = await screen.findByTestId("second-factor");
    expect(form.dataset.method).toBe("totp");
    await fireEvent.input(screen.getByTestId("second-factor-code"), { target: { value: "000000" } });
    await fireEvent.click(screen.getByTestId("second-factor-submit"));
    expect(await screen.findByTestId("second-factor-error")).toSay("not correct");
    await fireEvent.click(screen.getByTestId("second-factor-backup"));
    await fireEvent.input(screen.getByTestId("second-factor-code"), { target: { value: "tb7k2m9q" } });
    await fireEvent.click(screen.getByTestId("second-factor-submit"));
    await vi.waitFor(() => expect(onsignedin).toHaveBeenCalledWith(online));
    expect(sessionSubmitCode).toHaveBeenLastCalledWith("w1", "tb7k2m9q");
  });

  it("shows an emailed code's expiry and sends it again", async () => {
    const expires = "2026-11-23T15:30:00+00:00";
    sessionSignIn.mockResolvedValue({
        step: "second_factor",
        challenge: challenge({ method: "email", available_methods: ["email"], code_expires: expires, email_or_username: "emma" }),
      });
    sessionResendEmailCode.mockResolvedValue(challenge({ method: "email", code_generated: true, email_or_username: "emma" }));
    render(SignIn, { workspace, onsignedin: vi.fn() });
    await submitPassword("emma", "emma-pass-1");
    const expiry = await screen.findByTestId("second-factor-expiry");
    expect(expiry).toSay(`It expires at ${formatTime(new Date(expires))}.`);
    await fireEvent.click(screen.getByTestId("second-factor-resend"));
    await vi.waitFor(() => expect(screen.getByTestId("second-factor-email-status")).toSay("new code is on its way"));
    expect(sessionResendEmailCode).toHaveBeenCalledWith("w1");
  });

  it("signs in with a user id and personal access token", async () => {
    sessionSignInWithToken.mockResolvedValue({ step: "signed_in", workspace: online });
    const onsignedin = vi.fn();
    render(SignIn, { workspace, onsignedin });
    await fireEvent.click(screen.getByTestId("signin-mode-token"));
    await fireEvent.input(screen.getByTestId("signin-user-id"), { target: { value: "oscar000000000008" } });
    await fireEvent.input(screen.getByTestId("signin-token"), { target: { value: "secret-token" } });
    await fireEvent.click(screen.getByTestId("signin-submit"));
    await vi.waitFor(() => expect(onsignedin).toHaveBeenCalledWith(online));
    expect(sessionSignInWithToken).toHaveBeenCalledWith("w1", "oscar000000000008", "secret-token");
    expect(screen.getByTestId("signin-token")).toHaveValue("");
  });

  it("after a sign-out, opens on the account's method, pre-filled once", async () => {
    const signedOut: WorkspaceSummary = {
      ...workspace,
      account: { user_id: "oscar000000000008", username: "oscar", display_name: null, auth: "personal_access_token" },
      connection: { state: "signed_out", reason: "You signed out." },
    };
    render(SignIn, { workspace: signedOut, onsignedin: vi.fn() });
    expect(screen.getByTestId("signin-reason")).toSay("You signed out.");
    expect(screen.getByTestId("signin-user-id")).toHaveValue("oscar000000000008");
    await fireEvent.click(screen.getByTestId("signin-mode-password"));
    const username = screen.getByTestId("signin-username");
    expect(username).toHaveValue("oscar");
    await fireEvent.input(username, { target: { value: "" } });
    expect(screen.getByTestId("signin-username")).toHaveValue("");
    expect(screen.getByTestId("signin-mode-password")).toHaveAttribute("aria-selected", "true");
  });

  it("asks a Chatwoot workspace for an email, or for its access token alone", async () => {
    const chatwoot: WorkspaceSummary = { ...workspace, kind: "chatwoot", name: "Sandbox Support" };
    sessionSignIn.mockResolvedValue({ step: "second_factor", challenge: challenge({}) });
    sessionSignInWithToken.mockResolvedValue({ step: "signed_in", workspace: { ...chatwoot, connection: { state: "online" } } });
    const onsignedin = vi.fn();
    const { unmount } = render(SignIn, { workspace: chatwoot, onsignedin });
    expect(screen.getByText("Email")).toBeInTheDocument();
    expect(screen.getByTestId("signin-username")).toHaveAttribute("type", "email");
    await submitPassword("cora@sandbox.tether.test", "Cora-pass-1!");
    expect(sessionSignIn).toHaveBeenCalledWith("w1", "cora@sandbox.tether.test", "Cora-pass-1!");
    expect(await screen.findByTestId("second-factor")).toHaveAttribute("data-method", "totp");
    unmount();

    render(SignIn, { workspace: chatwoot, onsignedin });
    await fireEvent.click(screen.getByTestId("signin-mode-token"));
    expect(screen.queryByTestId("signin-user-id")).toBeNull();
    await fireEvent.input(screen.getByTestId("signin-token"), { target: { value: "cw-token" } });
    await fireEvent.click(screen.getByTestId("signin-submit"));
    await vi.waitFor(() => expect(onsignedin).toHaveBeenCalled());
    expect(sessionSignInWithToken).toHaveBeenCalledWith("w1", "", "cw-token");
  });
});
