# Headless commands: `overbuild sim` (one game's table) and `overbuild scenarios`.
# Column headings are short: a translation wider than the English widens its column.

## overbuild scenarios, overbuild scenario check

cli-scenarios-line = { $name } ({ $start } to { $end }, { NUM($turns) } turns): { $description }
scenario-stargate-2025-name = Stargate 2025
scenario-stargate-2025-description = From the Stargate announcement to the 2028 election: three grids, four seats, one bubble.
cli-scenario-ok = { $file }: ok ({ $id }, { NUM($regions) } regions, { NUM($turns) } turns)
cli-scenario-problems = { $file }: { NUM($count) } problem(s)
cli-scenario-unsourced = { $file }: { NUM($count) } parameter(s) without a source

## overbuild sim: one game's table

cli-sim-title = { $scenario } | seed { $seed } | { $seats }
cli-sim-col-quarter = quarter
cli-sim-col-index = index
cli-sim-col-sentiment = sent
cli-sim-col-prices = c/kWh { $regions }
cli-sim-col-reserve = reserve %
cli-sim-col-blackouts = blk
cli-sim-col-approval = appr
cli-sim-col-oracle-price = ORCL $
cli-sim-col-oracle-spread = ORCLbp
cli-sim-col-openai-revenue = OAI $B
cli-sim-col-gw = GW
cli-sim-col-events = events
cli-sim-scores = Scores at { $date }:
cli-sim-objective = objective { $met }
cli-sim-met = met
cli-sim-not-met = not met
cli-sim-welfare = Public welfare
cli-sim-state-hash = state hash { $hash }

## overbuild sim --runs N, overbuild sim merge: the Monte Carlo summary

cli-mc-title = Monte Carlo: { $games } games of { $scenario } ({ $quarters } quarters to { $end }), base seed { $seed }{ $shard }
cli-mc-shard = , shard { $shard }
cli-mc-partial = PARTIAL: { $games } of the sweep's { $runs } runs
cli-mc-seats = seats: { $seats }
cli-mc-sweep = sweep: { $sweep }
cli-mc-estimated = percentiles estimated within { $error } (a quantile sketch): exact up to { $exact } games
cli-mc-win-rates = Win rates (objective met at { $end }):
cli-mc-at-end = At the end ({ $end }):
cli-mc-metric = metric
cli-mc-mean = mean
cli-mc-over-time = Over time, p50 [p5, p95]:

## overbuild replay --verify, --compare

cli-verify-ok = { $file }: { NUM($quarters) } quarters replayed, every state hash matches ({ $scenario }, seed { $seed }, { NUM($ms) } ms)
cli-verify-diverges = { $file }: diverges at { $where } (saved by Overbuild { $saved }, replayed by { $replayed })
cli-compare-game = { $label }: { $name } (seed { $seed }, { NUM($quarters) } quarters)
cli-compare-scenario = scenario { $id }
cli-compare-quarter-identical = quarter { NUM($quarter) } ({ $date }): identical
cli-compare-quarter-only = quarter { NUM($quarter) } ({ $date }): played in { $only } only
cli-compare-quarter = quarter { NUM($quarter) } ({ $date }):
cli-compare-order = orders  { $field }: { $from } → { $to }
cli-compare-injects = orders  facilitator injects differ
cli-compare-figure = figure  { $figure }: { $a } → { $b }
cli-compare-others = and { NUM($count) } regional and company figures differ
cli-compare-events = events  A: { $a }  B: { $b }
cli-compare-first = first difference: quarter { NUM($quarter) }
cli-compare-identical-games = the games are identical
