// How the Users page words its values.
import { formatDateTime, formatTime, t } from "$lib/i18n/index.svelte";
import type { RegistrationStatus } from "$lib/ipc";

/** A registration status in words (Rocket.Chat's column). */
export function registrationLabel(status: RegistrationStatus): string {
  switch (status) {
    case "deactivated":
      return t("registration-deactivated");
    case "federated":
      return t("registration-federated");
    case "pending":
      return t("registration-pending");
    case "active":
      return t("registration-active");
    case "blank":
      return "";
  }
}

/** The user's local time now, from their UTC offset in hours ("14:05 (UTC+2)"), on the user's clock. */
export function localTime(utcOffset: number | null, now: Date = new Date()): string | null {
  if (utcOffset === null || !Number.isFinite(utcOffset)) return null;
  const there = new Date(now.getTime() + utcOffset * 3_600_000);
  const sign = utcOffset < 0 ? "−" : "+";
  const hours = Math.abs(utcOffset);
  const offset = Number.isInteger(hours) ? String(hours) : `${Math.floor(hours)}:${String(Math.round((hours % 1) * 60)).padStart(2, "0")}`;
  return `${formatTime(there, false, "UTC")} (UTC${utcOffset === 0 ? "" : sign + offset})`;
}

/** A server time for people, or "Never". */
export function when(iso: string | null): string {
  return iso ? formatDateTime(new Date(iso)) : t("admin-never");
}
