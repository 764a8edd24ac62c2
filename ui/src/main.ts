import { mount } from "svelte";
import App from "./App.svelte";
import { followSystemTheme } from "./lib/theme";
import "./styles/app.css";

followSystemTheme();
const target = document.getElementById("app");
if (!target) throw new Error("missing #app");
export default mount(App, { target });
