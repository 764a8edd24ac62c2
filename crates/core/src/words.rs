//! Tether's own words outside the window (the tray's lines and menu, its own notifications,
//! the command line) in the user's language: the Fluent files `i18n/<locale>/desktop.ftl` and
//! `cli.ftl`, in the format and languages of the window's messages (`i18n/<locale>/ui*.ftl`),
//! checked by the same catalogue test (`ui/src/lib/i18n/catalogue.test.ts`). Every language is
//! built into the binary; only the one shown is parsed.

use std::sync::Arc;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// Every language, English first (the window offers the same, `ui/src/lib/i18n/locales.ts`).
pub const LOCALES: [&str; 7] = ["en", "de", "fr", "es", "pt-BR", "ja", "ar"];

const SOURCES: [&str; 7] = [
    include_str!("../../../i18n/en/desktop.ftl"),
    include_str!("../../../i18n/de/desktop.ftl"),
    include_str!("../../../i18n/fr/desktop.ftl"),
    include_str!("../../../i18n/es/desktop.ftl"),
    include_str!("../../../i18n/pt-BR/desktop.ftl"),
    include_str!("../../../i18n/ja/desktop.ftl"),
    include_str!("../../../i18n/ar/desktop.ftl"),
];

/// The command line's words and the errors' messages by code, for [`Words::for_command_line`]:
/// the app itself never parses them.
const COMMAND_LINE_SOURCES: [[&str; 2]; 7] = [
    [include_str!("../../../i18n/en/cli.ftl"), ""],
    [
        include_str!("../../../i18n/de/cli.ftl"),
        include_str!("../../../i18n/de/errors.ftl"),
    ],
    [
        include_str!("../../../i18n/fr/cli.ftl"),
        include_str!("../../../i18n/fr/errors.ftl"),
    ],
    [
        include_str!("../../../i18n/es/cli.ftl"),
        include_str!("../../../i18n/es/errors.ftl"),
    ],
    [
        include_str!("../../../i18n/pt-BR/cli.ftl"),
        include_str!("../../../i18n/pt-BR/errors.ftl"),
    ],
    [
        include_str!("../../../i18n/ja/cli.ftl"),
        include_str!("../../../i18n/ja/errors.ftl"),
    ],
    [
        include_str!("../../../i18n/ar/cli.ftl"),
        include_str!("../../../i18n/ar/errors.ftl"),
    ],
];

/// The language Tether speaks closest to `wanted` (a BCP 47 tag such as `de-AT`, or a POSIX
/// locale such as `pt_BR.UTF-8`): the tag itself, else its language (`de-AT` is German, `pt`
/// Brazilian Portuguese); `None` when Tether does not speak it.
pub fn closest(wanted: &str) -> Option<&'static str> {
    let tag = wanted
        .split(['.', '@'])
        .next()
        .unwrap_or_default()
        .replace('_', "-");
    if tag.is_empty() || tag == "C" || tag == "POSIX" {
        return None;
    }
    let language = tag.split('-').next().unwrap_or_default();
    LOCALES
        .iter()
        .find(|l| l.eq_ignore_ascii_case(&tag))
        .or_else(|| {
            LOCALES.iter().find(|l| {
                l.split('-')
                    .next()
                    .is_some_and(|base| base.eq_ignore_ascii_case(language))
            })
        })
        .copied()
}

/// The first of `wanted` Tether speaks, else English.
pub fn choose<'a>(wanted: impl IntoIterator<Item = &'a str>) -> &'static str {
    wanted.into_iter().find_map(closest).unwrap_or("en")
}

/// The system's language for the command line and until the window says which one it shows,
/// as gettext reads it: `LANGUAGE`'s list first unless the locale is `C`/`POSIX`, then the
/// locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
pub fn system_locale() -> &'static str {
    locale_from(|name| std::env::var(name).ok())
}

/// [`system_locale`] from the variables `var` gives.
fn locale_from(var: impl Fn(&str) -> Option<String>) -> &'static str {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|v| var(v))
        .find(|v| !v.is_empty())
        .unwrap_or_default();
    let plain_c = closest(&locale).is_none() && {
        let base = locale.split(['.', '@']).next().unwrap_or_default();
        base.is_empty() || base == "C" || base == "POSIX"
    };
    let listed = if plain_c {
        String::new()
    } else {
        var("LANGUAGE").unwrap_or_default()
    };
    choose(
        listed
            .split(':')
            .filter(|l| !l.is_empty())
            .chain(std::iter::once(locale.as_str())),
    )
}

/// One language's words.
pub struct Words {
    locale: &'static str,
    bundle: FluentBundle<FluentResource>,
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words")
            .field("locale", &self.locale)
            .finish()
    }
}

impl Words {
    /// The words of the language closest to `wanted` (English when none is).
    pub fn for_locale(wanted: &str) -> Arc<Words> {
        Words::parse(wanted, |index| vec![SOURCES[index]])
    }

    /// The words of the command line in the language closest to `wanted`: the desktop's, the
    /// command line's own, and (but in English, which shows core's own precise words) each
    /// error code's message.
    pub fn for_command_line(wanted: &str) -> Arc<Words> {
        Words::parse(wanted, |index| {
            let [cli, errors] = COMMAND_LINE_SOURCES[index];
            vec![SOURCES[index], cli, errors]
        })
    }

    /// One bundle of the files `sources` picks for the language's index in [`LOCALES`].
    fn parse(wanted: &str, sources: impl Fn(usize) -> Vec<&'static str>) -> Arc<Words> {
        let locale = closest(wanted).unwrap_or("en");
        let index = LOCALES.iter().position(|l| *l == locale).unwrap_or(0);
        let language: unic_langid::LanguageIdentifier = locale.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![language]);
        // The catalogue test parses every file: a syntax error fails the tests, not the app.
        for source in sources(index) {
            let resource =
                FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
            let _ = bundle.add_resource(resource);
        }
        Arc::new(Words { locale, bundle })
    }

    /// What an error says on the command line: core's own words in English, else the message
    /// of its stable code (`error-<code>`, the window's `errors.ftl`), never by its English text.
    pub fn error(&self, code: &str, english: &str) -> String {
        let id = format!("error-{code}");
        if self.locale == "en" || self.bundle.get_message(&id).is_none() {
            english.to_owned()
        } else {
            self.get(&id)
        }
    }

    /// English: the default, and what tests read.
    pub fn english() -> Arc<Words> {
        Words::for_locale("en")
    }

    /// The language of these words.
    pub fn locale(&self) -> &'static str {
        self.locale
    }

    /// A message without arguments.
    pub fn get(&self, id: &str) -> String {
        self.with(id, &[])
    }

    /// A message with its arguments (numbers pick the plural, strings are inserted).
    pub fn with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_owned();
        };
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            let value = match value {
                Arg::Text(text) => FluentValue::from(*text),
                Arg::Count(n) => FluentValue::from(*n),
            };
            fluent.set(*name, value);
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fluent), &mut errors);
        // Each inserted value is wrapped in Unicode isolation marks (U+2068 … U+2069) so that a
        // left-to-right name keeps its place in right-to-left words and the reverse. Menus and
        // tooltips draw them as nothing; a terminal may not: they stay only where the text is
        // right-to-left.
        if self.locale == "ar" {
            text.into_owned()
        } else {
            text.replace(['\u{2068}', '\u{2069}'], "")
        }
    }
}

/// A message's argument.
#[derive(Debug, Clone, Copy)]
pub enum Arg<'a> {
    /// Inserted as it is (a workspace's name, a time).
    Text(&'a str),
    /// A number: it picks the plural form.
    Count(u32),
}

#[cfg(test)]
mod tests;
