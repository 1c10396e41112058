//! The shapes the source's tables are written in. The data lives in `scenarios.rs` and `catalog.rs`.

use super::decide::Answers;
use super::ids::{Category, Check, Content, Note, Scenario, Scheme, Subject};
use super::text::{Lang, Text};

/// One of the source's ten scenario tables.
pub struct ScenarioDef {
    pub id: Scenario,
    /// The heading, e.g. 场景6：生活趣事、宠物直播等娱乐类直播.
    pub name: Text,
    /// The table's content cell, so a customer recognises their case.
    pub example: Text,
    /// The content choices, for tables that split by content; empty otherwise.
    pub contents: &'static [Content],
    pub rows: &'static [Row],
    /// The notes printed under this table.
    pub notes: &'static [Note],
}

/// Search words in each language, separated by `|`. The two lists differ in length and
/// content: a word is worth having where customers use it, not as a translation of the other
/// list. One string per list: a slice of strings would cost the wasm a pointer and a length
/// for each of some 300 words.
pub struct Words {
    pub zh: &'static str,
    pub en: &'static str,
}

impl Words {
    pub fn get(&self, lang: Lang) -> impl Iterator<Item = &'static str> {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
        .split('|')
    }
}

/// One row of a scenario table.
pub struct Row {
    /// The contents this row covers; empty means every content of the scenario.
    pub contents: &'static [Content],
    pub offer: Offer,
}

/// A scheme a row offers and what it takes, with a 见场景N row read as the rows of the table it
/// points to.
#[derive(Clone, Copy)]
pub struct Offered {
    pub requirement: Requirement,
    pub scheme: Scheme,
    /// Checks the referring row adds on top of the other table's requirement.
    pub also: &'static [Check],
    /// The table a 见场景N row points to.
    pub via: Option<Scenario>,
}

impl Row {
    /// Whether the row is about these answers: their content (or any, while it is not given)
    /// and a scheme whose requirement they meet or leave open; never for an individual
    /// subject, whom no row serves.
    pub fn may_apply(&self, a: &Answers) -> bool {
        a.subject != Some(Subject::Individual)
            && (self.contents.is_empty() || a.content.is_none_or(|c| self.contents.contains(&c)))
            && self.routes().any(|r| r.requirement.may_hold(a))
    }

    /// Every scheme this row offers, in table order: its own, or each row of the table it
    /// points to (one level: the source never points on from a table it points to).
    pub fn routes(&self) -> impl Iterator<Item = Offered> + '_ {
        let (rows, also, via): (&[Row], _, _) = match self.offer {
            Offer::Scheme { .. } => (std::slice::from_ref(self), &[][..], None),
            Offer::SeeScenario { scenario, also } => (scenario.def().rows, also, Some(scenario)),
        };
        rows.iter().filter_map(move |row| match row.offer {
            Offer::Scheme {
                requirement,
                scheme,
            } => Some(Offered {
                requirement,
                scheme,
                also,
                via,
            }),
            Offer::SeeScenario { .. } => None,
        })
    }
}

pub enum Offer {
    /// The row names a requirement and the scheme it unlocks.
    Scheme {
        requirement: Requirement,
        scheme: Scheme,
    },
    /// The row sends the reader to another scenario's table (见场景2…); `also` are checks that
    /// the referring row adds on top of the other table's requirements.
    SeeScenario {
        scenario: Scenario,
        also: &'static [Check],
    },
}

/// The 要求 cell of a row.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Requirement {
    /// 无类目要求，无需开发，购买即可直接使用.
    NoCategory,
    /// The mini program's certified subject must be of this type.
    Subject(Subject),
    /// The mini program must have one of these service categories.
    Category(&'static CategorySet),
    /// Conditions the widget cannot verify.
    Checks(&'static [Check]),
}

impl Requirement {
    /// Whether these answers meet it or leave it open: the question it turns on unanswered, or
    /// answered "not sure". A subject or category that rules it out does not.
    pub fn may_hold(self, a: &Answers) -> bool {
        match self {
            Requirement::NoCategory | Requirement::Checks(_) => true,
            Requirement::Subject(s) => a.subject.is_none_or(|given| given == s),
            Requirement::Category(set) => match a.category {
                None | Some(Category::Unsure) => true,
                Some(c) => set.categories.contains(&c),
            },
        }
    }
}

/// A category requirement: the categories that satisfy it, and the source's own words for it.
/// How it reads in a sentence is built from the categories (see `phrases`), so "any one of"
/// can never read as "all of".
#[derive(Debug, PartialEq, Eq)]
pub struct CategorySet {
    /// The 要求 cell as the source writes it.
    pub source: Text,
    /// The set is "any second-level category" of the categories' first level (教育).
    pub any_in_group: bool,
    pub categories: &'static [Category],
}

/// A notice printed with the rules: a warning (`>!`, bold) or a tip (`>?`).
pub struct NoteDef {
    pub id: Note,
    pub kind: NoteKind,
    pub text: Text,
    /// A link the note offers (the contact form for offline events).
    pub link: Option<Link>,
    /// A scenario the note points to.
    pub see: Option<Scenario>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoteKind {
    Warning,
    Tip,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Link {
    pub label: Text,
    pub url: &'static str,
}
