// The words of the update section, kept apart from the markup so that Vitest reads them plainly.
import type { InstallKind, UpdateOverview } from "$lib/ipc";

/** A package's size as file managers show it (decimal units). */
export function sizeText(bytes: number | null): string | null {
  if (bytes === null) return null;
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1000) return `${Math.round(bytes / 1000)} kB`;
  return `${bytes} bytes`;
}

/** How this copy was installed, in words. */
export function installText(kind: InstallKind): string {
  switch (kind.kind) {
    case "deb":
      return "Installed from Tether's .deb package";
    case "rpm":
      return "Installed from Tether's .rpm package";
    case "app_image":
      return `AppImage (${kind.path})`;
    case "windows_installer":
      return "Installed with Tether's Windows installer";
    case "mac_app":
      return "Tether.app";
    case "not_managed":
      return `Not installed from a Tether package (${kind.executable})`;
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
      return "Not checked yet.";
    case "checking":
      return "Checking for updates…";
    case "up_to_date": {
      const checked = new Date(status.checked_at).toLocaleString();
      return status.passed_over
        ? `No update offered (checked ${checked}): ${status.passed_over} was skipped or did not install before. “Check for updates” shows it.`
        : `Tether ${overview.current_version} is up to date (checked ${checked}).`;
    }
    case "available":
      return `Tether ${status.offer.version} is available.`;
    case "downloading": {
      const total = status.total;
      const percent = total ? Math.floor((status.received / total) * 100) : null;
      return percent === null ? "Downloading…" : `Downloading… ${percent}%`;
    }
    case "ready":
      return `Tether ${status.offer.version} is downloaded and verified.`;
    case "installing":
      return `Installing Tether ${status.offer.version}…`;
    case "failed":
      return status.error.message;
  }
}
