//! What the judged runs on Anki and the Firefox Profiler taught the checker (docs/checker.md,
//! "Measured on real projects"): each false alarm found there, in a few lines, stays quiet,
//! and the real problem beside it is still found.

mod common;

use common::{catalog, check_catalogs, check_one_file};
use ftpdocs::check::{Catalog, Check};

fn checks(en: &str, tag: &str, l10n: &str) -> Vec<Check> {
    check_one_file(en, tag, l10n)
        .into_iter()
        .map(|f| f.check)
        .filter(|c| !matches!(c, Check::MissingMessage | Check::ObsoleteMessage))
        .collect()
}

#[test]
fn messages_the_project_retired_get_no_findings_about_their_text() {
    let en = "ready = Ready\n\n## NO NEED TO TRANSLATE. This text is no longer used by Anki, and will be removed in the future.\n\nplotted = (Plotted on the X-axis)\n";
    let ja = "ready = 準備完了\nplotted = NO NEED TO TRANSLATE. This text is no longer used by Anki, and will be removed in the future.\n";
    assert_eq!(checks(en, "ja", ja), []);
    // Outside that group, the same English is English.
    let ja = "ready = NO NEED TO TRANSLATE. This text is no longer used by Anki, and will be removed in the future.\nplotted = 準備完了\n";
    assert_eq!(checks(en, "ja", ja), [Check::MixedLanguage]);
    // "Do not translate “X”" is about one word, not the message.
    let en = "# Do not translate \"Anki\".\nready = Anki keeps your cards safe on this device.\n";
    let fr = "ready = Anki keeps your cards safe on this device.\n";
    assert_eq!(checks(en, "fr", fr), [Check::Untranslated]);
}

#[test]
fn a_message_of_the_project_reused_in_a_translation_is_no_stray_reference() {
    let en = "schemes = URL Schemes\nprompt = Allowed URL Schemes (space-separated):\n";
    let de =
        "schemes = URL-Schemata\nprompt = Erlaubte { schemes } (durch Leerzeichen getrennt):\n";
    assert_eq!(checks(en, "de", de), []);
    let de =
        "schemes = URL-Schemata\nprompt = Erlaubte { nowhere } (durch Leerzeichen getrennt):\n";
    let found = check_one_file(en, "de", de);
    assert!(
        found
            .iter()
            .any(|f| f.check == Check::References && f.message.contains("nowhere")),
        "{found:?}"
    );
}

#[test]
fn plural_variants_showing_their_count_and_dead_copies_of_the_default_are_fine() {
    let en = "found = { $count ->\n    [one] Only { $count } review was found.\n   *[other] Only { $count } reviews were found.\n} You need at least 400 reviews.\n";
    // "400" is another quantity; the variant shows its own count.
    let ar = "found = { $count ->\n    [zero] لا مراجعات.\n    [one] مراجعة واحدة فقط.\n    [two] مراجعتان فقط.\n    [few] { $count } مراجعات فقط.\n    [many] { $count } مراجعة فقط.\n   *[other] توجد { $count } مراجعة فقط. يجب أن يكون هناك 400 مراجعة على الأقل.\n}\n";
    assert_eq!(checks(en, "ar", ar), []);
    // A Japanese `[one]` that says what `[other]` says is dead but harmless; with words of its
    // own, those words are lost.
    let en = "groups = { $count ->\n    [one] { $count } group\n   *[other] { $count } groups\n}\n";
    let ja =
        "groups = { $count ->\n    [one] { $count } グループ\n   *[other] { $count } グループ\n}\n";
    assert_eq!(checks(en, "ja", ja), []);
    let ja = "groups = { $count ->\n    [one] 1つのグループ\n   *[other] { $count } グループ\n}\n";
    assert_eq!(checks(en, "ja", ja), [Check::Plural]);
    // French `[one] 1 fichier` is shown for 0 too.
    let fr = "groups = { $count ->\n    [one] 1 groupe\n   *[other] { $count } groupes\n}\n";
    assert_eq!(checks(en, "fr", fr), [Check::Plural]);
}

#[test]
fn turkish_not_is_a_note_and_a_product_name_is_no_english_sentence() {
    let en = "title = Browse ({ $selected } of { $total } notes selected)\nfsrs = Free Spaced Repetition Scheduler (FSRS) is an alternative to the legacy SuperMemo 2 (SM-2) scheduler.\n";
    let tr = "title = Göz At ({ $total } not içinden { $selected } not seçilmiş)\nfsrs = Free Spaced Repetition Scheduler (FSRS), Anki'nin eski SuperMemo 2 (SM-2) zamanlayıcısına bir alternatiftir.\n";
    assert_eq!(checks(en, "tr", tr), []);
    let fi = "title = Selaa ({ $selected }/{ $total } muistiinpanoa valittu)\nfsrs = Free Spaced Repetition Scheduler (FSRS) on vaihtoehto Ankin vanhalle SuperMemo 2 (SM2) -aikataulutusohjelmalle.\n";
    assert_eq!(checks(en, "fi", fi), []);
}

#[test]
fn markup_the_project_uses_in_another_file_is_markup_a_translator_may_use() {
    // Anki: the English of browsing.ftl has `<b>`, that of deck-config.ftl none.
    let en = catalog(
        "en",
        &[
            ("browsing.ftl", "find = <b>Find</b>:\n"),
            ("deck-config.ftl", "tag-only = Tag only: `tag`\n"),
        ],
    );
    let ar = |tag_only: &str| {
        catalog(
            "ar",
            &[
                ("browsing.ftl", "find = <b>بحث</b>:\n"),
                ("deck-config.ftl", tag_only),
            ],
        )
    };
    let markup = |l10n: &Catalog| {
        check_catalogs(&en, l10n)
            .into_iter()
            .filter(|f| f.check == Check::Markup)
            .count()
    };
    assert_eq!(markup(&ar("tag-only = <b>الوسم فقط</b>\n")), 0);
    // A tag that runs something is still reported.
    assert_eq!(markup(&ar("tag-only = <script>x()</script>\n")), 1);
}
