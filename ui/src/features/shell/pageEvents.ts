import type { CoreEvent } from "$lib/ipc";

/**
 * Which open page must read its data again after `event`, if any. A change a command made is
 * not one: the page that ran the command already shows what the command returned (core marks
 * those events `origin: "command"`); only background work (a sync, the server, another device)
 * brings the page something new.
 */
export function pageToReload(event: CoreEvent, shownWorkspaceId: string | undefined): "profile" | "preferences" | null {
  if (event.kind !== "profile_updated" && event.kind !== "preferences_updated") return null;
  if (event.workspace_id !== shownWorkspaceId || event.origin !== "background") return null;
  return event.kind === "profile_updated" ? "profile" : "preferences";
}
