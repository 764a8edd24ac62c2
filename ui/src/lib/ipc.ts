// The one module through which the UI talks to Tether's Rust side. It unwraps the generated
// bindings' Result into values or a thrown TetherError carrying `{code, message, details}`.
import {
  commands,
  events,
  type AppSnapshot,
  type CoreEvent,
  type ErrorCode,
  type IpcError,
  type JsonValue,
  type QuietFor,
  type PasswordPolicy,
  type ProfileChanges,
  type AccessToken,
  type AccessTokens,
  type Confirmation,
  type Guarded,
  type NewAccessToken,
  type ProfileView,
  type SecondFactorChallenge,
  type SignInStep,
  type TraySummary,
  type WorkspaceImages,
  type WorkspaceSummary,
  type WorkspaceUnread,
} from "./bindings";

export type {
  AccessToken,
  AccessTokens,
  Guarded,
  NewAccessToken,
  AppSnapshot,
  CoreEvent,
  ErrorCode,
  IpcError,
  ProfileView,
  SecondFactorChallenge,
  SignInStep,
  TraySummary,
  WorkspaceImages,
  WorkspaceSummary,
  WorkspaceUnread,
};
export type {
  Connection,
  CustomField,
  DataExport,
  JsonValue,
  PreferenceGroup,
  PreferenceItem,
  PreferencesView,
  DeleteAccountStep,
  DoNotDisturb,
  NotKept,
  Profile,
  QuietFor,
  ProfileRules,
  ProfileSaveStep,
  SecondFactorMethod,
  UsernameCheck,
  BackupCodes,
  DeviceSession,
  DeviceSessions,
  PasswordPolicy,
  RuleCheck,
  SecurityOverview,
  TotpSetup,
} from "./bindings";
export type { ProfileChanges, Confirmation };

export class TetherError extends Error {
  readonly code: ErrorCode;
  readonly details: IpcError["details"];
  constructor(error: IpcError) {
    super(error.message);
    this.name = "TetherError";
    this.code = error.code;
    this.details = error.details;
  }
  /** The input field the error concerns, when the backend named one. */
  get field(): string | undefined {
    return this.detail("field");
  }
  /** A boolean entry of `details`, e.g. `changed`. */
  flag(key: string): boolean {
    return (this.details as Record<string, unknown> | null)?.[key] === true;
  }
  /** A string entry of `details`, e.g. `fingerprint` or `workspace_id`. */
  detail(key: string): string | undefined {
    const value = (this.details as Record<string, unknown> | null)?.[key];
    return typeof value === "string" ? value : undefined;
  }
}

type Result<T> = { status: "ok"; data: T } | { status: "error"; error: IpcError };

async function unwrap<T>(call: Promise<Result<T>>): Promise<T> {
  const result = await call;
  if (result.status === "error") throw new TetherError(result.error);
  return result.data;
}

/** Turns anything thrown into a TetherError, so the UI always has `{code, message}`. */
export function asTetherError(err: unknown): TetherError {
  if (err instanceof TetherError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new TetherError({ code: "protocol", message: `Tether could not complete that: ${message}`, details: null });
}

export const api = {
  snapshot: () => unwrap(commands.appSnapshot()),
  addWorkspace: (url: string) => unwrap(commands.workspaceAdd(url)),
  trustCertificate: (url: string, fingerprint: string) =>
    unwrap(commands.workspaceTrustCertificate(url, fingerprint)),
  removeWorkspace: (workspaceId: string) => unwrap(commands.workspaceRemove(workspaceId)),
  images: () => unwrap(commands.workspaceImages()),
  signIn: (workspaceId: string, username: string, password: string) =>
    unwrap(commands.sessionSignIn(workspaceId, username, password)),
  submitCode: (workspaceId: string, code: string) => unwrap(commands.sessionSubmitCode(workspaceId, code)),
  resendEmailCode: (workspaceId: string) => unwrap(commands.sessionResendEmailCode(workspaceId)),
  cancelSignIn: (workspaceId: string) => commands.sessionCancelSignIn(workspaceId),
  signInWithToken: (workspaceId: string, userId: string, token: string) =>
    unwrap(commands.sessionSignInToken(workspaceId, userId, token)),
  reconnect: (workspaceId: string) => unwrap(commands.sessionReconnect(workspaceId)),
  signOut: (workspaceId: string) => unwrap(commands.sessionSignOut(workspaceId)),
  profileCached: (workspaceId: string) => unwrap(commands.profileCached(workspaceId)),
  profileRefresh: (workspaceId: string) => unwrap(commands.profileRefresh(workspaceId)),
  profileRules: (workspaceId: string) => unwrap(commands.profileRules(workspaceId)),
  profileSave: (workspaceId: string, changes: ProfileChanges, confirmation: Confirmation | null) =>
    unwrap(commands.profileSave(workspaceId, changes, confirmation)),
  profileResolve: (workspaceId: string, field: string, keepMine: boolean) =>
    unwrap(commands.profileResolve(workspaceId, field, keepMine)),
  signOutOtherSessions: (workspaceId: string) => unwrap(commands.profileSignOutOtherSessions(workspaceId)),
  avatarUpload: (workspaceId: string, fileName: string, dataBase64: string) =>
    unwrap(commands.profileAvatarUpload(workspaceId, fileName, dataBase64)),
  avatarFromUrl: (workspaceId: string, url: string) => unwrap(commands.profileAvatarFromUrl(workspaceId, url)),
  avatarReset: (workspaceId: string) => unwrap(commands.profileAvatarReset(workspaceId)),
  usernameCheck: (workspaceId: string, username: string) => unwrap(commands.profileUsernameCheck(workspaceId, username)),
  sendVerificationEmail: (workspaceId: string) => unwrap(commands.profileSendVerificationEmail(workspaceId)),
  deleteAccount: (workspaceId: string, password: string | null, confirmRelinquish: boolean) =>
    unwrap(commands.profileDeleteAccount(workspaceId, password, confirmRelinquish)),
  preferencesCached: (workspaceId: string) => unwrap(commands.preferencesCached(workspaceId)),
  preferencesRefresh: (workspaceId: string) => unwrap(commands.preferencesRefresh(workspaceId)),
  preferenceSet: (workspaceId: string, key: string, value: JsonValue) =>
    unwrap(commands.preferenceSet(workspaceId, key, value)),
  preferenceReset: (workspaceId: string, key: string) => unwrap(commands.preferenceReset(workspaceId, key)),
  preferenceResolve: (workspaceId: string, key: string, keepMine: boolean) =>
    unwrap(commands.preferenceResolve(workspaceId, key, keepMine)),
  dataDownload: (workspaceId: string, fullExport: boolean) =>
    unwrap(commands.preferencesDataDownload(workspaceId, fullExport)),
  notificationTest: (workspaceId: string | null, requireInteraction: boolean) =>
    unwrap(commands.notificationTest(workspaceId, requireInteraction)),
  /** Plays a sound at `volume` 0–100, or at the user's own volume of that workspace (null). */
  soundPlay: (workspaceId: string | null, soundId: string, volume: number | null = null) =>
    unwrap(commands.soundPlay(workspaceId, soundId, volume)),
  doNotDisturb: () => unwrap(commands.doNotDisturbGet()),
  setDoNotDisturb: (choice: QuietFor) => unwrap(commands.doNotDisturbSet(choice)),
  windowShowsWorkspace: (workspaceId: string | null) => commands.windowShowsWorkspace(workspaceId),
  /** A milestone for the benchmarks' launcher (written out only under `cargo xtask bench`). */
  mark: (name: string) => commands.uiMark(name),
  unreadSummary: () => unwrap(commands.unreadSummary()),
  accessTokens: (workspaceId: string) => unwrap(commands.accessTokens(workspaceId)),
  accessTokenCreate: (workspaceId: string, name: string, requireTwoFactor: boolean, confirmation: Confirmation | null) =>
    unwrap(commands.accessTokenCreate(workspaceId, name, requireTwoFactor, confirmation)),
  accessTokenRegenerate: (workspaceId: string, name: string, confirmation: Confirmation | null) =>
    unwrap(commands.accessTokenRegenerate(workspaceId, name, confirmation)),
  accessTokenDelete: (workspaceId: string, name: string, confirmation: Confirmation | null) =>
    unwrap(commands.accessTokenDelete(workspaceId, name, confirmation)),
  passwordPolicy: (workspaceId: string) => unwrap(commands.passwordPolicy(workspaceId)),
  passwordPolicyCheck: (policy: PasswordPolicy, password: string) => commands.passwordPolicyCheck(policy, password),
  securityOverview: (workspaceId: string) => unwrap(commands.securityOverview(workspaceId)),
  totpEnable: (workspaceId: string, confirmation: Confirmation | null) => unwrap(commands.totpEnable(workspaceId, confirmation)),
  totpConfirm: (workspaceId: string, code: string, confirmation: Confirmation | null) =>
    unwrap(commands.totpConfirm(workspaceId, code, confirmation)),
  totpDisable: (workspaceId: string, code: string) => unwrap(commands.totpDisable(workspaceId, code)),
  totpRegenerateCodes: (workspaceId: string, code: string) => unwrap(commands.totpRegenerateCodes(workspaceId, code)),
  backupCodesSave: (workspaceId: string, codes: string[]) => unwrap(commands.backupCodesSave(workspaceId, codes)),
  emailTwoFactorSet: (workspaceId: string, enabled: boolean, confirmation: Confirmation | null) =>
    unwrap(commands.emailTwoFactorSet(workspaceId, enabled, confirmation)),
  encryptionPasswordChange: (workspaceId: string, currentPassword: string, newPassword: string) =>
    unwrap(commands.encryptionPasswordChange(workspaceId, currentPassword, newPassword)),
  encryptionKeyReset: (workspaceId: string, confirmation: Confirmation | null) =>
    unwrap(commands.encryptionKeyReset(workspaceId, confirmation)),
  deviceSessions: (workspaceId: string) => unwrap(commands.deviceSessions(workspaceId)),
  deviceSessionSignOut: (workspaceId: string, sessionId: string) => unwrap(commands.deviceSessionSignOut(workspaceId, sessionId)),
};

/** Calls `handler` for every core event until the returned function is called. */
export async function onCoreEvent(handler: (event: CoreEvent) => void): Promise<() => void> {
  return events.tetherEvent.listen((e) => handler(e.payload));
}

/** Calls `handler` when the tray menu asks to show a workspace. */
export async function onOpenWorkspace(handler: (workspaceId: string) => void): Promise<() => void> {
  return events.openWorkspace.listen((e) => handler(e.payload.workspace_id));
}
