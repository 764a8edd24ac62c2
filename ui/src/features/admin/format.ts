// How the Users page words its values.
import type { RegistrationStatus } from "$lib/ipc";

/** A registration status in words (Rocket.Chat's column). */
export function registrationLabel(status: RegistrationStatus): string {
  switch (status) {
    case "deactivated":
      return "Deactivated";
    case "federated":
      return "Federated";
    case "pending":
      return "Pending";
    case "active":
      return "Active";
    case "blank":
      return "";
  }
}

/** The user's local time now, from their UTC offset in hours ("14:05 (UTC+2)"). */
export function localTime(utcOffset: number | null, now: Date = new Date()): string | null {
  if (utcOffset === null || !Number.isFinite(utcOffset)) return null;
  const there = new Date(now.getTime() + utcOffset * 3_600_000);
  const hh = String(there.getUTCHours()).padStart(2, "0");
  const mm = String(there.getUTCMinutes()).padStart(2, "0");
  const sign = utcOffset < 0 ? "−" : "+";
  const hours = Math.abs(utcOffset);
  const offset = Number.isInteger(hours) ? String(hours) : `${Math.floor(hours)}:${String(Math.round((hours % 1) * 60)).padStart(2, "0")}`;
  return `${hh}:${mm} (UTC${utcOffset === 0 ? "" : sign + offset})`;
}

/** A server time for people, or "Never". */
export function when(iso: string | null): string {
  return iso ? new Date(iso).toLocaleString() : "Never";
}
