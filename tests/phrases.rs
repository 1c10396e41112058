//! How every reason, condition and missing line reads, for every category and both languages,
//! pinned word for word in `tests/golden/wording.txt`. A change of wording shows as a diff of
//! that file; `UPDATE_GOLDEN=1 cargo test --test phrases` rewrites it after a deliberate change.

mod native;

use std::fmt::Write;

use lss::phrases;
use lss::rules::{
    Answers, Category, Check, Condition, Content, Lang, Missing, Requirement, Scenario, Scheme,
    CATEGORY_PATH, CATEGORY_SETS,
};

const GOLDEN: &str = "tests/golden/wording.txt";

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

fn with_category(category: Option<Category>) -> Answers {
    Answers {
        category,
        ..Answers::default()
    }
}

/// Every sentence the rules can produce, one per line, labelled.
fn every_sentence() -> String {
    let mut out = String::new();
    for lang in Lang::ALL {
        let tag = lang.tag();
        for set in CATEGORY_SETS {
            let req = Requirement::Category(set);
            let name = set.source.zh;
            let _ = writeln!(
                out,
                "[{tag}] requirement {name}: {}",
                phrases::requirement(req, lang)
            );
            for category in set.categories {
                let met = phrases::met(req, &with_category(Some(*category)), lang);
                let _ = writeln!(out, "[{tag}] met {name} with {}: {met}", category.id());
            }
            let cond = phrases::condition(Condition::Category(set), lang);
            let _ = writeln!(out, "[{tag}] condition {name}: {cond}");
            let _ = writeln!(
                out,
                "[{tag}] missing {name}: {}",
                phrases::missing(Missing::Category(set), true, lang)
            );
        }
        for req in [
            Requirement::NoCategory,
            Requirement::Subject(lss::rules::Subject::Government),
        ] {
            let _ = writeln!(
                out,
                "[{tag}] met {req:?}: {}",
                phrases::met(req, &Answers::default(), lang)
            );
        }
        for cond in [
            Condition::NonIndividualSubject,
            Condition::GovernmentSubject,
        ] {
            let _ = writeln!(
                out,
                "[{tag}] condition {cond:?}: {}",
                phrases::condition(cond, lang)
            );
        }
        for check in Check::ALL {
            let cond = phrases::condition(Condition::Check(*check), lang);
            let _ = writeln!(out, "[{tag}] condition check {}: {cond}", check.id());
        }
        for contents in [
            &[Content::FinancePromotion, Content::FinanceTraining][..],
            &[Content::FinanceClaims, Content::FinancePromotion][..],
            &[Content::MedicalConsultation][..],
        ] {
            let cond = phrases::condition(Condition::ContentIs(contents), lang);
            let _ = writeln!(out, "[{tag}] condition content {contents:?}: {cond}");
        }
        for miss in [Missing::NonIndividualSubject, Missing::GovernmentSubject] {
            let _ = writeln!(
                out,
                "[{tag}] missing {miss:?}: {}",
                phrases::missing(miss, true, lang)
            );
        }
        for scheme in Scheme::ALL {
            let _ = writeln!(
                out,
                "[{tag}] scheme {}: {} | {} | {}",
                scheme.id(),
                scheme.takes().get(lang),
                scheme.link_label().get(lang),
                scheme.short().get(lang)
            );
        }
    }
    out
}

#[test]
fn every_sentence_reads_as_pinned() {
    native::matches_golden(GOLDEN, &every_sentence());
}

#[test]
fn any_never_reads_as_all() {
    let sentences = every_sentence();
    for line in sentences.lines() {
        let text = line.split_once(": ").map_or(line, |(_, t)| t);
        assert!(!text.contains("所有"), "{line}");
        assert!(!text.to_lowercase().contains(" all "), "{line}");
    }
}

#[test]
fn english_names_carry_the_consoles_chinese_and_chinese_has_no_english_words() {
    for set in CATEGORY_SETS {
        let en = phrases::missing(Missing::Category(set), true, Lang::En);
        assert!(en.starts_with("Add ") && has_cjk(&en), "{en}");
        assert!(en.ends_with(CATEGORY_PATH.en), "{en}");
        let zh = phrases::missing(Missing::Category(set), true, Lang::Zh);
        assert!(
            zh.starts_with("添加") && zh.ends_with(CATEGORY_PATH.zh),
            "{zh}"
        );
        // Under a next step, which has said where, a card does not say it again.
        for lang in Lang::ALL {
            let short = phrases::missing(Missing::Category(set), false, lang);
            assert!(!short.contains(CATEGORY_PATH.get(lang)), "{short}");
        }
        assert!(!zh.chars().any(|c| c.is_ascii_alphabetic()), "{zh}");
        for c in set.categories {
            // A reason names the category chosen, not the whole list.
            let met = phrases::met(
                Requirement::Category(set),
                &with_category(Some(*c)),
                Lang::Zh,
            );
            if !c.is_catch_all() {
                assert!(met.contains(c.name().zh), "{met}");
            }
            for other in set.categories.iter().filter(|o| *o != c) {
                assert!(!met.contains(other.name().zh), "{met} names {other:?}");
            }
        }
    }
}

#[test]
fn join_puts_the_separator_only_between_items() {
    assert_eq!(phrases::join(&[], ", "), "");
    assert_eq!(phrases::join(&["a"], ", "), "a");
    assert_eq!(phrases::join(&["a", "b", "c"], "、"), "a、b、c");
}

#[test]
fn requirements_that_are_sentences_are_never_joined_by_an_english_comma() {
    for scenario in Scenario::ALL.iter().copied() {
        for row in scenario.def().rows {
            for offered in row.routes() {
                // Checks are clauses; category lists are names (NEEQ …), rightly after commas.
                if !matches!(offered.requirement, Requirement::Checks(_)) {
                    continue;
                }
                let en = phrases::requirement(offered.requirement, Lang::En);
                let splice = en
                    .as_bytes()
                    .windows(3)
                    .any(|w| w[0] == b',' && w[1] == b' ' && w[2].is_ascii_uppercase());
                assert!(!splice, "{scenario:?}: {en}");
            }
        }
    }
}
