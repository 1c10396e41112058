//! The pure state around the rules: URL queries, host configuration and form actions.

use lss::config::{self, Config};
use lss::form::{Action, Answer, Form};
use lss::query;
use lss::rules::{Answers, Category, Content, Lang, Scenario, Subject};
use lss::settings;

fn answers(
    subject: Option<Subject>,
    scenario: Option<Scenario>,
    content: Option<Content>,
    category: Option<Category>,
) -> Answers {
    Answers {
        subject,
        scenario,
        content,
        category,
    }
}

#[test]
fn a_query_fills_every_known_field() {
    let p = query::parse(
        "?lang=en&subject=government&scenario=finance&content=finance-claims&category=finance-bank",
        "",
    );
    assert_eq!(p.lang, Some(Lang::En));
    assert_eq!(
        p.answers,
        answers(
            Some(Subject::Government),
            Some(Scenario::Finance),
            Some(Content::FinanceClaims),
            Some(Category::FinanceBank)
        )
    );
    assert!(p.invalid.is_empty());
}

#[test]
fn unknown_values_are_named_and_dropped_and_other_parameters_ignored() {
    let p = query::parse(
        "utm_source=x&scenario=%3Cscript%3E&category=Social-Live&lang=fr&subject=",
        "",
    );
    assert_eq!(p.answers, Answers::default());
    assert_eq!(p.lang, None);
    assert_eq!(p.invalid, vec!["scenario", "category", "lang"]);
}

#[test]
fn percent_encoded_ids_are_understood() {
    let p = query::parse(
        "?scenario=car%2Dpresale&category=social%2dlive&lang=en%2DUS",
        "",
    );
    assert_eq!(p.answers.scenario, Some(Scenario::CarPresale));
    assert_eq!(p.answers.category, Some(Category::SocialLive));
    assert_eq!(p.lang, Some(Lang::En));
    assert!(p.invalid.is_empty());
    // Non-ASCII or broken escapes never turn into an id.
    assert_eq!(
        query::parse("?scenario=%E4%B8%AD", "").invalid,
        vec!["scenario"]
    );
    assert_eq!(query::parse("?scenario=%2", "").invalid, vec!["scenario"]);
}

#[test]
fn a_content_of_another_scenario_is_invalid() {
    let p = query::parse("?scenario=ecommerce&content=finance-claims", "");
    assert_eq!(p.answers.scenario, Some(Scenario::Ecommerce));
    assert_eq!(p.answers.content, None);
    assert_eq!(p.invalid, vec!["content"]);
}

#[test]
fn the_first_value_of_a_repeated_key_wins() {
    let p = query::parse("?scenario=education&scenario=finance", "");
    assert_eq!(p.answers.scenario, Some(Scenario::Education));
}

#[test]
fn writing_keeps_the_host_parameters_and_round_trips() {
    let a = answers(
        Some(Subject::Enterprise),
        Some(Scenario::Medical),
        Some(Content::MedicalSales),
        Some(Category::EcommercePlatform),
    );
    let q = query::write("?utm_source=ad&scenario=medical&x=1", "", Lang::En, &a);
    assert_eq!(
        q,
        "?utm_source=ad&x=1&lang=en&subject=enterprise&scenario=medical&content=medical-sales&category=ecommerce-platform"
    );
    let back = query::parse(&q, "");
    assert_eq!((back.lang, back.answers), (Some(Lang::En), a));
    // The page's own `scenario=old` is the page's: kept, not overwritten, and the content that
    // means nothing without the widget's scenario is not written either.
    assert_eq!(
        query::write("?utm_source=ad&scenario=old&x=1", "", Lang::En, &a),
        "?utm_source=ad&scenario=old&x=1&lang=en&subject=enterprise&category=ecommerce-platform"
    );
    assert_eq!(
        query::write("", "", Lang::Zh, &Answers::default()),
        "?lang=zh-CN"
    );
}

#[test]
fn a_host_pages_own_lang_and_category_stay_in_its_address() {
    let a = answers(
        Some(Subject::Enterprise),
        Some(Scenario::Ecommerce),
        None,
        Some(Category::SocialLive),
    );
    assert_eq!(
        query::write("?lang=fr&category=news&page=2", "", Lang::Zh, &a),
        "?lang=fr&category=news&page=2&subject=enterprise&scenario=ecommerce"
    );
    let back = query::parse("?lang=fr&category=news&page=2", "");
    assert_eq!(
        back.invalid,
        vec!["lang", "category"],
        "ignored, with the notice"
    );
}

#[test]
fn under_a_url_prefix_the_pages_parameters_are_all_its_own() {
    let a = answers(
        Some(Subject::Enterprise),
        Some(Scenario::Ecommerce),
        None,
        Some(Category::SocialLive),
    );
    // Even values the widget would recognise are the page's when they lack the prefix.
    let page = "?lang=en&category=news&scenario=education&page=2";
    assert_eq!(
        query::write(page, "lss-", Lang::Zh, &a),
        "?lang=en&category=news&scenario=education&page=2\
         &lss-lang=zh-CN&lss-subject=enterprise&lss-scenario=ecommerce&lss-category=social-live"
    );
    assert_eq!(query::parse(page, "lss-"), query::Parsed::default());
    let back = query::parse(
        "?scenario=education&lss-scenario=finance&lss-lang=en",
        "lss-",
    );
    assert_eq!(back.answers.scenario, Some(Scenario::Finance));
    assert_eq!(back.lang, Some(Lang::En));
    // A prefix is not a key of its own, nor a key without it.
    for search in ["?lss-=1", "?lss-lss-lang=en", "?lsslang=en", "?LSS-lang=en"] {
        assert_eq!(
            query::parse(search, "lss-"),
            query::Parsed::default(),
            "{search}"
        );
    }
    assert_eq!(
        query::share_link(
            "https://h.test/p?lang=fr#top",
            "w.",
            Lang::En,
            &Answers::default()
        ),
        "https://h.test/p?lang=fr&w.lang=en#top"
    );
}

#[test]
fn a_bad_key_under_a_prefix_is_named_as_the_link_has_it() {
    let c = Config {
        url_prefix: "lss-".to_owned(),
        ..Config::default()
    };
    let url = query::parse("?lss-scenario=nope&category=nope", "lss-");
    assert_eq!(config::start(&c, Some(&url)).invalid, "lss-scenario");
}

#[test]
fn a_url_prefix_is_read_trimmed_and_a_bad_one_is_warned_about() {
    let read = |value: &str| {
        config::read("data-", |key| {
            (key == settings::URL_PREFIX).then(|| value.to_owned())
        })
    };
    assert_eq!(read(" lss- ").0.url_prefix, "lss-");
    assert!(read(" lss- ").1.is_empty());
    for bad in [
        "lss&",
        "a b",
        "中",
        "a=b",
        &"x".repeat(settings::URL_PREFIX_MAX + 1),
    ] {
        let (config, warnings) = read(bad);
        assert_eq!(config.url_prefix, "", "{bad:?} is ignored");
        assert_eq!(warnings.len(), 1, "{bad:?} is warned about");
        assert_eq!(warnings[0].name, "data-url-prefix");
    }
}

#[test]
fn configuration_reads_attributes_and_warns_about_bad_ones() {
    let attrs = [
        ("lang", "en"),
        ("scenario", "education"),
        ("category", "nope"),
        ("sync-url", "false"),
        ("subject", " enterprise "),
    ];
    let (c, warnings) = config::read("data-", |k| {
        attrs
            .iter()
            .find(|(key, _)| *key == k)
            .map(|(_, v)| v.to_string())
    });
    assert_eq!(c.lang, Lang::En);
    assert_eq!(c.answers.scenario, Some(Scenario::Education));
    assert_eq!(c.answers.subject, Some(Subject::Enterprise));
    assert_eq!(c.answers.category, None);
    assert!(!c.sync_url);
    assert_eq!(warnings.len(), 1);
    assert_eq!(warnings[0].name, "data-category");
    assert!(warnings[0].message().contains("data-category=\"nope\""));
}

#[test]
fn a_bad_sync_url_value_warns_and_keeps_syncing() {
    let (c, warnings) = config::read("", |k| (k == "sync-url").then(|| "maybe".to_string()));
    assert!(c.sync_url);
    assert_eq!(warnings[0].name, "sync-url");
}

#[test]
fn the_url_overrides_the_configuration() {
    let c = Config {
        lang: Lang::Zh,
        answers: answers(
            None,
            Some(Scenario::Finance),
            Some(Content::FinanceTraining),
            None,
        ),
        sync_url: true,
        url_prefix: String::new(),
    };
    let url = query::parse(
        "?scenario=medical&category=social-live&lang=en&subject=bad",
        "",
    );
    let form = config::start(&c, Some(&url));
    assert_eq!(form.lang, Lang::En);
    assert_eq!(form.answers.scenario, Some(Scenario::Medical));
    assert_eq!(
        form.answers.content, None,
        "the configured content belongs to finance"
    );
    assert_eq!(form.answers.category, Some(Category::SocialLive));
    assert_eq!(form.invalid, "subject");
    // Without a URL, the configuration stands.
    assert_eq!(config::start(&c, None).answers, c.answers);
}

#[test]
fn changing_the_scenario_drops_a_content_it_does_not_have() {
    let mut form = Form::new(
        Lang::Zh,
        answers(
            None,
            Some(Scenario::Finance),
            Some(Content::FinanceClaims),
            None,
        ),
    );
    form.invalid = "category".to_owned();
    let same = form.apply(Action::Answer(Answer::Content(Some(
        Content::FinancePromotion,
    ))));
    assert_eq!(same.answers.content, Some(Content::FinancePromotion));
    let other = form.apply(Action::Answer(Answer::Scenario(Some(Scenario::Education))));
    assert_eq!(other.answers.content, None);
    assert!(
        other.invalid.is_empty(),
        "a change clears the notice about the link"
    );
    let relabelled = form.apply(Action::Lang(Lang::En));
    assert_eq!(relabelled.invalid, "category", "a language switch keeps it");
}
