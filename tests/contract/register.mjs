// @rocket.chat/rest-typings ships ESM with extension-less imports and no "type": "module";
// this resolve hook lets plain Node load it (reference §12.1).
import { register } from "node:module";

register("./resolve-hook.mjs", import.meta.url);
