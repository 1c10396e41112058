//! How missing pieces read: every category to add names where to add it, and English readers
//! also get the Chinese name they will see in the console.

use lss::phrases;
use lss::rules::{Lang, Missing, CATEGORY_PATH, CATEGORY_SETS};

fn has_cjk(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn every_category_to_add_says_what_and_where_in_both_languages() {
    for set in CATEGORY_SETS {
        assert!(
            set.add.zh.starts_with("添加") && has_cjk(set.add.zh),
            "{:?}",
            set.label
        );
        assert!(
            set.add.en.starts_with("Add ") && !has_cjk(set.add.en),
            "{:?}",
            set.label
        );
        let zh = phrases::missing(Missing::Category(set), Lang::Zh);
        assert!(
            zh.starts_with(set.add.zh) && zh.ends_with(CATEGORY_PATH.zh),
            "{zh}"
        );
        let en = phrases::missing(Missing::Category(set), Lang::En);
        assert!(en.starts_with(set.add.en), "{en}");
        assert!(en.contains(set.label.zh), "the console's own name: {en}");
        assert!(en.ends_with(CATEGORY_PATH.en), "{en}");
    }
}

#[test]
fn any_education_category_is_not_read_as_all_of_them() {
    let set = CATEGORY_SETS
        .iter()
        .find(|s| s.label.zh == "【教育】类目下所有二级类目")
        .expect("the education set");
    assert!(phrases::missing(Missing::Category(set), Lang::Zh).contains("任一二级类目"));
    assert!(phrases::missing(Missing::Category(set), Lang::En).contains("any second-level"));
}

#[test]
fn join_puts_the_separator_only_between_items() {
    assert_eq!(phrases::join(&[], ", "), "");
    assert_eq!(phrases::join(&["a"], ", "), "a");
    assert_eq!(phrases::join(&["a", "b", "c"], "、"), "a、b、c");
}
