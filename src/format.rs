//! Number formatting through the browser's `Intl.NumberFormat`, in the reader's language
//! and currency. Formatters are built once per style and language and reused.

use std::cell::RefCell;

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;

use crate::model::currency::{Currency, Money};
use crate::model::Lang;

pub use crate::number_style::Style;
use crate::number_style::{intl_options, OptionValue};

#[wasm_bindgen]
extern "C" {
    /// `Intl.NumberFormat`, bound here so that every call catches what the browser throws.
    #[wasm_bindgen(js_namespace = Intl)]
    #[derive(Clone)]
    type NumberFormat;
    #[wasm_bindgen(constructor, catch, js_namespace = Intl)]
    fn new(locale: &str, options: &Object) -> Result<NumberFormat, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn format(this: &NumberFormat, value: f64) -> Result<String, JsValue>;
}

thread_local! {
    /// One formatter per style and language, a few dozen at most: a list is smaller to ship
    /// than a hash map.
    static FORMATTERS: RefCell<Vec<((Style, Lang), NumberFormat)>> = const { RefCell::new(Vec::new()) };
}

fn options(style: Style, lang: Lang) -> Object {
    let options = Object::new();
    for (key, value) in intl_options(style, lang) {
        let value = match value {
            OptionValue::Text(text) => JsValue::from_str(text),
            OptionValue::Number(number) => JsValue::from(number),
        };
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&options, &JsValue::from_str(key), &value);
    }
    options
}

/// Formats a number. Non-finite numbers never reach the page: they show as an em dash.
///
/// Exception-safe: a JS exception thrown through Rust frames skips their destructors, so no
/// JS call that can throw runs while the cache is borrowed (a borrow left open would break
/// every later call), each such call is caught, and a failure gives a plain number and drops
/// the formatter, to be built again on the next call.
pub fn format(value: f64, style: Style, lang: Lang) -> String {
    if !value.is_finite() {
        return "—".to_string();
    }
    let key = (style, lang);
    let cached = FORMATTERS.with(|cache| {
        let cache = cache.try_borrow().ok()?;
        let (_, formatter) = cache.iter().find(|(k, _)| *k == key)?;
        Some(formatter.clone())
    });
    let was_cached = cached.is_some();
    let formatter = cached.or_else(|| NumberFormat::new(lang.locale(), &options(style, lang)).ok());
    let text = formatter
        .as_ref()
        .and_then(|formatter| formatter.format(value).ok());
    // Keeps a formatter that works, drops one that failed.
    if text.is_some() != was_cached {
        FORMATTERS.with(|cache| {
            if let Ok(mut cache) = cache.try_borrow_mut() {
                match formatter {
                    Some(formatter) if text.is_some() => cache.push((key, formatter)),
                    _ => cache.retain(|(k, _)| *k != key),
                }
            }
        });
    }
    text.unwrap_or_else(|| fallback(value, style))
}

/// The number without the browser's help, in the shortest exact digits.
fn fallback(value: f64, style: Style) -> String {
    let percent = style == Style::Percent;
    let number = crate::model::decimal::shortest(if percent { value * 100.0 } else { value });
    match style {
        _ if percent => number + "%",
        Style::MoneyCompact(currency)
        | Style::MoneyExact(currency)
        | Style::MoneyPrecise(currency) => {
            format!("{} {number}", currency.code())
        }
        _ => number,
    }
}

/// Money converted to the display currency, compact: `$1.2B`, `€1.1B`, `86亿元人民币`.
pub fn money(money: Money, lang: Lang) -> String {
    format(money.amount(), Style::MoneyCompact(money.currency), lang)
}

/// Money in full, for the exact value on hover and focus.
pub fn money_exact(money: Money, lang: Lang) -> String {
    format(money.amount(), Style::MoneyExact(money.currency), lang)
}

/// A unit price, keeping cents: `$2.00`, `$0.08`.
pub fn money_precise(money: Money, lang: Lang) -> String {
    format(money.amount(), Style::MoneyPrecise(money.currency), lang)
}

pub fn compact(value: f64, lang: Lang) -> String {
    format(value, Style::Compact, lang)
}

pub fn plain(value: f64, lang: Lang) -> String {
    format(value, Style::Plain, lang)
}

pub fn percent(fraction: f64, lang: Lang) -> String {
    format(fraction, Style::Percent, lang)
}

/// FLOP as people write them: `3.8 × 10²⁵`.
pub fn flop(value: f64, lang: Lang) -> String {
    let text = format(value, Style::Scientific, lang);
    match text.split_once('E') {
        Some((mantissa, exponent)) if exponent != "0" => {
            let superscript: String = exponent
                .chars()
                .map(|c| match c {
                    '-' => '⁻',
                    '0' => '⁰',
                    '1' => '¹',
                    '2' => '²',
                    '3' => '³',
                    '4' => '⁴',
                    '5' => '⁵',
                    '6' => '⁶',
                    '7' => '⁷',
                    '8' => '⁸',
                    '9' => '⁹',
                    other => other,
                })
                .collect();
            format!("{mantissa} × 10{superscript}")
        }
        Some((mantissa, _)) => mantissa.to_string(),
        None => text,
    }
}

/// A text as a text node: the same node as `{text}` in `html!`, which copies it first
/// (`VText::from` goes through `to_string`).
#[inline(never)]
pub fn text_node(text: impl Into<yew::AttrValue>) -> yew::Html {
    yew::virtual_dom::VNode::VText(yew::virtual_dom::VText::new(text))
}

/// A string as a text node: the same node as `{string}` in `html!`, which copies it first
/// (`VText::from` goes through `to_string`).
#[inline(never)]
pub fn string_node(text: String) -> yew::Html {
    yew::virtual_dom::VNode::VText(yew::virtual_dom::VText::new(text))
}

/// The reader's language and currency, given to every component through a context.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Locale {
    pub lang: Lang,
    pub currency: Currency,
    /// Units of `currency` per US dollar.
    pub fx: f64,
    /// Which tables of texts the page has drawn with: [`Locale::ZH_TEXTS`] (loaded on first
    /// use), [`Locale::EN_NOTES`] (the English of help and notes, shown only on demand, loaded
    /// once the page has started). When one arrives the context changes, so every component
    /// that reads it shows its texts. (The English of help and notes changes it only when the
    /// page drew one of them before it arrived.)
    pub texts: u8,
}

impl Default for Locale {
    fn default() -> Self {
        Locale {
            lang: Lang::En,
            currency: Currency::Usd,
            fx: 1.0,
            texts: Locale::ALL_TEXTS,
        }
    }
}

impl Locale {
    /// In [`Locale::texts`]: the Chinese texts are there.
    pub const ZH_TEXTS: u8 = 1;
    /// In [`Locale::texts`]: the English of help and notes is there.
    pub const EN_NOTES: u8 = 2;
    /// In [`Locale::texts`]: every table is there.
    pub const ALL_TEXTS: u8 = Self::ZH_TEXTS | Self::EN_NOTES;

    /// A text in the reader's language.
    pub fn t(&self, text: crate::model::Text) -> &'static str {
        text.get(self.lang)
    }

    /// A text in the reader's language as a text node: the same node as `{locale.node(text)}`
    /// in `html!`, without copying the text onto the heap (`VText::from` goes through
    /// `to_string`), and one call at each place instead of two.
    #[inline(never)]
    pub fn node(&self, text: crate::model::Text) -> yew::Html {
        yew::virtual_dom::VNode::VText(yew::virtual_dom::VText::new(text.get(self.lang)))
    }

    /// [`Locale::fill`] as a text node (the same node as `{locale.fill(…)}`, without the copy
    /// `VText::from` makes).
    #[inline(never)]
    pub fn fill_node(&self, text: crate::model::Text, args: &[&str]) -> yew::Html {
        string_node(self.fill(text, args))
    }

    /// [`Locale::money`] as a text node.
    #[inline(never)]
    pub fn money_node(&self, usd: f64) -> yew::Html {
        string_node(self.money(usd))
    }

    /// A translated template with its placeholders filled.
    pub fn fill(&self, text: crate::model::Text, args: &[&str]) -> String {
        crate::model::text::fill(text.get(self.lang), args)
    }

    fn in_currency(&self, usd: f64) -> Money {
        Money {
            usd,
            currency: self.currency,
            rate: self.fx,
        }
    }

    /// Dollars shown compactly in the reader's currency: `$1.2B`.
    pub fn money(&self, usd: f64) -> String {
        money(self.in_currency(usd), self.lang)
    }

    pub fn money_exact(&self, usd: f64) -> String {
        money_exact(self.in_currency(usd), self.lang)
    }

    pub fn money_precise(&self, usd: f64) -> String {
        money_precise(self.in_currency(usd), self.lang)
    }

    pub fn compact(&self, value: f64) -> String {
        compact(value, self.lang)
    }

    pub fn plain(&self, value: f64) -> String {
        plain(value, self.lang)
    }

    pub fn percent(&self, fraction: f64) -> String {
        percent(fraction, self.lang)
    }

    pub fn flop(&self, value: f64) -> String {
        flop(value, self.lang)
    }
}
