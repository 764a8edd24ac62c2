// The UI's one second-factor flow, the half of core's: run an operation; when the server asks
// for a second factor, hold the operation and what was asked, let the user answer once
// (SecondFactorForm), and send the answer. Sign-in, profile changes, tokens and security all go
// through it.
import {
  asTetherError,
  type Confirmation,
  type Guarded,
  type SecondFactorChallenge,
  type TetherError,
} from "./ipc";
import { confirmationFor } from "./secondFactor";

/** An operation run through the flow. */
export interface Operation<T> {
  /** What the user is doing, for the prompt ("Turn on email codes"). */
  label: string;
  /** The first call. */
  start: () => Promise<Guarded<T>>;
  /** The call that carries the user's answer (a guarded command: the same call with it). */
  answer: (confirmation: Confirmation) => Promise<Guarded<T>>;
  /** What follows once it went through. */
  done: (result: T) => void | Promise<void>;
  /** Asks for a new emailed code, where the operation can (sign-in). */
  resend?: () => Promise<SecondFactorChallenge>;
}

export class GuardedRunner {
  /** The operation waiting for a second factor. */
  pending = $state<Operation<unknown> | null>(null);
  challenge = $state<SecondFactorChallenge | null>(null);
  code = $state("");
  busy = $state(false);
  error = $state<TetherError | null>(null);
  /** A new code was emailed at the user's request. */
  resent = $state(false);

  /** Runs a guarded command: the same call again with the answer. */
  run<T>(label: string, call: (confirmation: Confirmation | null) => Promise<Guarded<T>>, done: (result: T) => void | Promise<void>) {
    return this.start({ label, start: () => call(null), answer: (c) => call(c), done });
  }

  /** Runs `operation` from its first call. */
  start<T>(operation: Operation<T>) {
    return this.step(operation, operation.start);
  }

  /** Sends the typed answer. */
  confirm() {
    const { pending, challenge } = this;
    if (!pending || !challenge) return Promise.resolve();
    return this.step(pending, () => pending.answer(confirmationFor(challenge, this.code)));
  }

  /** Asks the server to email a new code (earlier codes stop working). */
  async resend() {
    const resend = this.pending?.resend;
    if (!resend) return;
    this.busy = true;
    this.error = null;
    try {
      this.challenge = await resend();
      this.resent = true;
      this.code = "";
    } catch (err) {
      this.error = asTetherError(err);
    } finally {
      this.busy = false;
    }
  }

  cancel() {
    this.pending = null;
    this.challenge = null;
    this.code = "";
    this.resent = false;
  }

  /** Whether the error belongs to the second-factor prompt (shown there, not elsewhere). */
  get promptError(): boolean {
    return this.error?.field === "code" || this.error?.code === "two_factor_invalid" || this.error?.code === "two_factor_max_attempts";
  }

  private async step<T>(operation: Operation<T>, call: () => Promise<Guarded<T>>) {
    this.busy = true;
    this.error = null;
    try {
      const step = await call();
      if (step.step === "second_factor") {
        this.pending = operation as Operation<unknown>;
        this.challenge = step.challenge;
        this.code = "";
        return;
      }
      this.cancel();
      await operation.done(step.result);
    } catch (err) {
      this.error = asTetherError(err);
    } finally {
      this.busy = false;
    }
  }
}
