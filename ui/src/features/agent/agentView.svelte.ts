// A Chatwoot workspace's settings as the pages show them: the cache at once (also offline), then
// the server's answer; after every write, what the server answered replaces what was shown.
import { t } from "$lib/i18n/index.svelte";
import { api, asTetherError, type AgentView, type TetherError } from "$lib/ipc";

export class AgentViewState {
  view = $state<AgentView | null>(null);
  loadError = $state<TetherError | null>(null);
  loading = $state(true);
  #workspaceId: string;
  #generation = 0;

  constructor(workspaceId: string) {
    this.#workspaceId = workspaceId;
  }

  /** Cache first, then the server; a late answer for an older load is dropped. */
  async load() {
    const generation = ++this.#generation;
    this.loading = true;
    this.loadError = null;
    try {
      const cached = await api.agentLoad(this.#workspaceId);
      if (generation === this.#generation && cached.profile) this.view = cached;
    } catch (err) {
      if (generation === this.#generation) this.loadError = asTetherError(err);
    }
    try {
      const fresh = await api.agentRefresh(this.#workspaceId);
      if (generation === this.#generation) {
        this.view = fresh;
        this.loadError = null;
      }
    } catch (err) {
      if (generation === this.#generation) this.loadError = asTetherError(err);
    } finally {
      if (generation === this.#generation) this.loading = false;
    }
  }

  /** The shown account of the view, when known. */
  get account() {
    const view = this.view;
    return view?.profile?.accounts.find((a) => a.id === view.account_id) ?? view?.profile?.accounts[0] ?? null;
  }
}

/** Chatwoot's password rule (seed 001; reference B7: 6–128 characters, and one of each kind). */
export function passwordChecks(password: string) {
  return [
    { id: "length", text: t("agent-rule-length"), met: password.length >= 6 && password.length <= 128 },
    { id: "uppercase", text: t("agent-rule-uppercase"), met: /[A-Z]/.test(password) },
    { id: "lowercase", text: t("agent-rule-lowercase"), met: /[a-z]/.test(password) },
    { id: "digit", text: t("agent-rule-digit"), met: /[0-9]/.test(password) },
    { id: "special", text: t("agent-rule-special"), met: /[!@#$%^&*()_+\-=[\]{}|']/.test(password) },
  ];
}

/** The seed's sentence for a flag Chatwoot offers; a flag Tether does not know keeps its name in words. */
export function flagLabel(flag: string): string {
  const channel = flag.startsWith("push_") ? "push" : "email";
  const event = flag.replace(/^(email|push)_/, "");
  return t("agent-flag", { channel, when: t("agent-flag-event", { event, words: event.replaceAll("_", " ") }) });
}
