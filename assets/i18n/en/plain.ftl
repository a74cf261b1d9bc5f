# Plain mode (`overbuild play --plain`): a line-by-line dialogue for screen readers and scripts.
# Every number carries its unit; nothing depends on colour. Commands, field names, region ids
# and values stay in English in every language: they are what the player types.

## Start

# Separators of lists in sentences.
plain-list-separator = {"; "}
plain-comma = {", "}

plain-welcome = Overbuild, plain mode. Scenario: { $scenario }, { $start } to { $end }, { $turns } quarters.
plain-welcome-help = At each prompt, type a command and press Enter; `help` lists the commands.
plain-ask-seats = Which seats do you play? Type seat ids separated by spaces (openai, oracle, utility, whitehouse), `all`, or `none` to watch the bots. Press Enter for oracle.
plain-bad-seat = Unknown seat "{ $seat }": use openai, oracle, utility or whitehouse, `all` or `none`.
plain-seats = Seats: { $list }.
plain-seat-human = { $seat } played by you
plain-seat-bot = { $seat } played by a bot
plain-ask-seed = Seed: type a whole number, or press Enter for { $seed }.
plain-bad-seed = "{ $text }" is not a seed: type a whole number from 0 to 18446744073709551615.
plain-seed = Seed { $seed }. Play the same game again with: { $command }

## A seat's turn

plain-turn-heading = === { $date }, quarter { $turn } of { $turns }: { $seat } ===
plain-objective-openai = Objective: compute online and revenue growth, without running out of cash. If OpenAI defaults, you play on as the restructured company.
plain-objective-oracle = Objective: data centers online, share price and investment-grade credit, without burning too much cash. If Oracle defaults, you play on as the restructured company.
plain-objective-utility = Objective: no blackouts, residential rates within the cap, and a solvent utility.
plain-objective-whitehouse = Objective: win the elections, lift the stock index and bring back manufacturing jobs, within a deficit cap.
plain-score = Score: { NUM($score, digits: 1) } of 100 points; objective { $met }.
plain-met = met
plain-not-met = not met
plain-score-part = { $name }: { $value }, target { $target }; { $points } of { NUM($max) } points; { $met }.

plain-market = Market: stock index { NUM($index, digits: 1) } (peak { NUM($peak, digits: 1) }, 100 at the start); AI sentiment { NUM($sentiment, digits: 2) } on a scale from -1 to 1; risk-free rate { NUM($rate, digits: 2) }%; bond buyers would take about { USD($appetite) }B this quarter.
plain-region-prices = { $region }: residential price { NUM($cents, digits: 1) } ¢/kWh; average bill { USD($bill) } a month, { NUM($quarter, scale: 100) }% on last quarter, { NUM($growth, scale: 100) }% on the same quarter a year earlier; { NUM($margin, scale: 100) }% reserve margin against a { NUM($target, scale: 100) }% target; energy { USD($energy) }/MWh; at the data centers' zone { USD($zone) }/MWh; capacity { USD($capacity) }/MW-day.
plain-region-load = { $region } data centers: { NUM($connected) } MW connected, { NUM($waiting) } MW built and waiting for the grid{ $held ->
        [0] {""}
       *[other] {" "}({ NUM($held) } MW of it held for lack of ride-through)
    }, { NUM($queue) } MW in the interconnection queue, { NUM($approved) } MW approved; hosting capacity { NUM($hosting) } MW; { NUM($ride, scale: 100) }% can ride through faults. Peak load { NUM($peak) } MW against { NUM($firm) } MW of firm capacity.
plain-region-people = { $region } households: { NUM($arrears, scale: 100) }% in arrears; approval of the government { NUM($approval, scale: 100) }%; last quarter { $events } large-load loss events, { NUM($lost) } MW of data centers dropped off in faults, { $blackouts } blackouts.
plain-company = { $company }: cash { $cash_sign }{ USD($cash, digits: 1) }B; debt { USD($debt, digits: 1) }B; off-balance-sheet obligations known to the market { USD($hidden, digits: 1) }B; owed in all as credit counts it (with leases, vendor loans and firm orders not yet paid) { USD($owed, digits: 1) }B, of which the build-out committed, unpaid { USD($build_out, digits: 1) }B; market value { USD($cap) }B; share price { USD($price, digits: 2) }; rated { $rating }, spread { NUM($spread) } bp; revenue { USD($revenue, digits: 1) }B and free cash flow { $fcf_sign }{ USD($fcf, digits: 1) }B last quarter.
plain-company-insolvent = { $company } is in default since { $date }.
plain-politics = Politics: national approval { NUM($approval, scale: 100) }%; manufacturing jobs { NUM($jobs) } thousand ({ NUM($jobs_change) } thousand since the start); national residential price { NUM($cents, digits: 1) } ¢/kWh, bills { NUM($bills, scale: 100) }% above the start; { NUM($arrears, scale: 100) }% of households in arrears; elections won { $won }, lost { $lost }.
plain-next-election = Next election: { $kind } in { $date }, { $quarters } quarters from now.
plain-no-election = No election is left in this game.
plain-election-midterm = the midterms
plain-election-general = the presidential election
plain-congress-divided = Congress is divided: new subsidies and loan guarantees are blocked.
plain-policy = Rules in force: chip tariff { NUM($chip, scale: 100) }%, equipment tariff { NUM($equipment, scale: 100) }%; large loads pay { NUM($share, scale: 100) }% of grid upgrades; ride-through { $ride }.
plain-required = required
plain-not-required = not required

plain-own-openai = Your books: { NUM($compute, digits: 2) } GW of compute online, { NUM($contracted, digits: 2) } GW under contract, { NUM($chips, digits: 2) } GW of chips on order ({ NUM($vendor, digits: 2) } GW financed by Nvidia); revenue running at { USD($revenue, digits: 1) }B a year against commitments of { USD($commitments, digits: 1) }B a year; paying demand at { NUM($demand, digits: 2) }× what your inference compute can serve (above 1: demand goes unserved; below: compute stands idle); valuation { USD($valuation) }B.
plain-own-oracle = Your books: { NUM($online, digits: 2) } GW of data centers online, { NUM($contracted, digits: 2) } GW under contract; { NUM($building) } MW being built and { NUM($waiting) } MW waiting for the grid; { NUM($onsite) } MW of on-site turbines; { NUM($ride) } MW with ride-through; { USD($hidden, digits: 1) }B off the balance sheet; { USD($pot, digits: 1) }B unspent in SPVs; credit line drawn { USD($revolver, digits: 1) }B.
plain-own-utility = Your books: cash { $cash_sign }{ USD($cash, digits: 1) }B; debt { USD($debt, digits: 1) }B; funds from operations cover { NUM($ffo, scale: 100) }% of debt; spread { NUM($spread) } bp; base rates at { NUM($base, digits: 2) }× the start; construction costs at { NUM($costs, digits: 2) }× the start.
plain-own-whitehouse = Your budget: programmes cost { USD($budget, digits: 1) }B last quarter ({ USD($total, digits: 1) }B since the start); tariffs have raised { USD($tariffs, digits: 1) }B since the start; deficit last quarter { USD($deficit, digits: 1) }B, debt from the programmes { USD($debt, digits: 1) }B, Treasury yields { NUM($yields, digits: 0) } bp higher for it; federal loan guarantees outstanding { USD($guarantees, digits: 1) }B.

plain-news-heading = News from last quarter:
plain-news-private-heading = News for you alone from last quarter (the rest is in its results above):
plain-news-none = No news last quarter.
plain-news-item = - { $text }
plain-news-private = - (only you know) { $text }
plain-event = - Event: { $headline }. { $explanation }

## Orders

plain-orders-intro = Orders for { $seat }. Rules carry on from last quarter; one-off orders start from nothing unless marked to repeat. Type `show` to list them, `set FIELD VALUE` (per region: `set FIELD REGION VALUE`) to change one, `preview` to see what they would do, `done` to submit.
plain-prompt = { $seat }>
plain-field = { $field } = { $value } (allowed: { $range }; { $carry }). { $help }
plain-field-regional = { $field }: { $values } (allowed: { $range }; { $carry }). { $help }
plain-carry-rule = a rule: stays until changed
plain-carry-once = one-off: this quarter only
plain-carry-repeat = one-off, repeats next quarter
plain-repeat-on = { $field } will repeat next quarter.
plain-repeat-off = { $field } is this quarter only again.
plain-repeat-rule = { $field } is a rule: it carries on by itself.
plain-region-value = { $region } { $value }
plain-range = from { $min } to { $max }
plain-range-regional = from { $min } to { $max } in each region
plain-range-toggle = yes or no
plain-range-choice = one of { $choices }
plain-unit-years = years
plain-yes = yes
plain-no = no
plain-choice-quiet = quiet
plain-choice-confident = confident
plain-choice-cautious = cautious
plain-set = { $field } is now { $value }.
plain-set-region = { $field } in { $region } is now { $value }.
plain-refused = Refused: { $field } = { $value } is outside the allowed range, { $range }.
plain-not-a-number = "{ $text }" is not a number: { $field } takes a number { $range }.
plain-not-a-toggle = "{ $text }" is not yes or no: { $field } takes yes or no.
plain-not-a-choice = "{ $text }" is not allowed: { $field } takes one of { $choices }.
plain-unknown-field = { $seat } has no field "{ $field }". Fields: { $fields }.
plain-unknown-region = No region "{ $region }". Regions: { $regions }, or `all`.
plain-needs-region = { $field } is set per region: `set { $field } REGION VALUE`, with a region of { $regions } or `all`.
plain-usage-set = Usage: set FIELD VALUE, or set FIELD REGION VALUE for regional fields.
plain-unknown-command = Unknown command "{ $command }". Type `help` for the list.
plain-preview-heading = What these orders would do:
plain-preview-item = - { $text }
plain-reset = Orders are back to last quarter's.
plain-reset-field = { $field } is back to { $value }.
plain-field-unavailable = { $field } is unavailable: { $reason }
plain-in-default = { $status }
plain-score-defaulted = { $name }: { NUM($max) } points lost for the rest of the game.
plain-books-heading = == { $name } ==
plain-book-section = === { $title } ===
plain-book-period = over the last { $quarters ->
    [one] quarter
   *[other] { $quarters } quarters
}
plain-book-flow = { $name }: { $quarter } this quarter, { $running } { $period }
plain-book-stock = { $name }: { $value }
plain-submitted = Orders for { $seat } submitted.
plain-why-none = No quarter has been played yet: nothing to explain.
plain-why-list = Figures to explain (type `why FIGURE`): { $keys }
plain-why-unknown = There is no figure "{ $figure }". Type `why` for the list.
plain-why-heading = { $figure }, { $date }: { $before } → { $after } { $unit } ({ $change }). Causes, largest first:
plain-why-cause = - { $cause }: { $part }
plain-why-events = The quarter's events
plain-why-drift = - Drift (what the quarter would have brought had no seat changed its orders and no event fired; earlier orders still at work): { $part }
plain-why-drift-part = { "  " }- of which { $mechanism }: { $part }
plain-why-how = How: { $mechanism }
plain-help =
    Commands:
      show            list every field with its value, allowed range and help
      show FIELD      one field
      set FIELD VALUE             change a field (yes/no for switches)
      set FIELD REGION VALUE      change a regional field in one region, or in `all`
      preview         what these orders would cost and do
      reset [FIELD]   go back to what carried on from last quarter
      repeat FIELD    mark a one-off order to repeat next quarter (again to unmark)
      status          the situation again
      books           your last quarter's income statement, cash flows and balance sheet
      why [FIGURE]    what caused last quarter's change of a figure (alone: the list)
      help FIGURE     what a figure means, how it is computed and why it matters to you
      intent TEXT     one line on what these orders should achieve (for the debrief)
      expect FIGURE <= VALUE      the figure you expect at the quarter's end (or >=, or none)
      done            submit these orders
      quit            stop the game
plain-handover = Next seat: { $seat }.

## Results

plain-results-heading = === Results of { $date } ===
plain-results-region = { $region }: { NUM($cents, digits: 1) } ¢/kWh ({ NUM($change, digits: 1) } ¢/kWh on the quarter); { NUM($margin, scale: 100) }% reserve margin; energy { USD($energy) }/MWh, { USD($zone) } at the data centers' zone, gas { USD($gas, digits: 2) }/MMBtu; demand response { NUM($dr_gwh, digits: 1) } GWh, paid { USD($dr_paid, digits: 1) }M; { $blackouts } blackouts.
plain-results-market = Stock index { NUM($index, digits: 1) } ({ NUM($change, digits: 1) }% on the quarter); AI revenue { USD($ai, digits: 1) }B a year; national approval { NUM($approval, scale: 100) }%.
plain-results-approval-pull = Approval heads towards { NUM($target, digits: 1) }% and closes { NUM($share, scale: 100) }% of the gap each quarter: baseline { NUM($anchor, digits: 1) }%, bills { NUM($bills, digits: 1) }, prices { NUM($prices, digits: 1) }, stocks { NUM($wealth, digits: 1) }, jobs { NUM($jobs, digits: 1) }, relief { NUM($relief, digits: 1) }, deficit { NUM($deficit, digits: 1) } (points).
plain-results-scores = Scores:
plain-results-seat = - { $seat }: { NUM($score, digits: 1) } of 100 points ({ NUM($change, digits: 1) } on the quarter); objective { $met }.
plain-results-welfare = - Public welfare: { NUM($score, digits: 1) } of 100 points ({ NUM($change, digits: 1) } on the quarter).
plain-bots-played = Bots played { $seats }.

## End

plain-autosaved = Autosaved to { $path } (after every quarter; Continue in `overbuild play` picks it up).
plain-autosave-failed = Autosave failed, the game goes on: { $problem }
plain-game-over = === Game over: { $date } ===
plain-final-seat = { $seat }: { NUM($score, digits: 1) } of 100 points; objective { $met }.
plain-final-welfare = Public welfare: { NUM($score, digits: 1) } of 100 points. It counts bills, outages, household wealth, jobs and arrears, not shareholder value.
plain-quit = You left the game at { $date }.
plain-eof = End of input: the game stops at { $date }.
# Appended to the range of orders that repeat every quarter.
plain-each-quarter = {", each quarter"}
plain-glossary-entry =
    { $name } ({ $unit })
      { $how }
      For { $seat }: { $why }
plain-glossary-unknown = No field or figure called "{ $query }". Figures: { $names }.

## Intents: what the seat means its orders to do

plain-intent-kept = Intent: { $text }
plain-intent-bad = Not kept: { $problem }.
plain-expect-kept = Expected: { $expect }
plain-expect-none = No figure expected.
plain-expect-bad = "{ $text }" is not an expectation: type `expect FIGURE <= VALUE` or `expect FIGURE >= VALUE` (or `expect none`), with one of these figures: { $figures }

# An expert bot's reason for its move (plain mode and the facilitator's log).
