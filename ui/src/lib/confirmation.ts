// The inline confirmations ("Delete the token?", "Reset the key?") behave as dialogs for the
// keyboard (issue 26 item 4): when one opens, the focus moves into it; Escape closes it; when it
// closes, the focus goes back to the control that opened it, or, when that control was
// replaced while the confirmation showed, to the element `returnTo` finds once it is back.
import type { Action } from "svelte/action";

export type ConfirmationOptions = {
  /** Closes the confirmation (Escape). */
  close: () => void;
  /** Where the focus goes after closing when the opener is gone (a test id's button, say). */
  returnTo?: () => HTMLElement | null;
  /** What takes the focus on opening: the confirmation itself (read out whole; a destructive
   *  button is never the first thing Enter presses), or its first field (a password to type). */
  focus?: "self" | "field";
};

const FIELD = "input:not([disabled]), select:not([disabled]), textarea:not([disabled])";

export const confirmation: Action<HTMLElement, ConfirmationOptions> = (node, initial) => {
  let options = initial;
  // WebKit on macOS does not focus a button on click: then nothing opened it as far as the
  // focus knows, and `returnTo` says where to go.
  const active = document.activeElement;
  const opener = active instanceof HTMLElement && active !== document.body ? active : null;
  const field = initial.focus === "field" ? node.querySelector<HTMLElement>(FIELD) : null;
  if (field) field.focus();
  else {
    if (!node.hasAttribute("tabindex")) node.setAttribute("tabindex", "-1");
    node.focus();
  }

  const onKeydown = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || event.defaultPrevented) return;
    event.preventDefault();
    options.close();
  };
  node.addEventListener("keydown", onKeydown);

  return {
    update(next) {
      options = next;
    },
    destroy() {
      node.removeEventListener("keydown", onKeydown);
      const returnTo = options.returnTo;
      // After the markup that replaces the confirmation is in place.
      queueMicrotask(() => {
        const target = opener?.isConnected ? opener : (returnTo?.() ?? null);
        target?.focus();
      });
    },
  };
};

/** The element with a test id, for `returnTo`. */
export const byTestId = (id: string) => () => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
