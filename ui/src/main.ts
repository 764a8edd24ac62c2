import { mount } from "svelte";
import App from "./App.svelte";
import { api } from "./lib/ipc";
import { followSystemTheme } from "./lib/theme";
import { chooseLocale, setLocale } from "./lib/i18n/index.svelte";
import "./styles/app.css";

// Start-up's milestones, for the benchmarks (written out only under `cargo xtask bench`).
void api.appMark("ui-script-started");
followSystemTheme();
const target = document.getElementById("app");
if (!target) throw new Error("missing #app");
// The system's language until the shown workspace's preference is read (only its messages load).
await setLocale(chooseLocale(navigator.languages));
const app = mount(App, { target });
void api.appMark("ui-mounted");
export default app;
