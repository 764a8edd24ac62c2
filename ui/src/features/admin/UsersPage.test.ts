import { setClock, setLocale } from "$lib/i18n/index.svelte";
import { fireEvent, render, screen, within } from "@testing-library/svelte";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { AdminOverview, AdminPermissions, AdminUserRow, UserPage, UserQuery } from "$lib/ipc";
import { answer } from "$lib/testing/backend";
import { aliceOnline } from "../../test-fixtures";
import UsersPage from "./UsersPage.svelte";
import { localTime } from "./format";

const all: AdminPermissions = {
  view: true, create: true, invite: true, edit: true, change_active: true, delete: true, assign_admin: true,
  assign_roles: true, edit_password: true, edit_avatar: true, reset_totp: true, reset_e2e: true, send_mail: true,
  view_full_info: true, access_permissions: true,
};
const overview = (changes: Partial<AdminOverview> = {}): AdminOverview => ({
  permissions: all,
  my_user_id: "u1",
  roles: [{ id: "admin", name: "admin" }, { id: "user", name: "user" }, { id: "user-manager", name: "User manager" }],
  smtp_configured: true,
  e2e_enabled: true,
  two_factor_enabled: true,
  erasure: "delete",
  seats: { max: 50, active: 38, exceeded: false },
  pending_count: 3,
  server_major: 8,
  read_at: "2026-12-07T09:00:00Z",
  from_cache: false,
  ...changes,
});
const row = (n: number, changes: Partial<AdminUserRow> = {}): AdminUserRow => ({
  id: `id${n}`, username: `user${n}`, name: `User ${n}`, email: `user${n}@x.org`, email_verified: true, roles: ["user"],
  status: "online", active: true, kind: "user", federated: false, last_login: "2026-11-01T10:00:00Z", registration: "active", ...changes,
});
const dora = row(9, { id: "dora", username: "dora", name: "Dora Owner", roles: ["user", "user-manager"] });
/** A workspace of `total` users: each page made on demand, as the server would. */
function pages(total: number, extra: AdminUserRow[] = []) {
  return (_ws: string, query: UserQuery): UserPage => {
    const users = Array.from({ length: Math.max(0, Math.min(100, total - query.offset)) }, (_, i) => row(query.offset + i));
    return { users: query.offset === 0 ? [...extra, ...users].slice(0, 100) : users, offset: query.offset, total, read_at: "2026-12-07T09:00:00Z", from_cache: false };
  };
}
const details = { row: dora, utc_offset: 2, created_at: "2026-01-05T10:00:00Z", status_text: "", bio: "", nickname: "", require_password_change: false, avatar_etag: null };

const api = {
  adminGetOverview: vi.fn(),
  adminListUsers: vi.fn(),
  adminGetUser: vi.fn(),
  adminSetActive: vi.fn(),
  adminDeleteUser: vi.fn(),
  adminUpdateUser: vi.fn(),
  adminCreateUser: vi.fn(),
  adminInviteUsers: vi.fn(),
  adminSetAdmin: vi.fn(),
  adminResetTotp: vi.fn(),
  securityGetPasswordPolicy: vi.fn(),
  securityCheckPassword: vi.fn(),
};
vi.mock("$lib/bindings", () => import("$lib/testing/backend").then((b) => b.bindings));
answer(api);

beforeEach(() => {
  vi.clearAllMocks();
  api.adminGetOverview.mockResolvedValue(overview());
  api.adminListUsers.mockImplementation(pages(10_000, [dora]));
  api.adminGetUser.mockResolvedValue(details);
  api.securityGetPasswordPolicy.mockResolvedValue({ enabled: true, rules: [] });
  api.securityCheckPassword.mockImplementation((_p: unknown, typed: string) => [
    { rule: { kind: "min_length", min: 8 }, text: "At least 8 characters", met: typed.length >= 8 },
  ]);
});
afterEach(() => vi.useRealTimers());

async function openDora() {
  render(UsersPage, { workspace: aliceOnline });
  await clickDora();
  return screen.findByTestId("admin-user-info");
}

async function clickDora() {
  const rows = await screen.findAllByTestId("admin-user-row");
  const row = rows.find((r) => r.dataset.username === "dora");
  if (!row) throw new Error("Dora's row is not shown");
  await fireEvent.click(row);
}

describe("UsersPage", () => {
  it("shows the seats, the Pending count and only a window of 10,000 rows", async () => {
    render(UsersPage, { workspace: aliceOnline });
    expect(await screen.findByTestId("admin-seats")).toSay("38/50 seats · 12 available");
    expect(screen.getByTestId("admin-users-pending-count")).toSay("3");
    expect(await screen.findByTestId("admin-users-total")).toSay("10,000 users");
    const rendered = screen.getAllByTestId("admin-user-row").length;
    expect(rendered).toBeLessThan(40);
    expect(api.adminListUsers).toHaveBeenCalledTimes(1);
    expect(api.adminListUsers).toHaveBeenLastCalledWith("w1", { tab: "all", search: "", roles: [], sort: null, offset: 0 });
  });

  it("asks only for the pages where scrolling rests, and again after a rate limit's wait", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    render(UsersPage, { workspace: aliceOnline });
    await screen.findAllByTestId("admin-user-row");
    const scroller = screen.getByTestId("admin-users-scroller");
    for (const top of [44_000, 150_000, 300_000, 439_000]) {
      scroller.scrollTop = top;
      await fireEvent.scroll(scroller);
      await vi.advanceTimersByTimeAsync(30);
    }
    api.adminListUsers.mockRejectedValueOnce({
      code: "rate_limited", message: "The server is limiting requests: too many in a short time. Try again in 2 seconds.",
      details: { about: "server", field: null, endpoint: "users.listByStatus", status: 429, server_error: "", error_type: "error-too-many-requests", server_details: null, retry_after_seconds: 2 },
    });
    await vi.advanceTimersByTimeAsync(150);
    const offsets = () => api.adminListUsers.mock.calls.map(([, q]) => (q as UserQuery).offset);
    expect(offsets()).toEqual([0, 9900]);
    expect(await screen.findByTestId("admin-users-error")).toSay("limiting requests");
    await vi.advanceTimersByTimeAsync(2000);
    expect(offsets()).toEqual([0, 9900, 9900]);
    expect(await screen.findAllByText("User 9980")).not.toHaveLength(0);
  });

  it("hides each control its permission does not give, and says when seats are unlimited or full", async () => {
    api.adminGetOverview.mockResolvedValue(overview({ permissions: { ...all, create: false, invite: false, delete: false, assign_admin: false }, seats: { max: null, active: 12, exceeded: false } }));
    const info = await openDora();
    expect(screen.getByTestId("admin-seats")).toSay("Unlimited seats");
    expect(screen.queryByTestId("admin-new-user")).toBeNull();
    expect(screen.queryByTestId("admin-invite-open")).toBeNull();
    await fireEvent.click(within(info).getByTestId("admin-user-actions"));
    expect(screen.queryByTestId("admin-user-action-delete")).toBeNull();
    expect(screen.queryByTestId("admin-user-action-admin")).toBeNull();
    expect(screen.getByTestId("admin-user-action-deactivate")).toBeInTheDocument();
    expect(screen.getByTestId("admin-user-info-local-time")).toSay("(UTC+2)");

    await cleanupAndFull();
  });

  it("searches after typing stops, from the first page, and switches tabs with their sort", async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    render(UsersPage, { workspace: aliceOnline });
    await screen.findAllByTestId("admin-user-row");
    await fireEvent.input(screen.getByTestId("admin-users-search"), { target: { value: "do" } });
    await fireEvent.input(screen.getByTestId("admin-users-search"), { target: { value: "dora" } });
    expect(api.adminListUsers).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(250);
    expect(api.adminListUsers).toHaveBeenCalledTimes(2);
    expect(api.adminListUsers).toHaveBeenLastCalledWith("w1", expect.objectContaining({ search: "dora", offset: 0 }));
    await fireEvent.click(screen.getByTestId("admin-users-tab-pending"));
    expect(api.adminListUsers).toHaveBeenLastCalledWith("w1", expect.objectContaining({ tab: "pending", sort: null }));
    await fireEvent.click(screen.getByTestId("admin-users-sort-username"));
    expect(api.adminListUsers).toHaveBeenLastCalledWith("w1", expect.objectContaining({ sort: { column: "username", descending: false } }));
    await fireEvent.click(screen.getByTestId("admin-users-sort-username"));
    expect(api.adminListUsers).toHaveBeenLastCalledWith("w1", expect.objectContaining({ sort: { column: "username", descending: true } }));
    await fireEvent.click(screen.getByTestId("admin-users-role-user-manager"));
    expect(api.adminListUsers).toHaveBeenLastCalledWith("w1", expect.objectContaining({ roles: ["user-manager"] }));
  });

  it("deactivates a last owner only after showing the rooms and the admin agreeing", async () => {
    api.adminSetActive
      .mockResolvedValueOnce({ outcome: "last_owner", rooms: { change_owner: ["Design reviews"], removed: ["Dora's notes"] } })
      .mockResolvedValueOnce({ outcome: "done", active: false });
    const info = await openDora();
    await fireEvent.click(within(info).getByTestId("admin-user-actions"));
    await fireEvent.click(screen.getByTestId("admin-user-action-deactivate"));
    expect(screen.getByTestId("admin-user-ask")).toSay("logged out everywhere");
    expect(api.adminSetActive).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByTestId("admin-user-ask-go"));
    expect(api.adminSetActive).toHaveBeenLastCalledWith("w1", "dora", false, false);
    expect(await screen.findByTestId("admin-user-change-owner")).toSay("Design reviews");
    expect(screen.getByTestId("admin-user-removed-rooms")).toSay("Dora's notes");
    await fireEvent.click(screen.getByTestId("admin-user-last-owner-go"));
    expect(api.adminSetActive).toHaveBeenLastCalledWith("w1", "dora", false, true);
    expect(await screen.findByTestId("admin-users-notice")).toSay("Dora Owner is deactivated");
  });

  it("words Delete by the erasure setting and never offers it on your own row", async () => {
    api.adminGetOverview.mockResolvedValue(overview({ erasure: "keep" }));
    const info = await openDora();
    await fireEvent.click(within(info).getByTestId("admin-user-actions"));
    await fireEvent.click(screen.getByTestId("admin-user-action-delete"));
    expect(screen.getByTestId("admin-user-ask")).toSay("Their messages stay, under their name.");

    api.adminGetOverview.mockResolvedValue(overview({ my_user_id: "dora" }));
    cleanupAndRender();
    await clickDora();
    await fireEvent.click(within(await screen.findByTestId("admin-user-info")).getByTestId("admin-user-actions"));
    expect(screen.queryByTestId("admin-user-action-delete")).toBeNull();
  });

  it("edits only what changed and puts the server's refusal on its field", async () => {
    api.adminUpdateUser.mockRejectedValueOnce({
      code: "invalid_input", message: "alice is already in use :( Choose another one.",
      details: { about: "server", field: "username", endpoint: "users.update", status: 400, server_error: "", error_type: "error-field-unavailable", server_details: null, retry_after_seconds: null },
    });
    const info = await openDora();
    await fireEvent.click(await within(info).findByTestId("admin-user-edit"));
    await fireEvent.input(screen.getByTestId("admin-form-username"), { target: { value: "alice" } });
    await fireEvent.click(screen.getByTestId("admin-form-save"));
    expect(api.adminUpdateUser).toHaveBeenLastCalledWith("w1", "dora", {
      name: null, username: "alice", email: null, verified: null, password: null, require_password_change: null,
      roles: null, send_welcome_email: null, status_text: null, bio: null, nickname: null,
    }, null);
    expect(await screen.findByTestId("admin-form-username-error")).toSay("already in use");
  });

  it("checks a manual password against the policy while typing", async () => {
    render(UsersPage, { workspace: aliceOnline });
    await fireEvent.click(await screen.findByTestId("admin-new-user"));
    await fireEvent.click(screen.getByTestId("admin-form-password-manual"));
    await fireEvent.input(screen.getByTestId("admin-form-password"), { target: { value: "short" } });
    const rules = await screen.findByTestId("admin-form-password-rules");
    const rule = within(rules).getByRole("listitem");
    expect(rule).toSay("At least 8 characters");
    expect(rule.dataset.met).toBe("false");
  });

  it("says why Invite cannot send without SMTP, and shows the cached list offline without actions", async () => {
    api.adminGetOverview.mockResolvedValue(overview({ smtp_configured: false }));
    render(UsersPage, { workspace: aliceOnline });
    await fireEvent.click(await screen.findByTestId("admin-invite-open"));
    expect(screen.getByTestId("admin-invite-no-smtp")).toSay("SMTP");

    api.adminGetOverview.mockResolvedValue(overview({ from_cache: true }));
    api.adminListUsers.mockImplementation((ws: string, q: UserQuery) => ({ ...pages(20, [dora])(ws, q), from_cache: true }));
    api.adminGetUser.mockRejectedValue({ code: "needs_server", message: "offline", details: null });
    cleanupAndRender();
    expect(await screen.findByTestId("admin-users-cached")).toSay("cannot be reached");
    await clickDora();
    expect(await screen.findByTestId("admin-user-actions-offline")).toBeInTheDocument();
    expect(screen.getByTestId("admin-new-user")).toBeDisabled();
  });
});

describe("the Users page in another language", () => {
  it("changes its words at once when the language changes while it shows", async () => {
    render(UsersPage, { workspace: aliceOnline });
    const pending = await screen.findByTestId("admin-users-tab-pending");
    expect(pending).toSay("Pending");
    try {
      await setLocale("es");
      await vi.waitFor(() => expect(pending).toSay("Pendientes"));
      expect(await screen.findByTestId("admin-users-total")).toSay("10.000 usuarios");
    } finally {
      await setLocale("en");
    }
  });
});

describe("localTime", () => {
  it("shifts by the user's offset, with half hours, on the viewer's clock", () => {
    const now = new Date("2026-12-07T10:00:00Z");
    expect(localTime(5.5, now)).toBe("3:30 PM (UTC+5:30)");
    setClock(2);
    try {
      expect(localTime(5.5, now)).toBe("15:30 (UTC+5:30)");
      expect(localTime(-3, now)).toBe("07:00 (UTC−3)");
    } finally {
      setClock(0);
    }
    expect(localTime(null, now)).toBeNull();
  });
});

function cleanupAndRender() {
  document.body.innerHTML = "";
  render(UsersPage, { workspace: aliceOnline });
}

function cleanupAndFull() {
  api.adminGetOverview.mockResolvedValue(overview({ seats: { max: 50, active: 50, exceeded: true } }));
  cleanupAndRender();
  return screen.findByTestId("admin-seats-exceeded").then(() => {
    expect(screen.getByTestId("admin-new-user")).toBeDisabled();
  });
}
