// The one seam of the UI tests: the generated bindings. A test says how the Rust side answers
// its commands (`answer`) and sends core events (`emit`); everything above the bindings — ipc.ts
// turning answers into values and TetherErrors, the pages — runs as in the app. Tests mock with
//   vi.mock("$lib/bindings", () => import("$lib/testing/backend").then((b) => b.bindings));
// A handler returns the command's value, or throws `{code, message, details}` (an IpcError, or
// a TetherError) to answer with that error.
import type { CoreEvent, IpcError, UpdateOverview } from "$lib/bindings";

type Handler = (...args: never[]) => unknown;
type Listener = (event: { payload: CoreEvent }) => void;

const tables: Record<string, Handler>[] = [];
const listeners = new Set<Listener>();
const updateListeners = new Set<(event: { payload: UpdateOverview }) => void>();

/** Answers the commands named in `table` (by their bindings name) with its functions. */
export function answer<T extends Record<string, Handler>>(table: T): T {
  tables.unshift(table);
  return table;
}

/** Sends a core event to every listener, as the shell does. */
export function emit(event: CoreEvent): void {
  for (const listener of listeners) listener({ payload: event });
}

/** Sends an `UpdateChanged` event, as the updater slice does on every change. */
export function emitUpdate(overview: UpdateOverview): void {
  for (const listener of updateListeners) listener({ payload: overview });
}

function isIpcError(value: unknown): value is IpcError {
  return typeof value === "object" && value !== null && "code" in value && "message" in value;
}

async function call(name: string, args: unknown[]): Promise<unknown> {
  const table = tables.find((t) => name in t);
  if (!table) throw new Error(`the test did not say how the command ${name} answers`);
  try {
    return { status: "ok", data: await (table[name] as (...a: unknown[]) => unknown)(...args) };
  } catch (err) {
    if (!isIpcError(err)) throw err;
    const details = "details" in err ? (err.details ?? null) : null;
    return { status: "error", error: { code: err.code, message: err.message, details } };
  }
}

export const bindings = {
  commands: new Proxy({}, { get: (_target, name: string) => (...args: unknown[]) => call(name, args) }),
  events: {
    tetherEvent: {
      listen: (listener: Listener) => {
        listeners.add(listener);
        return Promise.resolve(() => void listeners.delete(listener));
      },
    },
    openWorkspace: { listen: () => Promise.resolve(() => {}) },
    updateChanged: {
      listen: (listener: (event: { payload: UpdateOverview }) => void) => {
        updateListeners.add(listener);
        return Promise.resolve(() => void updateListeners.delete(listener));
      },
    },
  },
};
