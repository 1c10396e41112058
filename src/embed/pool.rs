//! Yew apps, kept and reused rather than destroyed.
//!
//! Yew delegates events: each app listens on its root element, and those listeners are never
//! removed; they hold the app, so every app ever created stays in memory with its root. A
//! page that mounts and destroys widgets (a single-page app, an element moved around) would
//! leak one app per mount. Instead, a widget that goes away leaves its app empty and its root
//! element detached, and the next mount takes that app over. The number of apps is the
//! largest number of widgets the page ever showed at once.

use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::JsValue;
use web_sys::Element;
use yew::prelude::*;
use yew::{AppHandle, Renderer};

use crate::view::{App, AppProps};

/// What an app renders: one widget, or nothing while it waits in the pool.
#[derive(Properties, PartialEq)]
pub struct SlotProps {
    pub widget: Option<Widget>,
}

#[derive(PartialEq)]
pub struct Widget {
    /// Tells widgets apart: a new widget in a reused app starts from its own state, never from
    /// the one before.
    pub key: u32,
    pub props: AppProps,
}

#[component]
fn Slot(p: &SlotProps) -> Html {
    let Some(w) = &p.widget else {
        return Html::default();
    };
    let p = &w.props;
    html! {
        <App key={w.key} start={p.start.clone()} uid={p.uid.clone()} shareable={p.shareable}
            on_change={p.on_change.clone()} on_link={p.on_link.clone()} on_copy={p.on_copy.clone()}
            on_ready={p.on_ready.clone()} />
    }
}

/// An app showing one widget, and the element it renders into.
pub struct Lease(Rc<Inner>);

struct Inner {
    app: RefCell<AppHandle<Slot>>,
    root: Element,
    /// What the app renders next. Yew queues every props update it is given until its scheduler
    /// runs, so a page that mounts and destroys a thousand widgets in one task would queue a
    /// thousand widgets; only the last one set here reaches Yew.
    next: RefCell<Option<SlotProps>>,
    queued: Cell<bool>,
}

impl Lease {
    fn set(&self, props: SlotProps) {
        *self.0.next.borrow_mut() = Some(props);
        if self.0.queued.replace(true) {
            return;
        }
        let inner = self.0.clone();
        wasm_bindgen_futures::spawn_local(async move {
            inner.queued.set(false);
            let next = inner.next.borrow_mut().take();
            if let Some(props) = next {
                inner.app.borrow_mut().update(props);
            }
        });
    }
}

thread_local! {
    static FREE: RefCell<Vec<Lease>> = const { RefCell::new(Vec::new()) };
}

/// A root element for the next widget: a waiting app's, or `make()`'s when none waits. Taken
/// before anything else changes, so a failure to make one changes nothing.
pub fn root(make: impl FnOnce() -> Result<Element, JsValue>) -> Result<Element, JsValue> {
    let waiting = FREE.with(|f| f.borrow().last().map(|l| l.0.root.clone()));
    match waiting {
        Some(root) => Ok(root),
        None => make(),
    }
}

/// Renders `widget` into `root` (from [`root`], now in place): through the waiting app that
/// owns `root`, or a new app.
pub fn show(root: Element, widget: Widget) -> Lease {
    let waiting = FREE.with(|f| {
        let mut free = f.borrow_mut();
        let at = free.iter().position(|l| l.0.root == root)?;
        Some(free.swap_remove(at))
    });
    let props = SlotProps {
        widget: Some(widget),
    };
    match waiting {
        Some(lease) => {
            lease.set(props);
            lease
        }
        None => Lease(Rc::new(Inner {
            app: RefCell::new(Renderer::<Slot>::with_root_and_props(root.clone(), props).render()),
            root,
            next: RefCell::new(None),
            queued: Cell::new(false),
        })),
    }
}

/// Renders `widget` in place of the one the app shows, from scratch: a new key makes Yew
/// build every element anew rather than patch the ones a host script or a translation has
/// rewritten behind its back.
pub fn refresh(lease: &Lease, widget: Widget) {
    lease.set(SlotProps {
        widget: Some(widget),
    });
}

/// Empties the app and detaches its root element, to wait for the next widget.
pub fn release(lease: Lease) {
    lease.set(SlotProps { widget: None });
    lease.0.root.remove();
    FREE.with(|f| f.borrow_mut().push(lease));
}
