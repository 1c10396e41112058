//! The rule data holds together: ids are a stable contract, every text exists in both
//! languages, every link stays on Tencent Cloud or WeChat, and nothing in the tables is dead
//! (unused, unreachable or pointing nowhere).

use std::collections::HashSet;
use std::fmt::Debug;

use lss::rules::{
    decide, Answers, Category, CategoryGroup, CategorySet, Check, Condition, Content, Decision,
    Lang, Link, Note, Offer, Prerequisite, Requirement, Row, Scenario, Scheme, Status, Subject,
    Text, CATEGORY_PATH, CATEGORY_SETS, CONTACT_URL, SCENARIOS, WECHAT_MP_URL,
};

fn with_none<T: Copy>(all: &[T]) -> Vec<Option<T>> {
    std::iter::once(None)
        .chain(all.iter().copied().map(Some))
        .collect()
}

// ---------------------------------------------------------------------------------------------
// Ids.

fn check_ids<T: Copy + Eq + Debug>(
    family: &str,
    all: &[T],
    id: impl Fn(T) -> &'static str,
    from_id: impl Fn(&str) -> Option<T>,
) {
    assert!(!all.is_empty(), "{family}: no values");
    let mut seen = HashSet::new();
    for value in all.iter().copied() {
        let s = id(value);
        assert!(seen.insert(s), "{family}: id {s:?} used twice");
        // Ids travel in URLs, data attributes and events: keep them plain kebab-case.
        assert!(
            !s.is_empty()
                && !s.starts_with('-')
                && !s.ends_with('-')
                && !s.contains("--")
                && s.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{family}: id {s:?} is not kebab-case"
        );
        assert_eq!(
            from_id(s),
            Some(value),
            "{family}: {s:?} does not round-trip"
        );
        // Matching is exact: no case folding, no trimming.
        assert_eq!(
            from_id(&s.to_uppercase()),
            None,
            "{family}: {s:?} upper-case"
        );
        assert_eq!(from_id(&format!(" {s}")), None, "{family}: {s:?} padded");
    }
    assert_eq!(from_id(""), None, "{family}: empty id");
    assert_eq!(from_id("unknown-id"), None, "{family}: unknown id");
}

#[test]
fn ids_are_unique_and_round_trip() {
    check_ids("Subject", Subject::ALL, Subject::id, Subject::from_id);
    check_ids("Scenario", Scenario::ALL, Scenario::id, Scenario::from_id);
    check_ids("Content", Content::ALL, Content::id, Content::from_id);
    check_ids("Category", Category::ALL, Category::id, Category::from_id);
    check_ids(
        "CategoryGroup",
        CategoryGroup::ALL,
        CategoryGroup::id,
        CategoryGroup::from_id,
    );
    check_ids("Scheme", Scheme::ALL, Scheme::id, Scheme::from_id);
    check_ids("Note", Note::ALL, Note::id, Note::from_id);
    check_ids("Check", Check::ALL, Check::id, Check::from_id);
    check_ids(
        "Prerequisite",
        Prerequisite::ALL,
        Prerequisite::id,
        Prerequisite::from_id,
    );
}

#[test]
fn status_ids_are_unique() {
    let all = [Status::Available, Status::Conditional, Status::Unavailable];
    let ids: HashSet<&str> = all.iter().map(|s| s.id()).collect();
    assert_eq!(ids.len(), all.len());
    assert_eq!(Status::Available.id(), "available");
    assert_eq!(Status::Conditional.id(), "conditional");
    assert_eq!(Status::Unavailable.id(), "unavailable");
}

#[test]
fn language_tags_round_trip() {
    for lang in Lang::ALL {
        assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
    }
    assert_eq!(Lang::from_tag("zh"), Some(Lang::Zh));
    assert_eq!(Lang::from_tag("EN-us"), Some(Lang::En));
    assert_eq!(Lang::from_tag("fr"), None);
    assert_eq!(Lang::from_tag(""), None);
}

// ---------------------------------------------------------------------------------------------
// Definitions line up with their ids.

#[test]
fn scenarios_follow_the_id_order() {
    assert_eq!(SCENARIOS.len(), Scenario::ALL.len());
    for (def, scenario) in SCENARIOS.iter().zip(Scenario::ALL) {
        assert_eq!(def.id, *scenario);
        assert_eq!(scenario.def().id, *scenario);
        assert!(std::ptr::eq(scenario.def(), def), "{scenario:?}");
    }
}

#[test]
fn notes_and_prerequisites_follow_the_id_order() {
    for note in Note::ALL {
        assert_eq!(note.def().id, *note);
    }
    for prerequisite in Prerequisite::ALL {
        assert_eq!(prerequisite.def().id, *prerequisite);
    }
}

#[test]
fn every_scenario_has_a_name_and_an_example() {
    for scenario in Scenario::ALL {
        let def = scenario.def();
        for lang in Lang::ALL {
            assert!(
                !def.name.get(lang).trim().is_empty(),
                "{scenario:?} {lang:?}"
            );
            assert!(
                !def.example.get(lang).trim().is_empty(),
                "{scenario:?} {lang:?}"
            );
        }
        assert!(!def.rows.is_empty(), "{scenario:?} has no rows");
    }
}

// ---------------------------------------------------------------------------------------------
// Texts.

fn all_texts() -> Vec<(String, Text)> {
    let mut texts = vec![("CATEGORY_PATH".to_string(), CATEGORY_PATH)];
    for s in Scenario::ALL {
        texts.push((format!("{s:?} name"), s.def().name));
        texts.push((format!("{s:?} example"), s.def().example));
    }
    for s in Subject::ALL {
        texts.push((format!("{s:?}"), s.name()));
    }
    for c in Content::ALL {
        texts.push((format!("{c:?}"), c.name()));
    }
    for c in Category::ALL {
        texts.push((format!("{c:?}"), c.name()));
    }
    for g in CategoryGroup::ALL {
        texts.push((format!("{g:?}"), g.name()));
    }
    for s in Scheme::ALL {
        texts.push((format!("{s:?} name"), s.name()));
        texts.push((format!("{s:?} summary"), s.summary()));
        if let Some(aka) = s.aka() {
            texts.push((format!("{s:?} aka"), aka));
        }
    }
    for n in Note::ALL {
        texts.push((format!("{n:?}"), n.def().text));
        if let Some(link) = n.def().link {
            texts.push((format!("{n:?} link"), link.label));
        }
    }
    for c in Check::ALL {
        texts.push((format!("{c:?}"), c.text()));
        if let Some(link) = c.link() {
            texts.push((format!("{c:?} link"), link.label));
        }
    }
    for p in Prerequisite::ALL {
        texts.push((format!("{p:?}"), p.def().text));
        for link in p.def().links {
            texts.push((format!("{p:?} link {}", link.url), link.label));
        }
    }
    for set in CATEGORY_SETS {
        texts.push((format!("set {:?}", set.categories), set.source));
    }
    texts
}

fn has_cjk(s: &str) -> bool {
    s.chars()
        .any(|c| matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}'))
}

#[test]
fn every_text_exists_in_both_languages() {
    for (what, text) in all_texts() {
        for lang in Lang::ALL {
            let s = text.get(lang);
            assert!(!s.trim().is_empty(), "{what}: empty {lang:?}");
            assert_eq!(s, s.trim(), "{what}: stray whitespace in {lang:?}");
        }
        assert!(has_cjk(text.zh), "{what}: Chinese text without Chinese");
        assert!(
            text.en.chars().any(|c| c.is_ascii_alphabetic()),
            "{what}: English text without English"
        );
        assert_ne!(text.zh, text.en, "{what}: not translated");
    }
}

// ---------------------------------------------------------------------------------------------
// Links.

const ALLOWED_HOSTS: [&str; 3] = [
    "cloud.tencent.com",
    "console.cloud.tencent.com",
    "mp.weixin.qq.com",
];

/// The host of an https URL, or None when the URL is not plain https with a bare host.
fn https_host(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..end];
    let plain = !host.is_empty()
        && host
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'.' || b == b'-');
    plain.then_some(host)
}

fn all_links() -> Vec<(String, &'static str)> {
    let mut links = vec![
        ("CONTACT_URL".to_string(), CONTACT_URL),
        ("WECHAT_MP_URL".to_string(), WECHAT_MP_URL),
    ];
    for s in Scheme::ALL {
        links.push((format!("{s:?}"), s.url()));
    }
    for n in Note::ALL {
        if let Some(Link { url, .. }) = n.def().link {
            links.push((format!("{n:?}"), url));
        }
    }
    for c in Check::ALL {
        if let Some(Link { url, .. }) = c.link() {
            links.push((format!("{c:?}"), url));
        }
    }
    for p in Prerequisite::ALL {
        for link in p.def().links {
            links.push((format!("{p:?}"), link.url));
        }
    }
    links
}

#[test]
fn host_parsing_rejects_what_it_should() {
    assert_eq!(
        https_host("https://cloud.tencent.com"),
        Some("cloud.tencent.com")
    );
    assert_eq!(
        https_host("https://cloud.tencent.com?x=1"),
        Some("cloud.tencent.com")
    );
    assert_eq!(https_host("http://cloud.tencent.com/"), None);
    assert_eq!(https_host("https://evil.com@cloud.tencent.com/"), None);
    assert_eq!(https_host("https://cloud.tencent.com:8080/"), None);
    assert_eq!(https_host("https:///path"), None);
    assert!(!ALLOWED_HOSTS.contains(&https_host("https://cloud.tencent.com.evil.com/").unwrap()));
}

#[test]
fn every_link_is_https_on_an_allowed_host() {
    let links = all_links();
    assert!(links.len() >= 8);
    for (what, url) in links {
        assert!(
            !url.chars().any(char::is_whitespace),
            "{what}: whitespace in {url}"
        );
        let host =
            https_host(url).unwrap_or_else(|| panic!("{what}: not a plain https URL: {url}"));
        assert!(
            ALLOWED_HOSTS.contains(&host),
            "{what}: host {host} of {url}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Tables.

#[test]
fn every_content_belongs_to_exactly_one_scenario() {
    for content in Content::ALL {
        let owners: Vec<Scenario> = Scenario::ALL
            .iter()
            .copied()
            .filter(|s| s.def().contents.contains(content))
            .collect();
        assert_eq!(owners.len(), 1, "{content:?} belongs to {owners:?}");
    }
    for scenario in Scenario::ALL {
        let def = scenario.def();
        let unique: HashSet<Content> = def.contents.iter().copied().collect();
        assert_eq!(
            unique.len(),
            def.contents.len(),
            "{scenario:?}: duplicate content"
        );
        for (i, row) in def.rows.iter().enumerate() {
            for content in row.contents {
                assert!(
                    def.contents.contains(content),
                    "{scenario:?} row {i}: {content:?} is not one of the scenario's contents"
                );
            }
        }
        // A content nobody's row covers would leave the customer with nothing.
        for content in def.contents {
            assert!(
                def.rows
                    .iter()
                    .any(|r| r.contents.is_empty() || r.contents.contains(content)),
                "{scenario:?}: no row covers {content:?}"
            );
        }
    }
}

#[test]
fn every_see_scenario_points_to_a_plain_table() {
    let mut references = 0;
    for scenario in Scenario::ALL {
        for row in scenario.def().rows {
            if let Offer::SeeScenario {
                scenario: target, ..
            } = row.offer
            {
                references += 1;
                assert_ne!(target, *scenario, "{scenario:?} refers to itself");
                assert!(!target.def().rows.is_empty(), "{target:?} has no rows");
                assert!(
                    target
                        .def()
                        .rows
                        .iter()
                        .all(|r| matches!(r.offer, Offer::Scheme { .. })),
                    "{scenario:?} refers to {target:?}, which refers on"
                );
            }
        }
    }
    assert!(references > 0, "场景5 refers to 场景2");
}

fn row_category_sets() -> Vec<&'static CategorySet> {
    let mut sets = Vec::new();
    for scenario in Scenario::ALL {
        for row in scenario.def().rows {
            if let Offer::Scheme {
                requirement: Requirement::Category(set),
                ..
            } = row.offer
            {
                sets.push(set);
            }
        }
    }
    sets
}

#[test]
fn every_category_set_is_used_and_every_category_is_in_a_set() {
    let used = row_category_sets();
    for set in CATEGORY_SETS {
        assert!(
            used.iter().any(|u| std::ptr::eq(*u, set)),
            "{:?} is used by no row",
            set.source.en
        );
        assert!(!set.categories.is_empty(), "{:?} is empty", set.source.en);
        let unique: HashSet<Category> = set.categories.iter().copied().collect();
        assert_eq!(unique.len(), set.categories.len(), "{:?}", set.source.en);
        assert!(
            !set.categories.contains(&Category::None)
                && !set.categories.contains(&Category::Unsure),
            "\"none\" and \"unsure\" meet no requirement"
        );
        // Its wording names one first level (【金融业】下…), so every category shares it.
        let group = set.categories[0].group();
        assert!(group.is_some(), "{:?}", set.source.en);
        assert!(
            set.categories.iter().all(|c| c.group() == group),
            "{:?} spans first levels",
            set.source.en
        );
    }
    for set in &used {
        assert!(
            CATEGORY_SETS.iter().any(|s| std::ptr::eq(*s, *set)),
            "{:?} is missing from CATEGORY_SETS",
            set.source.en
        );
    }
    for (i, a) in CATEGORY_SETS.iter().enumerate() {
        for b in &CATEGORY_SETS[i + 1..] {
            assert_ne!(a, b, "two sets with the same requirement");
        }
    }
    for category in Category::ALL {
        if matches!(category, Category::None | Category::Unsure) {
            continue;
        }
        assert!(
            CATEGORY_SETS
                .iter()
                .any(|s| s.categories.contains(category)),
            "{category:?} is in no set"
        );
    }
}

#[test]
fn every_category_but_none_and_unsure_has_a_group() {
    for category in Category::ALL {
        assert_eq!(
            category.group().is_none(),
            matches!(category, Category::None | Category::Unsure),
            "{category:?}"
        );
    }
    for group in CategoryGroup::ALL {
        assert!(
            Category::ALL.iter().any(|c| c.group() == Some(*group)),
            "{group:?} has no category"
        );
    }
}

#[test]
fn every_note_is_used() {
    let mut shown: HashSet<Note> = HashSet::new();
    for answers in Answers::every() {
        shown.extend(decide(answers).notes);
    }
    for note in Note::ALL {
        assert!(shown.contains(note), "{note:?} is never shown");
    }
    // A table's own notes are shown with it whatever else is answered.
    for scenario in Scenario::ALL {
        for subject in with_none(Subject::ALL) {
            let notes = decide(Answers {
                subject,
                scenario: Some(*scenario),
                ..Answers::default()
            })
            .notes;
            for note in scenario.def().notes {
                assert!(notes.contains(note), "{scenario:?} without {note:?}");
            }
        }
    }
}

#[test]
fn every_scheme_and_check_is_used() {
    let mut schemes = HashSet::new();
    let mut checks = HashSet::new();
    for scenario in Scenario::ALL {
        for row in scenario.def().rows {
            match row.offer {
                Offer::Scheme {
                    requirement,
                    scheme,
                } => {
                    schemes.insert(scheme);
                    if let Requirement::Checks(list) = requirement {
                        assert!(!list.is_empty(), "{scenario:?}: empty checks");
                        checks.extend(list.iter().copied());
                    }
                }
                Offer::SeeScenario { also, .. } => checks.extend(also.iter().copied()),
            }
        }
    }
    for scheme in Scheme::ALL {
        assert!(schemes.contains(scheme), "{scheme:?} is offered by no row");
    }
    for check in Check::ALL {
        assert!(checks.contains(check), "{check:?} is asked by no row");
    }
}

/// What a row contributes to the decision: for each scheme it leads to, the requirement that
/// must be met and the checks the widget cannot verify.
fn row_targets(row: &Row) -> Vec<(Scheme, Requirement, Vec<Check>)> {
    match row.offer {
        Offer::Scheme {
            requirement,
            scheme,
        } => vec![(scheme, requirement, Vec::new())],
        Offer::SeeScenario { scenario, also } => scenario
            .def()
            .rows
            .iter()
            .filter_map(|r| match r.offer {
                Offer::Scheme {
                    requirement,
                    scheme,
                } => Some((scheme, requirement, also.to_vec())),
                Offer::SeeScenario { .. } => None,
            })
            .collect(),
    }
}

/// The route a row yields when everything the answers can settle is settled in its favour.
fn reached(decision: &Decision, scheme: Scheme, requirement: Requirement, also: &[Check]) -> bool {
    let mut checks: Vec<Check> = also.to_vec();
    let met = match requirement {
        Requirement::Checks(list) => {
            checks.extend_from_slice(list);
            None
        }
        _ => Some(requirement),
    };
    let status = if checks.is_empty() {
        Status::Available
    } else {
        Status::Conditional
    };
    let Some(outcome) = decision.outcome(scheme) else {
        return false;
    };
    outcome.routes.iter().any(|route| {
        route.status == status
            && route.met == met
            && route.missing.is_empty()
            && route.conditions.len() == checks.len()
            && checks
                .iter()
                .all(|c| route.conditions.contains(&Condition::Check(*c)))
    })
}

#[test]
fn every_row_is_reachable() {
    let all = Answers::every();
    for scenario in Scenario::ALL {
        let decisions: Vec<Decision> = all
            .iter()
            .filter(|a| a.scenario == Some(*scenario))
            .map(|a| decide(*a))
            .collect();
        for (i, row) in scenario.def().rows.iter().enumerate() {
            for (scheme, requirement, also) in row_targets(row) {
                assert!(
                    decisions
                        .iter()
                        .any(|d| reached(d, scheme, requirement, &also)),
                    "{scenario:?} row {i} ({scheme:?}, {requirement:?}) is never reached"
                );
            }
        }
    }
}

#[test]
fn rows_of_a_table_are_distinct() {
    // Two rows with the same scheme and requirement for the same content could not be told apart.
    for scenario in Scenario::ALL {
        let def = scenario.def();
        let contents: Vec<Option<Content>> = if def.contents.is_empty() {
            vec![None]
        } else {
            def.contents.iter().copied().map(Some).collect()
        };
        for content in contents {
            let mut seen: Vec<(Scheme, Requirement)> = Vec::new();
            for row in def.rows {
                if let Some(c) = content {
                    if !row.contents.is_empty() && !row.contents.contains(&c) {
                        continue;
                    }
                }
                for (scheme, requirement, _) in row_targets(row) {
                    assert!(
                        !seen.contains(&(scheme, requirement)),
                        "{scenario:?} {content:?}: {scheme:?} {requirement:?} twice"
                    );
                    seen.push((scheme, requirement));
                }
            }
        }
    }
}
