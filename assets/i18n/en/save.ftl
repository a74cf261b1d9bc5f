# Saved games and the debrief report (en).

## Debrief: overview

report-title = Debrief: { $scenario }, seed { $seed }
report-overview = Scenario { $id } ({ $source }): { NUM($played) } of { NUM($total) } quarters played, { $from } to { $to }.
report-source-builtin = built in
report-source-embedded = carried inside the save
report-saved = Saved by Overbuild { $app } on { $when }. Every quarter's state hash matched when Overbuild { $now } replayed it, so this is the game as it was played.
report-forked = Forked from { $from } after quarter { NUM($turn) }.
report-col-seat = Seat
report-col-held-by = Held by
report-role-human = a person
report-role-bot = bot ({ $personality }, { $level })
report-role-script = orders file { $source }

## Scores

report-scores = Final scores
report-scores-after = Scores after { $date }. A seat's objective is met when every part of its score is.
report-col-score = Score
report-col-objective = Objective
report-objective-met = met
report-objective-not-met = not met
report-breakdown = { $seat }: how the score is made
report-col-part = Part
report-col-value = Value
report-col-target = Target
report-col-points = Points
report-col-met = Met
report-yes = yes
report-no = no
report-welfare = Public welfare
report-welfare-note = Public welfare scores the game for households, not shareholders: bills, reliability, wealth, jobs and arrears.

## Charts

report-charts = Charts
report-chart-index = Stock index
report-chart-budget = The White House's programmes: deficit each quarter and debt
report-deficit = Deficit
report-debt = Debt
report-chart-bills = Residential bills
report-chart-reserve = Reserve margins
report-chart-approval = Approval
report-chart-spreads = Credit spreads
report-chart-scores = Scores
report-unit-index = start = 100
report-unit-month = $ per month
report-unit-percent = %
report-unit-bp = basis points
report-unit-bn = $ billion
report-unit-points = points
report-national = National

## Quarter by quarter

report-quarters = Quarter by quarter
report-col-quarter = Quarter
report-col-index = Index
report-col-approval = Approval %
report-col-cents = ¢/kWh
report-col-bills = Bills $/month, change on a year earlier ({ $regions })
report-col-reserve = Reserve % ({ $regions })
report-col-blackouts = Large-load losses / blackouts
report-col-oracle-price = Oracle $
report-col-oracle-spread = Oracle bp
report-col-compute = OpenAI GW
report-col-revenue = AI revenue $B/yr
report-col-circular = Circular %
report-col-events = Events

## Decisions and events

report-decisions = Decisions
report-decisions-note = Each seat's orders that changed from the quarter before (for the first quarter, from the scenario's standing orders). Fields are named as in orders files.
report-no-changes = No seat changed its orders.
report-injects = Facilitator
report-inject-card = inject: { $id }
report-inject-custom = inject: "{ $headline }"
report-events = Events
report-no-events = Nothing out of the ordinary.
report-injected = (injected by the facilitator)

## Hidden deals

report-hidden = Hidden deals revealed
report-hidden-note = What the market did not see while the game was played: debt kept off balance sheets, the supplier financing its own demand, and the compute commitments behind the build-out.
report-spvs = Special-purpose vehicles (off the balance sheet)
report-col-signed = Signed
report-col-owner = Owner
report-col-amount = Amount $B
report-col-partner = Partner share
report-col-lease-year = Lease $B/yr
report-col-lease-term = Lease over the term $B
report-col-ends = Ends
report-col-on-books = Lease voided in a default
report-no-spvs = Oracle signed no SPVs.
report-spv-leases = Oracle paid { USD($paid, digits: 1) }B in SPV leases during the game; the hyperscalers raised { USD($hyper, digits: 1) }B through SPVs of their own to fill cash gaps.
report-off-balance = Off-balance-sheet obligations at the end
report-col-company = Company
report-col-true = True $B
report-col-known = Known to the market $B
report-col-hidden-peak = Largest hidden part $B
report-col-when = When
report-vendor = Vendor financing: Nvidia lends to OpenAI
report-col-invested = Invested $B
report-col-chips = Chips GW
report-no-vendor = Nvidia made no vendor-financing deals.
report-vendor-summary = Nvidia invested { USD($invested, digits: 1) }B in OpenAI in { $rounds ->
        [one] one round
       *[other] { NUM($rounds) } rounds
    }; OpenAI paid Nvidia { USD($paid, digits: 1) }B for chips. The share of Nvidia's revenue paid with its own money peaked at { NUM($peak, digits: 1) }% ({ $when }) and ended at { NUM($final, digits: 1) }%.
report-contracts = Compute contracts: OpenAI with Oracle
report-col-gw = GW
report-col-price = $B per GW-year
report-col-years = Years
report-col-take-or-pay = Take-or-pay total $B
report-col-status = Status
report-default = { $company } defaulted in { $date }: equity wiped, creditors took { USD($lost, digits: 1) }B in losses, contracts voided.
report-status-live = running
report-status-ended = ended
report-status-defaulted = defaulted
report-no-contracts = No compute contracts were signed.
report-contracts-summary = Take-or-pay commitments signed: { USD($total) }B; OpenAI paid Oracle { USD($paid, digits: 1) }B for compute during the game.
report-money = Where the money went
report-money-note = The largest flows in the game's ledger, where every transfer has a payer and a payee.
report-col-flow = Flow
report-col-from = From
report-col-to = To

## What moved the outcome

report-moved = What moved the outcome
report-moved-note = A quarter's score change mixes every seat's orders, orders placed quarters earlier (building takes time) and chance. Two measures follow: the quarters in which scores moved most, and each quarter's decisions credited with their Shapley values.
report-swings = Quarters in which scores moved most
report-col-welfare = Welfare
report-col-changed = Fields changed
report-effects = Decisions that mattered most
report-effects-note = Each quarter is resolved again with every combination of the four seats' new orders and the quarter's events taken back; a seat's new orders are credited with their Shapley value on each score that quarter, so no decision is credited with another's effect, and the seats' parts, the events' and drift add up to each score's change. The numbers are score points the decision gained (+) or cost (−) in its quarter; what it set in motion for later quarters shows in those quarters' drift.
report-col-decision = Decision
report-no-effects = No single decision changed a final score by 0.1 points or more.
report-facilitator-decision = { $count ->
        [one] one inject
       *[other] { NUM($count) } injects
    }

## Facilitator

report-facilitator = The facilitator's actions
report-override = set { $pointer } to { $value }: { $reason }
report-rewound = rewound this quarter and played it again: { $reason }
report-rewound-intent = { $seat } had meant the orders taken back to “{ $text }”

## Ledger

flow-revenue = Revenue
flow-compute-lease = Compute lease
flow-chip-sale = Chip sales
flow-capex = Capital spending
flow-operating-cost = Operating costs
flow-fuel = Fuel
flow-power-bill = Power bills
flow-capacity-payment = Capacity payments
flow-energy-purchase = Energy purchases
flow-interest = Interest
flow-bond-issue = Bonds issued
flow-bond-repayment = Bonds repaid
flow-equity-raise = Equity raised
flow-vendor-financing = Vendor financing
flow-spv-funding = SPV funding
flow-spv-lease = SPV leases
flow-buyback = Buybacks
flow-dividend = Dividends
flow-subsidy = Subsidies
flow-relief = Household relief
flow-tariff = Tariffs
flow-tax = Taxes
flow-default = Defaults
account-utility = the utility
account-households = households and businesses
account-government = the government
account-investors = investors
account-spv-partners = SPV partners
account-suppliers = suppliers

## Figures (summaries, comparisons)

metric-index = Stock index
metric-sentiment = AI sentiment
metric-approval = Approval
metric-jobs = Manufacturing jobs (thousands)
metric-national-cents = National residential price (¢/kWh)
metric-blackouts = Blackouts
metric-loss-events = Large-load loss events
metric-ai-revenue = AI revenue ($B/yr)
metric-openai-revenue = OpenAI revenue ($B/quarter)
metric-compute = OpenAI compute (GW)
metric-bubble = Bubble gauge
metric-coverage = Revenue coverage of commitments
metric-circular = Circular share of Nvidia's revenue
metric-bonds = Bonds issued ($B)
metric-region-cents = { $owner }: residential price (¢/kWh)
metric-region-bill = { $owner }: monthly bill ($)
metric-region-arrears = { $owner }: households in arrears
metric-region-reserve = { $owner }: reserve margin
metric-region-energy-price = { $owner }: energy price ($/MWh)
metric-region-capacity-price = { $owner }: capacity price ($/MW-day)
metric-region-blackouts = { $owner }: blackouts
metric-region-loss-events = { $owner }: large-load loss events
metric-region-mw-lost = { $owner }: data-center MW dropped off in faults
metric-region-unserved = { $owner }: energy not served (MWh)
metric-company-share-price = { $owner }: share price ($)
metric-company-market-cap = { $owner }: market value ($B)
metric-company-cash = { $owner }: cash ($B)
metric-company-debt = { $owner }: debt ($B)
metric-company-off-balance = { $owner }: off-balance-sheet obligations ($B)
metric-company-spread = { $owner }: credit spread (bp)
metric-company-rating = { $owner }: rating (notch, AAA = 0)
metric-score = { $owner }: score
metric-score-welfare = Public welfare score
report-log-scale = log scale
report-story = The story of the game
story-outcome = After { $quarters } quarters, at { $date }, objectives met: { $winners }. The highest score was { $best }'s, { NUM($score, digits: 1) } points.
story-nobody = nobody
story-decisions = The decisions that mattered most, each credited only with its own share of its quarter's score changes (Shapley values):
story-decision = In { $date }, { $seat } set { $what }: { $effects } points.
story-no-decisions = No seat's new orders moved a score by 0.1 points or more in their quarter.
story-totals = Over the game, each seat's own new orders moved its score by: { $own }. The quarters' events moved the scores by: { $events }. The rest is drift, the world's own momentum (orders placed earlier, building, markets): { $drift }.
story-consequences = News of consequence and what caused it:
story-consequence = { $date }: { $what } ({ $because }).
story-because = causes ({ $unit }): { $causes }
story-because-count = causes: { $causes }
story-because-none = no cause moved its figure
story-cause-events = the events
story-cause-drift = drift
story-welfare = public welfare
story-what-default = { $company } defaulted
story-what-downgrade = { $company } was downgraded
story-what-blackout = a blackout
story-what-election-won = the election was won
story-what-election-lost = the election was lost
story-what-crash = the market crashed

## Intents beside outcomes (debrief, workshop report, replay viewer)

report-intents = Intents beside outcomes
report-intents-note = What each team said its orders would do, what its figure did (the seat's score when it named none), and the largest causes the engine found for the change.
report-reasons = Bots' reasons
report-reasons-note = Why each bot played its orders, quarter by quarter: an expert's from its plan (plans weighed and the score it expected over its hard plan), a rule bot's from the order its rules moved furthest.
report-col-intent = Intent
report-col-happened = What happened
report-col-why = Why
report-intent-said = { $text } (expects { $expect })
report-intent-met = { $figure } { $before } → { $after } { $unit }: as expected
report-intent-missed = { $figure } { $before } → { $after } { $unit }: not as expected
report-intent-moved = { $figure } { $before } → { $after } { $unit } ({ $change })
report-intent-unexplained = not recomputed: a facilitator changed the world this quarter

## The workshop's after-action review (report --workshop)

aar-title = After-action review: { $name }
aar-overview = { NUM($tables) } tables played { $scenario } (seed { $seeds }): the same world, the same events drawn, so where they ended apart the teams' decisions made the difference.
aar-questions = Four questions, answered from the saves: what was supposed to happen (each team's intents), what happened (the scores and the figures the intents named), why (the engine's attribution of every change to the seats' decisions, the quarter's events and drift), and which decisions split the tables.
aar-side-by-side = The tables side by side
aar-col-table = Table
aar-col-played = Quarters
aar-splits = What split the tables
aar-splits-note = Each score's points over the game, split among their causes: each seat's decisions, the events and drift. A gap between two tables is the sum of the gaps in these columns.
aar-gap = Tables { $best } and { $worst } ended { $gap } points apart; { $cause } made { $part } of that gap.
aar-decision = { $changes } ({ $points } points)
aar-seats = Seat by seat: intents, outcomes, causes
aar-no-intents = No team in this seat wrote an intent.
aar-kept = Intents and expectations, table by table
aar-col-intents = Intents
aar-col-with-figure = With a figure
aar-col-as-expected = As expected
