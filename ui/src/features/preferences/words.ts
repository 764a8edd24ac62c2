// The preferences in the language shown. Core's catalogue names each preference and choice in
// English; the window words them by key (`pref-<key>`, `pref-<key>-help`, `pref-<key>-<value>`),
// falling back to core's words for what the catalogue does not know (a custom sound, a language
// name, which is always in its own language).
import type { ChoiceOption, JsonValue, PreferenceGroup, PreferenceItem } from "$lib/ipc";
import { t, tComputed } from "$lib/i18n/index.svelte";
import { wordsText } from "./values";

/** The message name of a choice's value: `%` is not allowed in a name. */
const valueName = (value: JsonValue) => String(value).replace(/%/g, "pct");

export const itemLabel = (item: PreferenceItem) => tComputed(`pref-${item.key}`) ?? item.label;
export const itemHelp = (item: PreferenceItem) => tComputed(`pref-${item.key}-help`) ?? item.help;

export function groupName(group: PreferenceGroup): string {
  return tComputed(`group-${group}`) ?? group;
}

/** A choice's label: the catalogue's choices and built-in sounds by value, others as core says. */
export function optionLabel(item: PreferenceItem, option: ChoiceOption): string {
  if (item.kind.type === "sound") return tComputed(`sound-${valueName(option.value)}`) ?? option.label;
  if (item.key === "language" && option.value === "") return t("pref-language-workspace");
  return tComputed(`pref-${item.key}-${valueName(option.value)}`) ?? option.label;
}

/** A value in words, as its field shows it: a choice's label, On/Off, words, a number. */
export function describe(item: PreferenceItem, value: JsonValue | null | undefined): string {
  if (value === null || value === undefined) return t("value-not-set");
  switch (item.kind.type) {
    case "toggle":
      return value === true ? t("value-on") : t("value-off");
    case "choice":
    case "sound": {
      const option = item.kind.options.find((o) => JSON.stringify(o.value) === JSON.stringify(value));
      return option ? optionLabel(item, option) : String(value);
    }
    case "words":
      return wordsText(value) || t("value-no-words");
    case "number":
      return typeof value === "number" ? t("value-number", { value, unit: item.kind.unit }) : String(value);
  }
}

/** A number field's unit, after the field. */
export function unitName(item: PreferenceItem): string {
  return item.kind.type === "number" ? t("value-unit", { unit: item.kind.unit }) : "";
}
