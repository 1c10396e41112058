//! The bootstrap: mounts a widget into each host element the loader hands over (as they come
//! and go), configured by its attributes and the URL, and offers `mount` and `decide` to the
//! host page's scripts.

mod clipboard;
mod console;
mod control;
mod events;
mod host;
mod location;
mod options;
mod panic;
mod plain;
mod pool;

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use web_sys::{Element, ShadowRoot};
use yew::Callback;

use crate::config::{self, Config};
use crate::form::Action;
use crate::query;
use crate::rules::{self, Answers, Lang};
use crate::settings;
use crate::view::AppProps;
use console::warn;

thread_local! {
    static NEXT_UID: Cell<u32> = const { Cell::new(0) };
    /// Which widget, if any, keeps its state in the page's URL: at most one may.
    static URL_OWNER: Cell<Option<u32>> = const { Cell::new(None) };
    /// Every live widget: for `destroy`, for a second mount on the same element, and for the
    /// panic hook.
    static MOUNTED: RefCell<Vec<Mounted>> = const { RefCell::new(Vec::new()) };
}

struct Mounted {
    uid: u32,
    lang: Lang,
    host: Element,
    shadow: ShadowRoot,
    app: pool::Lease,
    /// The widget's language and answers as last rendered, for the host page to read.
    now: Rc<Cell<(Lang, Answers)>>,
    /// Changes answers from outside (element attributes, properties), once the app is running;
    /// until then they wait in `early`, so a change made just after a mount is not lost.
    control: Rc<RefCell<Option<Callback<Action>>>>,
    early: Rc<RefCell<Vec<Action>>>,
    /// What the app was started with, to start it again from the current answers.
    props: AppProps,
}

// A mounted widget is known to the host page by its number; `live-scheme-selector.js` wraps it
// in the handle `mount()` returns, so a handle used after it was dropped only does nothing.

/// Sets one of `lang`, `subject`, `scenario`, `content`, `category` (null clears it) on widget
/// `uid`, as an element attribute does: the other answers stay, focus stays where it is. An
/// unknown value is warned about and ignored.
#[wasm_bindgen(js_name = widgetSet)]
pub fn widget_set(uid: u32, key: &str, value: Option<String>) {
    let action = match control::action(key, value.as_deref()) {
        Ok(Some(action)) => action,
        Ok(None) => return,
        Err(warning) => return warn(&warning.message()),
    };
    let control = with_widget(uid, |w| {
        let dispatch = w.control.borrow().clone();
        if dispatch.is_none() {
            w.early.borrow_mut().push(action);
        }
        dispatch
    })
    .flatten();
    if let Some(dispatch) = control {
        dispatch.emit(action);
    }
}

/// Widget `uid`'s current Decision, as `decide()` gives it; null if it is gone.
#[wasm_bindgen(js_name = widgetDecision)]
pub fn widget_decision(uid: u32) -> JsValue {
    with_widget(uid, |w| plain::decision(&rules::decide(w.now.get().1))).unwrap_or(JsValue::NULL)
}

/// Widget `uid`'s answers: `{subject, scenario, content, category}`, each an id or null.
#[wasm_bindgen(js_name = widgetAnswers)]
pub fn widget_answers(uid: u32) -> JsValue {
    with_widget(uid, |w| plain::input(&w.now.get().1)).unwrap_or(JsValue::NULL)
}

/// Removes widget `uid` and shows its host element's own content again. Calling it twice, or
/// after the element got a new widget, does nothing.
#[wasm_bindgen(js_name = widgetDestroy)]
pub fn widget_destroy(uid: u32) {
    unmount(|w| w.uid == uid);
}

fn with_widget<T>(uid: u32, f: impl FnOnce(&Mounted) -> T) -> Option<T> {
    MOUNTED.with(|m| m.try_borrow().ok()?.iter().find(|w| w.uid == uid).map(f))
}

fn unmount(which: impl Fn(&Mounted) -> bool) {
    let gone: Vec<Mounted> = MOUNTED.with(|m| {
        let mut m = m.borrow_mut();
        let (gone, kept) = m.drain(..).partition(|w| which(w));
        *m = kept;
        gone
    });
    for widget in gone {
        pool::release(widget.app);
        host::show_fallback(&widget.shadow, None);
        widget.host.remove_attribute("data-mounted").ok();
        URL_OWNER.with(|o| {
            if o.get() == Some(widget.uid) {
                o.set(None);
            }
        });
    }
}

/// Runs `f` in a task of its own, after the current one (and its rendering) is done.
fn later(f: impl FnOnce() + 'static) {
    wasm_bindgen_futures::spawn_local(async move {
        gloo_timers::future::TimeoutFuture::new(0).await;
        f();
    });
}

/// Called once by `live-scheme-selector.js` once the WebAssembly runs. `show_rules` is called
/// with host elements whose widget could not start, or stopped after a panic, to show every
/// rule there instead; `style` styles a widget's shadow root.
#[wasm_bindgen]
pub fn boot(show_rules: js_sys::Function, style: js_sys::Function) {
    host::set_show_rules(show_rules);
    host::set_style(style);
}

/// Stops every widget after a JS exception thrown through the wasm (a host's broken DOM method
/// called by Yew, say), which the panic hook never sees: each gives way to the apology and every
/// rule, as after a panic, rather than a form that answers nothing.
#[wasm_bindgen]
pub fn stop() {
    panic::stop(apologise);
}

/// Mounts a widget into an element marked `data-live-scheme-selector`, configured by its data
/// attributes; the loader calls it for each marked element in the page, whenever one comes.
/// Where the mount fails, every rule is shown there instead and nothing is returned.
#[wasm_bindgen(js_name = mountMarked)]
pub fn mount_marked(host: Element) -> Option<u32> {
    let prefix = settings::ATTRIBUTE_PREFIX;
    let (config, warnings) =
        config::read(prefix, |key| host.get_attribute(&format!("{prefix}{key}")));
    warnings.iter().for_each(|w| warn(&w.message()));
    match start(&host, config) {
        Ok(uid) => Some(uid),
        Err(err) => {
            console::error("live-scheme-selector: could not mount", &err);
            host::rules_instead(&js_sys::Array::of1(&host));
            None
        }
    }
}

/// Mounts a widget into `element` with options `{lang, subject, scenario, content, category,
/// syncUrl}`; unknown values are warned about and replaced by defaults.
#[wasm_bindgen]
pub fn mount(element: JsValue, options: JsValue) -> Result<u32, JsValue> {
    let element = options::element(element).map_err(|what| {
        JsValue::from(js_sys::Error::new(&format!(
            "live-scheme-selector: mount() needs an element, got {what}"
        )))
    })?;
    let (config, warnings) = config::read("", |key| {
        let name = settings::SETTINGS.iter().find(|s| s.name == key)?.option;
        let value = options::own(&options, name).ok()?;
        match value.as_bool() {
            Some(b) => Some(b.to_string()),
            None => options::string(&value).ok().flatten(),
        }
    });
    warnings.iter().for_each(|w| warn(&w.message()));
    start(&element, config)
}

fn start(host: &Element, config: Config) -> Result<u32, JsValue> {
    panic::install(apologise);
    if panic::crashed() {
        return Err(js_sys::Error::new(
            "live-scheme-selector: the widget stopped after an internal error; reload the page to use it again.",
        )
        .into());
    }
    // A mount that fails from here on has claimed nothing, the URL included, and leaves the
    // host's own content showing.
    let ready = host::check(host)?;
    let root = pool::root(|| host::new_root(&ready))?;
    // One widget per element: a second mount replaces the first.
    unmount(|w| &w.host == host);
    let uid = NEXT_UID.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    let (shadow, painted) = host::prepare(host, &ready)?;
    host::mount_point(&shadow, &root).inspect_err(|_| host::fall_back(&shadow, &ready))?;
    // The URL is this widget's if no other widget keeps its state there and the address is
    // short enough to read; only then is the address read at all.
    let free = config.sync_url && URL_OWNER.with(|o| o.get().is_none());
    if config.sync_url && !free {
        warn("live-scheme-selector: another widget on this page already keeps its state in the URL; this one will not.");
    }
    let search = free.then(location::search).flatten();
    if free && search.is_none() {
        warn("live-scheme-selector: the page's query is too long; the widget neither reads nor writes its state there.");
    }
    let owns_url = search.is_some();
    if owns_url {
        URL_OWNER.with(|o| o.set(Some(uid)));
    }
    let prefix: Rc<str> = config.url_prefix.as_str().into();
    let parsed = search.map(|search| query::parse(&search, &prefix));
    let mut visited = query::Parsed::default();
    for (key, value) in &painted.answers {
        query::apply(&mut visited, key, value);
    }
    let linked = config::start(&config, parsed.as_ref());
    let mut form = config::taken_over(linked.clone(), &visited);
    form.overview |= painted.overview;

    // What the link or the host set, not what the visitor changed in the prerendered form
    // before the takeover: that is a change like any, written to the URL and told to the host
    // once the widget has rendered it.
    let now = Rc::new(Cell::new((linked.lang, linked.answers)));
    let control: Rc<RefCell<Option<Callback<Action>>>> = Rc::default();
    let on_change = {
        let (host, shadow) = (host.clone(), shadow.clone());
        let (now, prefix) = (now.clone(), prefix.clone());
        Callback::from(move |(lang, answers): (Lang, Answers)| {
            // The starting state, or the same state started again, is not a change; the URL and
            // listeners hear only of real ones.
            if now.replace((lang, answers)) == (lang, answers) {
                return;
            }
            // After this render: the customer sees the new cards first; the address bar and
            // the host's listeners follow a moment later, outside the interaction.
            let (host, shadow, prefix) = (host.clone(), shadow.clone(), prefix.clone());
            later(move || {
                if owns_url {
                    location::replace(&prefix, lang, &answers);
                }
                events::change(&host, lang, &answers);
                if host::translated(&shadow) {
                    refresh(uid);
                }
            });
        })
    };
    let on_link = {
        let host = host.clone();
        Callback::from(move |scheme| events::link(&host, scheme))
    };
    let lang = form.lang;
    let early: Rc<RefCell<Vec<Action>>> = Rc::default();
    let on_ready = {
        let (control, early) = (control.clone(), early.clone());
        Callback::from(move |dispatch: Callback<Action>| {
            let waiting: Vec<Action> = early.borrow_mut().drain(..).collect();
            for action in waiting {
                dispatch.emit(action);
            }
            *control.borrow_mut() = Some(dispatch);
        })
    };
    let props = AppProps {
        start: form,
        uid: format!("lss{uid}").into(),
        shareable: owns_url,
        on_change,
        on_link,
        on_copy: Callback::from(move |request| clipboard::copy(&prefix, request)),
        on_ready,
    };
    let uid_text = props.uid.clone();
    let app = pool::show(
        root,
        pool::Widget {
            key: uid,
            props: props.clone(),
        },
    );
    // Focus goes back where the visitor had it in the prerendered form, or on to the question
    // their answer there opened, once Yew has rendered.
    if painted.focus.is_some() || !painted.answers.is_empty() {
        let (shadow, id) = (shadow.clone(), painted.focus.clone().unwrap_or_default());
        later(move || host::restore_focus(&shadow, &uid_text, &id));
    }
    // The widget runs whether or not a host script lets the marker be set.
    host.set_attribute("data-mounted", "").ok();
    MOUNTED.with(|m| {
        m.borrow_mut().push(Mounted {
            uid,
            lang,
            host: host.clone(),
            shadow,
            app,
            now,
            control,
            early,
            props,
        })
    });
    Ok(uid)
}

/// Starts widget `uid` again from its current language and answers, every element built anew:
/// a page the browser translated has wrapped the widget's text in elements of its own, where
/// Yew would go on changing text the visitor no longer sees. Focus stays where it was.
fn refresh(uid: u32) {
    let key = NEXT_UID.with(|n| {
        n.set(n.get() + 1);
        n.get()
    });
    let focus = MOUNTED.with(|m| {
        let m = m.try_borrow().ok()?;
        let w = m.iter().find(|w| w.uid == uid)?;
        let (lang, answers) = w.now.get();
        let mut props = w.props.clone();
        props.start = crate::form::Form::new(lang, answers);
        let focused = w.shadow.active_element().map(|el| el.id());
        pool::refresh(&w.app, pool::Widget { key, props });
        Some((w.shadow.clone(), w.props.uid.clone(), focused))
    });
    if let Some((shadow, uid_text, Some(id))) = focus {
        let rest = id
            .split_once('-')
            .map(|(_, rest)| rest.to_owned())
            .unwrap_or_default();
        later(move || host::restore_focus(&shadow, &uid_text, &rest));
    }
}

/// What a panic leaves: every live widget gives way to a short apology above the host element's
/// own fallback content, and the loader is asked to put every rule in its place.
fn apologise() {
    let hosts = js_sys::Array::new();
    MOUNTED.with(|mounted| {
        // The panic may have struck while the list was borrowed; then there is nothing safe to do.
        if let Ok(mounted) = mounted.try_borrow() {
            for widget in mounted.iter() {
                host::show_fallback(&widget.shadow, Some(widget.lang));
                hosts.push(&widget.host);
            }
        }
    });
    host::rules_instead(&hosts);
}

/// How many widgets are mounted on the page: a diagnostic for hosts and tests that a removed
/// widget is gone.
#[wasm_bindgen(js_name = widgetCount)]
pub fn widget_count() -> u32 {
    MOUNTED.with(|m| m.try_borrow().map_or(0, |m| m.len() as u32))
}

/// The Decision for `{subject, scenario, content, category}` as plain data, without any UI.
/// An unknown id, or a content of another scenario, is an error rather than a guess.
#[wasm_bindgen]
pub fn decide(input: JsValue) -> Result<JsValue, JsValue> {
    let error = |message: String| -> JsValue {
        js_sys::Error::new(&format!("live-scheme-selector: decide(): {message}")).into()
    };
    if let Some(what) = options::not_answers(&input) {
        return Err(error(format!(
            "expects an object such as {{ scenario: \"ecommerce\" }}, got {what}"
        )));
    }
    let mut parsed = query::Parsed::default();
    for key in ["subject", "scenario", "content", "category"] {
        let Some(text) = options::read(&input, key).map_err(error)? else {
            continue;
        };
        if !query::apply(&mut parsed, key, &text) {
            return Err(error(format!("unknown {key} \"{}\"", config::quote(&text))));
        }
    }
    if parsed.drop_foreign_content().is_some() {
        return Err(error("content does not belong to the scenario".to_owned()));
    }
    Ok(plain::decision(&rules::decide(parsed.answers)))
}
