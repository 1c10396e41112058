//! Finding a scenario from a visitor's own words: every scenario has words in both languages,
//! each finds its own scenario, and the words customers use (宠物, 卖货, webinar, 银行, 4S) find
//! the scenario the source files them under.

use std::collections::HashSet;

use lss::rules::{find_scenarios, Lang, Scenario, SCENARIO_WORDS};

fn found(query: &str) -> Vec<Scenario> {
    find_scenarios(query)
}

#[test]
fn the_words_customers_use_find_their_scenario() {
    assert_eq!(found("宠物"), [Scenario::Entertainment]);
    assert_eq!(found("卖货"), [Scenario::Ecommerce]);
    assert_eq!(found("webinar"), [Scenario::Education]);
    assert_eq!(found("银行"), [Scenario::Finance]);
    assert_eq!(found("4S"), [Scenario::CarPresale]);
    assert_eq!(found("bank"), [Scenario::Finance]);
    assert_eq!(found("保险"), [Scenario::Finance]);
    assert_eq!(found("insurance"), [Scenario::Finance]);
    assert_eq!(found("证券"), [Scenario::Finance]);
    assert_eq!(found("汽车"), [Scenario::CarPresale]);
    assert_eq!(found("car dealer"), [Scenario::CarPresale]);
    assert_eq!(found("景区"), [Scenario::ScenicSpot]);
    assert_eq!(found("scenic"), [Scenario::ScenicSpot]);
    assert_eq!(found("医院"), [Scenario::Medical]);
    assert_eq!(found("doctor"), [Scenario::Medical]);
    assert_eq!(found("政务"), [Scenario::Government]);
    assert_eq!(found("展会"), [Scenario::OfflineEvent]);
    assert_eq!(found("发布会"), [Scenario::OfflineEvent]);
    assert_eq!(found("event"), [Scenario::OfflineEvent]);
    assert_eq!(found("one-to-one"), [Scenario::VideoSupport]);
    assert_eq!(found("pet"), [Scenario::Entertainment]);
    assert_eq!(found("shop"), [Scenario::Ecommerce]);
    assert_eq!(found("培训"), [Scenario::Education, Scenario::Finance]);
    // Words shared between tables find each, in the source's order.
    assert_eq!(
        found("旅游"),
        [Scenario::Entertainment, Scenario::ScenicSpot]
    );
    assert_eq!(
        found("视频客服"),
        [Scenario::Finance, Scenario::VideoSupport]
    );
}

#[test]
fn a_query_holding_a_word_finds_it() {
    // The visitor describes their business; a word in it is enough.
    assert_eq!(found("我们是一家宠物店"), [Scenario::Entertainment]);
    assert_eq!(found("我们开了家4S店"), [Scenario::CarPresale]);
    assert_eq!(
        found("We run a pet shop"),
        [Scenario::Ecommerce, Scenario::Entertainment]
    );
    assert_eq!(found("a webinar for clients"), [Scenario::Education]);
    // An English word counts only as a whole word: "fund" is not "fun", nor "scarf" "car".
    assert_eq!(found("scarf"), []);
    assert_eq!(found("carpets"), []);
    // A query finds the words it begins, not the middle of one.
    assert_eq!(found("web"), [Scenario::Education]);
    assert_eq!(found("commerce"), [Scenario::Ecommerce]);
    assert_eq!(found("ank"), []);
}

#[test]
fn case_width_and_spaces_do_not_matter() {
    assert_eq!(found("  WEBINAR "), [Scenario::Education]);
    assert_eq!(found("Car   Dealer"), [Scenario::CarPresale]);
    assert_eq!(found("４ｓ"), [Scenario::CarPresale]);
    assert_eq!(found("\u{3000}宠物\u{3000}"), [Scenario::Entertainment]);
}

#[test]
fn an_empty_query_finds_all_ten_and_nonsense_none() {
    assert_eq!(found(""), Scenario::ALL);
    assert_eq!(found("   "), Scenario::ALL);
    assert_eq!(found("xyzzyqq"), []);
    assert_eq!(found("😀"), []);
}

#[test]
fn every_scenario_has_words_in_both_languages_that_find_it() {
    for scenario in Scenario::ALL.iter().copied() {
        let def = scenario.def();
        for lang in Lang::ALL {
            let words: Vec<&str> = def.id.words().get(lang).collect();
            assert!(!words.is_empty(), "{scenario:?} has no {lang:?} words");
            let mut seen = HashSet::new();
            for word in &words {
                assert!(!word.trim().is_empty(), "{scenario:?}: an empty word");
                assert_eq!(word.trim(), *word, "{scenario:?}: {word:?}");
                assert!(!word.contains("  "), "{scenario:?}: {word:?}");
                assert!(
                    seen.insert(word.to_ascii_lowercase()),
                    "{scenario:?}: {word:?} twice"
                );
                assert!(
                    found(word).contains(&scenario),
                    "{word:?} does not find {scenario:?}"
                );
            }
            // The source's own words come first.
            let first = words[0].to_ascii_lowercase();
            let source = format!("{} {}", def.name.get(lang), def.example.get(lang));
            assert!(
                source.to_ascii_lowercase().contains(&first),
                "{scenario:?}: {first:?} is not the source's"
            );
        }
        // Chinese words are Chinese; English words have no Chinese.
        for word in scenario.words().get(Lang::Zh) {
            assert!(
                word.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{scenario:?}: {word:?} among the Chinese words"
            );
        }
        for word in scenario.words().get(Lang::En) {
            assert!(
                word.is_ascii(),
                "{scenario:?}: {word:?} among the English words"
            );
        }
    }
}

#[test]
fn the_words_table_holds_every_scenario_once_in_the_sources_order() {
    let listed: Vec<Scenario> = SCENARIO_WORDS.iter().map(|(s, _)| *s).collect();
    assert_eq!(listed, Scenario::ALL, "one entry per scenario, in order");
}
