# Overbuild terminal interface, English. Every key here must also exist in zh-Hant/tui.ftl.

## Title

tui-tagline = A war-game of the AI data-center boom, 2025–2028
tui-menu-new = New game
tui-menu-continue = Continue
tui-menu-load = Load a saved game
tui-menu-replay = Replay a saved game
tui-menu-settings = Settings
tui-menu-help = Keys and help
tui-menu-quit = Quit
tui-menu-off = off
tui-menu-new-about = Pick a scenario, which seats you play and which the bots play, and a seed.
tui-menu-continue-about = Carry on with the game you played last.
tui-menu-load-about = Open a saved game.
tui-menu-replay-about = Watch a saved game again, with every seat's orders revealed.
tui-menu-settings-about = Language, colours, sound and the default seat.
tui-menu-help-about = Every key of every screen: press ? anywhere.
tui-menu-quit-about = Leave Overbuild.
tui-title-no-saves = There is no saved game to continue yet.

## New game and briefings

tui-newgame-title = New game
tui-newgame-intro = Choose who plays each seat. Several human seats take turns at this keyboard (hot-seat); bots play the rest.
tui-newgame-scenario = Scenario
tui-newgame-seed = Seed
tui-newgame-seed-hint = { $key }: new random seed · Enter: type one
tui-newgame-language = Language
tui-newgame-start = Start the game
tui-newgame-need-human = Make at least one seat human: press Enter or Space on a seat to switch it.
tui-newgame-bad-seed = “{ $text }” is not a seed: type a whole number.
tui-newgame-humans = { $count ->
    [0] No human seat yet.
    [one] One human seat: you play against three bots.
   *[other] { $count } human seats take turns at this keyboard; a hand-over screen keeps each team's orders hidden.
}
tui-role-human = Human
tui-role-bot = Bot
tui-lang-en = English
tui-lang-zh-hant = 繁體中文 (Traditional Chinese)

tui-brief-title = Briefing: you are { $seat }
tui-brief-who = Who you are
tui-brief-can = What you decide each quarter
tui-brief-win = How you win
tui-brief-shared = The game runs { NUM($turns) } quarters, from { $start } to { $end }. All four seats' orders resolve together at the end of each quarter. Beside the seats' scores you will see public welfare — bills, reliability, household wealth and jobs — which no seat owns and every seat moves.
tui-brief-next-seat = next briefing: { $seat }
tui-brief-begin = begin the first quarter

tui-brief-openai-who = You run OpenAI, the lab whose hunger for compute drives the whole boom. You own no data centers: Oracle builds them for you under take-or-pay contracts, and Nvidia sells you the chips — and invests in you so that you can buy them.
tui-brief-openai-can = Offer Oracle compute contracts (gigawatts, years, price per GW-year); order chips; raise money as equity at today's valuation, as Nvidia's vendor financing or as debt; set subscription and API prices; choose how much compute goes into lock-step training runs (better models, bigger swings on the grid) and whether to smooth them; and say what you think of the demand.
tui-brief-openai-win = By { $end }: { NUM($compute) } GW of compute online (full points for securing your whole { NUM($secured) } GW plan) and { USD($revenue) }B of annual revenue, without running out of cash or looking likely to default. Contracts you cannot pay default — and take Oracle's backlog with them. If you default, you play on as the restructured company, scored on capacity kept running, cash flow and creditors' recovery; the default stays on your score.

tui-brief-oracle-who = You run Oracle's cloud build-out: you build data centers for OpenAI with borrowed money. Your contracts are a huge backlog on paper; turning it into cash means building fast, on time, where the grid can connect you.
tui-brief-oracle-can = Start data centers region by region (MW); order on-site gas turbines that run before the grid connects you; finance it with bonds at today's coupon, with SPVs off the balance sheet, or with cash; fit ride-through equipment so your halls stay on through grid faults (in Texas, halls without it wait once the grid is at its stability limit); set the lowest price and the most GW of new contracts you accept; pay buybacks and dividends.
tui-brief-oracle-win = By { $end }: { NUM($online, digits: 1) } GW of data centers online, a share price at least { NUM($price_multiple, digits: 2) }× today's, an investment-grade rating (BBB- or better), and a cash burn under a quarter of revenue (full points when free cash flow is positive). Borrow too much and the rating agencies, then the bond market, decide for you. If you default, you play on as the restructured company, scored on capacity kept running, cash flow and creditors' recovery; the default stays on your score.

tui-brief-utility-who = You are the utilities and their regulators in Texas, the Mid-Atlantic and the West, rolled into one: you keep the lights on while data centers ask for gigawatts of new load. Every upgrade is paid for by someone — households or the data centers.
tui-brief-utility-can = Build transmission; procure gas, batteries, solar, wind and nuclear restarts; approve large loads from the interconnection queue; set the share of upgrade costs large loads pay and their minimum demand charge; require ride-through of big loads; pay large loads to curtail at peaks; cap capacity prices; ask regulators for rate increases.
tui-brief-utility-win = By { $end }: no blackout darkening more than { NUM($blackout) }% of a region's households (a fault, a storm, or rolling outages when supply runs short), every region's reserve margin at its target (or, where a region starts short, no thinner than at the start), a national residential price at or under { NUM($rate_cap, digits: 1) } ¢/kWh, and a solvent utility (funds from operations at least 10% of debt).

tui-brief-whitehouse-who = You are the White House. You want the boom, the factories and a rising stock market — and you face the voters at the midterms and at the general election. Households feel every rise in their power bill and every tariff in their prices.
tui-brief-whitehouse-can = Set tariffs on chips and on electrical equipment, and exempt data-center builders or not; grant subsidies and loan guarantees; fast-track permits; impose a federal rule on who pays for grid upgrades; send households relief; and speak about the boom. A divided Congress blocks new subsidies.
tui-brief-whitehouse-win = Win every election (approval around { NUM($approval) }% keeps you in), with the stock index { NUM($index, digits: 1) }× its start and { NUM($jobs) } thousand more manufacturing jobs by { $end }, while your programmes' deficit stays within { NUM($deficit, digits: 1) }% of GDP over the last year (every dollar of it costs points: full points come only with none).

tui-objective-openai = Your objective: compute online and revenue growth, without running out of cash.
tui-objective-oracle = Your objective: data centers online, share price and investment-grade credit, without burning too much cash.
tui-objective-utility = Your objective: no blackouts, reserve margins at target, residential rates within the cap, and a solvent utility.
tui-objective-whitehouse = Your objective: win the elections, lift the index and bring back manufacturing jobs, within a deficit cap.

## The game view

tui-tab-dashboard = Dashboard
tui-tab-orders = Orders
tui-tab-charts = Charts
tui-tab-books = Books
tui-tab-news = News
tui-quarter-of = quarter { NUM($turn) } of { NUM($turns) }
tui-you-are = You: { $seat }
tui-orders-status = { $changes ->
    [0] orders: nothing changed
    [one] orders: 1 change
   *[other] orders: { $changes } changes
}
tui-pane-regions = Grids and bills
tui-pane-markets = Markets and credit
tui-pane-you = { $seat }: objective
tui-pane-news = News
tui-pane-news-of = News of { $date }
tui-pane-orders = Orders of { $seat } for { $date }
tui-pane-preview = Preview: what these orders do
tui-pane-charts = Charts
tui-header-default = ✗ defaulted { $date }
tui-pane-books = Your books
tui-books-figures = Key figures
tui-pane-objective = Objective and score
tui-pane-quarters = Quarters

tui-col-region = Region
tui-col-reserve = Reserve
tui-col-energy = $/MWh·DC
tui-col-capacity = $/MW-day
tui-col-bill = Bill·y/y
tui-col-arrears = Arrears
tui-col-faults = Loss/Dark
tui-col-field = Order
tui-col-value = Value
tui-col-range = Allowed
tui-col-last = Last qtr
tui-col-next = Next qtr
tui-carry-rule = kept
tui-carry-once = once
tui-carry-repeat = ↻ again
tui-field-rule = Rule: stays in force until you change it.
tui-field-federal-override = ⚠ A federal rule is in force: large loads pay { NUM($share) }% of their upgrades, whatever this share says.
tui-field-once = One-off: next quarter starts from { $value } unless marked to repeat.
tui-field-once-repeat = One-off, marked to repeat: next quarter starts from this value again.
tui-repeat-rule = Rules carry on by themselves: only one-off orders are marked to repeat.
tui-carry-none = Next quarter: rules stay; one-off orders start from nothing.
tui-carry-repeats = Next quarter: rules stay, and these repeat: { $fields }.
tui-col-seat = Seat
tui-col-held-by = Played by
tui-col-score = Score
tui-col-change = Change
tui-col-objective = Objective

tui-index = Index
tui-index-history = Index trend
tui-bubble = Bubble (value/sales)
tui-coverage = Coverage
tui-circular = Circular
tui-approval = Approval
tui-approval-heading = → heading { $target }%
tui-next-election = Next: { $kind } { $date }, { $quarters ->
    [0] decided this quarter
    [one] in 1 quarter
   *[other] in { NUM($quarters) } quarters
}
tui-no-election = No more elections
tui-election-midterm = midterms
tui-election-general = general election
tui-congress-divided = Congress: divided
tui-congress-united = Congress: with you
tui-valuation = { USD($value) }B val.
# After a default: the creditors' equity, not the wiped-out shares.
tui-new-equity = new { $price }
tui-spread = { NUM($bp) } bp
tui-score = Score
tui-objective-met = on track
tui-objective-not-met = not yet
tui-objective-won = met
tui-objective-lost = missed
tui-company-short-openai = OpenAI
tui-company-short-oracle = Oracle
tui-company-short-nvidia = Nvidia
tui-company-short-hyperscalers = Big 4
tui-seat-short-openai = OAI
tui-seat-short-oracle = ORCL
tui-seat-short-utility = UTIL
tui-seat-short-whitehouse = WH

tui-cash = Cash
tui-debt = Debt
tui-off-balance = Off-balance
tui-off-balance-known = Off-balance (known to the market)
tui-credit-obligations = Owed, as credit counts it
tui-credit-build-out = {"  "}of which the build-out committed, unpaid
tui-off-balance-true = Off-balance (the whole truth, private)
tui-compute = Compute
tui-revenue-yr = Revenue/yr
tui-revenue-q = Revenue this quarter
tui-fcf-q = Free cash flow this quarter
tui-share-price = Share price
tui-market-cap = Market value
tui-rating = Credit rating
tui-spread-label = Credit spread
tui-coupon = Coupon on new bonds
tui-backlog = Contract backlog
tui-contracted = Contracted compute
tui-chips-on-order = Chips on order
tui-vendor-financed = Vendor-financed chips
tui-adoption = Adoption
tui-demand-to-compute = Demand ÷ compute
tui-demand-unserved = { NUM($share) }% unserved
tui-compute-idle = { NUM($share) }% idle
tui-commitments = Commitments per year
tui-spv-pot = Unspent SPV money
tui-revolver = Revolving credit drawn
tui-online = Online
tui-building = Under construction
tui-waiting = Built, waiting for the grid
tui-onsite = On-site turbines
tui-ride-through = With ride-through
tui-ffo = Funds from operations / debt
tui-base-rate = Base rates (× start)
tui-cost-index = Cost index (× start)
tui-national-cents = National price
tui-budget-quarter = Programme cost, quarter
tui-budget-total = Programme cost, total
tui-deficit-quarter = Deficit, quarter
tui-programme-debt = Debt from the programmes
tui-yield-premium = Treasury yields raised by
tui-tariff-revenue = Tariff revenue, total
tui-guarantees = Loan guarantees outstanding
tui-jobs = Manufacturing jobs gained
tui-elections = Elections won / lost
tui-part-detail = now { $value }, target { $target } · { $points } of { $max } points
tui-part-defaulted = { $max } points lost for the rest of the game
tui-score-final-note = Scores are judged at the end of the last quarter; ✓ shows what would count if the game ended now.
tui-private = private
tui-news-none = No quarter has been played yet: news appears here after the first one resolves.
tui-news-quiet = A quiet quarter.
tui-orders-hidden = The other teams cannot see these orders until the quarter resolves.

tui-range-toggle = yes or no
# An order a company in default cannot give (the field help says why).
tui-unavailable = blocked
tui-range-choice = a choice
tui-yes = yes
tui-no = no
tui-statement-quiet = quiet
tui-statement-confident = confident
tui-statement-cautious = cautious
tui-refused-range = { $value } is not allowed: { $allowed }. The value was not changed.
tui-refused-not-number = “{ $text }” is not a number; allowed: { $allowed }.

tui-unit-years = years
tui-unit-share = share
tui-unit-x = × today
tui-unit-rate = rate (1 = 100%)
tui-unit-rate-column = rate
tui-unit-usd-month = $/month
tui-unit-usd-bn = $B
tui-unit-usd-bn-gw-yr = $B/GW-yr
tui-unit-usd-mw-day = $/MW-day
tui-unit-points = points
tui-unit-score = points
tui-unit-bp = bp

## Order fields

tui-field-openai-contract-gw = New contract offered
tui-field-openai-contract-years = Contract length
tui-field-openai-contract-price = Contract price
tui-field-openai-chip-order-gw = Chips ordered
tui-field-openai-vendor-financing-bn = Nvidia vendor financing
tui-field-openai-equity-raise-bn = Equity raised
tui-field-openai-debt-bn = Debt raised
tui-field-openai-subscription-price = Subscription price
tui-field-openai-api-price-index = API price
tui-field-openai-training-intensity = Training intensity
tui-field-openai-ride-through-cooperation = Smooth training ramps
tui-field-openai-statement = Public statement
tui-field-oracle-build-mw = Data centers to start
tui-field-oracle-onsite-mw = On-site turbines
tui-field-oracle-bond-bn = Bonds issued
tui-field-oracle-spv-bn = SPV financing
tui-field-oracle-spv-partner-share = SPV partner's share
tui-field-oracle-ride-through-share = Ride-through share
tui-field-oracle-min-contract-price = Lowest contract price
tui-field-oracle-max-contract-gw = Most new contract GW
tui-field-oracle-buyback-bn = Buybacks
tui-field-oracle-dividend-bn = Dividend
tui-field-utility-transmission-bn = Transmission upgrades
tui-field-utility-gas-cc-mw = Gas combined cycle
tui-field-utility-gas-peaker-mw = Gas peakers
tui-field-utility-battery-mw = Batteries (4 h)
tui-field-utility-solar-mw = Solar
tui-field-utility-wind-mw = Wind
tui-field-utility-nuclear-restart-mw = Nuclear restarts
tui-field-utility-approve-mw = Large loads approved
tui-field-utility-demand-response-mw = Demand response
tui-field-utility-large-load-share = Large-load cost share
tui-field-utility-min-demand-charge = Minimum demand charge
tui-field-utility-ride-through-required = Require ride-through
tui-field-utility-rate-case-pct = Rate increase asked
tui-field-utility-capacity-cap = Capacity price cap
tui-field-whitehouse-chip-tariff = Chip tariff
tui-field-whitehouse-equipment-tariff = Equipment tariff
tui-field-whitehouse-exempt-intermediate = Exempt builders' inputs
tui-field-whitehouse-subsidy-bn = Subsidies
tui-field-whitehouse-loan-guarantee-bn = Loan guarantees
tui-field-whitehouse-fast-track = Permitting fast-track
tui-field-whitehouse-federal-rule = Federal cost rule
tui-field-whitehouse-federal-share = Federal rule: large-load share
tui-field-whitehouse-relief-bn = Household relief
tui-field-whitehouse-statement = Public statement

## Charts

tui-chart-index = Stock index
tui-chart-bills = Household power bills
tui-chart-reserve = Reserve margins
tui-chart-approval = Approval
tui-chart-scores = Scores and welfare
tui-chart-spreads = Credit spreads
tui-chart-score-bars = Scores now (✓ objective on track)
tui-chart-empty = Charts fill in as quarters resolve: play a quarter or two.
tui-welfare = Public welfare
tui-welfare-short = Welfare
tui-welfare-who = everyone
tui-welfare-note = bills, reliability, wealth, jobs

## Hand-over, results, end of game

tui-handover-title = Hand over
tui-handover = Pass to the { $seat } team, then press { $key }.
tui-handover-date = Orders for { $date }.
tui-handover-hidden = The screen stays blank until then: the previous team's orders are hidden.
tui-waiting-title = Orders sent
tui-waiting-others = { $seat }'s orders are in. Waiting for the other seats…
tui-thinking-title = Bots deciding
tui-thinking = { $seat } ({ $level }) is thinking… { $done }/{ $budget } plans
tui-results-title = { $date }: what happened
tui-results-events = Events
tui-results-grid = The grids
tui-results-households = Households
tui-results-markets = Markets and credit
tui-results-politics = Politics
tui-results-supply = Construction completed
tui-results-news = News
tui-results-scores = Scores
tui-results-reserve = reserve { $margin }% (target { $target }%)
tui-results-prices = energy ${ $energy }/MWh (data centers ${ $zone }) · capacity ${ $capacity }/MW-day
tui-results-dr = demand response: { $gwh } GWh curtailed in { $hours } scarce hours; data centers paid ${ $paid }M for standing ready and curtailing
tui-results-unserved = { $gwh } GWh not served: rolling outages, up to { $households } thousand households dark at once
tui-results-bill = ${ $bill }/mo
tui-results-bill-quarter = { $change } on last quarter
tui-results-bill-year = { $change } on a year ago
tui-results-bill-rest = { $cents }¢/kWh · { $arrears }% in arrears
tui-results-index = Index { $index }
tui-results-market-rest = bubble gauge ×{ $bubble } · AI revenue ${ $revenue }B/yr
tui-results-approval = Approval { $approval }%
tui-results-jobs = { $jobs } thousand manufacturing jobs
tui-results-approval-pull = Approval heads towards { $target }% and closes { $share }% of the gap each quarter: { $parts }
tui-pull-anchor = baseline { $value }%
tui-pull-bills = bills { $change }
tui-pull-prices = prices { $change }
tui-pull-wealth = stocks { $change }
tui-pull-jobs = jobs { $change }
tui-pull-relief = relief { $change }
tui-pull-deficit = deficit { $change }
tui-results-election-won = Election: the governing party won { NUM($seats) } of { NUM($total) } ({ NUM($needed) } needed).
tui-results-election-lost = Election: the governing party lost, with { NUM($seats) } of { NUM($total) } ({ NUM($needed) } needed).
tui-results-completed = Data centers { $dc } MW · generation { $generation } MW · transmission ${ $transmission }B · chips { $chips } GW
tui-fault-absorbed = fault: { $lost } MW of data centers dropped off; absorbed (tolerable { $tolerable } MW)
tui-fault-shed = load shed: { $lost } MW dropped off, frequency fell to { $nadir } Hz; relays shed { $shed } MW, { $households } thousand households dark for { $hours } h
tui-fault-cascade = cascading blackout: { $lost } MW dropped off, frequency fell to { $nadir } Hz; { $households } thousand households dark for { $hours } h
tui-end-title = Game over: { $date }
tui-end-winners = Objectives met: { $seats }.
tui-end-nobody = No seat met its objective.
tui-end-top-score = Highest score: { $seat }. Public welfare ended at { $welfare } of 100.

## Settings

tui-settings-title = Settings
tui-settings-language = Language
tui-settings-theme = Colours
tui-settings-volume = Volume
tui-settings-mute = Mute
tui-settings-default-seat = Default seat
tui-settings-no-seat = none (Oracle)
tui-settings-save = Save settings
tui-settings-file = File:
tui-settings-hint = Changes show at once; { $key } saves them to the file. Key bindings are edited in the file's [keys] table.
tui-settings-keys = Key overrides: { $list }
tui-settings-keys-none = Key overrides: none (the defaults).
tui-settings-no-color = NO_COLOR is set: colours are off whatever the theme.
tui-settings-no-dir = No home or data directory: settings cannot be saved.
tui-settings-saved = Settings saved to { $file }.
tui-settings-saved-backup = Settings saved to { $file }; the old, malformed file was kept as settings.toml.bak.
tui-settings-bad-file = { $file } is malformed ({ $problem }): using the defaults; the file is left as it is.
tui-theme-default = default
tui-theme-high-contrast = high contrast
tui-theme-colour-blind-safe = colour-blind safe

## Keys, help and questions

tui-key-move = move
tui-key-choose = choose
tui-key-change = change
tui-key-newgame-enter = change / start
tui-key-random-seed = random seed
tui-key-back = back
tui-key-continue = continue
tui-key-ready = ready
tui-key-next-pane = next pane
tui-key-prev-pane = previous pane
tui-key-tab-1 = Dashboard tab
tui-key-tab-2 = Orders tab
tui-key-tab-3 = Charts tab
tui-key-tab-4 = Books tab
tui-key-tab-5 = News tab
tui-key-next-tab = next tab
tui-key-prev-tab = previous tab
tui-key-field = field
tui-key-less = less / more
tui-key-more = more
tui-key-less-10 = ten steps less
tui-key-more-10 = ten steps more
tui-key-toggle = switch yes/no, next choice
tui-key-type = type a value
tui-key-reset = back to what carries on
tui-key-repeat = repeat next quarter
tui-key-page = page up / down
tui-key-top = to the top
tui-key-bottom = to the bottom
tui-key-scroll = scroll
tui-key-submit = submit orders
tui-key-next-quarter = next quarter
tui-key-to-title = back to the title
tui-key-save-settings = save
tui-key-help = help
tui-key-quit = quit
tui-key-quit-now = quit at once
tui-key-typing = type the value
tui-key-accept = accept
tui-key-cancel = cancel
tui-help-title = Keys
tui-help-intro = Keys of this screen (change them in the settings file's [keys] table):
tui-help-mouse = Mouse
tui-help-mouse-what = click tabs, fields, menu entries and panes; the wheel scrolls
tui-help-play-1 = Orders: pick a field, use ← → to change it or Enter to type a value; values outside the range are refused.
tui-help-play-2 = Fields you changed are marked •. The preview shows what the orders would cost and do.
tui-help-play-3 = When you are done, submit: the quarter resolves once every human seat has submitted.
tui-help-close = Esc, ? or a click closes this.
tui-confirm-title = Please confirm
tui-confirm-yes = yes
tui-confirm-no = no
tui-confirm-quit = Back to the title screen? This game is not saved and will be lost.
tui-confirm-quit-autosaved = Back to the title screen? Every quarter played so far is autosaved (Continue picks it up); the orders being entered are lost.
tui-confirm-submit = Submit your orders for { $date }? { $changes ->
    [0] They are the same as last quarter's.
    [one] You changed 1 value.
   *[other] You changed { $changes } values.
}
tui-too-small = Enlarge the terminal to { NUM($width) }×{ NUM($height) } (it is { NUM($now_width) }×{ NUM($now_height) } now).
tui-too-small-quit = Press { $key } to quit.

## Saved games

tui-saves-off = Saved games are off here.
tui-saves-no-home = No home directory to keep saves in (give --data-dir DIR): the game goes on without saving.
tui-saves-folder = Cannot keep saves in { $dir } ({ $reason }): the game goes on without saving.
tui-saves-none = There are no saved games yet: games are autosaved after every quarter.
tui-autosave-failed = Autosave failed, the game goes on: { $problem }
tui-saves-title-load = Load a saved game
tui-saves-title-replay = Replay a saved game
tui-saves-title-compare = Compare with another save
tui-saves-title-compare-with = Compare { $name } with…
tui-saves-col-saved = Saved (UTC)
tui-saves-col-name = Name
tui-saves-col-scenario = Scenario
tui-saves-col-quarter = Quarter
tui-saves-col-seats = Seats
tui-saves-start = start
tui-saves-seats = { $humans }{ $bots ->
    [0] {""}
    [one] {" "}+ 1 bot
   *[other] {" "}+ { $bots } bots
}
tui-saves-seats-none = { $bots } bots
tui-saves-detail = { $scenario }, seed { $seed }: { $quarters ->
    [0] no quarter played
    [one] 1 quarter played, to { $date }
   *[other] { $quarters } quarters played, to { $date }
}. Saved by Overbuild { $version }.
tui-saves-unreadable = This file cannot be opened; it is listed so you know it is there. Nothing is written over it.
tui-saves-other-scenario = Another scenario: only saves of { $scenario } compare with this game.
tui-role-bot-of = bot ({ $personality }, { $level })
tui-role-script = orders from { $source }
tui-role-as-played = As played
tui-level-easy = easy
tui-level-normal = normal
tui-level-hard = hard
tui-level-expert = expert
tui-level-expert-think = expert ({ $think } plans)
tui-personality-baseline = baseline
tui-personality-cautious = cautious
tui-personality-aggressive = aggressive
tui-personality-ratepayer = ratepayer
tui-personality-growth = growth
tui-personality-populist = populist
tui-personality-market = market
tui-load-choose-seats = Nobody played this save at the keyboard: choose your seats to play on from { $date }.
tui-save-as-title = Save as
tui-save-as-prompt = A name for this save (letters, digits, - and _). Autosaves go on as well.
tui-save-as-name = Name:
tui-save-as-save = save
tui-save-as-empty = Type a name first.
tui-save-as-replace = A save named “{ $name }” exists. Replace it? The old file is kept as a backup (.bak).
tui-saved-as = Saved as “{ $name }”: { $file }
tui-key-save-game = save as
tui-key-load = play on
tui-key-replay = replay
tui-key-compare-with = compare

## New game: bots, forks

tui-newgame-fixed = (this game's own)
tui-newgame-as-played = the original's orders, then a bot
tui-newgame-bot-hint-fork = ← → as played, or a bot ({ $count } choices: personality × level) · Space: a person
tui-newgame-bot-hint = ← → picks this bot ({ $count } choices: personality × level) · Space: a person plays it
tui-fork-headline = Fork of { $name } before { $date } (quarter { NUM($quarter) }): choose who plays each seat from here. Human seats' orders start as they were played.
tui-fork-started = A fork: the same seed from here on, and its saves are new files. Orders start as the original played them; change what you like.

## Replay viewer

tui-replay-badge = REPLAY
tui-replay-seed = seed { $seed }
tui-replay-compared-with = beside { $name }
tui-replay-tab-orders = Orders
tui-replay-tab-events = What happened
tui-replay-tab-compare = Compare
tui-replay-diverged = This save no longer replays exactly: it diverges at { $at }. Overbuild { $saved_by } saved it; from there on you see this build's replay, not the game as played.
tui-replay-diverged-start = the starting world
tui-replay-diverged-quarter = quarter { NUM($quarter) } ({ $date })
tui-replay-no-quarters = No quarter was played in this save.
tui-replay-jump-prompt = Go to quarter (1–{ NUM($quarters) }, or a date like 2026 Q3):
tui-replay-bad-jump = “{ $text }” is not a quarter of this game: type 1 to { NUM($quarters) }, or a date from { $first }.
tui-replay-seats = Seats
tui-replay-all-seats = All seats
tui-replay-all-seats-sub = every seat's orders
tui-replay-orders-all = Every seat's orders in { $date }
tui-replay-col-now = Played
tui-replay-col-before = Carried
tui-replay-legend = • changed from what carried on · { $key }: changes only
tui-replay-legend-changed-only = Changes only · { $key }: every field
tui-replay-no-changes = No change from what carried on from the quarter before.
tui-replay-changed = { $count ->
    [0] no change
    [one] 1 change
   *[other] { $count } changes
}
tui-replay-events = Events
tui-replay-no-events = none
tui-replay-election-won = Election: the White House's side won
tui-replay-election-lost = Election: the White House's side lost
tui-replay-loss-events = { $count ->
    [one] 1 large-load loss event ({ $mw } MW of data centers dropped off in all faults)
   *[other] { $count } large-load loss events ({ $mw } MW of data centers dropped off in all faults)
}
tui-replay-blackouts = { $count ->
    [one] 1 blackout
   *[other] { $count } blackouts
}
tui-replay-seen-as = Seen as { $seat } (its objective and private news) · { $key }: next seat
tui-replay-override = ✎ The facilitator set { $pointer } to { $value } ({ $reason })
tui-replay-rewound = ↺ A first try at this quarter was rewound ({ $reason })
tui-private-of = private: { $seat }
tui-key-quarter = quarter
tui-key-year-back = a year back
tui-key-year-on = a year on
tui-key-first-quarter = first quarter
tui-key-last-quarter = last quarter
tui-key-jump = go to quarter
tui-key-fork = fork here
tui-key-compare = compare
tui-key-compare-stop = stop comparing
tui-key-changed-only = changes only / everything
tui-key-next-seat = next seat
tui-key-replay-tab-1 = Orders tab
tui-key-replay-tab-2 = Dashboard tab
tui-key-replay-tab-3 = Charts tab
tui-key-replay-tab-4 = What happened tab
tui-key-replay-tab-5 = Compare tab
tui-help-replay-1 = ← → step through the quarters; t goes to one; the timeline marks a company's default ✗, events ★, blackouts ‼, elections ◆, downgrades ▽, crashes ↘ and, beside another save, = same or ≠ different.
tui-help-replay-2 = Fork here (f) plays the quarter shown again with the same seed: pick the human seats, change any decision, and the fork saves to new files.
tui-help-replay-3 = Compare (c) puts another save of the same scenario beside this one, quarter by quarter; differences are marked ≠.

## Comparing two saves

tui-compare-game = { $name } (seed { $seed }, { $quarters ->
    [one] 1 quarter
   *[other] { $quarters } quarters
})
tui-compare-first = First difference: quarter { NUM($quarter) }.
tui-compare-identical-games = The games are identical.
tui-compare-no-quarter = Neither game has this quarter.
tui-compare-only-a = Only A played this quarter.
tui-compare-only-b = Only B played this quarter.
tui-compare-same-quarter = This quarter is the same in both games.
tui-compare-differs = The games differ in this quarter.
tui-compare-orders = { $count ->
    [0] Orders: the same
    [one] Orders: 1 field differs
   *[other] Orders: { $count } fields differ
}
tui-compare-injects = The facilitator's injects differ.
tui-compare-what = What differs
tui-compare-figures = Figures after the quarter
tui-compare-col-figure = Figure
tui-compare-col-delta = B − A
tui-compare-legend = ≠ differs · { $key }: differences only
tui-compare-legend-only = Differences only · { $key }: every figure
tui-compare-no-figures = No figure differs.
tui-results-prices-energy-only = energy ${ $energy }/MWh (data centers ${ $zone }) · energy-only market
tui-why-gas = {"  "}gas for the power plants: ${ $before }/MMBtu the quarter before, ${ $after } this quarter (a spike lasts its quarter)
tui-results-gas = {" "}· gas ${ $gas }/MMBtu
tui-results-gas-moved = {" "}· gas ${ $gas }/MMBtu this quarter (normally ${ $normal })
tui-fault-absorbed-summary = { $count ->
    [one] 1 fault: { $low } MW of data centers dropped off{ $events ->
        [0] {""}
       *[other] , a large-load loss event (1,000 MW or more)
    }; absorbed (tolerable { $tolerable } MW)
   *[other] { $count } faults: { $low }–{ $high } MW of data centers dropped off each time, { $events ->
        [0] none a large-load loss event (1,000 MW or more)
        [one] one a large-load loss event (1,000 MW or more)
       *[other] { $events } of them large-load loss events (1,000 MW or more)
    }; all absorbed (tolerable { $tolerable } MW)
}
tui-chart-share-prices = Share prices (× start)
tui-chart-backlog = Oracle backlog
tui-chart-openai-revenue = Revenue vs commitments
tui-chart-arrears = Households in arrears
tui-chart-jobs = Factory jobs gained
tui-chart-budget = Federal budget
tui-chart-tariff-quarter = Tariff revenue, quarter
tui-chart-election = election
tui-unit-x-start = × start
tui-unit-usd-bn-yr = $B/yr
tui-unit-thousands = thousands

## Why: the causes of a figure's change

tui-key-why = why it changed
tui-why-title = Why: { $figure }
tui-why-title-none = Why
tui-why-none = No quarter has been played yet: nothing to explain.
tui-why-unavailable = Last quarter cannot be recomputed here: the world was changed by hand before it (a facilitator override).
tui-why-change = { $date }: { $before } → { $after } { $unit } ({ $change }). Causes, largest first:
tui-why-events = The quarter's events
tui-why-drift = Drift (no one acted)
tui-why-drift-note = Drift is what this quarter would have brought had no seat changed its orders and no event fired: the work of earlier orders (builds under way, debt taken on) and the world's own trends.
tui-why-keys = { $up }/{ $down } another figure ({ $at } of { $of }) · { $help } what it means · { $close } closes

## Glossary

tui-key-glossary = glossary of figures
tui-glossary-title = Glossary: what each figure means
tui-glossary-keys = { $up }/{ $down } another figure · { $close } closes
tui-results-why = Why the scores moved (largest causes; press w for more)
tui-results-why-none = no change
tui-why-drift-short = drift
tui-why-events-short = events
tui-end-story = The story of the game
tui-end-mattered = Decisions that mattered most

## Intent: what the seat means its orders to do this quarter

tui-key-intent = intent
tui-intent-title = Intent for { $date }
tui-intent-prompt = What should your orders achieve this quarter? One line, and if you like the figure you expect. The debrief sets it beside what happened.
tui-intent-text = Intent
tui-intent-figure = Expect
tui-intent-compare = to be
tui-intent-value = Value
tui-intent-no-figure = no figure
tui-intent-now = now { $value } { $unit }
tui-intent-keys = ↑↓ line   ←→ choose   { $keep } keep   { $cancel } cancel
tui-intent-bad-value = “{ $text }” is not a number; type the value you expect, e.g. 170 or 2.5.
tui-intent-line = Your intent: { $text }
tui-intent-empty = No intent yet: { $key } writes one for the debrief.
intent-at-most = at most
intent-at-least = at least
intent-expect = { $figure } { $compare } { $value } { $unit }
tui-replay-intent = Intent: { $text }
tui-replay-intent-why = why: { $causes }
