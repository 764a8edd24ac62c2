import { fireEvent, render, screen } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { answer } from "$lib/testing/backend";
import { coraOnline } from "../../test-fixtures";
import AgentNotificationsPage from "./AgentNotificationsPage.svelte";
import { coraView } from "./fixtures";

const api = {
  agentLoad: vi.fn(),
  agentRefresh: vi.fn(),
  agentSaveAudio: vi.fn(),
  agentSaveFlags: vi.fn(),
  agentSetVolume: vi.fn(),
  agentPreviewTone: vi.fn(),
};
vi.mock("$lib/bindings", () => import("$lib/testing/backend").then((b) => b.bindings));
answer(api);

beforeEach(() => {
  vi.clearAllMocks();
  api.agentLoad.mockResolvedValue(coraView({ fresh: false }));
  api.agentRefresh.mockResolvedValue(coraView());
  api.agentPreviewTone.mockResolvedValue(null);
});

describe("AgentNotificationsPage", () => {
  it("saves 'assigned to me' and a tone, and previews the tone at the chosen volume", async () => {
    api.agentSaveAudio.mockResolvedValueOnce(coraView({}, { audio: { assigned: true } }));
    render(AgentNotificationsPage, { workspace: coraOnline });
    expect(await screen.findByTestId("audio-none")).toBeChecked();
    await fireEvent.click(screen.getByTestId("audio-assigned"));
    expect(api.agentSaveAudio).toHaveBeenLastCalledWith("cw1", expect.objectContaining({ assigned: true, all: false, tone: "ding" }));
    expect(await screen.findByTestId("audio-assigned")).toBeChecked();

    api.agentSaveAudio.mockResolvedValueOnce(coraView({}, { audio: { assigned: true, tone: "chime" } }));
    await fireEvent.change(screen.getByTestId("audio-tone"), { target: { value: "chime" } });
    expect(api.agentSaveAudio).toHaveBeenLastCalledWith("cw1", expect.objectContaining({ assigned: true, tone: "chime" }));
    await vi.waitFor(() => expect((screen.getByTestId("audio-tone") as HTMLSelectElement).value).toBe("chime"));
    await fireEvent.click(screen.getByTestId("audio-preview"));
    expect(api.agentPreviewTone).toHaveBeenCalledWith("cw1", "chime", 80);
  });

  it("keeps a second change made while the first is being saved, and sends it next", async () => {
    let answer: (view: ReturnType<typeof coraView>) => void = () => {};
    api.agentSaveAudio
      .mockImplementationOnce(() => new Promise((resolve) => (answer = resolve)))
      .mockResolvedValueOnce(coraView({}, { audio: { assigned: true, always_play: true } }));
    render(AgentNotificationsPage, { workspace: coraOnline });
    await fireEvent.click(await screen.findByTestId("audio-assigned"));
    // The server has not answered yet: the next switch is still usable and remembered.
    await fireEvent.click(screen.getByTestId("audio-only-inactive"));
    expect(api.agentSaveAudio).toHaveBeenCalledTimes(1);
    answer(coraView({}, { audio: { assigned: true } }));
    await vi.waitFor(() => expect(api.agentSaveAudio).toHaveBeenCalledTimes(2));
    expect(api.agentSaveAudio).toHaveBeenLastCalledWith("cw1", expect.objectContaining({ assigned: true, always_play: true }));
    await vi.waitFor(() => expect(screen.getByTestId("audio-only-inactive")).not.toBeChecked());
    expect(screen.getByTestId("audio-assigned")).toBeChecked();
  });

  it("lists every flag the server offers in the seed's words and saves both lists", async () => {
    api.agentSaveFlags.mockResolvedValue(coraView({}, { flags: { email: ["email_conversation_assignment", "email_conversation_creation"] } }));
    render(AgentNotificationsPage, { workspace: coraOnline });
    const creation = await screen.findByTestId("flag-email_conversation_creation");
    expect(creation.closest("label")).toSay("Send email notifications when a new conversation is created");
    expect(screen.getByTestId("flag-push_conversation_assignment").closest("label")).toSay(
      "Send push notifications when a conversation is assigned to me",
    );
    await fireEvent.click(creation);
    expect(api.agentSaveFlags).toHaveBeenCalledWith("cw1", ["email_conversation_assignment", "email_conversation_creation"], []);
    await vi.waitFor(() => expect(screen.getByTestId("flag-email_conversation_creation")).toBeChecked());
  });

  it("shows a refusal in its section and the server's value stays", async () => {
    const { TetherError } = await import("$lib/ipc");
    api.agentSaveFlags.mockRejectedValue(new TetherError({ code: "unreachable", message: "Cannot reach the server.", details: null }));
    render(AgentNotificationsPage, { workspace: coraOnline });
    await fireEvent.click(await screen.findByTestId("flag-push_conversation_creation"));
    expect(await screen.findByTestId("push-error")).toSay("Cannot reach the server.");
    expect(screen.getByTestId("flag-push_conversation_creation")).not.toBeChecked();
  });

  it("hides push notifications on a server that has none", async () => {
    api.agentRefresh.mockResolvedValue(coraView({}, { flags: { all_push: [], push: [] } }));
    render(AgentNotificationsPage, { workspace: coraOnline });
    await screen.findByTestId("email-section");
    await vi.waitFor(() => expect(screen.queryByTestId("push-section")).toBeNull());
  });
});
