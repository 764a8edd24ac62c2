import type { Connection } from "$lib/ipc";

export function connectionLabel(connection: Connection): string {
  switch (connection.state) {
    case "online":
      return "Online";
    case "connecting":
      return "Connecting…";
    case "offline":
      return "Offline";
    case "certificate_untrusted":
      return "Certificate not trusted";
    case "signed_out":
      return "Signed out";
    case "not_signed_in":
      return "Not signed in";
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
