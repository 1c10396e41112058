//! The form's state and the actions that change it: the answers, and the guided flow around
//! them (which question is open, where focus goes next). The Decision is never stored here: it
//! is computed from the answers while rendering.

use crate::rules::{
    decide, distinct_categories, lead, Answers, Category, Content, Lang, Scenario, Subject,
};

/// The questions, in the order a customer thinks: what they stream, what exactly (only where
/// the scenario's table splits by content), who owns the mini program, its category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Question {
    Scenario,
    Content,
    Subject,
    Category,
}

impl Question {
    pub const ALL: [Question; 4] = [
        Question::Scenario,
        Question::Content,
        Question::Subject,
        Question::Category,
    ];

    pub const fn id(self) -> &'static str {
        match self {
            Question::Scenario => "scenario",
            Question::Content => "content",
            Question::Subject => "subject",
            Question::Category => "category",
        }
    }

    /// The questions these answers lead to: the content question only once the scenario is
    /// known to split by content; nothing more once the mini program turns out to be an
    /// individual's, which no scheme serves.
    pub fn asked(answers: &Answers) -> Vec<Question> {
        let splits = answers
            .scenario
            .is_some_and(|s| !s.def().contents.is_empty());
        let blocked = answers.subject == Some(Subject::Individual);
        Question::ALL
            .into_iter()
            .filter(|q| *q != Question::Content || splits)
            .filter(|q| {
                !blocked
                    || matches!(q, Question::Scenario | Question::Subject)
                    || q.is_answered(answers)
            })
            .collect()
    }

    pub fn is_answered(self, a: &Answers) -> bool {
        match self {
            Question::Scenario => a.scenario.is_some(),
            Question::Content => a.content.is_some(),
            Question::Subject => a.subject.is_some(),
            Question::Category => a.category.is_some(),
        }
    }

    /// Whether some answer to this question can still change what the result leads with (the
    /// recommended scheme, or where the next step leads), whatever the other open questions
    /// turn out to be; the answers given stay. A training company with an enterprise subject
    /// gets 企业直播 whatever its category, so its category question cannot.
    pub fn can_change(self, answers: &Answers) -> bool {
        let answers = answers.normalized();
        // Before a scenario nothing is decided, and another scenario always leads elsewhere.
        let Some(scenario) = answers.scenario else {
            return true;
        };
        if self == Question::Scenario {
            return true;
        }
        // Every way the other open questions may still be answered, unanswered included.
        let mut others = vec![answers];
        for q in [Question::Content, Question::Subject, Question::Category] {
            if q == self || q.is_answered(&answers) {
                continue;
            }
            let mut next = Vec::new();
            for a in &others {
                for choice in std::iter::once(q.cleared()).chain(q.choices(scenario)) {
                    let mut a = *a;
                    choice.set(&mut a);
                    next.push(a);
                }
            }
            others = next;
        }
        let choices = self.choices(scenario);
        others.iter().any(|a| {
            let mut leads = choices.iter().map(|choice| {
                let mut a = *a;
                choice.set(&mut a);
                lead(&decide(a))
            });
            let first = leads.next();
            leads.any(|l| Some(l) != first)
        })
    }

    /// The answers this question can take in the scenario, one for each that the rules tell
    /// apart.
    fn choices(self, scenario: Scenario) -> Vec<Answer> {
        match self {
            Question::Scenario => Scenario::ALL
                .iter()
                .map(|s| Answer::Scenario(Some(*s)))
                .collect(),
            Question::Content => scenario
                .def()
                .contents
                .iter()
                .map(|c| Answer::Content(Some(*c)))
                .collect(),
            Question::Subject => Subject::ALL
                .iter()
                .map(|s| Answer::Subject(Some(*s)))
                .collect(),
            Question::Category => distinct_categories(scenario)
                .into_iter()
                .map(|c| Answer::Category(Some(c)))
                .collect(),
        }
    }

    fn cleared(self) -> Answer {
        match self {
            Question::Scenario => Answer::Scenario(None),
            Question::Content => Answer::Content(None),
            Question::Subject => Answer::Subject(None),
            Question::Category => Answer::Category(None),
        }
    }
}

/// The questions still worth asking: asked, unanswered, and able to change the result.
pub fn open_questions(answers: &Answers) -> Vec<Question> {
    Question::asked(answers)
        .into_iter()
        .filter(|q| !q.is_answered(answers) && q.can_change(answers))
        .collect()
}

/// One answer to one question; `None` clears it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    Scenario(Option<Scenario>),
    Content(Option<Content>),
    Subject(Option<Subject>),
    Category(Option<Category>),
}

impl Answer {
    pub const fn question(self) -> Question {
        match self {
            Answer::Scenario(_) => Question::Scenario,
            Answer::Content(_) => Question::Content,
            Answer::Subject(_) => Question::Subject,
            Answer::Category(_) => Question::Category,
        }
    }

    fn set(self, a: &mut Answers) {
        match self {
            Answer::Scenario(v) => a.scenario = v,
            Answer::Content(v) => a.content = v,
            Answer::Subject(v) => a.subject = v,
            Answer::Category(v) => a.category = v,
        }
        // A content belongs to one scenario; a new scenario starts without one.
        *a = a.normalized();
    }
}

/// Where focus goes after an action, so it never falls to the page when the element that had
/// it goes away.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// The open question.
    Question(Question),
    /// The one-line summary of an answered question.
    Summary(Question),
    /// The result's heading.
    Result,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Form {
    pub lang: Lang,
    pub answers: Answers,
    /// The starting link's parameters that were not recognised, as the link names them and
    /// the notice lists them (`lss-scenario, lss-category`); empty when there are none.
    pub invalid: String,
    /// Whether the overview of all the rules is open; its tables are built only then.
    pub overview: bool,
    /// The question the customer reopened, or is still browsing with the arrow keys.
    pub editing: Option<Question>,
    /// Where focus goes after this render, numbered so the same place can be asked for twice.
    pub focus: Option<(Target, u32)>,
    /// The last action was a jump to another scenario, which is announced.
    pub jumped: bool,
    /// The last action answered the subject, which is announced: the schemes it leaves are
    /// often the ones already named, and a screen reader would hear nothing new.
    pub subject_answered: bool,
    /// The answers the live region speaks of: they follow every change but browsing, so a
    /// screen reader hears the result of an answer, not of every arrow key on the way to it.
    pub announced: Answers,
}

/// Where the guided flow stands.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Flow {
    /// The question open now, if any.
    pub current: Option<Question>,
    /// (the open question's place, how many questions), counted from 1; the place is the count
    /// when no question is open.
    pub progress: (usize, usize),
    /// Questions still unanswered whose answer cannot change the result: offered, not asked.
    pub optional: Vec<Question>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    Lang(Lang),
    /// An answer given by a tap, a click or the space bar: the form moves on.
    Answer(Answer),
    /// An answer picked while browsing the choices with the arrow keys: the question stays
    /// open until the customer moves on.
    Browse(Answer),
    /// Reopens an answered question.
    Edit(Question),
    /// Closes the open question and moves on.
    Next,
    /// A note's "see this scenario": changes the scenario and keeps the other answers.
    Jump(Scenario),
    /// The result summary bar: to the result.
    ShowResult,
    /// The host page set an answer (an element attribute, a property): it changes the answers
    /// and leaves focus and the open question alone.
    Configure(Answer),
    Overview(bool),
}

impl Form {
    pub fn new(lang: Lang, answers: Answers) -> Form {
        Form {
            lang,
            answers: answers.normalized(),
            invalid: String::new(),
            overview: false,
            editing: None,
            focus: None,
            jumped: false,
            subject_answered: false,
            announced: answers.normalized(),
        }
    }

    /// Where the guided flow stands, from one look at which questions can still change the
    /// result (each look runs the rules over every way the others may be answered).
    pub fn flow(&self) -> Flow {
        let asked = Question::asked(&self.answers);
        let open = open_questions(&self.answers);
        let editing = self.editing.filter(|q| asked.contains(q));
        // The one reopened, else the first not answered that can still change the result; none
        // once no answer could, when the result is what the customer looks at.
        let current = editing.or_else(|| open.first().copied());
        // In the count: the questions answered, those still worth asking, and the one reopened.
        // One no answer could change is left out: optional.
        let (counted, optional): (Vec<Question>, Vec<Question>) = asked
            .into_iter()
            .partition(|q| q.is_answered(&self.answers) || editing == Some(*q) || open.contains(q));
        let place = match current {
            Some(q) => counted.iter().position(|a| *a == q).map_or(1, |i| i + 1),
            None => counted.len(),
        };
        Flow {
            current,
            progress: (place, counted.len()),
            optional,
        }
    }

    /// The open question (see [`Flow::current`]).
    pub fn current(&self) -> Option<Question> {
        self.flow().current
    }

    /// Whether these answers leave no question open: a link that carries them opens at the
    /// answer.
    pub fn opens_done(&self) -> bool {
        self.answers.scenario.is_some() && self.current().is_none()
    }

    fn focus_on(&mut self, target: Target) {
        let n = self.focus.map_or(0, |(_, n)| n.wrapping_add(1));
        self.focus = Some((target, n));
    }

    /// Focus to where the customer goes next: the open question, or the result.
    fn move_on(&mut self) {
        let target = match self.current() {
            Some(q) => Target::Question(q),
            None => Target::Result,
        };
        self.focus_on(target);
    }

    pub fn apply(&self, action: Action) -> Form {
        let mut next = self.clone();
        next.jumped = false;
        next.subject_answered = matches!(action, Action::Answer(Answer::Subject(Some(_))));
        if !matches!(
            action,
            Action::Lang(_) | Action::Overview(_) | Action::ShowResult | Action::Configure(_)
        ) {
            // The customer has moved on from the link they came with.
            next.invalid.clear();
        }
        match action {
            Action::Lang(lang) => next.lang = lang,
            Action::Answer(answer) => {
                answer.set(&mut next.answers);
                next.editing = None;
                next.move_on();
            }
            Action::Browse(answer) => {
                answer.set(&mut next.answers);
                next.editing = Some(answer.question());
            }
            Action::Edit(question) => {
                next.editing = Some(question);
                next.focus_on(Target::Question(question));
            }
            Action::Next => {
                next.editing = None;
                next.move_on();
            }
            Action::Jump(scenario) => {
                Answer::Scenario(Some(scenario)).set(&mut next.answers);
                next.editing = None;
                next.jumped = true;
                next.focus_on(Target::Summary(Question::Scenario));
            }
            Action::ShowResult => next.focus_on(Target::Result),
            Action::Configure(answer) => answer.set(&mut next.answers),
            Action::Overview(open) => next.overview = open,
        }
        if !matches!(action, Action::Browse(_)) {
            next.announced = next.answers;
        }
        next
    }
}
