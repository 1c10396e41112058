//! Which categories matter for a scenario, so the form can offer them first.

use super::ids::{Category, CategoryGroup, Check, Scenario, Scheme};
use super::table::{CategorySet, Offered, Requirement, Row};

/// The categories any row of the scenario (or of a table it refers to) asks for, in table order.
pub fn relevant_categories(scenario: Scenario) -> Vec<Category> {
    let mut out = Vec::new();
    for route in routes(scenario) {
        if let Requirement::Category(set) = route.requirement {
            for c in set.categories {
                if !out.contains(c) {
                    out.push(*c);
                }
            }
        }
    }
    out
}

fn routes(scenario: Scenario) -> impl Iterator<Item = Offered> {
    scenario.def().rows.iter().flat_map(Row::routes)
}

/// The first-level groups in the order a customer of this scenario should see them: groups
/// holding a relevant category first.
pub fn ordered_groups(scenario: Option<Scenario>) -> Vec<CategoryGroup> {
    let relevant = scenario.map(relevant_categories).unwrap_or_default();
    let mut groups: Vec<CategoryGroup> = relevant.iter().filter_map(|c| c.group()).collect();
    groups.extend_from_slice(CategoryGroup::ALL);
    let mut seen = Vec::new();
    groups.retain(|g| {
        let first = !seen.contains(g);
        seen.push(*g);
        first
    });
    groups
}

/// Every scheme some row of the scenario (or of a table it refers to) offers, whatever the
/// content: what a customer of this scenario could get at all.
pub fn offered_schemes(scenario: Scenario) -> Vec<Scheme> {
    let mut out = Vec::new();
    for route in routes(scenario) {
        if !out.contains(&route.scheme) {
            out.push(route.scheme);
        }
    }
    out
}

/// One category for each way the scenario's rules tell categories apart (the category sets a
/// row asks for, the checks a category meets, a category the rules name against none or
/// `unsure`), in `Category::ALL`'s order. Two categories the rules treat alike lead to the same
/// decision, so asking "what could this answer change" needs only these.
pub fn distinct_categories(scenario: Scenario) -> Vec<Category> {
    let mut sets: Vec<&'static CategorySet> = Vec::new();
    let mut checks: Vec<Check> = Vec::new();
    for route in routes(scenario) {
        if let Requirement::Category(set) = route.requirement {
            sets.push(set);
        }
        checks.extend_from_slice(route.also);
    }
    let signature = |c: Category| -> (bool, bool, Vec<bool>, Vec<bool>) {
        (
            c == Category::Unsure,
            c.group().is_none(),
            sets.iter().map(|s| s.categories.contains(&c)).collect(),
            checks.iter().map(|k| k.met_by(Some(c))).collect(),
        )
    };
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for c in Category::ALL.iter().copied() {
        let sig = signature(c);
        if !seen.contains(&sig) {
            seen.push(sig);
            out.push(c);
        }
    }
    out
}
