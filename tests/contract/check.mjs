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
  // The route validates with this one (the older isE2eSetUserPublicAndPrivateKeysProps lacks `force`).
  "POST /api/v1/e2e.setUserPublicAndPrivateKeys": ["body", "ise2eSetUserPublicAndPrivateKeysParamsPOST"],
  // Administration › Users (reference §10).
  "GET /api/v1/users.listByStatus": ["query", "isUsersListStatusProps"],
  "GET /api/v1/users.info": ["query", "isUsersInfoParamsGetProps"],
  "POST /api/v1/users.create": ["body", "isUserCreateParamsPOST"],
  "POST /api/v1/users.update": ["body", "isUsersUpdateParamsPOST"],
  "POST /api/v1/users.setActiveStatus": ["body", "isUserSetActiveStatusParamsPOST"],
  "POST /api/v1/users.sendWelcomeEmail": ["body", "isUsersSendWelcomeEmailProps"],
  "POST /api/v1/sendInvitationEmail": ["body", "isSendInvitationEmailParams"],
  "POST /api/v1/roles.addUserToRole": ["body", "isRoleAddUserToRoleProps"],
  "POST /api/v1/roles.removeUserFromRole": ["body", "isRoleRemoveUserFromRoleProps"],
  "GET /api/v1/licenses.info": ["query", "isLicensesInfoProps"],
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
  // Routes typed `() => …`: no parameters at all.
  ...Object.fromEntries(
    [
      ["POST", "users.2fa.enableEmail"],
      ["POST", "users.2fa.disableEmail"],
      ["POST", "users.enableTotp"],
      ["GET", "users.totpCodesRemaining"],
      ["GET", "pw.getPolicy"],
      // e2e.fetchMyKeys is not in rest-typings 8.8.1; the server's route takes no parameters.
      ["GET", "e2e.fetchMyKeys"],
      ["GET", "smtp.check"],
      ["GET", "roles.list"],
      ["GET", "licenses.maxActiveUsers"],
    ].map(([method, name]) => [
      `${method} /api/v1/${name}`,
      (entry) => {
        const keys = Object.keys((method === "GET" ? entry.query : entry.body) ?? {});
        return keys.length ? `unexpected parameters ${keys}` : null;
      },
    ]),
  ),
  // '/v1/users.disableTotp', '/v1/users.validateTotp', '/v1/users.regenerateTotpCodes':
  // POST (params: { code: string })
  ...Object.fromEntries(
    ["disableTotp", "validateTotp", "regenerateTotpCodes"].map((name) => [
      `POST /api/v1/users.${name}`,
      (entry) => {
        const body = entry.body ?? {};
        const extra = Object.keys(body).filter((k) => k !== "code");
        if (!isString(body.code)) return "body.code must be a string";
        return extra.length ? `unexpected body keys ${extra}` : null;
      },
    ]),
  ),
  // '/v1/users.resetE2EKey': POST (params: Record<string, never> | { userId } | { username } | { user })
  "POST /api/v1/users.resetE2EKey": (entry) => {
    const keys = Object.keys(entry.body ?? {});
    if (keys.length === 0) return null;
    if (keys.length === 1 && ["userId", "username", "user"].includes(keys[0]) && isString(entry.body[keys[0]])) return null;
    return `body must be {} or one of userId/username/user, got ${keys}`;
  },
  // '/v1/users.resetTOTP': POST (params: { userId } | { username } | { user }), or {} for oneself.
  "POST /api/v1/users.resetTOTP": (entry) => {
    const keys = Object.keys(entry.body ?? {});
    if (keys.length === 0) return null;
    if (keys.length === 1 && ["userId", "username", "user"].includes(keys[0]) && isString(entry.body[keys[0]])) return null;
    return `body must be {} or one of userId/username/user, got ${keys}`;
  },
  // '/v1/users.delete': POST (params: { userId: IUser['_id']; confirmRelinquish?: boolean })
  "POST /api/v1/users.delete": (entry) => {
    const body = entry.body ?? {};
    const extra = Object.keys(body).filter((k) => !["userId", "confirmRelinquish"].includes(k));
    if (!isString(body.userId)) return "body.userId must be a string";
    if ("confirmRelinquish" in body && typeof body.confirmRelinquish !== "boolean") return "body.confirmRelinquish must be a boolean";
    return extra.length ? `unexpected body keys ${extra}` : null;
  },
  // permissions.listAll is not in rest-typings 8.8.1; the route takes an optional `updatedSince`.
  "GET /api/v1/permissions.listAll": (entry) => {
    const extra = Object.keys(entry.query ?? {}).filter((k) => k !== "updatedSince");
    return extra.length ? `unexpected query keys ${extra}` : null;
  },
  // '/v1/method.call/:method': the body checked with isMeteorCall, then the EJSON DDP call in
  // `message` with isMethodCallProps, as the server does; it must name the URL's method.
  "POST /api/v1/method.call/:method": (entry) => {
    const body = entry.body ?? {};
    if (!typings.isMeteorCall(structuredClone(body))) return `body violates isMeteorCall: ${JSON.stringify(typings.isMeteorCall.errors)}`;
    let call;
    try {
      call = JSON.parse(body.message);
    } catch {
      return "body.message is not JSON";
    }
    const validate = typings.isMethodCallProps;
    if (!validate(structuredClone(call))) return `message violates isMethodCallProps: ${JSON.stringify(validate.errors)}`;
    const named = decodeURIComponent(entry.path.slice("/api/v1/method.call/".length));
    return named === call.method ? null : `the URL names ${named} but the message calls ${call.method}`;
  },
  // Premium device management (not in rest-typings; reference §8): sessions/list takes
  // offset, count, filter and a JSON sort; sessions/logout.me takes { sessionId: string }.
  "GET /api/v1/sessions/list": (entry) => {
    const query = entry.query ?? {};
    const extra = Object.keys(query).filter((k) => !["offset", "count", "filter", "sort"].includes(k));
    if (extra.length) return `unexpected query keys ${extra}`;
    for (const k of ["offset", "count"]) if (k in query && !/^\d+$/.test(query[k])) return `${k} must be a number`;
    if ("sort" in query) {
      try {
        JSON.parse(query.sort);
      } catch {
        return "sort must be JSON";
      }
    }
    return null;
  },
  "POST /api/v1/sessions/logout.me": (entry) => {
    const body = entry.body ?? {};
    const extra = Object.keys(body).filter((k) => k !== "sessionId");
    if (!isString(body.sessionId)) return "body.sessionId must be a string";
    return extra.length ? `unexpected body keys ${extra}` : null;
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
// The server's query parser (`qs`) reads `key[]=a&key[]=b` as the array `key`: so do we, before
// validating. A plain key stays a string, which an array-typed validator refuses.
function parsedQuery(query) {
  const out = {};
  for (const [key, value] of Object.entries(query ?? {})) {
    if (key.endsWith("[]")) out[key.slice(0, -2)] = Array.isArray(value) ? value : [value];
    else out[key] = value;
  }
  return out;
}

for (const [n, line] of lines.entries()) {
  const entry = JSON.parse(line);
  entry.query = parsedQuery(entry.query);
  // One route for every method called through method.call.
  const path = entry.path.startsWith("/api/v1/method.call/") ? "/api/v1/method.call/:method" : entry.path;
  const route = `${entry.method} ${path}`;
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
  // A method that throws answers 400 from 8.0 with the route's own shape: the DDP error inside
  // `message`, beside `success: false` (reference §1.6), not the generic failure envelope.
  if (route === "POST /api/v1/method.call/:method" && entry.status === 400) {
    checked++;
    const body = entry.response ?? {};
    let inner = null;
    try {
      inner = JSON.parse(body.message);
    } catch {
      inner = null;
    }
    const keys = Object.keys(body).sort().join(",");
    if (keys !== "message,success" || body.success !== false || inner?.msg !== "result" || !inner?.error) {
      violations++;
      console.error(`line ${n + 1}: ${route} 400 is not {message: <DDP result with error>, success: false}: ${JSON.stringify(body)}`);
    }
    continue;
  }
  const errorName = errorValidators[entry.status];
  // Login failures use their own documented 401 shape (reference §2.1), not the generic one.
  // A response the sandbox made up for an injected fault (a proxy's page, a dropped connection:
  // `entry.fault`) is not Rocket.Chat's; the request that met it is still checked above.
  if (errorName && !entry.fault && entry.path !== "/api/v1/login" && entry.response && typeof entry.response === "object") {
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
