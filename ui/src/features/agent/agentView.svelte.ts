// A Chatwoot workspace's settings as the pages show them: the cache at once (also offline), then
// the server's answer; after every write, what the server answered replaces what was shown.
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
    { id: "length", text: "6 to 128 characters", met: password.length >= 6 && password.length <= 128 },
    { id: "uppercase", text: "At least 1 uppercase character (A–Z)", met: /[A-Z]/.test(password) },
    { id: "lowercase", text: "At least 1 lowercase character (a–z)", met: /[a-z]/.test(password) },
    { id: "digit", text: "At least 1 number character (0–9)", met: /[0-9]/.test(password) },
    { id: "special", text: "At least 1 special character (!@#$%^&*()_+-=[]{}|')", met: /[!@#$%^&*()_+\-=[\]{}|']/.test(password) },
  ];
}

/** The seed's sentences for the flags Chatwoot offers; a flag it does not know keeps its name in words. */
const FLAG_TEXT: Record<string, string> = {
  conversation_creation: "a new conversation is created",
  conversation_assignment: "a conversation is assigned to me",
  conversation_mention: "you are mentioned in a conversation",
  assigned_conversation_new_message: "a new message is created in an assigned conversation",
  participating_conversation_new_message: "a new message is created in a conversation you participate in",
  sla_missed_first_response: "a conversation misses its first response SLA",
  sla_missed_next_response: "a conversation misses its next response SLA",
  sla_missed_resolution: "a conversation misses its resolution SLA",
};

export function flagLabel(flag: string): string {
  const channel = flag.startsWith("push_") ? "push" : "email";
  const type = flag.replace(/^(email|push)_/, "");
  const what = FLAG_TEXT[type] ?? type.replaceAll("_", " ");
  return `Send ${channel} notifications when ${what}`;
}
