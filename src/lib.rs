//! Live scheme selector: which Tencent Cloud live streaming scheme fits a WeChat mini program.
//!
//! `rules`, `i18n`, `query` and `form` are pure and tested natively; `view` and `embed` are the
//! browser layer, built only for WebAssembly.

pub mod config;
pub mod form;
pub mod i18n;
pub mod next_words;
pub mod phrases;
pub mod query;
pub mod rules;
pub mod settings;
pub mod summary;
pub mod wire;

#[cfg(target_arch = "wasm32")]
pub mod embed;
#[cfg(feature = "ssr")]
pub mod prerender;
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
mod view;

// wasm32-unknown-unknown without the atomics feature runs on one thread, which is what
// `AssumeSingleThreaded` requires.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
