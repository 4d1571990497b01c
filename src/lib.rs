//! crosswalk: a compiler for compliance controls.
pub mod diagnostic;
pub mod source;
pub mod suggest;
pub mod syntax;
pub mod vocabulary;
pub mod resolve;
