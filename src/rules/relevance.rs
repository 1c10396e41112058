//! Which categories matter for a scenario, so the form can offer them first.

use super::ids::{Category, CategoryGroup, Scenario, Scheme};
use super::table::{Offer, Requirement};

/// The categories any row of the scenario (or of a table it refers to) asks for, in table order.
pub fn relevant_categories(scenario: Scenario) -> Vec<Category> {
    let mut out = Vec::new();
    for row in scenario.def().rows {
        match row.offer {
            Offer::Scheme { requirement, .. } => push_requirement(&mut out, requirement),
            Offer::SeeScenario { scenario, .. } => {
                for referred in scenario.def().rows {
                    if let Offer::Scheme { requirement, .. } = referred.offer {
                        push_requirement(&mut out, requirement);
                    }
                }
            }
        }
    }
    out
}

fn push_requirement(out: &mut Vec<Category>, requirement: Requirement) {
    if let Requirement::Category(set) = requirement {
        for c in set.categories {
            if !out.contains(c) {
                out.push(*c);
            }
        }
    }
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
    let mut push = |offer: &Offer| {
        if let Offer::Scheme { scheme, .. } = offer {
            if !out.contains(scheme) {
                out.push(*scheme);
            }
        }
    };
    for row in scenario.def().rows {
        match row.offer {
            Offer::SeeScenario { scenario, .. } => {
                scenario.def().rows.iter().for_each(|r| push(&r.offer))
            }
            ref offer => push(offer),
        }
    }
    out
}
