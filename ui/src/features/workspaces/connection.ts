import { t } from "$lib/i18n/index.svelte";
import type { Connection } from "$lib/ipc";

export function connectionLabel(connection: Connection): string {
  switch (connection.state) {
    case "online":
      return t("connection-online");
    case "connecting":
      return t("connection-connecting");
    case "offline":
      return t("connection-offline");
    case "certificate_untrusted":
      return t("connection-certificate-untrusted");
    case "signed_out":
      return t("connection-signed-out");
    case "not_signed_in":
      return t("connection-not-signed-in");
  }
}

/** Whether Tether holds a session for the workspace (reachable or not). */
export function hasSession(connection: Connection): boolean {
  return ["online", "offline", "connecting", "certificate_untrusted"].includes(connection.state);
}

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length > 1 ? (words[0]?.[0] ?? "") + (words[1]?.[0] ?? "") : name.slice(0, 2);
  return letters.toUpperCase();
}
