// Shared data for component tests.
import type { WorkspaceSummary } from "$lib/ipc";

/** The sandbox workspace with alice signed in and online. */
export const aliceOnline: WorkspaceSummary = {
  id: "w1",
  url: "http://127.0.0.1:3000/",
  name: "Tether Sandbox",
  server_version: "8.8",
  kind: "rocket_chat",
  account: { user_id: "u1", username: "alice", display_name: "Alice Liddell", auth: "password" },
  connection: { state: "online" },
};

/** A Chatwoot workspace with Cora signed in and online. */
export const coraOnline: WorkspaceSummary = {
  id: "cw1",
  url: "http://127.0.0.1:3211/",
  name: "Sandbox Support",
  server_version: "4.6.0",
  kind: "chatwoot",
  account: { user_id: "1", username: "cora@sandbox.tether.test", display_name: "Cora Agent", auth: "password" },
  connection: { state: "online" },
};
