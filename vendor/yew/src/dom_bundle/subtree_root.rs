//! Per-subtree state of apps.
//!
//! Patched: upstream Yew delegates events: each app root listens on its host element for every
//! kind of event its elements handle, and bubbles each event through its own registry. This
//! copy adds each listener to its element instead (`btag/listeners.rs`), so a subtree root
//! keeps no state, and the delegation's registry, bubbling and event caches are gone.

use std::borrow::Cow;
use std::sync::atomic::{AtomicBool, Ordering};

use wasm_bindgen::prelude::Closure;
use wasm_bindgen::{intern, JsCast, UnwrapThrowExt};
use web_sys::{AddEventListenerOptions, Element, Event, EventTarget as HtmlEventTarget};

use crate::virtual_dom::{Listener, ListenerKind};

/// The root of a controlled subtree: an app's host, or a portal's. Kept as a type, as every
/// bundle operation takes one.
#[derive(Debug, Clone)]
pub struct BSubtree(());

#[derive(Clone, Hash, Eq, PartialEq, Debug)]
pub struct EventDescriptor {
    kind: ListenerKind,
    passive: bool,
}

impl From<&dyn Listener> for EventDescriptor {
    fn from(l: &dyn Listener) -> Self {
        Self {
            kind: l.kind(),
            passive: l.passive(),
        }
    }
}

// FIXME: this is a reproduction of gloo's EventListener to work around #2989
// change back to gloo's implementation once it has been decided how to fix this upstream
// The important part is that we use `Fn` instead of `FnMut` below!
type EventClosure = Closure<dyn Fn(&Event)>;
#[derive(Debug)]
#[must_use = "event listener will never be called after being dropped"]
pub(super) struct EventListener {
    target: HtmlEventTarget,
    event_type: Cow<'static, str>,
    callback: Option<EventClosure>,
}

impl Drop for EventListener {
    #[inline]
    fn drop(&mut self) {
        if let Some(ref callback) = self.callback {
            self.target
                .remove_event_listener_with_callback_and_bool(
                    &self.event_type,
                    callback.as_ref().unchecked_ref(),
                    false,
                )
                .unwrap_throw();
        }
    }
}

impl EventListener {
    /// Patched: a listener on the element itself, in the bubbling phase, as the browser
    /// dispatches it (`btag/listeners.rs`); upstream listened on the app's host, capturing.
    pub(super) fn on_element(
        target: &HtmlEventTarget,
        desc: &EventDescriptor,
        callback: Box<dyn Fn(&Event)>,
    ) -> Self {
        let event_type = desc.kind.type_name();

        let callback = Closure::wrap(callback);
        // defaults: { once: false, capture: false }
        let options = AddEventListenerOptions::new();
        options.set_passive(desc.passive);

        target
            .add_event_listener_with_callback_and_add_event_listener_options(
                intern(&event_type),
                callback.as_ref().unchecked_ref(),
                &options,
            )
            .unwrap_throw();

        EventListener {
            target: target.clone(),
            event_type,
            callback: Some(callback),
        }
    }
}

/// Bubble events: kept for the public API. Listeners on the elements themselves bubble as the
/// browser dispatches them.
static BUBBLE_EVENTS: AtomicBool = AtomicBool::new(true);

/// Set, if events should bubble up the DOM tree, calling any matching callbacks.
///
/// Patched: has no effect; each event reaches the listeners the browser dispatches it to.
#[cfg(feature = "csr")]
pub fn set_event_bubbling(bubble: bool) {
    BUBBLE_EVENTS.store(bubble, Ordering::Relaxed);
}

impl BSubtree {
    /// Create a bundle root at the specified host element
    pub fn create_root(_host_element: &HtmlEventTarget) -> Self {
        BSubtree(())
    }

    /// Create a bundle root at the specified host element, that is logically
    /// mounted under the specified element in this tree.
    pub fn create_subroot(&self, _mount_point: Element, _host_element: &HtmlEventTarget) -> Self {
        BSubtree(())
    }
}
