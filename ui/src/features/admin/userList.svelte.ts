// The Users list's rows: fetched a page at a time (the server's largest page, 100 rows) as they
// come into view, so that scrolling to the end of 10,000 users asks only for the pages shown,
// within the server's rate limit. A new query (tab, search, roles, sort) starts again at the top.
import {
  api,
  asTetherError,
  type AdminUserRow,
  type TetherError,
  type UserQuery,
  type UserSort,
  type UserTab,
} from "$lib/ipc";

/** Rows per page: core's `PAGE_SIZE`. */
export const PAGE = 100;
/** How long typing pauses before a search is sent. Rocket.Chat's own page waits 500 ms; a
 * quarter second keeps results within half a second of the last key and still sends one
 * search per pause, not one per key. */
export const SEARCH_DEBOUNCE_MS = 250;

export class UserList {
  readonly workspaceId: string;
  query = $state<UserQuery>({ tab: "all", search: "", roles: [], sort: null, offset: 0 });
  /** Rows matching the query in all (known after the first page). */
  total = $state(0);
  /** Loaded pages, by their first row. */
  pages = $state.raw<Record<number, AdminUserRow[]>>({});
  /** When the newest page shown was read from the server (RFC 3339). */
  readAt = $state<string | null>(null);
  /** Some rows come from the cache: the server could not be reached. */
  fromCache = $state(false);
  error = $state<TetherError | null>(null);
  loading = $state(false);
  /** Pages asked for and not answered yet: bookkeeping nothing shows, so not reactive. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  private asked = new Set<number>();
  /** Bumped by every new query: answers to an older one are dropped. */
  private generation = 0;

  constructor(workspaceId: string) {
    this.workspaceId = workspaceId;
  }

  /** Starts again at the top with a changed query. */
  change(changes: { tab?: UserTab; search?: string; roles?: string[]; sort?: UserSort | null }) {
    this.query = { ...this.query, ...changes, offset: 0 };
    this.generation += 1;
    this.asked.clear();
    this.pages = {};
    this.total = 0;
    this.error = null;
    return this.ensure(0);
  }

  /** Reads the current query's first page again (after an action changed the list). */
  reload() {
    return this.change({});
  }

  /** Makes sure the page holding row `index` is loaded (or on its way). */
  async ensure(index: number) {
    const offset = Math.floor(index / PAGE) * PAGE;
    if (this.pages[offset] || this.asked.has(offset)) return;
    this.asked.add(offset);
    const generation = this.generation;
    this.loading = true;
    try {
      const page = await api.adminListUsers(this.workspaceId, { ...this.query, offset });
      if (generation !== this.generation) return;
      this.pages = { ...this.pages, [offset]: page.users };
      this.total = page.total;
      this.readAt = page.read_at;
      this.fromCache = page.from_cache;
      this.error = null;
    } catch (err) {
      if (generation !== this.generation) return;
      this.asked.delete(offset);
      const error = asTetherError(err);
      this.error = error;
      // The server's rate limit: ask again once it says the window has room.
      const details = error.details;
      if (error.code === "rate_limited" && details?.about === "server" && details.retry_after_seconds) {
        setTimeout(() => {
          if (generation === this.generation) void this.ensure(index);
        }, details.retry_after_seconds * 1000);
      }
    } finally {
      if (generation === this.generation) this.loading = false;
    }
  }

  /** Row `index`, when its page is loaded. */
  row(index: number): AdminUserRow | undefined {
    const offset = Math.floor(index / PAGE) * PAGE;
    return this.pages[offset]?.[index - offset];
  }
}
