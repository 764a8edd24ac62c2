// The UI half of core's one second-factor flow: what to ask for the server's challenge, and the
// Confirmation that answers it.
import { t } from "./i18n/index.svelte";
import type { Confirmation, SecondFactorChallenge } from "./bindings";

/** What to ask the user for. */
export function secondFactorPrompt(challenge: SecondFactorChallenge): string {
  switch (challenge.method) {
    case "password":
      return t("second-factor-password");
    case "email":
      return t("second-factor-email");
    default:
      return t("second-factor-totp");
  }
}

/** The answer to send with the call again. */
export function confirmationFor(challenge: SecondFactorChallenge, typed: string): Confirmation {
  return challenge.method === "password"
    ? { kind: "password", password: typed }
    : { kind: "code", method: challenge.method, code: typed };
}
