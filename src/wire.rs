//! The payloads host pages receive: the Decision that `decide()` returns, and the details of the
//! widget's events. Plain data built from the rules' own types, serialized by serde: into JS
//! values in the browser (`embed::plain`), into JSON in the native tests.
//!
//! Every id is its string, every absent value `null` (never a missing key): the keys and their
//! order are the public shape. Each type also describes itself ([`Declaration`]), so the
//! TypeScript declarations are generated from these very definitions (`tests/contract.rs`).

use serde::{Serialize, Serializer};

use crate::rules::{
    self, Answers, Category, CategorySet, Check, Content, Lang, Note, Scenario, Scheme, Status,
    Subject,
};

/// The TypeScript type of a value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Ts {
    Boolean,
    String,
    /// A type declared by name (an id union or another payload).
    Named(&'static str),
    /// `T | null`.
    Nullable(Box<Ts>),
    /// `T[]`.
    List(Box<Ts>),
    /// A list of fixed length, `[T]`.
    Tuple(Vec<Ts>),
}

/// A value whose TypeScript type is known.
pub trait Typed {
    fn ts() -> Ts;
}

impl Typed for bool {
    fn ts() -> Ts {
        Ts::Boolean
    }
}

impl Typed for &'static str {
    fn ts() -> Ts {
        Ts::String
    }
}

impl<T: Typed> Typed for Option<T> {
    fn ts() -> Ts {
        Ts::Nullable(Box::new(T::ts()))
    }
}

impl<T: Typed> Typed for Vec<T> {
    fn ts() -> Ts {
        Ts::List(Box::new(T::ts()))
    }
}

impl<T: Typed> Typed for &'static [T] {
    fn ts() -> Ts {
        Ts::List(Box::new(T::ts()))
    }
}

impl<T: Typed, const N: usize> Typed for [T; N] {
    fn ts() -> Ts {
        Ts::Tuple(vec![T::ts(); N])
    }
}

/// A named type of the contract, as TypeScript declares it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Declaration {
    pub name: &'static str,
    /// Its doc comment's lines; the generated comment rewraps them.
    pub doc: Vec<&'static str>,
    pub body: Body,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Body {
    /// One of these strings.
    Union(Vec<&'static str>),
    /// An object with exactly these keys, in this order.
    Object(Vec<Field>),
    /// One of these objects, told apart by their `type`, which comes first.
    Tagged(Vec<Variant>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub name: &'static str,
    pub doc: Vec<&'static str>,
    pub ts: Ts,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Variant {
    /// The value of its `type` key.
    pub tag: &'static str,
    pub doc: Vec<&'static str>,
    pub fields: Vec<Field>,
}

/// Doc comment lines without the space `///` leaves before the text.
fn doc(lines: &[&'static str]) -> Vec<&'static str> {
    lines
        .iter()
        .map(|line| line.strip_prefix(' ').unwrap_or(line))
        .collect()
}

/// An id family: serialized as its id string, declared as the union of every id.
macro_rules! id_type {
    ($ty:ty, $ts:literal, $id:ident, $doc:expr) => {
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.$id())
            }
        }

        impl Typed for $ty {
            fn ts() -> Ts {
                Ts::Named($ts)
            }
        }

        impl $ty {
            /// Its TypeScript declaration: every id, in order.
            pub fn declaration() -> Declaration {
                Declaration {
                    name: $ts,
                    doc: vec![$doc],
                    body: Body::Union(<$ty>::ALL.iter().map(|v| v.$id()).collect()),
                }
            }
        }
    };
}

id_type!(
    Lang,
    "LangTag",
    tag,
    "The language tag the widget reports (in events and its own `lang` attribute)."
);
id_type!(
    Subject,
    "SubjectId",
    id,
    "The legal subject the mini program is registered to."
);
id_type!(
    Scenario,
    "ScenarioId",
    id,
    "The scenario, in the source document's order."
);
id_type!(
    Content,
    "ContentId",
    id,
    "What is streamed, for the scenarios whose rules split by content (finance and medical)."
);
id_type!(
    Category,
    "CategoryId",
    id,
    concat!(
        "The mini program's service category. `none`: it has none of the listed ones; ",
        "`unsure`: the visitor does not know, so routes that need a category come back ",
        "`conditional` with a `category` condition."
    )
);
id_type!(
    Scheme,
    "SchemeId",
    id,
    "The three ways to bring live streaming into a mini program."
);
id_type!(
    Note,
    "NoteId",
    id,
    "The notes and warnings of the source document."
);
id_type!(
    Check,
    "CheckId",
    id,
    "Requirements the widget cannot verify from the answers."
);
id_type!(
    Status,
    "Status",
    id,
    concat!(
        "`available`: usable with what was entered. `conditional`: usable once the route's ",
        "`conditions` hold. `unavailable`: ruled out; the route's `missing` says what would ",
        "open it."
    )
);

/// Every id union, in the order the declarations list them.
pub fn id_declarations() -> Vec<Declaration> {
    vec![
        Lang::declaration(),
        Subject::declaration(),
        Scenario::declaration(),
        Content::declaration(),
        Category::declaration(),
        Scheme::declaration(),
        Note::declaration(),
        Check::declaration(),
        Status::declaration(),
    ]
}

/// A key as JS sees it: the field's own name, or the camel-case one given with `as`.
macro_rules! key {
    ($field:ident) => {
        stringify!($field)
    };
    ($field:ident $js:literal) => {
        $js
    };
}

/// A payload object: the struct serde serializes and its declaration, from one definition.
macro_rules! object {
    (
        $(#[doc = $doc:literal])*
        $name:ident as $ts:literal {
            $($(#[doc = $field_doc:literal])* $field:ident $(as $js:literal)?: $ty:ty),+ $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Serialize)]
        pub struct $name {
            $($(#[doc = $field_doc])* $(#[serde(rename = $js)])? pub $field: $ty),+
        }

        impl Typed for $name {
            fn ts() -> Ts {
                Ts::Named($ts)
            }
        }

        impl $name {
            pub fn declaration() -> Declaration {
                Declaration {
                    name: $ts,
                    doc: doc(&[$($doc),*]),
                    body: Body::Object(vec![$(Field {
                        name: key!($field $($js)?),
                        doc: doc(&[$($field_doc),*]),
                        ts: <$ty as Typed>::ts(),
                    }),+]),
                }
            }
        }
    };
}

/// A payload that is one of several objects told apart by their `type`.
macro_rules! tagged {
    (
        $(#[doc = $doc:literal])*
        $name:ident {
            $(
                $(#[doc = $variant_doc:literal])*
                $variant:ident = $tag:literal { $($field:ident: $ty:ty),* }
            ),+ $(,)?
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Clone, Debug, PartialEq, Eq, Serialize)]
        #[serde(tag = "type")]
        pub enum $name {
            $(
                $(#[doc = $variant_doc])*
                #[serde(rename = $tag)]
                $variant { $($field: $ty),* }
            ),+
        }

        impl Typed for $name {
            fn ts() -> Ts {
                Ts::Named(stringify!($name))
            }
        }

        impl $name {
            pub fn declaration() -> Declaration {
                Declaration {
                    name: stringify!($name),
                    doc: doc(&[$($doc),*]),
                    body: Body::Tagged(vec![$(Variant {
                        tag: $tag,
                        doc: doc(&[$($variant_doc),*]),
                        fields: vec![$(Field {
                            name: stringify!($field),
                            doc: Vec::new(),
                            ts: <$ty as Typed>::ts(),
                        }),*],
                    }),+]),
                }
            }
        }
    };
}

object! {
    /// The answers a decision was made from, normalized: every key present, null when unanswered.
    Input as "Input" {
        subject: Option<Subject>,
        scenario: Option<Scenario>,
        /// A content belongs to one scenario (`finance-*` to `finance`, `medical-*` to `medical`).
        content: Option<Content>,
        category: Option<Category>,
    }
}

tagged! {
    /// Why a route applies: the rule's requirement that the answers meet.
    Requirement {
        NoCategory = "no-category" {},
        Subject = "subject" { subject: Subject },
        Category = "category" { categories: &'static [Category] },
        Checks = "checks" { checks: &'static [Check] },
    }
}

tagged! {
    /// Something that must still hold for a `conditional` route.
    Condition {
        /// A requirement the widget cannot verify (always one check).
        Check = "check" { checks: [Check; 1] },
        /// The subject is unanswered; the mini program must not belong to an individual.
        NonIndividualSubject = "non-individual-subject" {},
        /// The subject is unanswered; the route needs a government subject.
        GovernmentSubject = "government-subject" {},
        /// The content is unanswered; the route covers only these contents.
        ContentIs = "content-is" { contents: &'static [Content] },
        /// The category is unanswered or `unsure`; the route needs one of these categories.
        Category = "category" { categories: &'static [Category] },
    }
}

tagged! {
    /// Something the answers rule out, which would open an `unavailable` route.
    Missing {
        NonIndividualSubject = "non-individual-subject" {},
        GovernmentSubject = "government-subject" {},
        Category = "category" { categories: &'static [Category] },
    }
}

object! {
    /// One rule leading to a scheme, evaluated against the answers.
    Route as "Route" {
        status: Status,
        /// The requirement the answers meet, or null.
        met: Option<Requirement>,
        conditions: Vec<Condition>,
        missing: Vec<Missing>,
    }
}

object! {
    /// One scheme the scenario offers.
    Outcome as "Outcome" {
        scheme: Scheme,
        /// The status of its best route (the first).
        status: Status,
        /// The scheme's documentation page.
        url: &'static str,
        /// Every route to the scheme, the best first; never empty.
        routes: Vec<Route>,
    }
}

tagged! {
    /// The one thing that opens a next step's scheme.
    NextAction {
        /// The mini program has a category, just not one of these: add one.
        AddCategory = "add-category" { categories: &'static [Category] },
        /// The mini program has none of the listed categories, or the visitor does not know
        /// (or has not said) which it has: register a non-individual mini program if there is
        /// none yet, choose one of these, use the scheme.
        ChooseCategory = "choose-category" { categories: &'static [Category] },
        /// The subject is unanswered and the route needs one of these subjects.
        Subject = "subject" { subjects: &'static [Subject] },
        /// Only the goal's `checks` stand in the way.
        Checks = "checks" {},
        /// Nothing to do: only the content is unanswered.
        Ready = "ready" {},
    }
}

object! {
    /// A scheme a next step aims for, and what opens it.
    Goal as "NextGoal" {
        scheme: Scheme,
        /// The one thing to do.
        step: NextAction,
        /// The contents the route covers while the content is unanswered; empty: any.
        contents: &'static [Content],
        /// Checks the widget cannot verify that must hold too; with a `checks` step they are the
        /// step.
        checks: Vec<Check>,
    }
}

tagged! {
    /// What to do when no scheme is available yet.
    NextStep {
        /// The least-work scheme the visitor can still reach (one that waits only for answers
        /// first), and the next one after it.
        Reach = "reach" { goal: Goal, alternative: Option<Goal> },
        /// Nothing the visitor can do with this mini program opens a scheme: only one
        /// registered to one of `subjects` would, and `scheme` is the least work it would open.
        Blocked = "blocked" { subjects: &'static [Subject], scheme: Scheme },
    }
}

object! {
    /// The decision for a set of answers.
    Decision as "Decision" {
        input: Input,
        /// The mini program belongs to an individual: no scheme can be used.
        blocked: bool,
        /// The scheme the widget recommends among the available ones; null when none is
        /// available.
        recommended: Option<Scheme>,
        /// What to do when no scheme is available yet; null when one is, or before a scenario
        /// is chosen.
        next_step as "nextStep": Option<NextStep>,
        /// Every scheme the scenario (and content) offers: available, then conditional, then
        /// unavailable.
        schemes: Vec<Outcome>,
        /// The notes that apply, in a fixed order.
        notes: Vec<Note>,
    }
}

object! {
    /// `live-scheme-change`: the language or an answer changed (not fired for the starting
    /// state).
    Change as "LiveSchemeChangeDetail" {
        lang: Lang,
        input: Input,
        decision: Decision,
    }
}

object! {
    /// `live-scheme-link`: a scheme's documentation link was followed.
    Link as "LiveSchemeLinkDetail" {
        scheme: Scheme,
        url: &'static str,
    }
}

/// Every payload type, each after the types it uses.
pub fn payload_declarations() -> Vec<Declaration> {
    vec![
        Requirement::declaration(),
        Condition::declaration(),
        Missing::declaration(),
        Route::declaration(),
        Outcome::declaration(),
        NextAction::declaration(),
        Goal::declaration(),
        NextStep::declaration(),
        Decision::declaration(),
    ]
}

/// The details of the events, in the order the declarations list them.
pub fn event_declarations() -> Vec<Declaration> {
    vec![Change::declaration(), Link::declaration()]
}

pub fn input(a: &Answers) -> Input {
    Input {
        subject: a.subject,
        scenario: a.scenario,
        content: a.content,
        category: a.category,
    }
}

fn categories(set: &CategorySet) -> &'static [Category] {
    set.categories
}

fn requirement(r: rules::Requirement) -> Requirement {
    match r {
        rules::Requirement::NoCategory => Requirement::NoCategory {},
        rules::Requirement::Subject(subject) => Requirement::Subject { subject },
        rules::Requirement::Category(set) => Requirement::Category {
            categories: categories(set),
        },
        rules::Requirement::Checks(checks) => Requirement::Checks { checks },
    }
}

fn condition(c: rules::Condition) -> Condition {
    match c {
        rules::Condition::Check(check) => Condition::Check { checks: [check] },
        rules::Condition::NonIndividualSubject => Condition::NonIndividualSubject {},
        rules::Condition::GovernmentSubject => Condition::GovernmentSubject {},
        rules::Condition::ContentIs(contents) => Condition::ContentIs { contents },
        rules::Condition::Category(set) => Condition::Category {
            categories: categories(set),
        },
    }
}

fn missing(m: rules::Missing) -> Missing {
    match m {
        rules::Missing::NonIndividualSubject => Missing::NonIndividualSubject {},
        rules::Missing::GovernmentSubject => Missing::GovernmentSubject {},
        rules::Missing::Category(set) => Missing::Category {
            categories: categories(set),
        },
    }
}

fn route(r: &rules::Route) -> Route {
    Route {
        status: r.status,
        met: r.met.map(requirement),
        conditions: r.conditions.iter().map(|c| condition(*c)).collect(),
        missing: r.missing.iter().map(|m| missing(*m)).collect(),
    }
}

fn outcome(o: &rules::Outcome) -> Outcome {
    Outcome {
        scheme: o.scheme,
        status: o.status,
        url: o.scheme.url(),
        routes: o.routes.iter().map(route).collect(),
    }
}

fn action(step: rules::Step) -> NextAction {
    match step {
        rules::Step::AddCategory(set) => NextAction::AddCategory {
            categories: categories(set),
        },
        rules::Step::ChooseCategory(set) => NextAction::ChooseCategory {
            categories: categories(set),
        },
        rules::Step::Subject(subjects) => NextAction::Subject { subjects },
        rules::Step::Checks => NextAction::Checks {},
        rules::Step::Ready => NextAction::Ready {},
    }
}

fn goal(g: &rules::Goal) -> Goal {
    Goal {
        scheme: g.scheme,
        step: action(g.step),
        contents: g.contents,
        checks: g.checks.clone(),
    }
}

pub fn next_step(n: &rules::NextStep) -> NextStep {
    match n {
        rules::NextStep::Reach {
            goal: g,
            alternative,
        } => NextStep::Reach {
            goal: goal(g),
            alternative: alternative.as_ref().map(goal),
        },
        rules::NextStep::Blocked { subjects, scheme } => NextStep::Blocked {
            subjects,
            scheme: *scheme,
        },
    }
}

pub fn decision(d: &rules::Decision) -> Decision {
    Decision {
        input: input(&d.answers),
        blocked: d.blocked,
        recommended: d.recommended,
        next_step: rules::next_step(d).as_ref().map(next_step),
        schemes: d.outcomes.iter().map(outcome).collect(),
        notes: d.notes.clone(),
    }
}

/// The detail of a `live-scheme-change` event.
pub fn change(lang: Lang, d: &rules::Decision) -> Change {
    Change {
        lang,
        input: input(&d.answers),
        decision: decision(d),
    }
}

/// The detail of a `live-scheme-link` event.
pub fn link(scheme: Scheme) -> Link {
    Link {
        scheme,
        url: scheme.url(),
    }
}
