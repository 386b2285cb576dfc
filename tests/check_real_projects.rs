//! What the judged runs on seven public Fluent projects taught the checker (docs/checker.md,
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
    // A Japanese `[one]` that says what `[other]` says is dead but harmless. So is one with
    // words of its own when the default shows the count: Japanese "1 グループ" reads right.
    let en = "groups = { $count ->\n    [one] { $count } group\n   *[other] { $count } groups\n}\n";
    let ja =
        "groups = { $count ->\n    [one] { $count } グループ\n   *[other] { $count } グループ\n}\n";
    assert_eq!(checks(en, "ja", ja), []);
    let ja = "groups = { $count ->\n    [one] 1つのグループ\n   *[other] { $count } グループ\n}\n";
    assert_eq!(checks(en, "ja", ja), []);
    // A default without the count says "these groups" to one: the `[one]` text is lost.
    let ja = "groups = { $count ->\n    [one] このグループ\n   *[other] これらのグループ\n}\n";
    assert_eq!(checks(en, "ja", ja), [Check::Plural]);
    // French `[one] 1 fichier` is shown for 0 too.
    let fr = "groups = { $count ->\n    [one] 1 groupe\n   *[other] { $count } groupes\n}\n";
    assert_eq!(checks(en, "fr", fr), [Check::Plural]);
}

#[test]
fn a_ukrainian_default_other_with_a_form_of_its_own_is_the_many_variant() {
    let en = "notes = { $count ->\n    [one] { $count } note\n   *[other] { $count } notes\n}\n";
    // `other` holds only fractions in Ukrainian: for 0, 5…20 the default is chosen, and its
    // text is the genitive plural those counts need.
    let uk = "notes = { $count ->\n    [one] { $count } нотатка\n    [few] { $count } нотатки\n   *[other] { $count } нотаток\n}\n";
    assert_eq!(checks(en, "uk", uk), []);
    // The default repeats `[few]`, as the genitive does ("з 3 карток", "з 5 карток"): the
    // translator chose forms. One form for every count is no choice.
    let uk = "notes = { $count ->\n    [one] з { $count } картки\n    [few] з { $count } карток\n   *[other] з { $count } карток\n}\n";
    assert_eq!(checks(en, "uk", uk), []);
    let uk = "notes = { $count ->\n    [one] { $count } медіафайли\n    [few] { $count } медіафайли\n   *[other] { $count } медіафайли\n}\n";
    assert_eq!(checks(en, "uk", uk), [Check::Plural]);
    // Two categories missing: the default can stand in for one of them only.
    let uk =
        "notes = { $count ->\n    [one] { $count } нотатка\n   *[other] { $count } нотаток\n}\n";
    assert_eq!(checks(en, "uk", uk), [Check::Plural]);
    // "элем." cuts "элемент": the same after 2, 5 or 21 (cosmic-files' Russian). A noun that
    // ends the sentence is no cut.
    let en = "deleting = Deleting { $items } { $items ->\n    [one] item\n   *[other] items\n} from the trash\n";
    let ru = "deleting = Удаление { $items } { $items ->\n    [one] элемента\n   *[other] элем.\n} из корзины\n";
    assert_eq!(checks(en, "ru", ru), []);
    let ru = "deleting = Удаление из корзины: { $items } { $items ->\n    [one] элемент.\n   *[other] элементов.\n}\n";
    assert_eq!(checks(en, "ru", ru), [Check::Plural]);
    // In Slovenian `other` is also 5, 6…: a default `[other]` cannot stand in for `[few]`.
    let sl = "notes = { $count ->\n    [one] { $count } opomba\n    [two] { $count } opombi\n   *[other] { $count } opomb\n}\n";
    assert_eq!(checks(en, "sl", sl), [Check::Plural]);
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

#[test]
fn english_left_in_a_translation_keeps_its_quotes_and_japanese_may_write_half_width_colons() {
    let en = "notice = Notice a change? We’re now calling aliases “masks” to make things clear.\n";
    // Firefox Relay's Russian: the English is the problem, not its quotation marks.
    let ru = en;
    assert_eq!(checks(en, "ru", ru), [Check::Untranslated]);
    let ru = "notice = Заметили? Теперь мы называем псевдонимы “масками”, так понятнее.\n";
    assert_eq!(checks(en, "ru", ru), [Check::Quotes]);
    // Mozilla's Japanese style guide writes colons and parentheses half-width.
    let en = "label = Forwarding (including attachments) to: { $address }\n";
    let ja = "label = 転送 (添付ファイルを含む) の宛先: { $address }\n";
    assert_eq!(checks(en, "ja", ja), []);
    let ja = "label = 転送,添付ファイルを含む宛先: { $address }\n";
    assert_eq!(checks(en, "ja", ja), [Check::Punctuation]);
}

#[test]
fn a_fragment_of_a_sentence_built_from_several_messages_may_be_empty() {
    let en = "# verb, not noun. As in \"Select {amount} cards from the deck\"\nselect = Select\n# As in \"select {amount} cards from the deck\"\ncards = cards from the deck\n";
    // Hungarian puts the verb after the deck: "kártya kiválasztása a pakliból".
    let hu = "select = { \"\" }\ncards = kártya kiválasztása a pakliból\n";
    assert_eq!(checks(en, "hu", hu), []);
    // A whole message left empty is still found.
    let en = "select = Select the cards to study.\n";
    let hu = "select = { \"\" }\n";
    assert_eq!(checks(en, "hu", hu), [Check::EmptyValue]);
}

#[test]
fn firefox_relay_deprecated_messages_kept_english_and_copied_slips() {
    // A dangling reference the English has too is reported once, on the English.
    let en = "label = { gone-label }\nother = Forwarding all emails\n";
    let de = "label = { gone-label }\nother = Alle E-Mails werden weitergeleitet\n";
    assert_eq!(checks(en, "de", de), []);
    let settings = ftpdocs::check::Settings::default();
    let reference = catalog("en", &[("app.ftl", en)]);
    let on_english = ftpdocs::check::check_reference(&ftpdocs::check::CheckContext {
        reference: &reference,
        settings: &settings,
    });
    assert_eq!(
        on_english.iter().map(|f| f.check).collect::<Vec<_>>(),
        [Check::References]
    );
    // A translation's own dangling reference is still its own.
    let de = "label = { gone-label }\nother = { weg }\n";
    assert!(check_one_file(en, "de", de)
        .iter()
        .any(|f| f.check == Check::References && f.locale == "de"));
    // `# Deprecated` retires a message; "please keep the English version" allows the English.
    let en = "# Deprecated\nold = Block all promotional emails from now on\n# Note: if your locale did not make this change, please keep the English version.\nnotice = Notice a change? We’re now calling aliases “masks” to make things clear.\n";
    let cy = "old = Block all promotional emails from now on\nnotice = Notice a change? We’re now calling aliases “masks” to make things clear.\n";
    assert_eq!(checks(en, "cy", cy), []);
    // Dutch doubles the particle of a separable verb before the preposition, and "en/of of".
    let en = "enable = Turn this on in Settings, and check whether they stay.\n";
    let nl = "enable = Schakel dit in in Instellingen, en/of of ze blijven.\n";
    assert_eq!(checks(en, "nl", nl), []);
    let nl = "enable = Schakel dit in Instellingen Instellingen, en controleer of ze blijven.\n";
    assert_eq!(checks(en, "nl", nl), [Check::RepeatedWord]);
}

#[test]
fn mozilla_monitor_line_ends_formatted_counts_and_welsh_the_same_one() {
    // Two spaces before a line break of a multiline pattern are seen by no one.
    let en = "tip =\n    Check your card statement.\n    Ask for a new card if you find one.\n";
    let cs = "tip =\n    Podívejte se na výpis z karty.  \n    Požádejte o novou kartu, pokud nějakou najdete.\n";
    assert_eq!(checks(en, "cs", cs), []);
    let cs = "tip =\n    Podívejte se na  výpis z karty.\n    Požádejte o novou kartu, pokud nějakou najdete.\n";
    assert_eq!(checks(en, "cs", cs), [Check::Typography]);
    // A count shown through NUMBER() is shown: "00 萬" turns millions into units of 10,000.
    let en = "users = { $num ->\n   *[other] Trusted by { NUMBER($num) } million users\n}\n";
    let zh = "users = { $num ->\n   *[other] 受全球 { NUMBER($num, maximumFractionDigits: 0) }00 萬使用者信任\n}\n";
    assert_eq!(checks(en, "zh-TW", zh), []);
    // "yr un un" is "the same one" in Welsh.
    let en = "same = It is the same one as before.\n";
    let cy = "same = Dyma'r yr un un ag o'r blaen.\n";
    assert_eq!(checks(en, "cy", cy), []);
}

#[test]
fn cosmic_files_and_ruffle_separators_code_in_quotes_and_declined_references() {
    // A desktop entry's keyword list and a table header the program splits keep ASCII marks.
    let en = "keywords = Folder;Manager;\nschemes = Available protocols,Prefix\n";
    let zh = "keywords = 文件夹;管理器;\nschemes = 可用协议,前缀\n";
    assert_eq!(checks(en, "zh-CN", zh), []);
    let en = "tip = Example: a folder name\n";
    let zh = "tip = 示例:文件夹名称\n";
    assert_eq!(checks(en, "zh-CN", zh), [Check::Punctuation]);
    // Straight quotes around one token of code are the code's; around prose, not.
    let en = "wasm = Ruffle failed to load the “.wasm” file component. Check “publicPath”.\n";
    let de = "wasm = Ruffle konnte die erforderliche \".wasm\"-Datei nicht laden. Prüfe \"publicPath\".\n";
    assert_eq!(checks(en, "de", de), []);
    let de = "wasm = Ruffle konnte die \"erforderliche Datei\" nicht laden.\n";
    assert_eq!(checks(en, "de", de), [Check::Quotes, Check::Quotes]);
    // `{ trash }` written out in the case the sentence needs: only when asked for. A brand
    // term written out as its value reads the same (Everglot's translations); one dropped is
    // still `references`.
    let en = "trash = Trash\nrestore = Restore from { trash }\nabout = About { -brand }\n-brand = Files\n";
    let cs =
        "trash = Koš\nrestore = Obnovit z koše\nabout = O aplikaci Soubory\n-brand = Soubory\n";
    assert_eq!(checks(en, "cs", cs), []);
    let cs = "trash = Koš\nrestore = Obnovit z koše\nabout = O aplikaci\n-brand = Soubory\n";
    assert_eq!(checks(en, "cs", cs), [Check::References]);
}

#[test]
fn uutils_help_text_indents_and_aligns_with_spaces() {
    // A program's help text: indented lines, and columns the English aligns with spaces.
    let en = "help =\n    Exit status:\n      124  if COMMAND times out\n      125  if timeout itself fails\n";
    let pt = "help =\n    Estado de saída:\n      124  se o COMANDO exceder o tempo\n      125  se o próprio timeout falhar\n";
    assert_eq!(checks(en, "pt", pt), []);
    // Without columns in the English, two spaces between words are a slip.
    let en = "help =\n    Exit status:\n      if COMMAND times out, 124\n";
    let pt = "help =\n    Estado de saída:\n      se o COMANDO  exceder o tempo, 124\n";
    assert_eq!(checks(en, "pt", pt), [Check::Typography]);
    // GNU's two spaces after a stop, kept after the translation's own.
    let en = "backup = backing up { $dest } might destroy source;  { $source } not copied\n";
    let pt = "backup = a cópia de { $dest } pode destruir a origem;  { $source } não copiado\n";
    assert_eq!(checks(en, "pt", pt), []);
}

#[test]
fn uutils_usage_lines_keep_their_operators_escapes_and_unknown_digits() {
    let en = "expr = STRING : REGEXP anchored pattern match of REGEXP in STRING\n";
    let es = "expr = CADENA : REGEXP coincidencia anclada de REGEXP en CADENA\n";
    assert_eq!(checks(en, "es-ES", es), []);
    let en = "env = Pass -S\\\" \\\" to split one argument.\n";
    let pl = "env = Podaj -S\\\" \\\" aby podzielić jeden argument.\n";
    assert_eq!(checks(en, "pl", pl), []);
    let en = "uptime = up ???? days ??:??\n";
    let es = "uptime = activo ???? días ??:??\n";
    assert_eq!(checks(en, "es-ES", es), []);
    // Prose keeps its rules.
    let en = "note = Note: the value is kept.\n";
    let es = "note = Nota : el valor se conserva.\n";
    assert_eq!(checks(en, "es-ES", es), [Check::Spacing]);
}

#[test]
fn a_count_in_an_oblique_case_needs_no_few_or_many_variant() {
    let en = "deleting = Deleting { $items } { $items ->\n    [one] item\n   *[other] items\n}\n";
    // Czech after a verbal noun: "Mazání 3 položek" like "Mazání 5 položek".
    let cs =
        "deleting = Mazání { $items } { $items ->\n    [one] položky\n   *[other] položek\n}\n";
    assert_eq!(checks(en, "cs", cs), []);
    // In the nominative, 2–4 need their own form: "Smazány 3 položky".
    let cs =
        "deleting = Smazáno { $items } { $items ->\n    [one] položka\n   *[other] položek\n}\n";
    assert_eq!(checks(en, "cs", cs), [Check::Plural]);
    // Serbian keeps the paucal after any word: "Враћање 2 ставке".
    let sr = "deleting = Враћање { $items } { $items ->\n    [one] ставке\n   *[other] ставки\n}\n";
    assert_eq!(checks(en, "sr", sr), [Check::Plural]);
    // Ukrainian "для" takes the genitive; "в" the locative here ("нотатках"), the accusative
    // in "в 3 рази".
    let en = "fixed = { $count ->\n    [one] Fixed { $count } note.\n   *[other] Fixed { $count } notes.\n}\n";
    let uk = "fixed = { $count ->\n    [one] Змінено для { $count } нової картки.\n   *[other] Змінено для { $count } нових карток.\n}\n";
    assert_eq!(checks(en, "uk", uk), []);
    let uk = "fixed = { $count ->\n    [one] Виправлено в { $count } нотатці.\n   *[other] Виправлено в { $count } нотатках.\n}\n";
    assert_eq!(checks(en, "uk", uk), []);
    let uk = "fixed = { $count ->\n    [one] Швидше в { $count } раз.\n   *[other] Швидше в { $count } рази.\n}\n";
    assert_eq!(checks(en, "uk", uk), [Check::Plural]);
    // Slovenian's dual shares the plural's locative, through a nested select: "v 2 sekundah".
    let en = "due = Ready in { $unit ->\n    [seconds] { $n ->\n        [one] { $n } second\n       *[other] { $n } seconds\n    }\n   *[minutes] { $n } minutes\n}\n";
    let sl = "due = Pripravljena v { $unit ->\n    [seconds] { $n ->\n        [one] { $n } sekundi\n       *[other] { $n } sekundah\n    }\n   *[minutes] { $n } minutah\n}\n";
    assert_eq!(checks(en, "sl", sl), []);
}

#[test]
fn a_select_the_english_makes_on_strings_is_no_plural_select() {
    // cosmic-settings passes the string "zero" when no shortcut is set.
    let en = "controls = Or use { $zoom_in ->\n    [zero] {\"\"}\n   *[other] {$zoom_in} to zoom in,\n} Super + scroll\n";
    let de = "controls = Oder { $zoom_in ->\n    [zero] {\"\"}\n   *[other] {$zoom_in} zum Vergrößern,\n} Super + Scrollen\n";
    assert_eq!(checks(en, "de", de), []);
    // A count the English selects on as a number keeps its findings.
    let en = "files = { $n ->\n    [one] { $n } file\n   *[other] { $n } files\n}\n";
    let de = "files = { $n ->\n    [zero] Keine Datei\n   *[other] Dateien\n}\n";
    let found = checks(en, "de", de);
    assert!(
        found.iter().all(|c| *c == Check::Plural) && found.len() == 2,
        "{found:?}"
    );
    // A dead `[zero]` where 0 reaches a variant that shows the count reads "0 Dateien": only
    // the missing `one` is reported.
    let de = "files = { $n ->\n    [zero] Keine Datei\n   *[other] { $n } Dateien\n}\n";
    assert_eq!(checks(en, "de", de), [Check::Plural]);
}

#[test]
fn words_the_locale_writes_in_its_own_translations_are_cognates() {
    let en = "extra = mv: extra operand { $operand }\nmissing = missing operand\nhint = an extra argument was given\nother = too many operands here\nfont = Override the font size:\n";
    // Swedish uses "extra" and "operand" in its own sentences: "extra operand" is Swedish.
    let sv = "extra = mv: extra operand { $operand }\nmissing = operand saknas\nhint = ett extra argument angavs\nother = för många operand och extra värden\nfont = Override the font size:\n";
    let found = check_one_file(en, "sv", sv);
    let untranslated: Vec<_> = found
        .iter()
        .filter(|f| f.check == Check::Untranslated)
        .map(|f| f.message_id.clone().unwrap_or_default())
        .collect();
    // "Override", "font" and "size" are in no Swedish sentence: that one is still English.
    assert_eq!(untranslated, ["font"]);
    // French writes neither word: the same kept text is untranslated.
    let fr = "extra = mv: extra operand { $operand }\nmissing = opérande manquant\nhint = un argument en trop\nother = trop d’opérandes\nfont = Police imposée :\n";
    let found = check_one_file(en, "fr", fr);
    assert!(
        found.iter().any(|f| f.check == Check::Untranslated),
        "{found:?}"
    );
}

#[test]
fn uutils_value_names_in_quotes_and_lists_with_asides_are_code() {
    let en = "style = Append indicator with style WORD to entry names:\n    none (default), slash (-p), file-type (--file-type), classify (-F)\n";
    let pl = "style = Dodaje wskaźnik ze stylem SŁÓWA do nazw wpisów:\n    none (domyślnie), slash (-p), file-type (--file-type), classify (-F)\n";
    assert_eq!(checks(en, "pl", pl), []);
    let en = "group = invalid argument 'badoption' for '--group'\n    Valid arguments are:\n      - 'prepend'\n      - 'append'\n      - 'separate'\n      - 'both'\n";
    let eo = "group = nevalida argumento «badoption» por «--group»\n    Jen la validaj argumentoj:\n      - «prepend»\n      - «append»\n      - «separate»\n      - «both»\n";
    assert_eq!(checks(en, "eo", eo), []);
    // Four Esperanto words that trigrams take for English, with no English function word.
    let en = "stdin = failed to access standard input: { $error }\n";
    let eo = "stdin = malsukcesis atingi norman enfluon: { $error }\n";
    assert_eq!(checks(en, "eo", eo), []);
    // stty prints its settings by name.
    let en = "min-time = min = { $min }; time = { $time };\n";
    assert_eq!(
        checks(en, "ja", "min-time = min = { $min }; time = { $time };\n"),
        []
    );
}

#[test]
fn an_abbreviation_ends_no_sentence_and_a_cut_preview_may_lose_its_last_brand() {
    let en =
        "types = major device type, for special files\n    minor device type, for special files\n";
    let pl = "types = główny typ urz. w formacie, dla plików spec. urz. znak.\n    poboczny typ urz. w formacie, dla plików spec. urzą. znak.\n";
    assert_eq!(checks(en, "pl", pl), []);
    let en = "-relay = Relay\nsnippet = Save on masks, and { -relay }‘s unlimited email…\n";
    let fr = "-relay = Relay\nsnippet = Économisez sur un nombre illimité d’alias de messagerie…\n";
    assert_eq!(checks(en, "fr", fr), []);
    // Without the cut, the brand is lost.
    let en = "-relay = Relay\nsnippet = Save on masks, and { -relay }‘s unlimited email.\n";
    let fr = "-relay = Relay\nsnippet = Économisez sur un nombre illimité d’alias de messagerie.\n";
    assert_eq!(checks(en, "fr", fr), [Check::References]);
}

#[test]
fn numeric_keys_take_their_numbers_and_copied_literals_are_opt_in() {
    // cosmic-applets: `[0]` catches 0 before French `[one]`, and Polish `[1]` is all of `one`.
    let en =
        "ago = { $n ->\n    [0] Just now\n    [one] 1 hour ago\n   *[other] { $n } hours ago\n}\n";
    let fr = "ago = { $n ->\n    [0] À l’instant\n    [one] Il y a 1 heure\n   *[other] Il y a { $n } heures\n}\n";
    assert_eq!(checks(en, "fr", fr), []);
    let en = "shown = { $n ->\n    [one] { $n } display\n   *[other] { $n } displays\n}\n";
    let pl = "shown = { $n ->\n    [1] { $n } wyświetlacz\n    [few] { $n } wyświetlacze\n   *[other] { $n } wyświetlaczy\n}\n";
    assert_eq!(checks(en, "pl", pl), []);
    // Firefox Send's English writes "1" itself: the Serbian that follows it is
    // `copied-literal`, off by default. Where the English shows the count, it is `plural`.
    let en = "hours = { $num ->\n    [one] 1 hour\n   *[other] { $num } hours\n}\n";
    let sr = "hours = { $num ->\n    [one] 1 сат\n    [few] { $num } сата\n   *[other] { $num } сати\n}\n";
    assert_eq!(checks(en, "sr", sr), []);
    let en = "hours = { $num ->\n    [one] { $num } hour\n   *[other] { $num } hours\n}\n";
    assert_eq!(checks(en, "sr", sr), [Check::Plural]);
    let reference = catalog(
        "en",
        &[(
            "app.ftl",
            "hours = { $num ->\n    [one] 1 hour\n   *[other] { $num } hours\n}\n",
        )],
    );
    let serbian = catalog("sr", &[("app.ftl", sr)]);
    let mut settings = ftpdocs::check::Settings::default();
    settings.severities.remove(&Check::CopiedLiteral);
    let found = ftpdocs::check::check_locale(
        &ftpdocs::check::CheckContext {
            reference: &reference,
            settings: &settings,
        },
        &serbian,
    );
    assert_eq!(
        found.iter().map(|f| f.check).collect::<Vec<_>>(),
        [Check::CopiedLiteral]
    );
}

#[test]
fn a_dead_variant_that_says_what_the_default_says_of_its_number_is_harmless() {
    let en = "minutes = { $num ->\n    [one] 1 minute\n   *[other] { $num } minutes\n}\n";
    let zh = "minutes = { $num ->\n    [one] 1 分钟\n   *[other] { $num } 分钟\n}\n";
    assert_eq!(checks(en, "zh-CN", zh), []);
    // Words of its own are lost: the Profiler's "管理此记录" (this record).
    let zh = "minutes = { $num ->\n    [one] 管理此记录\n   *[other] 管理下列记录\n}\n";
    assert_eq!(checks(en, "zh-CN", zh), [Check::Plural]);
    // A unit abbreviated to one letter reads right after any count (Russian "ч.").
    let en = "hour = { $value } { $value ->\n    [one] hour\n   *[other] hours\n}\n";
    let ru = "hour = { $value } { $value ->\n    [one] час\n   *[other] ч.\n}\n";
    assert_eq!(checks(en, "ru", ru), []);
}

#[test]
fn desktop_keywords_and_a_katakana_qualifier_are_no_typography_problems() {
    let en = "keywords = COSMIC;Display;Screen;\ndark = Syntax dark\n";
    let fr = "keywords = COSMIC;Écran;Affichage;\ndark = Thème sombre\n";
    assert_eq!(checks(en, "fr", fr), []);
    let ja = "keywords = COSMIC;画面;ディスプレイ;\ndark = 構文強調 ダーク\n";
    assert_eq!(checks(en, "ja", ja), []);
    // Prose keeps its rules: "Exemple : 2006-08-14T02:34" is a French colon.
    let en = "example = Example: 2006-08-14T02:34:56\n";
    let fr = "example = Exemple : 2006-08-14T02:34:56\n";
    assert_eq!(checks(en, "fr", fr), [Check::Spacing]);
    let ja = "double = 浮動小数点 倍精度 (64ビット)\n";
    assert_eq!(
        checks(
            "double = Floating point double precision (64-bit)\n",
            "ja",
            ja
        ),
        [Check::Spacing]
    );
}

#[test]
fn serbian_masculine_nouns_spell_two_and_five_alike() {
    let en = "minutes = { $n ->\n    [one] { $n } minute\n   *[other] { $n } minutes\n}\n";
    // "2 минута", "5 минута": the default adds only -а to [one]'s "минут".
    let sr = "minutes = { $n ->\n    [one] { $n } минут\n   *[other] { $n } минута\n}\n";
    assert_eq!(checks(en, "sr", sr), []);
    let hr = "minutes = { $n ->\n    [one] { $n } dan\n   *[other] { $n } dana\n}\n";
    assert_eq!(checks(en, "hr", hr), []);
    // "2 сата", "5 сати" and feminine "2 ставке", "5 ставки" differ: [few] is needed.
    let sr = "minutes = { $n ->\n    [one] { $n } сат\n   *[other] { $n } сати\n}\n";
    assert_eq!(checks(en, "sr", sr), [Check::Plural]);
    let sr = "minutes = { $n ->\n    [one] { $n } ставка\n   *[other] { $n } ставки\n}\n";
    assert_eq!(checks(en, "sr", sr), [Check::Plural]);
}

#[test]
fn second_round_pdfjs_heading_rust_lang_book_title_hungarian_is_and_italian_step_by_step() {
    // pdf.js's Polish heading shows no number: "Komentarze" is right for 2 as for 5.
    let en = "title = { $count ->\n    [one] Comment\n   *[other] Comments\n}\n";
    let pl = "title = { $count ->\n    [one] Komentarz\n   *[other] Komentarze\n}\n";
    assert_eq!(checks(en, "pl", pl), []);
    // With the number shown, "5 komentarze" is wrong.
    let en =
        "title = { $count ->\n    [one] { $count } comment\n   *[other] { $count } comments\n}\n";
    let pl = "title = { $count ->\n    [one] { $count } komentarz\n   *[other] { $count } komentarze\n}\n";
    assert_eq!(checks(en, "pl", pl), [Check::Plural]);
    // A book's name in Chinese title marks may stay English; the same words outside are not.
    let en = "book = Read the Embedded Rust book, which is for people who know Rust.\n";
    let zh = "book = 閱讀《The Embedded Rust book》，這本書適合已經熟悉 Rust 的人。\n";
    assert_eq!(checks(en, "zh-TW", zh), []);
    let zh = "book = 閱讀 read the book for the people，這本書適合已經熟悉 Rust 的人。\n";
    assert_eq!(checks(en, "zh-TW", zh), [Check::MixedLanguage]);
    // Hungarian "is" is "also".
    let en = "insert = You can now insert the USB drive too.\n";
    let hu = "insert = Most tudod a pendrive-ot is behelyezni.\n";
    assert_eq!(checks(en, "hu", hu), []);
    // Italian "passo passo" is step by step.
    let en = "guide = A step by step guide to the tools.\n";
    let it = "guide = Una guida passo passo agli strumenti.\n";
    assert_eq!(checks(en, "it", it), []);
    let en = "guide = A guide to the tools.\n";
    let it = "guide = Una guida guida agli strumenti.\n";
    assert_eq!(checks(en, "it", it), [Check::RepeatedWord]);
}

#[test]
fn third_round_doubled_interjections_one_by_one_declined_brands_and_a_zero_shown_counted() {
    // "Uh oh" doubled in Greek, "bye-bye" in Italian: a pair that stands alone, or an English
    // that says a word twice, is meant. A doubled word inside a sentence is still a slip.
    let en = "oops = Uh oh. The add-on could not be enabled.\nbye = Say bye-bye to your tab until later.\n";
    let el = "oops = Ωχ ωχ. Αδυναμία ενεργοποίησης του πρόσθετου.\nbye = Πείτε αντίο στην καρτέλα σας μέχρι αργότερα.\n";
    assert_eq!(checks(en, "el", el), []);
    let it = "oops = Ops. Impossibile attivare il componente.\nbye = Ciao ciao, scheda! Ci rivediamo più tardi.\n";
    assert_eq!(checks(en, "it", it), []);
    let el = "oops = Ωχ. Αδυναμία από από ενεργοποίησης του πρόσθετου.\nbye = Πείτε αντίο στην καρτέλα σας μέχρι αργότερα.\n";
    assert_eq!(checks(en, "el", el), [Check::RepeatedWord]);
    // Czech writes the brand in the instrumental its sentence needs; left out, it is dropped.
    let en = "-fxaccount-brand-name = Firefox Account\nsign-in = Simply sign in to your { -fxaccount-brand-name } on your other device.\n";
    let cs = "-fxaccount-brand-name = Firefox Account\nsign-in = Stačí se na něm přihlásit vaším účtem Firefoxu.\n";
    assert_eq!(checks(en, "cs", cs), []);
    let cs = "-fxaccount-brand-name = Firefox Account\nsign-in = Stačí se na něm přihlásit vaším účtem.\n";
    assert_eq!(checks(en, "cs", cs), [Check::References]);
    // A dead Czech `[zero]`: 0 goes to `other`, which shows the count.
    let en = "logins = { $count ->\n    [one] { $count } login\n   *[other] { $count } logins\n}\n";
    let cs = "logins = { $count ->\n    [zero] Žádné přihlašovací údaje\n    [one] { $count } přihlašovací údaj\n    [few] { $count } přihlašovací údaje\n    [many] { $count } přihlašovacích údajů\n   *[other] { $count } přihlašovacích údajů\n}\n";
    assert_eq!(checks(en, "cs", cs), []);
    let cs = "logins = { $count ->\n    [zero] Žádné přihlašovací údaje\n    [one] Jeden přihlašovací údaj\n    [few] Několik přihlašovacích údajů\n    [many] Mnoho přihlašovacích údajů\n   *[other] Mnoho přihlašovacích údajů\n}\n";
    assert!(checks(en, "cs", cs).contains(&Check::Plural));
}

#[test]
fn a_locale_in_another_script_keeps_the_latin_terms_its_own_sentences_use() {
    let en = "crab = Who is this crab, Ferris?\nalt = wasm ferris\nintro = Rust and wasm run in the browser.\nbook = Read the wasm book.\nteam = Dev tools team\n";
    let ru = "crab = Кто этот краб, Ferris?\nalt = wasm ferris\nintro = Rust и wasm работают в браузере, Ferris тоже.\nbook = Прочтите книгу о wasm.\nteam = Dev tools team\n";
    let found: Vec<String> = check_one_file(en, "ru", ru)
        .into_iter()
        .filter(|f| f.check == Check::Untranslated)
        .filter_map(|f| f.message_id)
        .collect();
    assert_eq!(found, ["team"]);
}

#[test]
fn fourth_round_welsh_mutations_and_one_in_languages_without_number() {
    // Welsh puts the singular after every numeral: "awr" reads right for 2, 3 and 6; "mis"
    // becomes "fis" after 2, so its forms must be written.
    let en = "hours = { $count ->\n    [one] { $count } hour\n   *[other] { $count } hours\n}\n";
    let cy = "hours = { $count ->\n    [zero] { $count } awr\n    [one] { $count } awr\n   *[other] { $count } awr\n}\n";
    assert_eq!(checks(en, "cy", cy), []);
    let cy = "hours = { $count ->\n    [zero] { $count } mis\n    [one] { $count } mis\n   *[other] { $count } mis\n}\n";
    assert_eq!(checks(en, "cy", cy), [Check::Plural]);
    // Korean has no grammatical number: "delete the selected message" is right for one, "delete
    // several messages" is not.
    let en =
        "delete = { $count ->\n    [one] Delete Message\n   *[other] Delete Selected Messages\n}\n";
    let ko = "delete = { $count ->\n    [one] 메시지 삭제\n   *[other] 선택한 메시지 삭제\n}\n";
    assert_eq!(checks(en, "ko", ko), []);
    let ko = "delete = { $count ->\n    [one] 메시지 삭제\n   *[other] 여러 메시지 삭제\n}\n";
    assert_eq!(checks(en, "ko", ko), [Check::Plural]);
    // English left in the default is not read as Thai.
    let th = "delete = { $count ->\n    [one] ลบข้อความ\n   *[other] Delete Selected Messages\n}\n";
    assert!(checks(en, "th", th).contains(&Check::Plural));
}

#[test]
fn fourth_round_quoted_names_swedish_in_brand_names_and_doubled_words() {
    // "Do Not Track" is the name of a standard, quoted; the same words unquoted are English.
    let en = "dnt = Send websites a “Do Not Track” signal that you don’t want to be tracked\n";
    let tr =
        "dnt = Web sitelerine izlenmek istemediğimi bildiren “Do Not Track” sinyalini gönder\n";
    assert_eq!(checks(en, "tr", tr), []);
    let hu = "dnt = „Do Not Track” jelzés küldése a webhelyeknek, jelezve, hogy nem szeretné, hogy kövessék\n";
    assert_eq!(checks(en, "hu", hu), []);
    // Swedish "in" is the particle of "skriv in".
    let en = "term = In the URL bar, type <code>about:config</code>\n";
    let sv = "term = I adressfältet, skriv in <code>about:config</code>\n";
    assert_eq!(checks(en, "sv-SE", sv), []);
    // The short name of the brand for its full name is the same brand.
    let terms = "-brand-full-name = Mozilla Thunderbird\n-brand-short-name = Thunderbird\n-vendor-short-name = Mozilla\n";
    let en = format!("{terms}failed = {{ -brand-full-name }} failed to find the settings for your email account.\n");
    let be = format!("{terms}failed = У {{ -brand-short-name }} не атрымалася знайсці налады для вашага ўліковага запісу.\n");
    assert_eq!(checks(&en, "be", &be), []);
    let be = format!("{terms}failed = У {{ -vendor-short-name }} не атрымалася знайсці налады для вашага ўліковага запісу.\n");
    // Another brand for it is reported (the term it adds resolves, and is not).
    assert_eq!(checks(&en, "be", &be), [Check::References]);
    // Irish "do do" (to your) and Kabyle "imir imir" (at once) are meant.
    let en = "invite = Invite your partner to the room now.\n";
    let ga = "invite = Tabhair cuireadh do do chomhpháirtí chuig an seomra anois.\n";
    assert_eq!(checks(en, "ga-IE", ga), []);
}

#[test]
fn a_plural_select_copied_from_english_is_untranslated_not_short_of_categories() {
    // Zotero's Transifex files fill every gap with the English.
    let en = "remove = { $count ->\n    [one] Remove the tag from { $count } item\n   *[other] Remove the tags from { $count } items\n}\n";
    let hr = en;
    let found = check_one_file(en, "hr", hr);
    let checks: Vec<Check> = found
        .iter()
        .map(|f| f.check)
        .filter(|c| !matches!(c, Check::MissingMessage | Check::ObsoleteMessage))
        .collect();
    assert_eq!(checks, [Check::Untranslated], "{found:?}");
    // A copy too short for `untranslated` alone: its dead Thai `[one]` says it is English.
    let en = "restoring = Restoring { $items } { $items ->\n    [one] item\n   *[other] items\n}\n";
    let kinds: Vec<Check> = check_one_file(en, "th", en)
        .iter()
        .map(|f| f.check)
        .filter(|c| !matches!(c, Check::MissingMessage | Check::ObsoleteMessage))
        .collect();
    assert_eq!(kinds, [Check::Untranslated]);
    // Translated, the same select lacks Croatian's `few`.
    let hr = "remove = { $count ->\n    [one] Ukloni oznaku s { $count } stavke\n   *[other] Ukloni oznake s { $count } stavki\n}\n";
    assert!(check_one_file(en, "hr", hr)
        .iter()
        .any(|f| f.check == Check::Plural));
}

#[test]
fn arabic_zero_irish_unnumbered_and_singular_counts_bosnian_paucal_default() {
    // Arabic `zero` is 0 alone, read like `other`; the dual and 11-99 still need their forms.
    let en = "deleted = Deleted { $items } { $items ->\n    [one] item\n   *[other] items\n}\n";
    let ar = "deleted = تم حذف { $items } { $items ->\n    [one] عنصر\n    [two] عنصران\n    [few] عناصر\n    [many] عنصرًا\n   *[other] عنصر\n}\n";
    assert_eq!(checks(en, "ar", ar), []);
    let ar = "deleted = تم حذف { $items } { $items ->\n    [one] عنصر\n   *[other] عناصر\n}\n";
    let found = check_one_file(en, "ar", ar);
    assert!(
        found
            .iter()
            .any(|f| f.check == Check::Plural
                && f.message.contains("lack two, few, many needed in ar")),
        "{found:?}"
    );
    // An Irish menu item that never shows the count: the plural reads right for 2 to 10.
    let en =
        "delete = { $count ->\n    [one] Delete Message\n   *[other] Delete Selected Messages\n}\n";
    let ga = "delete = { $count ->\n    [one] Scrios Teachtaireacht\n   *[other] Scrios Teachtaireachtaí Roghnaithe\n}\n";
    assert_eq!(checks(en, "ga-IE", ga), []);
    // Arabic's dual stands without a numeral: the same shape there lacks `two`.
    let ar = "delete = { $count ->\n    [one] حذف الرسالة\n   *[other] حذف الرسائل المحددة\n}\n";
    assert_eq!(checks(en, "ar", ar), [Check::Plural]);
    // Irish counts with the singular after every numeral: "nóiméad" (n- mutates after none)
    // reads right for 2 to 10; the plural "nóiméid" does not.
    let en = "ago = { $n ->\n    [one] 1 minute ago\n   *[other] { $n } minutes ago\n}\n";
    let ga = "ago = { $n ->\n    [one] 1 nóiméad ó shin\n   *[other] { $n } nóiméad ó shin\n}\n";
    assert_eq!(checks(en, "ga", ga), []);
    let en = "minutes = { $n } { $n ->\n    [one] minute\n   *[other] minutes\n}\n";
    let ga = "minutes = { $n } { $n ->\n    [one] nóiméad\n   *[other] nóiméid\n}\n";
    assert_eq!(checks(en, "ga", ga), [Check::Plural]);
    // Bosnian "dana" is the paucal and the genitive plural of "dan": a `*[few]` default
    // stands in for `other`; "sat", "sata", "sati" does not.
    let en = "ago = { $n ->\n    [one] { $n } day ago\n   *[other] { $n } days ago\n}\n";
    let bs = "ago = { $n ->\n    [one] prije { $n } dan\n   *[few] prije { $n } dana\n}\n";
    assert_eq!(checks(en, "bs", bs), []);
    let bs = "ago = { $n ->\n    [one] prije { $n } sat\n   *[few] prije { $n } sata\n}\n";
    let bs_hours = bs.replace("sata", "sati");
    assert_eq!(checks(en, "bs", &bs_hours), [Check::Plural]);
}

#[test]
fn empty_separators_in_japanese_and_access_keys_a_group_leaves_out() {
    // Japanese and Chinese put no space after "。"; Thai writes one between sentences.
    let en = "separator = { \" \" }\n";
    let ja = "separator = { \"\" }\n";
    assert_eq!(checks(en, "ja-JP", ja), []);
    assert_eq!(checks(en, "zh-TW", ja), []);
    assert_eq!(checks(en, "th", ja), [Check::EmptyValue]);
    // Armenian leaves every key of the navigation buttons out: one choice, not lost keys.
    let en = "## Navigation\n\nprev =\n    .title = Previous Day\n    .accesskey = s\nnext =\n    .title = Next Day\n    .accesskey = n\n\n## Menu\n\nsync =\n    .label = Sync\n    .accesskey = S\nmanage =\n    .label = Manage\n    .accesskey = M\n";
    let hy = "## Navigation\n\nprev =\n    .title = Նախորդ օր\n    .accesskey = { \"\" }\nnext =\n    .title = Հաջորդ օր\n    .accesskey = { \"\" }\n\n## Menu\n\nsync =\n    .label = Համաժամեցնել\n    .accesskey = Հ\nmanage =\n    .label = Կառավարել\n    .accesskey = { \"\" }\n";
    let found = check_one_file(en, "hy-AM", hy);
    let empty: Vec<_> = found
        .iter()
        .filter(|f| f.check == Check::EmptyValue)
        .map(|f| f.line)
        .collect();
    // Only the menu item whose neighbour keeps its key.
    assert_eq!(empty, [Some(17)], "{found:?}");
}

#[test]
fn a_language_that_leaves_subjects_unnamed_may_drop_the_brand_that_opens_a_sentence() {
    let en = "-brand-short-name = Thunderbird\nkey = { -brand-short-name } couldn’t find the public key { $keyId }.\n";
    let ja =
        "-brand-short-name = Thunderbird\nkey = 鍵 { $keyId } の公開鍵を見つけられませんでした。\n";
    assert_eq!(checks(en, "ja", ja), []);
    let it = "-brand-short-name = Thunderbird\nkey = Impossibile trovare la chiave pubblica { $keyId }.\n";
    assert_eq!(checks(en, "it", it), []);
    // Igbo names its subject: the sentence is left without one (Firefox Send).
    let ig = "-brand-short-name = Thunderbird\nkey = achọtaghị igodo ọha { $keyId }.\n";
    assert_eq!(checks(en, "ig", ig), [Check::References]);
    // A brand inside the sentence is no subject: "Allow Thunderbird to send data".
    let en = "-brand-short-name = Thunderbird\nsend = Allow { -brand-short-name } to send technical data\n";
    let ja = "-brand-short-name = Thunderbird\nsend = 技術データの送信を許可する\n";
    assert_eq!(checks(en, "ja", ja), [Check::References]);
}

#[test]
fn nouns_spelled_alike_after_a_genitive_polish_dni_and_a_transliterated_brand() {
    // After Serbian "пре" (+ genitive) `[one]`'s "минута" is the paucal's form too; without
    // the preposition "1 минут" / "2 минута" differ, and the finding stands.
    let en = "ago = { $n ->\n    [one] 1 minute ago\n   *[other] { $n } minutes ago\n}\n";
    let sr = "ago = { $n ->\n    [one] Пре 1 минута\n   *[other] Пре { $n } минута\n}\n";
    assert_eq!(checks(en, "sr", sr), []);
    let sr = "ago = { $n ->\n    [one] 1 година\n   *[other] { $n } година\n}\n";
    assert_eq!(checks(en, "sr", sr), [Check::Plural]);
    // Polish "dni" and nouns in -ść have one plural for 2 and 5; "dziennik" does not.
    let en = "days = { $value } { $value ->\n    [one] day\n   *[other] days\n}\n";
    let pl = "days = { $value } { $value ->\n    [one] dzień\n   *[other] dni\n}\n";
    assert_eq!(checks(en, "pl", pl), []);
    let pl = "days = { $value } { $value ->\n    [one] wiadomość\n   *[other] wiadomości\n}\n";
    assert_eq!(checks(en, "pl", pl), []);
    let pl = "days = { $value } { $value ->\n    [one] plik\n   *[other] plików\n}\n";
    assert_eq!(checks(en, "pl", pl), [Check::Plural]);
    // Gaelic "bliadhna" follows 3 to 10 as it follows 20; "latha" takes "làithean".
    let en = "every = { $n ->\n    [one] every year\n   *[other] every { $n } years\n}\n";
    let gd = "every = { $n ->\n    [one] gach bliadhna\n    [two] gach { $n } bhliadhna\n   *[other] a h-uile { $n } bliadhna\n}\n";
    assert_eq!(checks(en, "gd", gd), []);
    let gd = gd.replace("bliadhna", "latha");
    assert_eq!(checks(en, "gd", &gd), [Check::Plural]);
    // Everglot's Russian writes its brand in Cyrillic.
    let en = "-brand-name = Everglot\nhello = Welcome to { -brand-name }!\n";
    let ru = "-brand-name = Everglot\nhello = Добро пожаловать в Эверглот!\n";
    assert_eq!(checks(en, "ru", ru), []);
    let ru = "-brand-name = Everglot\nhello = Добро пожаловать!\n";
    assert_eq!(checks(en, "ru", ru), [Check::References]);
}

#[test]
fn a_second_definition_of_a_message_is_a_duplicate_not_checked_again() {
    // COSMIC Tasks' Swedish keeps an old `delete-list-confirm` below the new one: Fluent shows
    // the first, which keeps `{ $name }`.
    let en = "delete = Are you sure you want to delete \"{ $name }\"?\n";
    let sv = "delete = Är du säker på att du vill ta bort \"{ $name }\"?\ndelete = Vill du ta bort listan?\n";
    assert_eq!(checks(en, "sv", sv), [Check::DuplicateId]);
    let sv = "delete = Vill du ta bort listan?\ndelete = Är du säker på att du vill ta bort \"{ $name }\"?\n";
    let found = checks(en, "sv", sv);
    assert!(found.contains(&Check::Variables), "{found:?}");
}
