// Chatwoot's routes as Tether uses them. The profile's GET and PUT are checked against
// Chatwoot's published OpenAPI description (openapi-profile.json, a subset of
// chatwoot/chatwoot@00bcb523:swagger/swagger.json, copied unchanged); the routes Chatwoot
// does not publish are written here as JSON Schemas from the reference
// (shared/reference/chatwoot-api.md, section named beside each), which cites Chatwoot's source.

const str = { type: "string" };
const userRef = { $ref: "openapi-profile.json#/components/schemas/user" };

/** The devise_token_auth session headers (B1). */
export const SESSION_HEADERS = ["access-token", "client", "uid"];

/** Error bodies by status (B11); a route may add its own. */
export const ERROR_BODIES = {
  400: { type: "object", required: ["error"], properties: { error: str } },
  401: {
    anyOf: [
      { type: "object", required: ["error"], properties: { error: str } },
      {
        type: "object",
        required: ["errors"],
        properties: { success: { const: false }, errors: { type: "array", items: str } },
      },
    ],
  },
  404: {
    anyOf: [
      // Rails' 404 page for a route the server does not have (feature detection, B0).
      { type: "string" },
      { type: "object", required: ["error"], properties: { error: str } },
      { type: "object", required: ["success", "errors"], properties: { success: { const: false } } },
    ],
  },
  422: {
    anyOf: [
      { type: "object", required: ["error"], properties: { error: str } },
      {
        type: "object",
        required: ["message", "attributes"],
        properties: { message: str, attributes: { type: "array", items: str } },
      },
    ],
  },
  // rack-attack's plain-text answer (B12).
  429: { const: "Retry later" },
};

const profileRoot = (properties, required) => ({
  type: "object",
  required: ["profile"],
  additionalProperties: false,
  properties: {
    profile: { type: "object", required, additionalProperties: false, properties },
  },
});

/**
 * "METHOD /path" → what a request must be and what a success answer is.
 * - `auth`: "none", "session" (the devise_token_auth headers) or "api" (`api_access_token`
 *   or the session headers, B1).
 * - `body`: the request body's schema (`null`: no body).
 * - `ok`: the success statuses and their bodies.
 */
export const ROUTES = {
  // B0: detection.
  "GET /api": {
    auth: "none",
    body: null,
    ok: {
      200: {
        type: "object",
        required: ["version", "timestamp", "queue_services", "data_services"],
        properties: {
          version: str,
          timestamp: { type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}$" },
          queue_services: { enum: ["ok", "failing"] },
          data_services: { enum: ["ok", "failing"] },
        },
      },
    },
  },
  "GET /health": { auth: "none", body: null, ok: { 200: { type: "object", required: ["status"] } } },
  // B1: the password step, the MFA step, or an SSO token; nothing else is read.
  "POST /auth/sign_in": {
    auth: "none",
    body: {
      oneOf: [
        { type: "object", additionalProperties: false, required: ["email", "password"], properties: { email: str, password: str } },
        { type: "object", additionalProperties: false, required: ["mfa_token", "otp_code"], properties: { mfa_token: str, otp_code: str } },
        { type: "object", additionalProperties: false, required: ["mfa_token", "backup_code"], properties: { mfa_token: str, backup_code: str } },
        { type: "object", additionalProperties: false, required: ["email", "sso_auth_token"], properties: { email: str, sso_auth_token: str } },
      ],
    },
    ok: {
      200: { type: "object", required: ["data"], properties: { data: userRef } },
      206: {
        type: "object",
        required: ["mfa_required", "mfa_token"],
        properties: { mfa_required: { const: true }, mfa_token: str },
      },
    },
  },
  "GET /auth/validate_token": {
    auth: "session",
    body: null,
    ok: {
      200: {
        type: "object",
        required: ["payload"],
        properties: {
          payload: {
            type: "object",
            required: ["success", "data"],
            properties: { success: { const: true }, data: userRef },
          },
        },
      },
    },
  },
  "DELETE /auth/sign_out": {
    auth: "session",
    body: null,
    ok: { 200: { type: "object", required: ["success"], properties: { success: { const: true } } } },
  },
  // B2: GET and PUT are published; their schemas come from openapi-profile.json.
  "GET /api/v1/profile": { auth: "api", openapi: ["/api/v1/profile", "get"] },
  "PUT /api/v1/profile": { auth: "api", openapi: ["/api/v1/profile", "put"] },
  "PATCH /api/v1/profile": { auth: "api", openapi: ["/api/v1/profile", "put"] },
  "POST /api/v1/profile/availability": {
    auth: "api",
    body: profileRoot(
      { account_id: { type: "integer" }, availability: { enum: ["online", "offline", "busy"] } },
      ["account_id", "availability"],
    ),
    ok: { 200: userRef },
  },
  "POST /api/v1/profile/auto_offline": {
    auth: "api",
    body: profileRoot({ account_id: { type: "integer" }, auto_offline: { type: "boolean" } }, [
      "account_id",
      "auto_offline",
    ]),
    ok: { 200: userRef },
  },
  "POST /api/v1/profile/reset_access_token": {
    auth: "api",
    body: { anyOf: [{ type: "null" }, { type: "object", maxProperties: 0 }] },
    ok: { 200: userRef },
  },
};

/** Routes only newer servers have (B0): a client may ask, and a 404 means "not here". */
export const DETECTED_FEATURES = [
  /^GET \/api\/v1\/profile\/sessions$/,
  /^(GET|POST|DELETE) \/api\/v1\/profile\/mfa$/,
  /^GET \/api\/v1\/accounts\/\d+\/conversations\/unread_counts$/,
];
