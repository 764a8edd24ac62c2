// The words of the update section, kept apart from the markup so that Vitest reads them plainly.
import { formatDateTime, formatPercent, formatSize, t } from "$lib/i18n/index.svelte";
import type { InstallKind, UpdateOverview } from "$lib/ipc";

/** A package's size as file managers show it (decimal units), in the language's numbers. */
export function sizeText(bytes: number | null): string | null {
  return bytes === null ? null : formatSize(bytes, "decimal");
}

/** How this copy was installed, in words. */
export function installText(kind: InstallKind): string {
  switch (kind.kind) {
    case "deb":
      return t("update-deb");
    case "rpm":
      return t("update-rpm");
    case "app_image":
      return t("update-appimage", { path: kind.path });
    case "windows_installer":
      return t("update-windows");
    case "mac_app":
      return t("update-mac");
    case "not_managed":
      return t("update-not-managed", { path: kind.executable });
  }
}

/** Installing a system package asks the desktop for administrator rights. */
export function asksForPassword(kind: InstallKind): boolean {
  return kind.kind === "deb" || kind.kind === "rpm";
}

/** The one-line state for the status line. */
export function statusText(overview: UpdateOverview): string {
  const status = overview.status;
  switch (status.state) {
    case "not_checked":
      return t("update-not-checked");
    case "checking":
      return t("update-checking");
    case "up_to_date": {
      const checked = formatDateTime(new Date(status.checked_at));
      return status.passed_over
        ? t("update-passed-over", { checked, version: status.passed_over })
        : t("update-up-to-date", { version: overview.current_version, checked });
    }
    case "available":
      return t("update-available", { version: status.offer.version });
    case "downloading": {
      const total = status.total;
      const percent = total ? Math.floor((status.received / total) * 100) : null;
      return percent === null ? t("update-downloading") : t("update-downloading-percent", { percent: formatPercent(percent) });
    }
    case "ready":
      return t("update-ready", { version: status.offer.version });
    case "installing":
      return t("update-installing", { version: status.offer.version });
    case "failed":
      return status.error.message;
  }
}
