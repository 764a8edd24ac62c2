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

const errorText = { type: "object", required: ["error"], properties: { error: str } };
const backupCodes = { type: "array", minItems: 10, maxItems: 10, items: { type: "string", pattern: "^([0-9A-F]{8}|\\[redacted\\])$" } };
const otpBody = (required) => ({
  type: "object",
  additionalProperties: false,
  required,
  properties: { otp_code: { type: "string", pattern: "^(\\d{6}|\\[redacted\\])$" }, password: str },
});

/** B5's answer (`show.json.jbuilder`); the chosen flags are among all of them. */
function notificationSettings() {
  const flags = { type: "array", items: str };
  return {
    type: "object",
    required: ["id", "user_id", "account_id", "all_email_flags", "selected_email_flags", "all_push_flags", "selected_push_flags"],
    properties: {
      id: { type: "integer" },
      user_id: { type: "integer" },
      account_id: { type: "integer" },
      all_email_flags: flags,
      selected_email_flags: { type: "array", items: { type: "string", pattern: "^email_" } },
      all_push_flags: flags,
      selected_push_flags: { type: "array", items: { type: "string", pattern: "^push_" } },
    },
  };
}

function notificationSettingsUpdate() {
  const flags = (prefix) => ({ type: "array", items: { type: "string", pattern: `^${prefix}_[a-z_]+$` } });
  return {
    auth: "api",
    body: {
      type: "object",
      additionalProperties: false,
      required: ["notification_settings"],
      properties: {
        notification_settings: {
          type: "object",
          additionalProperties: false,
          // Both, every time: the server assigns both lists, and clears one left out.
          required: ["selected_email_flags", "selected_push_flags"],
          properties: { selected_email_flags: flags("email"), selected_push_flags: flags("push") },
        },
      },
    },
    ok: { 200: notificationSettings() },
  };
}

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
 * - `query`: the query's schema (absent: no query parameters).
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
  // The installation's thumbnail, a static file under public/ (LOGO_THUMBNAIL's default,
  // config/installation_config.yml): the workspace's icon in the switcher.
  "GET /brand-assets/logo_thumbnail.svg": { auth: "none", body: null, ok: { 200: { type: "string" } } },
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
  // B2: the profile image goes; the user JSON answers with `avatar_url: ""`.
  "DELETE /api/v1/profile/avatar": { auth: "api", body: null, ok: { 200: userRef } },
  "POST /api/v1/profile/reset_access_token": {
    auth: "api",
    body: { anyOf: [{ type: "null" }, { type: "object", maxProperties: 0 }] },
    ok: { 200: userRef },
  },
  // B5: both lists, names from all_*_flags.
  "GET /api/v1/accounts/{account_id}/notification_settings": { auth: "api", body: null, ok: { 200: notificationSettings() } },
  "PUT /api/v1/accounts/{account_id}/notification_settings": notificationSettingsUpdate(),
  "PATCH /api/v1/accounts/{account_id}/notification_settings": notificationSettingsUpdate(),
  // B6: a session, not a personal token (the check holds "api": the server refuses the token
  // itself, and the tests show it does).
  "GET /api/v1/profile/mfa": {
    auth: "api",
    body: null,
    ok: {
      200: {
        type: "object",
        required: ["feature_available", "enabled"],
        properties: { feature_available: { type: "boolean" }, enabled: { type: "boolean" }, backup_codes_generated: { type: "boolean" } },
      },
    },
  },
  "POST /api/v1/profile/mfa": {
    auth: "session",
    body: { anyOf: [{ type: "null" }, { type: "object", maxProperties: 0 }] },
    ok: {
      200: {
        type: "object",
        required: ["provisioning_url", "secret"],
        properties: { provisioning_url: { type: "string", pattern: "^otpauth://totp/" }, secret: { type: "string", pattern: "^[A-Z2-7]+=*$" } },
      },
    },
    errors: { 403: errorText },
  },
  "POST /api/v1/profile/mfa/verify": {
    auth: "session",
    body: otpBody(["otp_code"]),
    ok: { 200: { type: "object", required: ["enabled", "backup_codes"], properties: { enabled: { const: true }, backup_codes: backupCodes } } },
    errors: { 403: errorText },
  },
  "POST /api/v1/profile/mfa/backup_codes": {
    auth: "session",
    body: otpBody(["otp_code"]),
    ok: { 200: { type: "object", required: ["backup_codes"], properties: { backup_codes: backupCodes } } },
    errors: { 403: errorText },
  },
  "DELETE /api/v1/profile/mfa": {
    auth: "session",
    body: otpBody(["otp_code", "password"]),
    ok: { 200: { type: "object" } },
    errors: { 403: errorText },
  },
  // B9: the counts are published; the list is written from the reference.
  "GET /api/v1/accounts/{account_id}/conversations/meta": {
    auth: "api",
    openapi: ["/api/v1/accounts/{account_id}/conversations/meta", "get"],
  },
  "GET /api/v1/accounts/{account_id}/conversations": {
    auth: "api",
    body: null,
    query: {
      type: "object",
      additionalProperties: false,
      properties: {
        assignee_type: { enum: ["me", "unassigned", "assigned", "all"] },
        status: { enum: ["all", "open", "resolved", "pending", "snoozed"] },
        page: { type: "integer", minimum: 1 },
        inbox_id: { type: "integer" },
        team_id: { type: "integer" },
        labels: { type: "array", items: str },
        q: str,
      },
    },
    ok: {
      200: {
        type: "object",
        required: ["data"],
        properties: {
          data: {
            type: "object",
            required: ["meta", "payload"],
            properties: {
              payload: {
                type: "array",
                items: { type: "object", required: ["id", "unread_count", "status"], properties: { unread_count: { type: "integer", minimum: 0 } } },
              },
            },
          },
        },
      },
    },
  },
  // B2 "Active sessions" (newer servers; a 404 from older ones is the detection).
  "GET /api/v1/profile/sessions": {
    auth: "api",
    body: null,
    ok: {
      200: {
        type: "array",
        items: {
          type: "object",
          required: ["id", "browser_name", "platform_name", "ip_address", "last_activity_at", "created_at", "current"],
          properties: { id: { type: "integer" }, current: { type: "boolean" }, browser_name: str, ip_address: { type: ["string", "null"] } },
        },
      },
    },
  },
  // 200 with an empty body (recorded as null).
  "DELETE /api/v1/profile/sessions/{id}": { auth: "api", body: null, ok: { 200: { type: "null" } } },
};

/** Routes only newer servers have (B0), and the kind probe: a client may ask, and a 404 means
 * "not here". */
export const DETECTED_FEATURES = [
  // Not a feature but the kind probe: adding a workspace asks Rocket.Chat's detection route
  // first (rocketchat-api.md §11.2); Chatwoot answers it with Rails' 404 page (B0).
  /^GET \/api\/info$/,
  /^(GET|POST|DELETE) \/api\/v1\/profile\/mfa$/,
  /^GET \/api\/v1\/accounts\/\d+\/conversations\/unread_counts$/,
];
