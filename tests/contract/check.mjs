// Validates every request recorded by the sandbox (one JSON object per line) with the
// validator Rocket.Chat's server uses for that route, and every failure response with
// Rocket.Chat's error-envelope validators. Any violation exits 1.
import { readFileSync } from "node:fs";
import * as typings from "@rocket.chat/rest-typings";

const file = process.argv[2];
if (!file) {
  console.error("usage: node --import ./register.mjs check.mjs REQUESTS.jsonl");
  process.exit(2);
}

// Route → request validator (reference §12.2). Routes without one (login: isLoginProps does not
// match the real route; me, logout, info take no parameters) are checked for their envelopes only.
const requestValidators = {
  "GET /api/v1/settings.public": ["query", "isSettingsPublicWithPaginationProps"],
  "POST /api/v1/users.updateOwnBasicInfo": ["body", "isUsersUpdateOwnBasicInfoParamsPOST"],
  "POST /api/v1/users.setPreferences": ["body", "isUsersSetPreferencesParamsPOST"],
  "POST /api/v1/users.2fa.sendEmailCode": ["body", "isUsers2faSendEmailCodeProps"],
  "POST /api/v1/users.logout": ["body", "isUserLogoutParamsPOST"],
};
const errorValidators = {
  400: "validateBadRequestErrorResponse",
  401: "validateUnauthorizedErrorResponse",
  403: "validateForbiddenErrorResponse",
  404: "validateNotFoundErrorResponse",
  500: "validateInternalErrorResponse",
};

const lines = readFileSync(file, "utf8").split("\n").filter(Boolean);
let checked = 0;
let violations = 0;
let withoutValidator = new Map();
for (const [n, line] of lines.entries()) {
  const entry = JSON.parse(line);
  const route = `${entry.method} ${entry.path}`;
  const spec = requestValidators[route];
  if (spec) {
    const [part, name] = spec;
    const validate = typings[name];
    if (typeof validate !== "function") {
      console.error(`line ${n + 1}: @rocket.chat/rest-typings has no ${name}`);
      violations++;
      continue;
    }
    // Validators coerce (mutate) their input: give them a copy.
    const input = structuredClone(entry[part] ?? {});
    checked++;
    if (!validate(input)) {
      violations++;
      console.error(`line ${n + 1}: ${route} ${part} violates ${name}: ${JSON.stringify(validate.errors)}`);
    }
  } else {
    withoutValidator.set(route, (withoutValidator.get(route) ?? 0) + 1);
  }
  const errorName = errorValidators[entry.status];
  // Login failures use their own documented 401 shape (reference §2.1), not the generic one.
  if (errorName && entry.path !== "/api/v1/login" && entry.response && typeof entry.response === "object") {
    const validate = typings[errorName];
    if (typeof validate === "function") {
      checked++;
      if (!validate(structuredClone(entry.response))) {
        violations++;
        console.error(`line ${n + 1}: ${route} ${entry.status} response violates ${errorName}: ${JSON.stringify(validate.errors)}`);
      }
    }
  }
}
for (const [route, count] of withoutValidator) {
  console.warn(`  ${route}: ${count} request(s); Rocket.Chat publishes no request validator for it`);
}
if (lines.length === 0) {
  console.error("contract: no recorded requests: the sandbox recorder did not run");
  process.exit(1);
}
console.log(`contract: ${lines.length} recorded requests, ${checked} validations`);
console.log(`${checked - violations} passed, ${violations} failed`);
process.exit(violations === 0 ? 0 : 1);
