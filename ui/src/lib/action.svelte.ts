// A form's submit action: runs one backend call, tracks `busy`, and keeps the last error as a
// TetherError so the form can place `{code, message}` on the right field.
import { asTetherError, type TetherError } from "./ipc";

export function formAction<T>(run: () => Promise<T>, ondone: (value: T) => void) {
  let busy = $state(false);
  let error = $state<TetherError | null>(null);
  return {
    get busy() {
      return busy;
    },
    get error() {
      return error;
    },
    async submit(event: SubmitEvent) {
      event.preventDefault();
      busy = true;
      error = null;
      try {
        ondone(await run());
      } catch (err) {
        error = asTetherError(err);
      } finally {
        busy = false;
      }
    },
  };
}
