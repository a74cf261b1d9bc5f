//! The glossary: every figure the game shows, defined once per language in
//! assets/i18n/<lang>/glossary.ftl (name, unit, how the model computes it, why it matters to
//! each seat), and which screen labels each entry explains.

use crate::engine::Seat;
use crate::engine::attribution::FigureKind;
use crate::i18n::Texts;

/// One glossary entry and the label keys (tui.ftl, main.ftl) of the figures it explains.
pub struct Term {
    pub id: &'static str,
    pub labels: &'static [&'static str],
}

/// Every entry, in the order the glossary screen lists them.
pub const TERMS: &[Term] = &[
    Term {
        id: "index",
        labels: &[
            "tui-index",
            "tui-index-history",
            "tui-chart-index",
            "score-index",
        ],
    },
    Term {
        id: "bubble",
        labels: &["tui-bubble"],
    },
    Term {
        id: "coverage",
        labels: &["tui-coverage"],
    },
    Term {
        id: "circular",
        labels: &["tui-circular"],
    },
    Term {
        id: "approval",
        labels: &["tui-approval", "tui-chart-approval"],
    },
    Term {
        id: "elections",
        labels: &[
            "tui-chart-election",
            "tui-elections",
            "score-elections",
            "tui-next-election",
        ],
    },
    Term {
        id: "share-price",
        labels: &[
            "tui-chart-share-prices",
            "tui-share-price",
            "score-share-price",
        ],
    },
    Term {
        id: "market-cap",
        labels: &["tui-market-cap", "tui-valuation"],
    },
    Term {
        id: "spread",
        labels: &["tui-spread", "tui-spread-label", "tui-chart-spreads"],
    },
    Term {
        id: "rating",
        labels: &["tui-rating", "score-investment-grade"],
    },
    Term {
        id: "coupon",
        labels: &["tui-coupon"],
    },
    Term {
        id: "default-risk",
        labels: &["score-default-risk"],
    },
    Term {
        id: "cash",
        labels: &["tui-cash", "books-company-cash"],
    },
    Term {
        id: "runway",
        labels: &["score-runway"],
    },
    Term {
        id: "debt",
        labels: &["tui-debt", "books-company-debt"],
    },
    Term {
        id: "off-balance",
        labels: &[
            "tui-off-balance",
            "tui-off-balance-known",
            "tui-off-balance-true",
        ],
    },
    Term {
        id: "credit-obligations",
        labels: &["tui-credit-obligations", "tui-credit-build-out"],
    },
    Term {
        id: "revolver",
        labels: &["tui-revolver"],
    },
    Term {
        id: "revenue",
        labels: &[
            "tui-chart-openai-revenue",
            "tui-revenue-yr",
            "tui-revenue-q",
            "score-revenue",
            "books-company-revenue",
        ],
    },
    Term {
        id: "fcf",
        labels: &[
            "tui-fcf-q",
            "score-free-cash-flow",
            "books-free-cash-flow",
            "books-company-free-cash-flow",
        ],
    },
    Term {
        id: "backlog",
        labels: &["tui-chart-backlog", "tui-backlog"],
    },
    Term {
        id: "commitments",
        labels: &["tui-commitments"],
    },
    Term {
        id: "adoption",
        labels: &["tui-adoption"],
    },
    Term {
        id: "demand-to-compute",
        labels: &[
            "tui-demand-to-compute",
            "tui-demand-unserved",
            "tui-compute-idle",
        ],
    },
    Term {
        id: "compute",
        labels: &[
            "score-online",
            "tui-compute",
            "tui-online",
            "tui-building",
            "score-compute",
        ],
    },
    Term {
        id: "contracted",
        labels: &["tui-contracted", "score-compute-secured"],
    },
    Term {
        id: "chips-on-order",
        labels: &["tui-chips-on-order"],
    },
    Term {
        id: "vendor-financed",
        labels: &["tui-vendor-financed"],
    },
    Term {
        id: "spv-pot",
        labels: &["tui-spv-pot"],
    },
    Term {
        id: "onsite",
        labels: &["tui-onsite"],
    },
    Term {
        id: "queue",
        labels: &[
            "tui-waiting",
            "books-queue",
            "books-approved",
            "books-waiting",
            "books-connected",
            "books-hosting",
        ],
    },
    Term {
        id: "restructuring",
        labels: &[
            "score-recovery-compute",
            "score-recovery-online",
            "score-recovery-cash-flow",
            "score-recovery-creditors",
        ],
    },
    Term {
        id: "reserve",
        labels: &[
            "tui-col-reserve",
            "tui-chart-reserve",
            "books-firm",
            "books-peak",
            "books-reserve",
            "books-reserve-target",
            "score-reserve-margin",
        ],
    },
    Term {
        id: "energy-price",
        labels: &["tui-col-energy"],
    },
    Term {
        id: "capacity-price",
        labels: &["tui-col-capacity"],
    },
    Term {
        id: "bill",
        labels: &["tui-col-bill", "tui-chart-bills", "welfare-bills"],
    },
    Term {
        id: "national-price",
        labels: &["tui-national-cents", "score-rates"],
    },
    Term {
        id: "arrears",
        labels: &["tui-chart-arrears", "tui-col-arrears", "welfare-arrears"],
    },
    Term {
        id: "loss-event",
        labels: &["tui-col-faults"],
    },
    Term {
        id: "blackouts",
        labels: &["score-reliability"],
    },
    Term {
        id: "outage-hours",
        labels: &["welfare-reliability"],
    },
    Term {
        id: "ride-through",
        labels: &[
            "tui-ride-through",
            "books-rule-ride-through",
            "books-held-ride-through",
        ],
    },
    Term {
        id: "demand-response",
        labels: &["tui-results-dr"],
    },
    Term {
        id: "ffo",
        labels: &["tui-ffo", "score-solvency"],
    },
    Term {
        id: "base-rate",
        labels: &["tui-base-rate"],
    },
    Term {
        id: "cost-index",
        labels: &["tui-cost-index"],
    },
    Term {
        id: "budget",
        labels: &[
            "tui-chart-budget",
            "tui-budget-quarter",
            "tui-budget-total",
            "books-budget-cost",
            "books-budget-subsidies",
            "books-budget-relief",
            "books-budget-cost-since-start",
        ],
    },
    Term {
        id: "deficit",
        labels: &[
            "score-deficit",
            "tui-deficit-quarter",
            "books-budget-deficit",
        ],
    },
    Term {
        id: "programme-debt",
        labels: &["tui-programme-debt", "books-budget-debt"],
    },
    Term {
        id: "yield-premium",
        labels: &["tui-yield-premium", "books-budget-yield-premium"],
    },
    Term {
        id: "deficit-inflation",
        labels: &["books-budget-deficit-inflation"],
    },
    Term {
        id: "tariff-revenue",
        labels: &[
            "tui-chart-tariff-quarter",
            "tui-tariff-revenue",
            "books-budget-tariff-revenue",
            "books-budget-tariffs-since-start",
        ],
    },
    Term {
        id: "guarantees",
        labels: &[
            "tui-guarantees",
            "books-budget-guarantees-called",
            "books-budget-guarantees-outstanding",
            "books-rule-guarantees",
        ],
    },
    Term {
        id: "statements",
        labels: &[
            "books-revenue",
            "books-revenue-from",
            "books-operating-costs",
            "books-lease-cost",
            "books-depreciation",
            "books-operating-income",
            "books-interest",
            "books-other",
            "books-tax",
            "books-net-income",
            "books-opening-cash",
            "books-operating",
            "books-interest-paid",
            "books-lease-payments",
            "books-taxes-paid",
            "books-investing",
            "books-capex",
            "books-capex-equipment",
            "books-vendor-lending",
            "books-asset-sales",
            "books-financing",
            "books-debt-issued",
            "books-debt-repaid",
            "books-equity-issued",
            "books-payouts",
            "books-vendor-financing",
            "books-closing-cash",
            "books-cash",
            "books-ppe",
            "books-equipment",
            "books-right-of-use",
            "books-loans-receivable",
            "books-investments",
            "books-other-assets",
            "books-assets",
            "books-debt",
            "books-lease-liabilities",
            "books-vendor-loans",
            "books-other-liabilities",
            "books-liabilities",
            "books-paid-in",
            "books-retained",
            "books-equity",
        ],
    },
    Term {
        id: "revenue-requirement",
        labels: &[
            "books-requirement",
            "books-requirement-network",
            "books-requirement-upgrades",
            "books-requirement-plants",
            "books-requirement-large-loads",
            "books-rate-base",
            "books-rate-base-added",
        ],
    },
    Term {
        id: "rules",
        labels: &[
            "books-rule-chip-tariff",
            "books-rule-equipment-tariff",
            "books-rule-large-load-share",
            "books-rule-federal-share",
            "books-rule-congress-share",
            "books-rule-min-demand",
            "books-rule-fast-track",
            "books-rule-capacity-cap",
        ],
    },
    Term {
        id: "jobs",
        labels: &["tui-chart-jobs", "tui-jobs", "score-jobs", "welfare-jobs"],
    },
    Term {
        id: "score",
        labels: &[
            "tui-score",
            "tui-col-score",
            "tui-chart-scores",
            "tui-chart-score-bars",
        ],
    },
    Term {
        id: "welfare",
        labels: &["tui-welfare", "tui-welfare-short", "welfare-wealth"],
    },
];

/// An entry in the player's language.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub id: &'static str,
    pub name: String,
    pub unit: String,
    pub how: String,
    /// Why it matters, seat by seat, in `Seat::ALL` order.
    pub for_seat: Vec<(Seat, String)>,
}

fn seat_suffix(seat: Seat) -> &'static str {
    match seat {
        Seat::OpenAi => "openai",
        Seat::Oracle => "oracle",
        Seat::Utility => "utility",
        Seat::WhiteHouse => "whitehouse",
    }
}

/// The Fluent keys an entry needs: its name, unit, how, and one line per seat.
pub fn keys(id: &str) -> Vec<String> {
    let mut keys = vec![
        format!("glossary-{id}"),
        format!("glossary-{id}-unit"),
        format!("glossary-{id}-how"),
    ];
    keys.extend(
        Seat::ALL
            .iter()
            .map(|s| format!("glossary-{id}-{}", seat_suffix(*s))),
    );
    keys
}

/// The entry for a term id.
pub fn entry(texts: &Texts, term: &Term) -> Entry {
    let get = |suffix: &str| texts.get(&format!("glossary-{}{suffix}", term.id));
    Entry {
        id: term.id,
        name: get(""),
        unit: get("-unit"),
        how: get("-how"),
        for_seat: Seat::ALL
            .iter()
            .map(|s| (*s, get(&format!("-{}", seat_suffix(*s)))))
            .collect(),
    }
}

/// The entry explaining the figure shown under a label key, if any.
pub fn for_label(label_key: &str) -> Option<&'static Term> {
    TERMS.iter().find(|t| t.labels.contains(&label_key))
}

/// The entry explaining a figure of the engine's attribution ("why" on a figure).
pub fn for_figure(kind: FigureKind, key: &str) -> Option<&'static Term> {
    let id = match kind {
        FigureKind::Score => "score",
        FigureKind::ScorePart => {
            // `score.SEAT.PART` names the part by its message key `score-PART`.
            let part = key.splitn(3, '.').nth(2)?;
            return for_label(&format!("score-{part}"));
        }
        FigureKind::Welfare => "welfare",
        FigureKind::SharePrice => "share-price",
        FigureKind::MarketCap => "market-cap",
        FigureKind::Spread => "spread",
        FigureKind::Rating => "rating",
        FigureKind::Bill => "bill",
        FigureKind::EnergyPrice => "energy-price",
        FigureKind::ReserveMargin => "reserve",
        FigureKind::Blackouts => "blackouts",
        FigureKind::Approval => "approval",
        FigureKind::Jobs => "jobs",
        FigureKind::Index => "index",
        FigureKind::Coverage => "coverage",
        FigureKind::BubbleGauge => "bubble",
        FigureKind::Circular => "circular",
    };
    TERMS.iter().find(|t| t.id == id)
}

/// The entry a player asked for by id or by name ("coverage", "Reserve margin"), ignoring
/// case; a unique prefix of either is enough.
pub fn lookup(texts: &Texts, query: &str) -> Option<&'static Term> {
    let q = query.trim().to_lowercase();
    if q.is_empty() {
        return None;
    }
    let name = |t: &Term| texts.get(&format!("glossary-{}", t.id)).to_lowercase();
    if let Some(t) = TERMS.iter().find(|t| t.id == q || name(t) == q) {
        return Some(t);
    }
    let mut matches = TERMS
        .iter()
        .filter(|t| t.id.starts_with(&q) || name(t).starts_with(&q));
    match (matches.next(), matches.next()) {
        (Some(t), None) => Some(t),
        _ => None,
    }
}
