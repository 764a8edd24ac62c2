import { fireEvent, render, screen } from "@testing-library/svelte";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { answer } from "$lib/testing/backend";
import type { WorkspaceSummary } from "$lib/ipc";
import AddWorkspace from "./AddWorkspace.svelte";

const workspaceAdd = vi.fn();
const workspaceTrustCertificate = vi.fn();
vi.mock("$lib/bindings", () => import("$lib/testing/backend").then((b) => b.bindings));
answer({ workspaceAdd, workspaceTrustCertificate });

const added: WorkspaceSummary = {
  id: "w1",
  url: "https://localhost:8443/",
  name: "Tether Sandbox",
  server_version: "8.8",
  kind: "rocket_chat",
  account: null,
  connection: { state: "not_signed_in" },
};
const fingerprint = "AB:CD:" + Array.from({ length: 30 }, () => "EF").join(":");

describe("AddWorkspace", () => {
  beforeEach(() => {
    workspaceAdd.mockReset();
    workspaceTrustCertificate.mockReset();
  });

  it("shows an untrusted certificate's fingerprint and trusts exactly that one", async () => {
    workspaceAdd
      .mockRejectedValueOnce({
          code: "certificate_untrusted",
          message: "The secure connection to localhost was refused because its certificate is not trusted.",
          details: { about: "certificate", field: "url", url: added.url, host: "localhost", fingerprint, reason: "self-signed", changed: false },
        })
      .mockResolvedValueOnce(added);
    workspaceTrustCertificate.mockResolvedValue(null);
    const onadded = vi.fn();
    render(AddWorkspace, { onadded });
    await fireEvent.input(screen.getByTestId("add-workspace-url"), { target: { value: "localhost:8443" } });
    await fireEvent.click(screen.getByTestId("add-workspace-submit"));
    expect(await screen.findByTestId("certificate-fingerprint")).toHaveTextContent(fingerprint);
    expect(screen.queryByTestId("add-workspace-error")).toBeNull();
    await fireEvent.click(screen.getByTestId("certificate-trust"));
    await vi.waitFor(() => expect(onadded).toHaveBeenCalledWith(added));
    expect(workspaceTrustCertificate).toHaveBeenCalledWith(added.url, fingerprint);
    expect(workspaceAdd).toHaveBeenLastCalledWith("localhost:8443");
  });

  it("puts other errors on the address field", async () => {
    workspaceAdd.mockRejectedValue({ code: "insecure_url", message: "http://chat.example.com/ uses plain http", details: { about: "address", field: "url", url: "http://chat.example.com/" } });
    render(AddWorkspace, { onadded: vi.fn() });
    await fireEvent.input(screen.getByTestId("add-workspace-url"), { target: { value: "http://chat.example.com" } });
    await fireEvent.click(screen.getByTestId("add-workspace-submit"));
    const error = await screen.findByTestId("add-workspace-error");
    expect(error.dataset.code).toBe("insecure_url");
    expect(screen.queryByTestId("certificate")).toBeNull();
  });
});
