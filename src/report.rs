//! The Decision as plain data with the public ids, for the JS API and the widget's events.

use serde::Serialize;

use crate::rules::{Answers, Condition, Decision, Missing, Outcome, Requirement, Route};

#[derive(Serialize, Debug, PartialEq)]
pub struct InputReport {
    pub subject: Option<&'static str>,
    pub scenario: Option<&'static str>,
    pub content: Option<&'static str>,
    pub category: Option<&'static str>,
}

impl From<&Answers> for InputReport {
    fn from(a: &Answers) -> Self {
        InputReport {
            subject: a.subject.map(|v| v.id()),
            scenario: a.scenario.map(|v| v.id()),
            content: a.content.map(|v| v.id()),
            category: a.category.map(|v| v.id()),
        }
    }
}

#[derive(Serialize, Debug, PartialEq)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum RequirementReport {
    NoCategory,
    Subject { subject: &'static str },
    Category { categories: Vec<&'static str> },
    Checks { checks: Vec<&'static str> },
}

impl From<Requirement> for RequirementReport {
    fn from(r: Requirement) -> Self {
        match r {
            Requirement::NoCategory => RequirementReport::NoCategory,
            Requirement::Subject(s) => RequirementReport::Subject { subject: s.id() },
            Requirement::Category(set) => RequirementReport::Category {
                categories: set.categories.iter().map(|c| c.id()).collect(),
            },
            Requirement::Checks(checks) => RequirementReport::Checks {
                checks: checks.iter().map(|c| c.id()).collect(),
            },
        }
    }
}

#[derive(Serialize, Debug, PartialEq)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum ConditionReport {
    Check { check: &'static str },
    NonIndividualSubject,
    GovernmentSubject,
    ContentIs { contents: Vec<&'static str> },
}

impl From<Condition> for ConditionReport {
    fn from(c: Condition) -> Self {
        match c {
            Condition::Check(check) => ConditionReport::Check { check: check.id() },
            Condition::NonIndividualSubject => ConditionReport::NonIndividualSubject,
            Condition::GovernmentSubject => ConditionReport::GovernmentSubject,
            Condition::ContentIs(contents) => ConditionReport::ContentIs {
                contents: contents.iter().map(|c| c.id()).collect(),
            },
        }
    }
}

#[derive(Serialize, Debug, PartialEq)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum MissingReport {
    NonIndividualSubject,
    GovernmentSubject,
    Category { categories: Vec<&'static str> },
}

impl From<Missing> for MissingReport {
    fn from(m: Missing) -> Self {
        match m {
            Missing::NonIndividualSubject => MissingReport::NonIndividualSubject,
            Missing::GovernmentSubject => MissingReport::GovernmentSubject,
            Missing::Category(set) => MissingReport::Category {
                categories: set.categories.iter().map(|c| c.id()).collect(),
            },
        }
    }
}

#[derive(Serialize, Debug, PartialEq)]
pub struct RouteReport {
    pub status: &'static str,
    pub met: Option<RequirementReport>,
    pub conditions: Vec<ConditionReport>,
    pub missing: Vec<MissingReport>,
}

impl From<&Route> for RouteReport {
    fn from(r: &Route) -> Self {
        RouteReport {
            status: r.status.id(),
            met: r.met.map(Into::into),
            conditions: r.conditions.iter().map(|c| (*c).into()).collect(),
            missing: r.missing.iter().map(|m| (*m).into()).collect(),
        }
    }
}

#[derive(Serialize, Debug, PartialEq)]
pub struct SchemeReport {
    pub scheme: &'static str,
    pub status: &'static str,
    pub url: &'static str,
    pub routes: Vec<RouteReport>,
}

impl From<&Outcome> for SchemeReport {
    fn from(o: &Outcome) -> Self {
        SchemeReport {
            scheme: o.scheme.id(),
            status: o.status.id(),
            url: o.scheme.url(),
            routes: o.routes.iter().map(Into::into).collect(),
        }
    }
}

#[derive(Serialize, Debug, PartialEq)]
pub struct DecisionReport {
    pub input: InputReport,
    pub blocked: bool,
    pub schemes: Vec<SchemeReport>,
    pub notes: Vec<&'static str>,
}

impl From<&Decision> for DecisionReport {
    fn from(d: &Decision) -> Self {
        DecisionReport {
            input: (&d.answers).into(),
            blocked: d.blocked,
            schemes: d.outcomes.iter().map(Into::into).collect(),
            notes: d.notes.iter().map(|n| n.id()).collect(),
        }
    }
}

/// The detail of a `live-scheme-change` event.
#[derive(Serialize, Debug, PartialEq)]
pub struct ChangeReport {
    pub lang: &'static str,
    pub input: InputReport,
    pub decision: DecisionReport,
}

/// The detail of a `live-scheme-link` event.
#[derive(Serialize, Debug, PartialEq)]
pub struct LinkReport {
    pub scheme: &'static str,
    pub url: &'static str,
}
