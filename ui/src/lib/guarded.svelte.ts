// The UI half of core's one second-factor flow for guarded operations: run once; when the
// server asks for a second factor, hold the operation and what was asked, let the user answer
// once (SecondFactorForm), and run it again with that answer.
import { asTetherError, type Confirmation, type Guarded, type SecondFactorChallenge, type TetherError } from "./ipc";
import { confirmationFor } from "./secondFactor";

type Call<T> = (confirmation: Confirmation | null) => Promise<Guarded<T>>;

export class GuardedRunner {
  /** The operation waiting for a second factor: its label, call and what follows it. */
  pending = $state<{ label: string; call: Call<unknown>; done: (result: unknown) => void | Promise<void> } | null>(null);
  challenge = $state<SecondFactorChallenge | null>(null);
  code = $state("");
  busy = $state(false);
  error = $state<TetherError | null>(null);

  /** Runs `call`; `done` gets its result once it went through (with or without a second factor). */
  async run<T>(label: string, call: Call<T>, done: (result: T) => void | Promise<void>, confirmation: Confirmation | null = null) {
    this.busy = true;
    this.error = null;
    try {
      const step = await call(confirmation);
      if (step.step === "second_factor") {
        this.pending = { label, call: call as Call<unknown>, done: done as (result: unknown) => void };
        this.challenge = step.challenge;
        return;
      }
      this.cancel();
      await done(step.result);
    } catch (err) {
      this.error = asTetherError(err);
    } finally {
      this.busy = false;
    }
  }

  /** Runs the held operation again with the typed answer. */
  confirm() {
    if (!this.pending || !this.challenge) return Promise.resolve();
    const { label, call, done } = this.pending;
    return this.run(label, call, done, confirmationFor(this.challenge, this.code));
  }

  cancel() {
    this.pending = null;
    this.challenge = null;
    this.code = "";
  }

  /** Whether the error belongs to the second-factor prompt (shown there, not elsewhere). */
  get promptError(): boolean {
    return this.error?.field === "code" || this.error?.code === "two_factor_invalid" || this.error?.code === "two_factor_max_attempts";
  }
}
