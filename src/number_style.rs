//! The number styles the page shows and the `Intl.NumberFormat` options each one takes in each
//! language: pure, so that the choices are tested natively. The browser does the formatting
//! itself (its Intl knows `亿`, `万` and every currency's name), see `src/format.rs`.

use crate::model::currency::Currency;
use crate::model::text::Lang;

/// The kinds of number the page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Style {
    /// `$1.2B`, `12亿美元`.
    MoneyCompact(Currency),
    /// `$1,234,567,890`.
    MoneyExact(Currency),
    /// Money with cents where they matter: `$2.35`.
    MoneyPrecise(Currency),
    /// `1.2M`, `120万`.
    Compact,
    /// Grouped, at most a few fraction digits: `16,384`, `0.35`.
    Plain,
    /// `38%`.
    Percent,
    /// `3.8E25`.
    Scientific,
}

/// The value of one option.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OptionValue {
    Text(&'static str),
    Number(u8),
}

/// The `Intl.NumberFormat` options of a style in a language, in the order they are set.
pub fn intl_options(style: Style, lang: Lang) -> Vec<(&'static str, OptionValue)> {
    use OptionValue::{Number, Text};
    let mut options = Vec::with_capacity(5);
    let currency = match style {
        Style::MoneyCompact(currency)
        | Style::MoneyExact(currency)
        | Style::MoneyPrecise(currency) => Some(currency),
        _ => None,
    };
    if let Some(currency) = currency {
        options.push(("style", Text("currency")));
        options.push(("currency", Text(currency.code())));
        // Chinese reads "12亿美元": the currency's name after the number, not a symbol.
        if lang == Lang::Zh {
            options.push(("currencyDisplay", Text("name")));
        }
    }
    match style {
        Style::MoneyCompact(_) | Style::Compact => options.push(("notation", Text("compact"))),
        Style::Scientific => options.push(("notation", Text("scientific"))),
        Style::Percent => options.push(("style", Text("percent"))),
        _ => {}
    }
    options.push(match style {
        Style::MoneyExact(_) => ("maximumFractionDigits", Number(0)),
        Style::MoneyPrecise(_) => ("maximumSignificantDigits", Number(4)),
        Style::Plain => ("maximumSignificantDigits", Number(5)),
        _ => ("maximumSignificantDigits", Number(3)),
    });
    options
}

#[cfg(test)]
mod tests {
    use super::OptionValue::{Number, Text};
    use super::*;

    fn get(style: Style, lang: Lang, key: &str) -> Option<OptionValue> {
        intl_options(style, lang)
            .into_iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v)
    }

    #[test]
    fn money_is_compact_with_symbols_in_english_and_names_in_chinese() {
        for currency in Currency::ALL {
            let style = Style::MoneyCompact(currency);
            for lang in Lang::ALL {
                assert_eq!(get(style, lang, "style"), Some(Text("currency")));
                assert_eq!(get(style, lang, "currency"), Some(Text(currency.code())));
                assert_eq!(get(style, lang, "notation"), Some(Text("compact")));
                assert_eq!(
                    get(style, lang, "maximumSignificantDigits"),
                    Some(Number(3))
                );
            }
            // `$1.2B` in English; `12亿美元`, `86亿人民币`, `11亿欧元` in Chinese.
            assert_eq!(get(style, Lang::En, "currencyDisplay"), None);
            assert_eq!(get(style, Lang::Zh, "currencyDisplay"), Some(Text("name")));
        }
    }

    #[test]
    fn exact_and_precise_money() {
        let exact = Style::MoneyExact(Currency::Cny);
        assert_eq!(
            get(exact, Lang::En, "maximumFractionDigits"),
            Some(Number(0))
        );
        assert_eq!(get(exact, Lang::En, "notation"), None);
        let precise = Style::MoneyPrecise(Currency::Eur);
        assert_eq!(
            get(precise, Lang::Zh, "maximumSignificantDigits"),
            Some(Number(4))
        );
        assert_eq!(
            get(precise, Lang::Zh, "currencyDisplay"),
            Some(Text("name"))
        );
    }

    #[test]
    fn plain_numbers_are_the_same_in_both_languages() {
        // `3.5万` and `35K` come from the locale, not from different options.
        for style in [
            Style::Compact,
            Style::Plain,
            Style::Percent,
            Style::Scientific,
        ] {
            assert_eq!(intl_options(style, Lang::En), intl_options(style, Lang::Zh));
            assert_eq!(get(style, Lang::En, "currency"), None);
        }
        assert_eq!(
            get(Style::Compact, Lang::Zh, "notation"),
            Some(Text("compact"))
        );
        assert_eq!(
            get(Style::Percent, Lang::En, "style"),
            Some(Text("percent"))
        );
        assert_eq!(
            get(Style::Scientific, Lang::En, "notation"),
            Some(Text("scientific"))
        );
        assert_eq!(
            get(Style::Plain, Lang::En, "maximumSignificantDigits"),
            Some(Number(5))
        );
    }

    #[test]
    fn every_style_sets_each_option_once() {
        let currencies = Currency::ALL;
        let mut styles = vec![
            Style::Compact,
            Style::Plain,
            Style::Percent,
            Style::Scientific,
        ];
        for c in currencies {
            styles.extend([
                Style::MoneyCompact(c),
                Style::MoneyExact(c),
                Style::MoneyPrecise(c),
            ]);
        }
        for style in styles {
            for lang in Lang::ALL {
                let options = intl_options(style, lang);
                for (i, (key, _)) in options.iter().enumerate() {
                    assert!(
                        options[i + 1..].iter().all(|(other, _)| other != key),
                        "{style:?} sets {key} twice"
                    );
                }
            }
        }
    }
}
