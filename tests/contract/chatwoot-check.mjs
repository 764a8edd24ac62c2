// Validates every request the Chatwoot sandbox recorded (one JSON object per line): the route
// is one Chatwoot has, the request carries the credentials the route needs, its body matches
// Chatwoot's published OpenAPI description (the profile) or the reference's schema (the rest),
// and the sandbox's answer has the shape Chatwoot's would. Any violation exits 1.
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { DETECTED_FEATURES, ERROR_BODIES, ROUTES, SESSION_HEADERS } from "./chatwoot/routes.mjs";

const file = process.argv[2];
if (!file) {
  console.error("usage: node chatwoot-check.mjs CHATWOOT-REQUESTS.jsonl");
  process.exit(2);
}

const openapi = JSON.parse(readFileSync(new URL("./chatwoot/openapi-profile.json", import.meta.url)));
// OpenAPI 3.1 schemas are JSON Schema 2020-12; "example" and the like are annotations.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat("binary", true);
ajv.addSchema(openapi, "openapi-profile.json");

// Query values arrive as text (a repeated key as a list): compared as the types they stand for.
const queryAjv = new Ajv2020({ strict: false, allErrors: true, coerceTypes: "array" });
const queryValidators = new Map();
const queryValidator = (schema) => {
  const key = JSON.stringify(schema);
  if (!queryValidators.has(key)) queryValidators.set(key, queryAjv.compile(schema));
  return queryValidators.get(key);
};
const NO_QUERY = { type: "object", maxProperties: 0 };

const compiled = new Map();
const validator = (schema) => {
  const key = JSON.stringify(schema);
  if (!compiled.has(key)) compiled.set(key, ajv.compile(schema));
  return compiled.get(key);
};
const pointer = (...parts) =>
  "openapi-profile.json#/" + parts.map((p) => p.replaceAll("~", "~0").replaceAll("/", "~1")).join("/");

/** A published operation's query, request body and success schemas. */
function published([path, method]) {
  const operation = openapi.paths[path][method];
  const parameters = [...(openapi.paths[path].parameters ?? []), ...(operation.parameters ?? [])];
  const inQuery = parameters.filter((p) => p.in === "query");
  const query = {
    type: "object",
    additionalProperties: false,
    properties: Object.fromEntries(inQuery.map((p) => [p.name, p.schema])),
  };
  const body = operation.requestBody
    ? { $ref: pointer("paths", path, method, "requestBody", "content", "application/json", "schema") }
    : null;
  const content = operation.requestBody?.content ?? {};
  const form = content["multipart/form-data"]
    ? { $ref: pointer("paths", path, method, "requestBody", "content", "multipart/form-data", "schema") }
    : null;
  const ok = {};
  for (const [status, response] of Object.entries(operation.responses)) {
    if (status.startsWith("2") && response.content?.["application/json"]) {
      ok[status] = { $ref: pointer("paths", path, method, "responses", status, "content", "application/json", "schema") };
    }
  }
  return { query, body, form, ok };
}

const failures = [];
const fail = (n, line, why) => failures.push(`line ${n}: ${line.method} ${line.path} → ${line.status}: ${why}`);
const explain = (validate) => ajv.errorsText(validate.errors, { separator: "; " });
let checked = 0;

/** A path with its account id as the route's template (`/api/v1/accounts/{account_id}/…`). */
function templated(path) {
  return path
    .replace(/^\/api\/v1\/accounts\/\d+\//, "/api/v1/accounts/{account_id}/")
    .replace(/^\/api\/v1\/profile\/sessions\/\d+$/, "/api/v1/profile/sessions/{id}");
}

/** The request: the credentials its route needs, and its body. */
function checkRequest(n, line, route, headers) {
  const session = SESSION_HEADERS.every((h) => headers[h]);
  if (route.auth === "session" && !session) {
    fail(n, line, `needs the session headers (${SESSION_HEADERS.join(", ")})`);
  }
  if (route.auth === "api" && !session && !headers["api_access_token"]) {
    fail(n, line, "needs api_access_token or the session headers");
  }
  const { query, body: json, form } = route.openapi ? published(route.openapi) : route;
  // A multipart request (the profile image) is checked against the form's published schema:
  // Rails' `profile[avatar]` names nest, and a file (recorded as its name, type and size,
  // never its bytes) stands for the binary string the description names.
  const multipart = String(headers["content-type"] ?? "").startsWith("multipart/form-data");
  if (multipart && !form) fail(n, line, "takes no multipart form");
  const body = multipart ? form : json;
  // The names arrive as sent (`labels[]=…` is recorded under `labels[]`).
  const asked = Object.fromEntries(Object.entries(line.query ?? {}).map(([k, v]) => [k.replace(/\[\]$/, ""), v]));
  const checkQuery = queryValidator(query ?? NO_QUERY);
  if (!checkQuery(asked)) fail(n, line, `query: ${queryAjv.errorsText(checkQuery.errors, { separator: "; " })}`);
  if (body === null) {
    if (line.body !== null && line.body !== undefined) fail(n, line, "takes no body");
    return;
  }
  const sent = multipart ? nestForm(line.body ?? {}) : (line.body ?? null);
  const validate = validator(body);
  if (!validate(sent)) fail(n, line, `request body: ${explain(validate)}`);
}

/** `{"profile[avatar]": {filename, contentType, size}}` as Rails reads it: `{profile: {avatar: "…"}}`. */
function nestForm(fields) {
  const nested = {};
  for (const [name, value] of Object.entries(fields)) {
    const [, root, key] = /^([^[]+)\[([^\]]+)\]$/.exec(name) ?? [null, name, null];
    const text = typeof value === "object" && value !== null ? `<file ${value.filename}, ${value.contentType}, ${value.size} bytes>` : value;
    if (key === null) nested[root] = text;
    else (nested[root] ??= {})[key] = text;
  }
  return nested;
}

const lines = readFileSync(file, "utf8").split("\n").filter(Boolean);
if (lines.length === 0) {
  console.error(`chatwoot contract: ${file} holds no requests: the Chatwoot sandbox recorded nothing`);
  process.exit(1);
}
lines.forEach((text, i) => {
  const n = i + 1;
  const line = JSON.parse(text);
  const key = `${line.method} ${line.path}`;
  const route = ROUTES[key] ?? ROUTES[`${line.method} ${templated(line.path)}`];
  const headers = line.headers ?? {};
  // A test that sends a request wrong on purpose says so: only the answer's shape is checked.
  const misuse = Boolean(headers["x-contract-misuse"]);
  if (!route) {
    if (misuse && line.status === 404) return;
    if (line.status === 404 && DETECTED_FEATURES.some((re) => re.test(key))) return;
    fail(n, line, "not a Chatwoot route Tether may call");
    return;
  }
  checked += 1;
  if (!misuse) checkRequest(n, line, route, headers);
  if (line.fault) return;
  const { ok } = route.openapi ? published(route.openapi) : route;
  const answer = ok[line.status] ?? route.errors?.[line.status] ?? ERROR_BODIES[line.status];
  if (answer === undefined) {
    if (line.status >= 500) return; // Rails' own failures (e.g. an enum's ArgumentError) have no contract.
    fail(n, line, "a status Chatwoot does not answer this route with");
    return;
  }
  const validate = validator(answer);
  if (!validate(line.response ?? null)) fail(n, line, `response: ${explain(validate)}`);
});

console.log(`chatwoot contract: ${checked} requests checked, ${failures.length} violations`);
if (failures.length) {
  for (const failure of failures) console.error(failure);
  process.exit(1);
}
