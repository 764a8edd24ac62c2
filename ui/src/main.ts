import { mount } from "svelte";
import App from "./App.svelte";
import { api } from "./lib/ipc";
import { followSystemTheme } from "./lib/theme";
import "./styles/app.css";

// Start-up's milestones, for the benchmarks (written out only under `cargo xtask bench`).
void api.appMark("ui-script-started");
followSystemTheme();
const target = document.getElementById("app");
if (!target) throw new Error("missing #app");
const app = mount(App, { target });
void api.appMark("ui-mounted");
export default app;
