//! Parts of an expansion that exist only with a feature of this crate. A proc macro cannot see
//! btst-runtime's features (a `#[cfg(feature = ..)]` it emits would test the user's crate), so
//! `#[plugin]` wraps such parts in these macros, which this crate defines once per setting.

/// The items of a plugin's typed client (`Client`): kept with the feature `client`, dropped
/// without it.
#[cfg(feature = "client")]
#[doc(hidden)]
#[macro_export]
macro_rules! __client {
    ($($item:item)*) => { $($item)* };
}

/// The items of a plugin's typed client (`Client`): kept with the feature `client`, dropped
/// without it.
#[cfg(not(feature = "client"))]
#[doc(hidden)]
#[macro_export]
macro_rules! __client {
    ($($item:item)*) => {};
}
