# Overbuild, English. Keys are shared with every other language file.

## Names

region-texas = Texas
region-pjm = Mid-Atlantic / Rust Belt
region-west = West (California)
# Short names, where a column has no room for the full one (the order form).
region-short-texas = Texas
region-short-pjm = Mid-Atlantic
region-short-west = West
company-openai = OpenAI
company-oracle = Oracle
company-nvidia = Nvidia
company-hyperscalers = the big-4 hyperscalers
seat-openai = OpenAI
seat-oracle = Oracle
seat-utility = Utility
seat-whitehouse = White House

## News from the engine

news-grid-shortfall = { $region } could not serve { NUM($gwh, digits: 1) } GWh: supply ran short and rolling outages left up to { NUM($households, digits: 0) } thousand households in the dark at once.
news-grid-shortfall-cold = { $region } could not serve { NUM($gwh, digits: 1) } GWh: the cold froze gas supply and { NUM($cold_gw, digits: 1) } GW of power plants, and rolling outages left up to { NUM($households, digits: 0) } thousand households in the dark at once.
news-grid-cold-outages = The cold froze gas supply and forced { NUM($cold_gw, digits: 1) } GW of { $region }'s power plants out on its coldest day; supply held.
news-merchant-entry = { $region }: developers start { NUM($mw) } MW of { $tech ->
        [gas_cc] gas combined-cycle plants
        [gas_peaker] gas peakers
        [battery] four-hour batteries
        [solar] solar farms
       *[other] { $tech }
    }, online by { $online }: a year of margins at { USD($margin) } per kW-year beats their { USD($cone) } cost of new entry.
news-capacity-auction = { $region } capacity auction cleared at { USD($price) }/MW-day for { $delivery }: reserve margin { NUM($margin, digits: 1) }% against a { NUM($target) }% target.
news-dc-held-ride-through = { $region }: { NUM($held) } MW of finished data centers wait for lack of ride-through{ $oracle ->
    [0] {""}
   *[other] {" "}(Oracle's: { NUM($oracle) } MW)
}: one fault near them could trip more than the { NUM($tolerable) } MW the grid can lose. Ride-through equipment, the utility's ride-through rule or stronger lines let them connect.
news-fault-absorbed = Fault in { $region }: { NUM($lost) } MW of data centers dropped off; frequency rose to { NUM($peak, digits: 2) } Hz and the grid absorbed it (tolerable { NUM($tolerable) } MW).
news-faults-absorbed = { NUM($count) } small faults in { $region }: { NUM($lost) } MW of data centers dropped off in all, the largest { NUM($largest) } MW; frequency rose at most to { NUM($peak, digits: 2) } Hz and the grid absorbed each (tolerable { NUM($tolerable) } MW).
news-fault-absorbed-event = Large-load loss in { $region }: { NUM($lost) } MW of data centers dropped off at once; frequency rose to { NUM($peak, digits: 2) } Hz, absorbed (tolerable { NUM($tolerable) } MW).
news-fault-absorbed-trip = Large-load loss in { $region }: { NUM($lost) } MW of data centers dropped off, past the tolerable { NUM($tolerable) } MW; frequency rose to { NUM($peak, digits: 2) } Hz, generators tripped and it fell to { NUM($nadir, digits: 2) } Hz, above load shedding at { NUM($ufls, digits: 1) } Hz: absorbed.
news-fault-shed = Load shed in { $region }: { NUM($lost) } MW of data centers dropped off, generators tripped and frequency fell to { NUM($nadir, digits: 2) } Hz; under-frequency relays shed { NUM($shed) } MW and { NUM($households) } thousand households lost power for { NUM($hours, digits: 1) } hours.
news-fault-cascade = Cascading blackout in { $region }: { NUM($lost) } MW of data centers dropped off, generators tripped and frequency fell to { NUM($nadir, digits: 2) } Hz, past the last stage of load shedding ({ NUM($ufls_last, digits: 1) } Hz); { NUM($households) } thousand households were dark for { NUM($hours, digits: 1) } hours while { NUM($onsite) } MW of data centers ran on their own turbines.
news-oracle-build = Oracle started { NUM($mw) } MW in { $region } for { USD($cost, digits: 1) }B; online by { $online }.
news-rate-case = Regulators granted { NUM($granted, digits: 1) }% of the { NUM($asked, digits: 1) }% base-rate increase requested.
news-utility-distress = The utility's cash flow no longer covers its debt: lenders demand distress spreads.
news-bonds-capped = Bond buyers took { USD($raised, digits: 1) }B of the { USD($wanted, digits: 1) }B offered (rated { $rating }).
news-equity-capped = Investors took { USD($raised, digits: 1) }B of the { USD($wanted, digits: 1) }B round.
news-vendor-capped = Nvidia lends at most { USD($per_gw) }B per GW of chips on order: { USD($raised, digits: 1) }B of { USD($wanted, digits: 1) }B.
news-vendor-deal = Nvidia lends OpenAI { USD($amount, digits: 1) }B against { NUM($gw, digits: 1) } GW of chip orders: the supplier finances the demand that books its revenue.
news-spv-signed = SPV signed: { USD($amount, digits: 1) }B of data centers off the balance sheet, leased back at { USD($lease, digits: 1) }B a year.
news-contract-signed = OpenAI and Oracle sign a { NUM($gw, digits: 1) } GW, { NUM($years) }-year compute contract worth { USD($value) }B, due in full from { $due }: until then OpenAI pays for what Oracle delivers.
news-bookings-priced = Oracle's shares traded near { USD($news, digits: 2) } on news of its OpenAI contracts, before the market counted the { USD($debt, digits: 1) }B the capacity they call for adds to its debt as the agencies count it, and weighed OpenAI's ability to pay; they closed the quarter at { USD($close, digits: 2) }.
news-bookings-priced-built = Oracle's shares traded near { USD($news, digits: 2) } on news of its OpenAI contracts, before the market weighed OpenAI's ability to pay; they closed the quarter at { USD($close, digits: 2) } (capacity it has already serves them, so they add no debt to fund).
news-contract-refused = Oracle turned down OpenAI's offer of { USD($offered, digits: 1) }B per GW-year (its minimum is { USD($minimum, digits: 1) }B).
news-contract-lapsed = Oracle could not deliver { NUM($mw) } MW it had contracted to OpenAI: { USD($value, digits: 1) }B of the quarter's contract payments lapsed, and its backlog shrank by as much.
news-cash-short = { $company } ran { USD($short, digits: 1) }B short of cash this quarter and was carried: { USD($borrowed, digits: 1) }B borrowed (term loans against chips delivered, its credit line, then bonds){ $equity ->
        [0] .
       *[other] {" "}and { USD($equity, digits: 1) }B of new shares sold.
    }
news-restart-capped = { $region }: only { NUM($left) } MW of retired nuclear units can still restart, so { NUM($wanted) } MW cannot all be placed; no other unit there stands ready to come back.
news-dr-capped = { $region }: data centers there draw about { NUM($load) } MW, so demand response holds that much of the { NUM($wanted) } MW asked; only load that is running can be curtailed or counted as firm.
news-insolvency = { $company } defaults: it cannot pay its bills (a { USD($shortfall, digits: 1) }B shortfall). Shareholders are wiped out, creditors take over, projects under construction are sold and contracts voided.
news-downgrade = { $company } downgraded to { $rating }: against its assets, its debt now prices at { NUM($spread) } bp, a { NUM($pd, digits: 1) }% chance of default within five years.
news-upgrade = { $company } upgraded to { $rating }: against its assets, its debt now prices at { NUM($spread) } bp, a { NUM($pd, digits: 1) }% chance of default within five years.
news-hidden-revealed = { USD($amount) }B of { $company }'s off-balance-sheet obligations come to light.
news-spv-consolidated = Rating agencies now count all of { $company }'s { USD($amount) }B of known lease obligations (SPVs and data-center leases) as debt: they outgrew its bonds.
news-ride-through-required = New large loads must ride through grid faults; existing ones have a year to comply.
news-ride-through-fitted = Oracle finished fitting ride-through to { NUM($mw) } MW of its data centers: { NUM($share) }% of the { NUM($fleet) } MW it runs or has finished now stay on through a grid fault.
news-lobbying-cap = Lobbying holds the large-load share of upgrade costs at { NUM($cap, scale: 100) }% (asked: { NUM($wanted, scale: 100) }%).
news-congress-blocks = Congress blocks new subsidies and loan guarantees.
news-grants = The White House pays { USD($subsidy, digits: 1) }B of grants: { USD($factories, digits: 1) }B to transformer and turbine factories, whose plants will employ about { NUM($jobs, digits: 1) } thousand people as they open, and { USD($builders, digits: 1) }B to data-center builders.
news-guarantees = The White House backs { USD($guarantees, digits: 1) }B of new loans to Oracle and OpenAI, so their bonds cost less; the expected loss, { USD($cost, digits: 1) }B, counts in its budget now.
news-relief = The White House sends households { USD($relief, digits: 1) }B of relief, { USD($each) } each.
news-midterm-held = Midterms: the governing party holds the House with { NUM($seats) } seats ({ NUM($needed) } needed).
news-midterm-lost = Midterms: the governing party loses the House, winning { NUM($seats) } seats ({ NUM($needed) } needed). Congress now blocks new subsidies.
news-general-won = Election night: the governing party keeps the White House with { NUM($seats) } electoral votes.
news-general-lost = Election night: the governing party loses the White House with { NUM($seats) } electoral votes ({ NUM($needed) } needed).
news-congress-rule = Congress passes a federal rule over the White House's head: large loads pay { NUM($share, scale: 100) }% of grid upgrades.
news-rule-chip-tariff = The White House { $direction ->
        [up] raises
       *[down] cuts
    } the tariff on imported chips to { NUM($new, scale: 100) }% (was { NUM($old, scale: 100) }%).
news-rule-equipment-tariff = The White House { $direction ->
        [up] raises
       *[down] cuts
    } the tariff on imported transformers, turbines and metals to { NUM($new, scale: 100) }% (was { NUM($old, scale: 100) }%).
news-rule-exempt = { $state ->
        [on] The White House exempts data-center builders' chips and equipment from the tariffs.
       *[off] The White House ends the tariff exemption for data-center builders' chips and equipment.
    }
news-rule-tariff-cost = At this quarter's market a 1 GW data center now costs { USD($now, digits: 1) }B, { USD($change, digits: 1) }B { $direction ->
        [up] more
       *[down] less
    } than under the tariffs that stood.
news-rule-fast-track = { $state ->
        [on] The White House fast-tracks permits for power plants and transmission: new builds take less time.
       *[off] The White House ends the permitting fast-track: new plants and lines take their usual time again.
    }
news-rule-federal-on = The White House imposes a federal rule: large loads pay { NUM($share, scale: 100) }% of grid upgrades, whatever the utility decides.
news-rule-federal-off = The White House lifts its federal rule on grid upgrades: the utility's own share applies again.
news-rule-federal-share = The federal rule now has large loads pay { NUM($new, scale: 100) }% of grid upgrades (was { NUM($old, scale: 100) }%).
news-rule-large-load-share = The utility charges large loads { NUM($new, scale: 100) }% of grid-upgrade costs (was { NUM($old, scale: 100) }%){ $federal ->
        [overrides] , but the federal rule decides while it stands.
       *[none] .
    }
news-rule-min-demand = The utility makes large loads pay for at least { NUM($new, scale: 100) }% of the demand they contract (was { NUM($old, scale: 100) }%).
news-rule-capacity-cap = The regulators cap capacity-auction prices at { USD($new) }/MW-day (was { USD($old) }).
news-retaliation = Trading partners retaliate against the { NUM($rate) }% tariffs: US exporters lose orders and jobs.

## Score parts

score-compute = Compute online (GW)
score-revenue = Annual revenue ($B)
score-compute-secured = Compute secured (GW)
score-default-risk = 5-year default risk (%)
score-runway = Cash runway (quarters)
score-online = Data centers online (GW)
score-share-price = Share price ($)
score-investment-grade = Credit rating (notch, BBB- = 9)
score-free-cash-flow = Free cash flow this quarter ($B)
score-reliability = Worst blackout (% of households)
score-reserve-margin = Thinnest reserve margin minus its target (% of peak)
score-rates = Residential price, last four quarters (¢/kWh)
score-solvency = Funds from operations / debt
score-elections = Elections won (approval until the first)
score-deficit = Programmes' deficit, last year (% of GDP)
score-index = Index (× start)
score-jobs = Manufacturing jobs gained (thousands)
score-recovery-compute = Compute kept online (GW)
score-recovery-online = Data centers kept online (GW)
score-recovery-cash-flow = Restructured company's free cash flow ($B)
score-recovery-creditors = Creditors' recovery (assets / claims)
score-defaulted = Defaulted in { $date }
default-refused = { $company } is in default since { $date }: it cannot build, borrow, sell shares or pay dividends.
default-this-quarter = { $company } defaulted this quarter: equity wiped, creditors took { USD($lost, digits: 1) }B in losses, contracts voided.
default-objective = After a default you play on as the restructured company: the score counts capacity kept running, its cash flow and what creditors recover, and a default line that never goes away.
welfare-bills = Bills at the same usage, since the start
welfare-reliability = Outage hours per household
welfare-wealth = Household stock wealth (× start)
welfare-jobs = Manufacturing jobs (thousands)
welfare-arrears = Households in arrears

## Order-form previews

preview-estimate = Estimate: the engine resolving this quarter with your draft, the other seats' standing orders and no events.
preview-company = End of quarter: cash { USD($cash, digits: 1) }B, revenue { USD($revenue, digits: 1) }B, free cash flow { USD($fcf, digits: 1) }B, debt { USD($debt, digits: 1) }B.
preview-market = Share price { USD($price, digits: 2) }, spread { NUM($spread) } bp, rated { $rating }.
preview-market-today = Today: share price { USD($today, digits: 2) }. You changed no order, so the move to the estimate comes from the market and the orders already standing.
preview-market-standing = With the standing orders instead: share price { USD($price, digits: 2) }, spread { NUM($spread) } bp. Your changes make the difference; the rest of the move from today's { USD($today, digits: 2) } comes from the market and the orders already standing.
preview-market-valuation = Valuation { USD($price, digits: 1) }B, spread { NUM($spread) } bp, rated { $rating }.
preview-valuation-today = Today: valuation { USD($today, digits: 1) }B. You changed no order, so the move to the estimate comes from the market and the orders already standing.
preview-valuation-standing = With the standing orders instead: valuation { USD($price, digits: 1) }B, spread { NUM($spread) } bp. Your changes make the difference; the rest of the move from today's { USD($today, digits: 1) }B comes from the market and the orders already standing.
preview-region = { $region }: bill { USD($bill, digits: 2) } a month, reserve margin { NUM($margin, digits: 1) }%.
preview-utility = Utility: cash { USD($cash, digits: 1) }B; funds from operations { NUM($ffo, digits: 1) }% of debt.
preview-budget-quarter = Budget: { USD($cost, digits: 1) }B this quarter, { USD($running, digits: 1) }B since the start.
preview-politics = Approval { NUM($approval, digits: 1) }%; manufacturing jobs { NUM($jobs) } thousand.
preview-score = Score { NUM($score, digits: 1) } of 100.
preview-score-part = { $part }: { NUM($points, digits: 1) } points of { NUM($max) }.
preview-effect-cash = { $field } with the rest of your draft: score { NUM($score, digits: 1, sign: 1) }, cash { USD($change, digits: 1, sign: 1) }B against the standing order.
preview-effect-utility = { $field } with the rest of your draft: score { NUM($score, digits: 1, sign: 1) }, households' price { NUM($change, digits: 3, sign: 1) } ¢/kWh, utility cash { USD($other, digits: 2, sign: 1) }B{ $moved ->
        [yes] , reserve margin in { $region } { NUM($reserve, digits: 1, sign: 1) } points
       *[no] {""}
    } against the standing order.
preview-effect-whitehouse = { $field } with the rest of your draft: score { NUM($score, digits: 1, sign: 1) }, approval { NUM($change, digits: 2, sign: 1) } points, budget this quarter { USD($other, digits: 2, sign: 1) }B against the standing order.
preview-effect-later = { $field }: no change to this quarter's figures; it acts in later quarters.
preview-in-default = { $company } is in default since { $date }: no new bonds, shares, vendor financing, builds or payouts.
preview-cash-after = Cash after this quarter's spending: { USD($cash, digits: 1) }B
preview-equity-limit = Investors would take up to { USD($limit, digits: 1) }B of new equity now.
preview-vendor-limit = Nvidia would lend up to { USD($limit, digits: 1) }B against chips on order.
preview-coupon = Bonds sold this quarter pay { NUM($coupon, digits: 2) }% (today's rating, { $rating }).
preview-contract = Contract: { NUM($gw, digits: 1) } GW at { USD($annual, digits: 1) }B a year, { USD($total) }B in all, due in full from { $due }, if Oracle accepts.
preview-chips = { NUM($gw, digits: 2) } GW of chips: { USD($cost, digits: 1) }B, delivered by { $online }.
preview-build = { $region }: { NUM($mw) } MW for { USD($cost, digits: 1) }B, online by { $online } (if the grid connects it).
preview-build-uncontracted = { NUM($mw) } MW beyond your contracts ({ NUM($contracted, digits: 2) } GW): until a customer signs, they earn only spare capacity's cloud rent.
preview-onsite = { $region }: { NUM($mw) } MW of on-site turbines for { USD($cost, digits: 2) }B, running by { $online }.
preview-wait = The longest wait is { $wait ->
        [chips] for chips (the chipmakers' order book)
        [transformers] for transformers (their makers' backlog)
        [turbines] for gas turbines (their makers' backlog)
       *[construction] construction itself
    }: { NUM($quarters) } quarters from now.
preview-after-the-game = That is after the game's last quarter ({ $last }): the game ends before it runs.
preview-bond-appetite = Bond buyers' appetite this quarter: about { USD($appetite) }B for all AI issuers.
preview-spv-left = SPV money left for later quarters' builds: { USD($left, digits: 1) }B.
preview-spv = SPV: { USD($amount, digits: 1) }B off the balance sheet, leases of { USD($lease, digits: 1) }B a year.
preview-hosting = { $region }: { NUM($headroom) } MW of hosting headroom; approving { NUM($approve) } MW.
preview-hosting-over = { $region }: data centers connected, waiting and approved pass hosting capacity by { NUM($over) } MW, so congestion and faults rise as they draw power; approving { NUM($approve) } MW more.
preview-transmission = { $region }: upgrades for { USD($cost, digits: 1) }B add { NUM($mw) } MW of hosting by { $online }.
preview-plant = { $region }: { NUM($mw) } MW of { $tech ->
        [gas_cc] gas combined-cycle plants
        [gas_peaker] gas peakers
        [battery] four-hour batteries
        [solar] solar farms
        [wind] wind farms
        [nuclear] restarted nuclear units
       *[other] { $tech }
    } for { USD($cost, digits: 1) }B, online by { $online }.
preview-capacity-cap = { $region }: the next capacity auction, held in { $held } for delivery from { $delivery }, would clear at { USD($standing) }/MW-day under the cap in force and { USD($capped) } under yours ({ USD($uncapped) } with no cap), on today's outlook of a { NUM($margin, digits: 1) }% reserve margin against a { NUM($target) }% target. Bills pay it from { $delivery }; merchant plants weigh your cap from this quarter.
preview-ride-through = Ride-through: fits { NUM($mw) } MW more of your data centers, to { NUM($share) }% of { NUM($fleet) } MW{ $rule ->
        [yes] {" "}as the utility's ride-through rule requires
       *[no] {""}
    }, for { USD($cost, digits: 2) }B, done by { $online }. Fitted halls ride through a grid fault instead of dropping off, so less load is lost and fewer faults become large-load loss events.
preview-ramps-region = { $region }: your sites are { NUM($share) }% of its data-center load; in a fault, { NUM($with, digits: 1) }% of the data-center load near it drops off with smooth ramps, { NUM($without, digits: 1) }% without.
preview-ramps-cost = Smooth ramps cost your models about { NUM($cost) }% of what training adds to their quality while they last.
preview-fast-track = Permitting fast-track { $on ->
        [yes] on
       *[no] off
    }: ordered now, a 1 GW gas plant would be online by { $gas } ({ $gas_before } as things stand), a $1B transmission upgrade by { $grid } ({ $grid_before }), a 1 GW data center by { $dc } ({ $dc_before }): each date is set by its longest wait, which fast-track shortens only where it is permits and construction. { $on ->
        [yes] Fast-tracked cluster studies would also clear about { NUM($queue) } MW of speculative requests from the interconnection queues this quarter.
       *[no] Without it, cluster studies stop clearing about { NUM($queue) } MW of speculative requests from the queues a quarter.
    }
preview-ride-through-rule = Ride-through rule { $on ->
        [yes] on: data centers of 75 MW or more are fitted to ride through faults over a year, to { NUM($target) }% of their load by { $by } (now { NUM($now) }% across the regions); Oracle fits its halls at its own cost{ $any_held ->
            [no] .
           *[yes] , and { NUM($held) } MW of finished halls held back for want of it connect as they are fitted.
        }
       *[no] off: other owners' data centers go back to the settings they chose themselves (Oracle keeps what it has fitted), so more load drops off in a fault.
    }
preview-rate-case = Rate case: asking for { NUM($pct, digits: 1) }% more on base rates, decided in about a year, about { NUM($granted, digits: 1) }% granted (less when bills are rising): bills about { USD($bill, digits: 2) } a month higher, funds from operations { NUM($ffo, digits: 1) } points more of debt, and approval lower.
preview-cost-share = { $region }: these cost-sharing rules move households' delivery rate by { NUM($cents, digits: 2) } ¢/kWh and what large loads pay for delivery by { USD($large, digits: 2) }B a year.
preview-upgrades-under-way = { $region }: no grid upgrade is in rates yet; { USD($cost, digits: 1) }B under way enter them as they finish, the first in { $date }. Large loads would pay { NUM($then, digits: 0) }% of them (now { NUM($now, digits: 0) }%), households' delivery rate { NUM($cents, digits: 2) } ¢/kWh against the rule now.
preview-utility-cash = Utility cash after this quarter's capital spending: { USD($cash, digits: 1) }B; funds from operations cover { NUM($ffo) }% of debt.
preview-tariff-revenue = Tariff revenue: about { USD($revenue, digits: 1) }B a quarter.
preview-transformer-lead = Transformer lead time: { NUM($now, digits: 1) } quarters now, { NUM($then, digits: 1) } with these tariffs, at a price { NUM($price) }% above a market with no backlog and no tariff.
preview-dc-cost = A 1 GW data center costs { USD($now, digits: 1) }B now, { USD($then, digits: 1) }B with these tariffs.
preview-relief = Relief: { USD($per_household) } per household this quarter.
preview-grant-jobs = Grants: { USD($factories, digits: 1) }B of them builds factories that employ about { NUM($jobs, digits: 1) } thousand people for good; the jobs arrive over the coming quarters (about { NUM($share) }% of those still to come each quarter).
preview-congress-blocks = Congress is divided: new subsidies and loan guarantees will be blocked.
preview-budget = Budget cost this quarter: { USD($cost, digits: 1) }B.

## Event cards of the built-in scenarios (event-<id>-headline, event-<id>-explanation); a
## scenario file's own text is the fallback for cards not listed here.

event-deepseek-headline = A cheap open model from China matches the frontier
event-deepseek-explanation = A Chinese lab releases an open-weights model that rivals the best American ones at a fraction of the cost. Investors ask whether the trillion-dollar build-out is needed, and customers push for lower prices.
event-qwen-wave-headline = Open models from China undercut API prices again
event-qwen-wave-explanation = Another round of Chinese open models cuts the price of tokens. Buyers of AI services gain bargaining power and sellers' margins narrow.
event-heat-wave-texas-headline = Heat dome over Texas
event-heat-wave-texas-explanation = A week of record heat pushes air-conditioning load to new highs. Reserves run thin in the evening hours and prices spike.
event-heat-wave-east-headline = Heat wave across the Mid-Atlantic
event-heat-wave-east-explanation = A heat wave from Virginia to Ohio drives demand above forecast. PJM calls on demand response and emergency imports.
event-transformer-fault-headline = Transformer fault at a West Texas substation
event-transformer-fault-explanation = A fault at a substation near a cluster of data centers trips their protection. Dozens of sites drop off the grid at once, as happened in December 2022.
event-loudoun-fault-headline = 230 kV fault in northern Virginia
event-loudoun-fault-explanation = A line fault with repeated recloses makes data centers switch to backup power. The grid must absorb the sudden loss of their load.
event-fed-cut-headline = The Fed cuts rates
event-fed-cut-explanation = Officials cut by a quarter point, calling the AI build-out an industrial rather than a financial bubble. Borrowing gets cheaper for everyone.
event-fed-hold-headline = The Fed holds as tariffs lift prices
event-fed-hold-explanation = Tariff-driven inflation keeps the Fed from cutting. Long-term yields rise.
event-cds-panic-headline = Credit traders pile into Oracle protection
event-cds-panic-explanation = Volume in credit-default swaps on big tech names jumps as hedge funds and lenders hedge their exposure to the build-out. The cost of protection rises sharply.
event-sf-blackout-headline = Blackout in San Francisco halts robotaxis
event-sf-blackout-explanation = A substation fire blacks out a large part of the city for a day; driverless cars stop in the streets. Voters ask why the grid cannot keep up while data centers multiply.
event-tech-lobbying-headline = Tech lobbyists kill a bill to share grid costs
event-tech-lobbying-explanation = Industry groups defeat legislation that would have made data centers pay for the upgrades they need. The costs stay in everyone's rates.
event-memory-shortage-headline = Memory makers cannot keep up with AI orders
event-memory-shortage-explanation = Orders for high-bandwidth memory run at more than twice what SK Hynix and Samsung can make. Prices jump and GPU deliveries slip.
event-softbank-exit-headline = A big investor sells its entire Nvidia stake
event-softbank-exit-explanation = A major backer of the build-out sells all of its Nvidia shares to fund other commitments. Markets read it as a sign that insiders are taking money off the table.
event-rating-review-headline = Rating agency reviews data-center leases
event-rating-review-explanation = An agency starts counting data-center leases and SPV guarantees as debt. Obligations kept off the balance sheet come to light.
event-gas-spike-headline = Gas prices spike on LNG exports and a cold snap
event-gas-spike-explanation = Record LNG exports and a cold winter tighten the gas market for the quarter. Power prices follow gas up until the cold passes.
event-winter-storm-headline = A winter storm freezes gas wells and power plants
event-winter-storm-explanation = Arctic air drives heating demand to a winter record while frozen wellheads and plants cut supply. Grid operators ask customers to conserve and gas prices jump.
event-affordability-wave-headline = Candidates run on electricity bills and win
event-affordability-wave-explanation = Challengers promising rate freezes win governors' races and utility commission seats. Affordability becomes the issue of the season.

## Order help (order-<seat>-<field>): one line for each order field, as in src/engine/orders.rs.

order-openai-contract_gw = New compute contract offered to Oracle this quarter (take-or-pay on what is delivered; due in full after a lead time, shown in the preview).
order-openai-contract_years = Length of the new compute contract.
order-openai-contract_price = Price offered per GW-year of compute; Oracle accepts at or above its minimum.
order-openai-chip_order_gw = Own chips ordered from Nvidia, installed in colocation halls on delivery.
order-openai-vendor_financing_bn = Money Nvidia lends OpenAI against chips on order (the circular deal): owed to Nvidia at about the risk-free rate and spent on its chips.
order-openai-equity_raise_bn = New equity sold to investors at the current valuation.
order-openai-debt_bn = Bonds and loans raised this quarter at the current spread.
order-openai-subscription_price = Consumer subscription price.
order-openai-api_price_index = API price relative to today's.
order-openai-training_intensity = Share of compute in lock-step training runs: better models, bigger load swings.
order-openai-ride_through_cooperation = Smooth training-run power ramps and accept ride-through settings.
order-openai-statement = Public statement about AI demand and the bubble.

order-oracle-build_mw = Data-center capacity started this quarter, per region.
order-oracle-onsite_mw = On-site gas turbines ordered, per region: power before the grid connects, and through outages.
order-oracle-bond_bn = Bonds issued this quarter at today's coupon.
order-oracle-spv_bn = Build-out financed through an SPV: off the balance sheet, paid back as leases.
order-oracle-spv_partner_share = Equity share the SPV partner holds.
order-oracle-ride_through_share = Target share of Oracle's fleet fitted with ride-through equipment.
order-oracle-min_contract_price = Lowest price per GW-year Oracle accepts for new compute contracts.
order-oracle-max_contract_gw = Most GW of new contracts Oracle accepts per quarter.
order-oracle-buyback_bn = Share buybacks this quarter.
order-oracle-dividend_bn = Dividend paid this quarter.

order-utility-transmission_bn = Transmission and substation upgrades started, per region.
order-utility-gas_cc_mw = Gas combined-cycle plants procured, per region.
order-utility-gas_peaker_mw = Gas peakers procured, per region.
order-utility-battery_mw = Four-hour batteries procured, per region.
order-utility-solar_mw = Solar farms procured, per region.
order-utility-wind_mw = Wind farms procured, per region.
order-utility-nuclear_restart_mw = Retired nuclear units brought back, per region.
order-utility-approve_mw = Large-load interconnection requests approved from the queue, per region.
order-utility-demand_response_mw = Large loads paid to curtail at peaks, per region.
order-utility-large_load_share = Share of grid-upgrade costs charged to large loads (the rest goes to all customers).
order-utility-min_demand_charge = Large loads pay at least this share of contracted demand (0.85 in Ohio).
order-utility-ride_through_required = New loads of 75 MW or more must ride through faults (existing ones within a year).
order-utility-rate_case_pct = Base-rate increase asked in a rate case, filed if none is pending; regulators decide it a year later.
order-utility-capacity_cap = Cap on capacity-auction prices where a capacity market runs.

order-whitehouse-chip_tariff = Tariff on imported GPUs and semiconductors (1.0 = 100%).
order-whitehouse-equipment_tariff = Tariff on transformers, turbines and metals (0.5 = 50%).
order-whitehouse-exempt_intermediate = Exempt data-center builders' chips and equipment from the tariffs.
order-whitehouse-subsidy_bn = Grants this quarter: part to factories (their jobs stay), the rest to data-center builders.
order-whitehouse-loan_guarantee_bn = New federal loan guarantees: cheaper credit for builders.
order-whitehouse-fast_track = Permitting fast-track for power plants and transmission.
order-whitehouse-federal_rule = Impose a federal rule on who pays for grid upgrades.
order-whitehouse-federal_share = Large loads' share of upgrade costs under the federal rule.
order-whitehouse-relief_bn = Household relief (rebates, cash dividends) this quarter.
order-whitehouse-statement = Statement about the AI boom and the bubble.

## The three statements (Books screen, plain `books`, reports)

books-title = Books of { $company }, { $date } ($B)
books-opening = Books of { $company } as they open, { $date } ($B): the balance sheet; the first statements close with the quarter
books-none = No statements yet: the books close at the end of the first quarter.
books-balanced = Assets equal liabilities plus equity.
books-income = Income statement
books-revenue = Revenue
books-operating-costs = Operating costs
books-lease-cost = Lease cost (SPVs)
books-depreciation = Depreciation
books-operating-income = Operating income
books-interest = Interest
books-other = Other (grants, write-offs)
books-tax = Tax
books-net-income = Net income
books-cash-flow = Cash-flow statement
books-opening-cash = Opening cash
books-operating = Operating activities
books-interest-paid = of which interest paid
books-lease-payments = of which lease payments to SPVs
books-taxes-paid = of which taxes paid
books-investing = Investing activities
books-capex = Capital spending
books-capex-equipment = of which servers and chips
books-vendor-lending = Vendor financing lent
books-asset-sales = Assets sold
books-financing = Financing activities
books-debt-issued = Debt issued
books-debt-repaid = Debt repaid
books-equity-issued = Shares issued
books-payouts = Dividends and buybacks
books-vendor-financing = Vendor financing received
books-closing-cash = Closing cash
books-balance = Balance sheet
books-cash = Cash
books-ppe = Plant, property and equipment
books-equipment = of which servers and chips
books-right-of-use = Leased data centers (right of use)
books-loans-receivable = Vendor financing lent
books-other-assets = Goodwill and other assets
books-investments = Stakes in SPVs
books-assets = Total assets
books-debt = Debt
books-lease-liabilities = Lease obligations to SPVs
books-vendor-loans = Vendor financing owed
books-other-liabilities = Payables and other liabilities
books-liabilities = Total liabilities
books-paid-in = Paid-in equity
books-retained = Retained earnings
books-equity = Equity
books-revenue-from = from { $who }
books-free-cash-flow = Free cash flow (burn if negative)
books-spvs = the SPVs
books-per-year = { $value }/yr
books-yes = yes
books-no = no
books-counterparty = Counterparty ·{" "}
books-col-quarter = Quarter
books-col-running = { $quarters ->
    [one] 1 qtr so far
   *[other] Last { $quarters } qtrs
}
books-section-statements = { $role }Books of { $who }, { $date } ($B)
books-section-opening = { $role }Books of { $who } as they open, { $date } ($B): the balance sheet
books-section-requirement = Revenue requirement and rate base ($B)
books-section-budget = Federal budget of the programmes, { $date } ($B)
books-section-burn = Companies: revenue and cash burn ($B)
books-section-grid = Interconnection queue and firm capacity against peak
books-section-rules = Rules in force
books-requirement = { $who }: revenue requirement
books-requirement-network = existing network
books-requirement-upgrades = transmission upgrades
books-requirement-plants = plants built since
books-requirement-large-loads = paid by large loads
books-rate-base = { $who }: rate base
books-rate-base-added = added since the start
books-budget-subsidies = of which subsidies
books-budget-relief = of which household relief
books-budget-cost = Programme cost
books-budget-guarantees-called = Loan guarantees called
books-budget-tariff-revenue = Tariff revenue
books-budget-deficit = Deficit
books-budget-debt = Programme debt
books-budget-guarantees-outstanding = Loan guarantees outstanding
books-budget-cost-since-start = Cost since the start
books-budget-tariffs-since-start = Tariffs since the start
books-budget-yield-premium = Treasury yield premium
books-budget-deficit-inflation = Inflation from deficits
books-company-revenue = { $who }: revenue
books-company-free-cash-flow = { $who }: free cash flow
books-company-cash = { $who }: cash
books-company-debt = { $who }: debt
books-queue = { $who }: queue
books-approved = approved
books-waiting = built, waiting
books-held-ride-through = of which held: no ride-through
books-connected = { $who }: data centers on
books-hosting = { $who }: hosting capacity
books-firm = { $who }: firm capacity
books-peak = { $who }: peak load
books-reserve = { $who }: reserve margin
books-reserve-target = target
books-rule-chip-tariff = Chip tariff
books-rule-equipment-tariff = Equipment tariff
books-rule-large-load-share = Large loads' share of upgrades
books-rule-federal-share = set by the federal rule
books-rule-congress-share = floor set by Congress
books-rule-min-demand = Minimum demand charge
books-rule-ride-through = Ride-through required
books-rule-fast-track = Fast-track permits
books-rule-capacity-cap = Capacity price cap (per MW-day)
books-rule-guarantees = Loan guarantees outstanding
objective-target-at-least = at least { $target }
objective-target-at-most = at most { $target } (lower is better)
objective-target-met-at-least = met at { $pass } or more, full points at { $target }
objective-target-met-at-most = met at { $pass } or less, full points at { $target } (lower is better)

## What drift is made of, for figures that are a formula of recorded quantities: a reserve
## margin is firm capacity (plants, demand response) over the planning peak (households, data
## centers); a bill is usage times the energy, capacity, delivery and upgrade parts of its rate;
## a share price is the equity, per share, of assets valued from earnings, multiple and cash
## against debt.
drift-plants = power plants
drift-other-firm = demand response
drift-household-load = household load
drift-dc-load = data-center load
drift-usage = household usage
drift-energy-price = energy price
drift-capacity-price = capacity price
drift-delivery = delivery rates
drift-upgrades = grid upgrades
drift-earnings = expected earnings
drift-multiple = the market's multiple
drift-cash = cash on hand
drift-shock-fades = an earlier shock wearing off
drift-debt = debt, as credit counts it
drift-rates = interest rates
drift-shares = shares outstanding
drift-spread-shock-fades = an earlier scare in credit markets wearing off
drift-rating-catches-up = agencies catching up with an earlier move of the spread
drift-approval-anchor = settling towards its resting level
drift-approval-bills = household bills against a year ago
drift-approval-prices = prices in the shops
drift-approval-wealth = stocks against a year ago
drift-approval-jobs = manufacturing jobs
drift-approval-relief = relief beyond what households expect
drift-approval-deficit = the programmes' deficit
drift-approval-other = outages, statements, events and chance
drift-jobs-base = the pull back to the level with no tariffs or grants
drift-jobs-protected = factories tariffs protect
drift-jobs-downstream = dearer inputs for the factories that use them
drift-jobs-exports = partners' retaliation against exports
drift-jobs-grants = factories built with grants

# Bots' reasons (report::reasons): one line per bot move.
reason-who = { $seat } ({ $level } · { $personality })
reason-in-region = { $order } ({ $region })
reason-plan-change = { $who }, { $plans } plans weighed: { $order } { $from } → { $to }, expected score { $gain } over its hard plan.
reason-plan-change-effects = { $who }, { $plans } plans weighed: { $order } { $from } → { $to }; in two years { $effects }; expected score { $gain } over its hard plan.
reason-effect = { $part } { $points } points
reason-effects-separator = {", "}
reason-plan-kept = { $who }, { $plans } plans weighed: kept its rules; no change promised a clear gain.
reason-plan-none = { $who }, { $plans } plans weighed: played its hard plan; nothing better was found.
reason-rule-change = { $who }: { $order } { $from } → { $to }, by its rules.
reason-rule-change-effects = { $who }: { $order } { $from } → { $to }, by its rules; this quarter { $effects }.
reason-rule-none = { $who }: kept its orders; none of its rules called for a change.
