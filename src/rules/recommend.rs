//! Which available scheme to recommend, and in what order to show the schemes.

use super::decide::{Outcome, Status};
use super::ids::Scheme;

/// The schemes from the least to the most work for the customer: 企业直播 needs no development,
/// the plugin is ready-made, the standard scheme is built by hand. Cards keep this order
/// whatever their status, so nothing jumps when an answer changes.
pub const BY_EFFORT: [Scheme; 3] = [
    Scheme::EnterpriseLive,
    Scheme::LivePlugin,
    Scheme::StandardLive,
];

/// The available scheme that takes the least work.
pub fn recommend(outcomes: &[Outcome]) -> Option<Scheme> {
    BY_EFFORT.into_iter().find(|scheme| {
        outcomes
            .iter()
            .any(|o| o.scheme == *scheme && o.status == Status::Available)
    })
}
