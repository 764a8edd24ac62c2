// The one module through which the UI talks to Tether's Rust side. It unwraps the generated
// bindings' Result into values or a thrown TetherError carrying `{code, message, details}`.
import { commands, events, type CoreEvent, type ErrorCode, type ErrorDetails, type IpcError, type UpdateOverview } from "./bindings";
import { errorText } from "./i18n/index.svelte";

// Every type the Rust side shares, by its Rust name.
export type * from "./bindings";

export class TetherError extends Error {
  readonly code: ErrorCode;
  /** What the error is about: a tagged union (`about`), generated from Rust. */
  readonly details: ErrorDetails | null;
  /** Core's own (English) words, for diagnostics; `message` is in the language shown. */
  readonly english: string;
  constructor(error: IpcError) {
    // Translated here, at the edge, by the error's stable code.
    super(errorText(error.code, error.message));
    this.english = error.message;
    this.name = "TetherError";
    this.code = error.code;
    this.details = error.details;
  }
  /** The input field the error concerns, when the backend named one. */
  get field(): string | undefined {
    const details = this.details;
    return details && "field" in details ? (details.field ?? undefined) : undefined;
  }
}

/** Turns anything thrown into a TetherError, so the UI always has `{code, message}`. */
export function asTetherError(err: unknown): TetherError {
  if (err instanceof TetherError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new TetherError({ code: "protocol", message: `Tether could not complete that: ${message}`, details: null });
}

type Commands = typeof commands;
type Ok<R> = R extends Promise<{ status: "ok"; data: infer T } | { status: "error"; error: IpcError }> ? T : never;

/**
 * Every Rust command, by the name the generated bindings give it (`preferences_set` in Rust is
 * `api.preferencesSet` here): one typed entry point, built over the bindings rather than written
 * per command. A command's error is thrown as a {@link TetherError}.
 */
export type Api = { [K in keyof Commands]: (...args: Parameters<Commands[K]>) => Promise<Ok<ReturnType<Commands[K]>>> };

export const api = new Proxy({} as Api, {
  get: (_target, name: string) => {
    const command = (commands as Record<string, unknown>)[name];
    if (typeof command !== "function") return undefined;
    return async (...args: unknown[]) => {
      const result = (await (command as (...a: unknown[]) => Promise<unknown>)(...args)) as
        | { status: "ok"; data: unknown }
        | { status: "error"; error: IpcError };
      if (result.status === "error") throw new TetherError(result.error);
      return result.data;
    };
  },
});

/** Calls `handler` for every core event until the returned function is called. */
export async function onCoreEvent(handler: (event: CoreEvent) => void): Promise<() => void> {
  return events.tetherEvent.listen((e) => handler(e.payload));
}

/** Calls `handler` when the tray menu asks to show a workspace. */
export async function onOpenWorkspace(handler: (workspaceId: string) => void): Promise<() => void> {
  return events.openWorkspace.listen((e) => handler(e.payload.workspace_id));
}

/** Calls `handler` whenever the update status changes (a check, the download's progress). */
export async function onUpdateChanged(handler: (overview: UpdateOverview) => void): Promise<() => void> {
  return events.updateChanged.listen((e) => handler(e.payload));
}
