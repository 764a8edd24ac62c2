use super::*;

#[test]
fn the_closest_language_is_the_tag_then_its_language_else_none() {
    assert_eq!(closest("de"), Some("de"));
    assert_eq!(closest("de-AT"), Some("de"));
    assert_eq!(closest("pt_BR.UTF-8"), Some("pt-BR"));
    assert_eq!(closest("pt"), Some("pt-BR"));
    assert_eq!(closest("ar_EG.UTF-8@latin"), Some("ar"));
    assert_eq!(closest("C.UTF-8"), None);
    assert_eq!(closest("zh-TW"), None);
    assert_eq!(choose(["zh-TW", "", "fr-CA"]), "fr");
    assert_eq!(choose(["ko"]), "en");
}

#[test]
fn every_language_builds_and_counts_by_its_own_plural_rules() {
    for locale in LOCALES {
        let words = Words::for_locale(locale);
        assert_eq!(words.locale(), locale);
        assert_ne!(words.get("tray-nothing"), "tray-nothing", "{locale}");
    }
    let en = Words::english();
    let one = [("count", Arg::Count(1)), ("workspace", Arg::Text("Acme"))];
    let many = [("count", Arg::Count(3)), ("workspace", Arg::Text("Acme"))];
    assert_eq!(
        en.with("tray-mentions-in", &one),
        "1 unread mention in Acme"
    );
    assert_eq!(
        en.with("tray-mentions-in", &many),
        "3 unread mentions in Acme"
    );
    let de = Words::for_locale("de");
    assert_eq!(
        de.with("tray-mentions-in", &one),
        "1 ungelesene Erwähnung in Acme"
    );
    let ar = Words::for_locale("ar");
    let two = [("count", Arg::Count(2)), ("workspace", Arg::Text("Acme"))];
    assert_eq!(
        ar.with("tray-mentions-in", &two),
        "\u{2068}إشارتان غير مقروءتين\u{2069} في \u{2068}Acme\u{2069}",
        "Arabic's dual, and the Latin name isolated in the right-to-left line"
    );
    assert_eq!(en.get("no-such-message"), "no-such-message");
}

#[test]
fn the_system_language_is_read_as_gettext_reads_it() {
    let env = |vars: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        }
    };
    assert_eq!(locale_from(env(&[("LANG", "de_DE.UTF-8")])), "de");
    assert_eq!(
        locale_from(env(&[("LANG", "de_DE.UTF-8"), ("LC_ALL", "fr_FR.UTF-8")])),
        "fr"
    );
    assert_eq!(
        locale_from(env(&[("LANG", "de_DE.UTF-8"), ("LANGUAGE", "ja:de")])),
        "ja",
        "LANGUAGE's list comes first"
    );
    assert_eq!(
        locale_from(env(&[("LC_ALL", "C.UTF-8"), ("LANGUAGE", "ja")])),
        "en",
        "under the C locale gettext ignores LANGUAGE"
    );
    assert_eq!(locale_from(env(&[])), "en");
}
