# Overbuild, English. Keys are shared with every other language file.

## Names

region-texas = Texas
region-pjm = Mid-Atlantic / Rust Belt
region-west = West (California)
company-openai = OpenAI
company-oracle = Oracle
company-nvidia = Nvidia
company-hyperscalers = the big-4 hyperscalers
seat-openai = OpenAI
seat-oracle = Oracle
seat-utility = Utility
seat-whitehouse = White House

## News from the engine

news-grid-shortfall = { $region } could not serve { NUM($gwh, digits: 1) } GWh: rolling outages when supply ran short.
news-capacity-auction = { $region } capacity auction cleared at ${ NUM($price) }/MW-day for { $delivery }: reserve margin { NUM($margin, digits: 1) }% against a { NUM($target) }% target.
news-trip-absorbed = Fault in { $region }: { NUM($lost) } MW of data centers dropped off at once; the grid absorbed it (tolerable { NUM($tolerable) } MW).
news-trip-local = Fault in { $region }: { NUM($lost) } MW of data centers dropped off; protection shed load near the fault and { NUM($households) } thousand households lost power for { NUM($hours, digits: 1) } hours.
news-trip-cascade = Cascading blackout in { $region }: { NUM($lost) } MW of data centers dropped off against a tolerable { NUM($tolerable) } MW; { NUM($households) } thousand households were dark for { NUM($hours, digits: 1) } hours while { NUM($onsite) } MW of data centers ran on their own turbines.
news-oracle-build = Oracle started { NUM($mw) } MW in { $region } for ${ NUM($cost, digits: 1) }B; online by { $online }.
news-rate-case = Regulators granted { NUM($granted, digits: 1) }% of the { NUM($asked, digits: 1) }% base-rate increase requested.
news-utility-distress = The utility's cash flow no longer covers its debt: lenders demand distress spreads.
news-bonds-capped = Bond buyers took ${ NUM($raised, digits: 1) }B of the ${ NUM($wanted, digits: 1) }B offered (rated { $rating }).
news-equity-capped = Investors took ${ NUM($raised, digits: 1) }B of the ${ NUM($wanted, digits: 1) }B round.
news-vendor-capped = Nvidia invests at most ${ NUM($per_gw) }B per GW of chips on order: ${ NUM($raised, digits: 1) }B of ${ NUM($wanted, digits: 1) }B.
news-vendor-deal = Nvidia invests ${ NUM($amount, digits: 1) }B in OpenAI against { NUM($gw, digits: 1) } GW of chip orders: the supplier finances the demand that books its revenue.
news-spv-signed = SPV signed: ${ NUM($amount, digits: 1) }B of data centers off the balance sheet, leased back at ${ NUM($lease, digits: 1) }B a year.
news-contract-signed = OpenAI and Oracle sign a { NUM($gw, digits: 1) } GW, { NUM($years) }-year compute contract worth ${ NUM($value) }B.
news-contract-refused = Oracle turned down OpenAI's offer of ${ NUM($offered, digits: 1) }B per GW-year (its minimum is ${ NUM($minimum, digits: 1) }B).
news-insolvency = { $company } cannot pay its bills: a ${ NUM($shortfall, digits: 1) }B shortfall. Contracts default and creditors take losses.
news-downgrade = { $company } downgraded to { $rating }.
news-upgrade = { $company } upgraded to { $rating }.
news-hidden-revealed = ${ NUM($amount) }B of { $company }'s off-balance-sheet obligations come to light.
news-spv-consolidated = { $company } fell below investment grade: ${ NUM($amount) }B of SPV debt comes onto its balance sheet.
news-ride-through-required = New large loads must ride through grid faults; existing ones have a year to comply.
news-lobbying-cap = Lobbying holds the large-load share of upgrade costs at { NUM($cap, scale: 100) }% (asked: { NUM($wanted, scale: 100) }%).
news-congress-blocks = Congress blocks new subsidies and loan guarantees.
news-midterm-held = Midterms: the governing party holds the House with { NUM($seats) } seats ({ NUM($needed) } needed).
news-midterm-lost = Midterms: the governing party loses the House, winning { NUM($seats) } seats ({ NUM($needed) } needed). Congress now blocks new subsidies.
news-general-won = Election night: the governing party keeps the White House with { NUM($seats) } electoral votes.
news-general-lost = Election night: the governing party loses the White House with { NUM($seats) } electoral votes ({ NUM($needed) } needed).
news-congress-rule = Congress passes a federal rule over the White House's head: large loads pay { NUM($share, scale: 100) }% of grid upgrades.

## Score parts

score-compute = Compute online (GW)
score-revenue = Annual revenue ($B)
score-runway = Cash runway (quarters)
score-share-price = Share price ($)
score-investment-grade = Credit rating (notch, BBB- = 9)
score-free-cash-flow = Free cash flow this quarter ($B)
score-reliability = Worst blackout (share of households)
score-rates = National residential price (¢/kWh)
score-solvency = Funds from operations / debt
score-elections = Elections won (approval)
score-index = Index (× start)
score-jobs = Manufacturing jobs gained (thousands)
welfare-bills = Bills since the start
welfare-reliability = Outage hours per household
welfare-wealth = Household stock wealth (× start)
welfare-jobs = Manufacturing jobs (thousands)
welfare-arrears = Households in arrears

## Order-form previews

preview-cash-after = Cash after this quarter's spending: ${ NUM($cash, digits: 1) }B
preview-equity-limit = Investors would take up to ${ NUM($limit, digits: 1) }B of new equity now.
preview-vendor-limit = Nvidia would invest up to ${ NUM($limit, digits: 1) }B against chips on order.
preview-coupon = New bonds would pay { NUM($coupon, digits: 2) }% (rated { $rating }).
preview-contract = Contract: { NUM($gw, digits: 1) } GW at ${ NUM($annual, digits: 1) }B a year, ${ NUM($total) }B in all, if Oracle accepts.
preview-chips = { NUM($gw, digits: 2) } GW of chips: ${ NUM($cost, digits: 1) }B, delivered by { $online }.
preview-build = { $region }: { NUM($mw) } MW for ${ NUM($cost, digits: 1) }B, online by { $online } (if the grid connects it).
preview-onsite = { $region }: { NUM($mw) } MW of on-site turbines for ${ NUM($cost, digits: 2) }B, running by { $online }.
preview-bond-appetite = Bond buyers' appetite this quarter: about ${ NUM($appetite) }B for all AI issuers.
preview-spv = SPV: ${ NUM($amount, digits: 1) }B off the balance sheet, leases of ${ NUM($lease, digits: 1) }B a year.
preview-hosting = { $region }: { NUM($headroom) } MW of hosting headroom; approving { NUM($approve) } MW.
preview-transmission = { $region }: upgrades for ${ NUM($cost, digits: 1) }B add { NUM($mw) } MW of hosting by { $online }.
preview-plant = { $region }: { NUM($mw) } MW of { $tech } for ${ NUM($cost, digits: 1) }B, online by { $online }.
preview-rate-case = Rate case: asking for { NUM($pct, digits: 1) }% more on base rates; regulators grant less when bills are rising.
preview-utility-cash = Utility cash after this quarter's capital spending: ${ NUM($cash, digits: 1) }B; funds from operations cover { NUM($ffo) }% of debt.
preview-tariff-revenue = Tariff revenue: about ${ NUM($revenue, digits: 1) }B a quarter.
preview-transformer-lead = Transformer lead time: { NUM($now, digits: 1) } quarters now, { NUM($then, digits: 1) } with these tariffs (price { NUM($price) }% above 2025).
preview-dc-cost = A 1 GW data center costs ${ NUM($now, digits: 1) }B now, ${ NUM($then, digits: 1) }B with these tariffs.
preview-relief = Relief: ${ NUM($per_household) } per household this quarter.
preview-congress-blocks = Congress is divided: new subsidies and loan guarantees will be blocked.
preview-budget = Budget cost this quarter: ${ NUM($cost, digits: 1) }B.
