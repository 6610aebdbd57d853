//! Display currencies: every figure is computed in US dollars and converted only for display.

use super::sources::{self, Source};
use super::text::Text;

/// The currency figures are displayed in; the model itself always computes in US dollars.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Currency {
    /// US dollars, the model's own unit (rate fixed at 1).
    #[default]
    Usd,
    /// Chinese yuan renminbi.
    Cny,
    /// Euros.
    Eur,
}

impl Currency {
    /// Every display currency, in the order offered to the reader.
    pub const ALL: [Currency; 3] = [Currency::Usd, Currency::Cny, Currency::Eur];

    /// ISO 4217 code, given to `Intl.NumberFormat`.
    pub const fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Cny => "CNY",
            Currency::Eur => "EUR",
        }
    }

    /// The link value of `cur=`.
    pub const fn link_code(self) -> &'static str {
        match self {
            Currency::Usd => "usd",
            Currency::Cny => "cny",
            Currency::Eur => "eur",
        }
    }

    /// The currency with this ISO 4217 code (`"USD"`, `"CNY"`, `"EUR"`), in any case, spaces
    /// around ignored; the lower-case link values of `cur=` are therefore accepted too.
    pub fn from_code(code: &str) -> Option<Currency> {
        Currency::ALL
            .into_iter()
            .find(|currency| currency.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The currency's name in both interface languages.
    pub const fn label(self) -> Text {
        match self {
            Currency::Usd => const { Text::new("US dollars", "美元") },
            Currency::Cny => const { Text::new("Chinese yuan", "人民币") },
            Currency::Eur => const { Text::new("Euros", "欧元") },
        }
    }

    /// Units of this currency per US dollar by default.
    pub const fn default_rate(self) -> f64 {
        match self {
            Currency::Usd => 1.0,
            Currency::Cny => 7.17,
            Currency::Eur => 0.853,
        }
    }

    /// The valid range of a reader's own rate (`fx=`): wide enough for decades of history.
    pub const fn rate_range(self) -> (f64, f64) {
        match self {
            Currency::Usd => (1.0, 1.0),
            Currency::Cny => (1.0, 20.0),
            Currency::Eur => (0.3, 3.0),
        }
    }
}

/// Where the default rates come from.
pub const RATE_SOURCE: Source = sources::FX_RATES;

/// An amount of US dollars shown in a display currency at a rate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Money {
    /// The amount in US dollars, as the model computed it.
    pub usd: f64,
    /// The currency to display the amount in.
    pub currency: Currency,
    /// Units of `currency` per US dollar.
    pub rate: f64,
}

impl Money {
    /// The amount in the display currency.
    pub fn amount(self) -> f64 {
        self.usd * self.rate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conversion_keeps_dollars() {
        let money = Money {
            usd: 1e9,
            currency: Currency::Cny,
            rate: 7.17,
        };
        assert_eq!(money.amount(), 7.17e9);
        assert_eq!(money.usd, 1e9);
    }

    #[test]
    fn codes() {
        for currency in Currency::ALL {
            assert_eq!(Currency::from_code(currency.link_code()), Some(currency));
            let (low, high) = currency.rate_range();
            assert!((low..=high).contains(&currency.default_rate()));
        }
    }
}
