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
  "GET /api/v1/users.requestDataDownload": ["query", "isUsersRequestDataDownloadParamsGET"],
  "GET /api/v1/custom-sounds.list": ["query", "isCustomSoundsListProps"],
  "GET /api/v1/subscriptions.get": ["query", "isSubscriptionsGetProps"],
  "POST /api/v1/subscriptions.read": ["body", "isSubscriptionsReadProps"],
  "POST /api/v1/users.2fa.sendEmailCode": ["body", "isUsers2faSendEmailCodeProps"],
  "POST /api/v1/users.logout": ["body", "isUserLogoutParamsPOST"],
  "POST /api/v1/users.resetAvatar": ["body", "isUsersResetAvatarProps"],
  "GET /api/v1/users.checkUsernameAvailability": ["query", "isUsersCheckUsernameAvailabilityParamsGET"],
  "POST /api/v1/users.sendConfirmationEmail": ["body", "isUsersSendConfirmationEmailParamsPOST"],
};
// Routes whose published typing is a TypeScript signature only (no compiled validator), or
// whose multipart form no JSON validator can see: checked here against that signature.
const isString = (v) => typeof v === "string";
const typedChecks = {
  // '/v1/users.deleteOwnAccount': POST (params: { password: string; confirmRelinquish?: boolean })
  "POST /api/v1/users.deleteOwnAccount": (entry) => {
    const body = entry.body ?? {};
    const extra = Object.keys(body).filter((k) => !["password", "confirmRelinquish"].includes(k));
    if (!isString(body.password)) return "body.password must be a string";
    if ("confirmRelinquish" in body && typeof body.confirmRelinquish !== "boolean") return "body.confirmRelinquish must be a boolean";
    return extra.length ? `unexpected body keys ${extra}` : null;
  },
  // '/v1/users.generatePersonalAccessToken': POST (params: { tokenName: string; bypassTwoFactor: boolean })
  "POST /api/v1/users.generatePersonalAccessToken": (entry) => {
    const body = entry.body ?? {};
    const extra = Object.keys(body).filter((k) => !["tokenName", "bypassTwoFactor"].includes(k));
    if (!isString(body.tokenName)) return "body.tokenName must be a string";
    if (typeof body.bypassTwoFactor !== "boolean") return "body.bypassTwoFactor must be a boolean";
    return extra.length ? `unexpected body keys ${extra}` : null;
  },
  // '/v1/users.regeneratePersonalAccessToken' and '/v1/users.removePersonalAccessToken':
  // POST (params: { tokenName: string })
  ...Object.fromEntries(
    ["regenerate", "remove"].map((verb) => [
      `POST /api/v1/users.${verb}PersonalAccessToken`,
      (entry) => {
        const body = entry.body ?? {};
        const extra = Object.keys(body).filter((k) => k !== "tokenName");
        if (!isString(body.tokenName)) return "body.tokenName must be a string";
        return extra.length ? `unexpected body keys ${extra}` : null;
      },
    ]),
  ),
  // '/v1/users.getPersonalAccessTokens': GET () — no parameters.
  "GET /api/v1/users.getPersonalAccessTokens": (entry) => {
    const keys = Object.keys(entry.query ?? {});
    return keys.length ? `unexpected query keys ${keys}` : null;
  },
  // users.setAvatar: JSON checked with isUsersSetAvatarProps; multipart (reference §3.2) needs
  // the file in `image`, with only userId/username/service beside it.
  "POST /api/v1/users.setAvatar": (entry) => {
    const type = entry.headers?.["content-type"] ?? "";
    const body = entry.body ?? {};
    if (type.startsWith("application/json")) {
      const validate = typings.isUsersSetAvatarProps;
      return validate(structuredClone(body)) ? null : `violates isUsersSetAvatarProps: ${JSON.stringify(validate.errors)}`;
    }
    if (!type.startsWith("multipart/form-data")) return `unexpected content type ${type}`;
    const extra = Object.keys(body).filter((k) => !["image", "userId", "username", "service"].includes(k));
    if (typeof body.image !== "object" || !isString(body.image?.filename)) return "multipart body has no file in `image`";
    return extra.length ? `unexpected multipart fields ${extra}` : null;
  },
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
  } else if (typedChecks[route]) {
    checked++;
    const problem = typedChecks[route](entry);
    if (problem) {
      violations++;
      console.error(`line ${n + 1}: ${route}: ${problem}`);
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
