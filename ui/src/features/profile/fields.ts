// The profile's fields and statuses in the language shown, for the sentences that name them.
import { locale, t } from "$lib/i18n/index.svelte";
import type { NotKept, PasswordRule } from "$lib/ipc";

/** A profile field's name (`name | username | nickname | bio | status | status_text | email`). */
export function fieldName(field: string): string {
  switch (field) {
    case "name":
      return t("field-name");
    case "username":
      return t("field-username");
    case "nickname":
      return t("field-nickname");
    case "bio":
      return t("field-bio");
    case "status":
      return t("field-status");
    case "status_text":
      return t("field-status-text");
    case "email":
      return t("field-email");
    default:
      return field;
  }
}

/** A chosen status (`online | away | busy | offline`); an unknown one as the server wrote it. */
export function statusName(status: string): string {
  switch (status) {
    case "online":
      return t("status-online");
    case "away":
      return t("status-away");
    case "busy":
      return t("status-busy");
    case "offline":
      return t("status-offline");
    default:
      return status;
  }
}

/** "a, b and c" in the language shown. */
export function listOf(items: string[]): string {
  return new Intl.ListFormat(locale(), { type: "conjunction" }).format(items);
}

/** What the server kept of a field instead of what was sent, from the save's answer. */
export function notKeptText(field: NotKept): string {
  const kept = field.kept === "" ? t("not-kept-empty") : t("not-kept-as", { value: field.kept });
  const args = { field: t("not-kept-field", { field: field.field }), kept };
  // `saveUserProfile` saves a nickname, name or status only when it is not empty.
  return field.wanted === "" ? t("not-kept-cleared", args) : t("not-kept-other", { ...args, wanted: field.wanted });
}

/** A password rule in words. */
export function ruleText(rule: PasswordRule): string {
  switch (rule.kind) {
    case "min_length":
      return t("rule-min-length", { count: rule.min });
    case "max_length":
      return t("rule-max-length", { count: rule.max });
    case "no_repeating":
      return t("rule-no-repeating", { count: rule.max_run });
    case "lowercase":
      return t("rule-lowercase");
    case "uppercase":
      return t("rule-uppercase");
    case "number":
      return t("rule-number");
    case "special":
      return t("rule-special");
  }
}
