import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);

export async function resolve(specifier, context, next) {
  try {
    return await next(specifier, context);
  } catch (err) {
    if (specifier.startsWith(".") && context.parentURL) {
      const base = fileURLToPath(new URL(specifier, context.parentURL));
      for (const candidate of [`${base}.js`, `${base}/index.js`]) {
        if (existsSync(candidate) && statSync(candidate).isFile()) {
          return next(pathToFileURL(candidate).href, context);
        }
      }
    }
    if (!specifier.startsWith(".") && !specifier.startsWith("node:")) {
      try {
        const parent = context.parentURL ? createRequire(context.parentURL) : require;
        return next(pathToFileURL(parent.resolve(specifier)).href, context);
      } catch {
        // fall through to the original error
      }
    }
    throw err;
  }
}
