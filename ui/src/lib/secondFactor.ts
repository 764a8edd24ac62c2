// The UI half of core's one second-factor flow: what to ask for the server's challenge, and the
// Confirmation that answers it.
import type { Confirmation, SecondFactorChallenge } from "./bindings";

/** What to ask the user for. */
export function secondFactorPrompt(challenge: SecondFactorChallenge): string {
  switch (challenge.method) {
    case "password":
      return "Confirm with your current password";
    case "email":
      return "Enter the code the workspace emailed you";
    default:
      return "Enter the code from your authenticator app (or a backup code)";
  }
}

/** The answer to send with the call again. */
export function confirmationFor(challenge: SecondFactorChallenge, typed: string): Confirmation {
  return challenge.method === "password"
    ? { kind: "password", password: typed }
    : { kind: "code", method: challenge.method, code: typed };
}
