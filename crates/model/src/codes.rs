//! Enums whose variants have link codes: one declaration gives the enum, its `ALL` list, its
//! `code()` (the public, never-renamed spelling in links, `data-*` attributes and files) and
//! `from_code()` (tolerant of case and surrounding spaces, as links are).

/// Counts token trees, for the length of `ALL`.
#[doc(hidden)]
#[macro_export]
macro_rules! count_tokens {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + $crate::count_tokens!($($tail)*) };
}

/// Declares an enum with link codes:
///
/// ```
/// frontier_cost_model::link_codes! {
///     /// A colour.
///     pub enum Colour { Red = "red", DarkBlue = "dark-blue" }
/// }
/// assert_eq!(Colour::ALL, [Colour::Red, Colour::DarkBlue]);
/// assert_eq!(Colour::DarkBlue.code(), "dark-blue");
/// assert_eq!(Colour::from_code(" Dark-Blue "), Some(Colour::DarkBlue));
/// assert_eq!(Colour::from_code("green"), None);
/// ```
#[macro_export]
macro_rules! link_codes {
    ($(#[$meta:meta])* $vis:vis enum $name:ident {
        $($(#[$variant_meta:meta])* $variant:ident = $code:literal),+ $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        $vis enum $name {
            $($(#[$variant_meta])* $variant),+
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: [$name; $crate::count_tokens!($($variant)+)] = [$($name::$variant),+];

            /// The link code: part of the public format, never renamed.
            pub const fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }

            /// The variant a link code names, in any case, spaces around ignored.
            pub fn from_code(code: &str) -> Option<$name> {
                let code = code.trim();
                Self::ALL
                    .into_iter()
                    .find(|variant| variant.code().eq_ignore_ascii_case(code))
            }
        }
    };
}
