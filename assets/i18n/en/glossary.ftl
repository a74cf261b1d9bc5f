# Glossary: every figure the game shows. For each term: its name, unit, how the model computes
# it, and why it matters to each seat. Keys: glossary-TERM, -unit, -how, -openai, -oracle,
# -utility, -whitehouse.

glossary-index = Index
glossary-index-unit = points, 100 at the start
glossary-index-how = Market value of an AI-heavy stock index: the listed AI names (Oracle, Nvidia, the big four cloud companies) plus the rest of the market, scaled to 100 at the first quarter.
glossary-index-openai = OpenAI is private, but a falling index shuts the door on new equity and makes investors ask about its commitments.
glossary-index-oracle = Oracle is in the index; when it falls, Oracle's share price and appetite for its bonds fall with it.
glossary-index-utility = Matters little directly; a crash slows data-center demand and the load forecast the utility plans for.
glossary-index-whitehouse = Part of the White House's score: household wealth and pensions follow it.

glossary-bubble = Bubble gauge
glossary-bubble-unit = times (value over annual revenue)
glossary-bubble-how = Market value of the AI names divided by their annualised revenue (this quarter's revenue × 4). Dot-com peaks ran near 30×; the AI names started around 10×.
glossary-bubble-openai = A high gauge means money is easy to raise now and the fall is steeper later.
glossary-bubble-oracle = A high gauge props up Oracle's share price; when sentiment turns the multiple falls first.
glossary-bubble-utility = A warning that the data-center load in its queue may not all arrive.
glossary-bubble-whitehouse = A high gauge raises the odds of a crash that costs approval and jobs.

glossary-coverage = Coverage
glossary-coverage-unit = share (revenue over commitments)
glossary-coverage-how = AI revenue per year divided by the AI commitments per year (contracts for compute, chips and leases). Below one, the commitments are paid with borrowed or raised money.
glossary-coverage-openai = Low coverage is the question every investor asks OpenAI: how its revenue will pay for what it signed.
glossary-coverage-oracle = Coverage is how much of Oracle's backlog the market believes; low coverage discounts the backlog.
glossary-coverage-utility = Low coverage means contracted data-center load may be cancelled.
glossary-coverage-whitehouse = Low coverage is the bubble's weak point: defaults start where revenue does not cover commitments.

glossary-circular = Circular share
glossary-circular-unit = share of Nvidia's revenue
glossary-circular-how = Nvidia's revenue of the last four quarters paid for with money Nvidia itself lent or invested (vendor financing), as a share of that revenue.
glossary-circular-openai = Vendor financing pays for chips today, but the market discounts revenue that comes back round.
glossary-circular-oracle = A high circular share makes the market doubt the AI revenue behind Oracle's backlog.
glossary-circular-utility = No direct effect.
glossary-circular-whitehouse = A high share means the boom finances itself; a turn in sentiment discounts it all at once.

glossary-approval = Approval
glossary-approval-unit = percent of voters
glossary-approval-how = The president's approval: it follows bills, jobs, the index, blackouts, the budget deficit and inflation with a lag, and statements move it a little while they stay credible.
glossary-approval-openai = Low approval makes the White House turn to populist rules: tariffs, large loads paying their own way.
glossary-approval-oracle = As for OpenAI: policy follows approval.
glossary-approval-utility = Low approval brings pressure to cut bills and block rate cases.
glossary-approval-whitehouse = Approval decides the midterms and the general election, and those are part of the score.

glossary-share-price = Share price
glossary-share-price-unit = dollars per share
glossary-share-price-how = Equity is a call option on the company's assets struck at its debt (a structural credit model): operating value and cash above debt, priced with the asset volatility.
glossary-share-price-openai = OpenAI is private; its value is the last funding round's.
glossary-share-price-oracle = Part of Oracle's score. Debt and lease obligations lower it as much as the backlog raises it.
glossary-share-price-utility = The utility is regulated: its credit matters more than its share price.
glossary-share-price-whitehouse = Part of the index.

glossary-market-cap = Market value
glossary-market-cap-unit = $ billion
glossary-market-cap-how = Share price times shares outstanding; for OpenAI, the value of its last funding round, moved by sentiment and growth.
glossary-market-cap-openai = Sets how much OpenAI can raise in equity in a quarter.
glossary-market-cap-oracle = Sets how much new equity or debt the market will take from Oracle.
glossary-market-cap-utility = Not shown for the utility.
glossary-market-cap-whitehouse = The AI names' value is most of the index.

glossary-spread = Credit spread
glossary-spread-unit = basis points (1 bp = 0.01 percentage point)
glossary-spread-how = The extra yield over Treasuries that investors ask: the five-year default probability from the balance sheet (assets against debt and counted leases), plus a constant liquidity basis. New bonds pay Treasury yield plus spread.
glossary-spread-openai = A wider spread makes every new dollar of debt cost more.
glossary-spread-oracle = Oracle borrows for its build-out; a wider spread raises its coupon and can cost its rating.
glossary-spread-utility = The utility's spread sets the cost of the capital it spends on plants and wires.
glossary-spread-whitehouse = Deficits raise Treasury yields under every company's spread.

glossary-rating = Credit rating
glossary-rating-unit = letter grade (AAA best; BBB- the last investment grade)
glossary-rating-how = Read from the spread: each rating holds a band of spreads. Below BBB- is high yield ("junk"): many funds may not hold it.
glossary-rating-openai = A low rating limits what OpenAI can borrow.
glossary-rating-oracle = Part of Oracle's score: staying investment grade (BBB- or better). Lower letters are worse; the score counts notches, and a higher notch is better.
glossary-rating-utility = A downgrade raises what the utility pays on its debt, and customers pay it in rates.
glossary-rating-whitehouse = Downgrades of big borrowers move markets and the index.

glossary-coupon = Coupon on new bonds
glossary-coupon-unit = percent a year
glossary-coupon-how = The Treasury yield (with the premium from federal deficits) plus the company's spread.
glossary-coupon-openai = What a new dollar of debt costs OpenAI this quarter.
glossary-coupon-oracle = What a new bond costs Oracle; interest comes out of free cash flow.
glossary-coupon-utility = What a new dollar of utility capital costs; it enters the revenue requirement.
glossary-coupon-whitehouse = Deficits push every coupon up.

glossary-cash = Cash
glossary-cash-unit = $ billion at the quarter's end
glossary-cash-how = Opening cash plus operating, investing and financing cash flows of the quarter. A company that cannot pay what falls due draws its credit line, then defaults.
glossary-cash-openai = OpenAI burns cash: runway is cash over the quarter's burn.
glossary-cash-oracle = Capex runs ahead of revenue; cash runs out before the backlog turns into revenue.
glossary-cash-utility = The utility recovers costs through rates, but only after a rate case.
glossary-cash-whitehouse = Not shown: the White House has a budget instead.

glossary-debt = Debt
glossary-debt-unit = $ billion
glossary-debt-how = Bonds, credit lines drawn and vendor loans on the balance sheet. Lease obligations to SPVs are counted apart (off-balance).
glossary-debt-openai = Debt must be served whatever revenue does.
glossary-debt-oracle = Debt against assets drives the spread, rating and share price.
glossary-debt-utility = Funds from operations over debt is the utility's solvency test.
glossary-debt-whitehouse = Federal programmes add to the national debt instead.

glossary-off-balance = Off-balance obligations
glossary-off-balance-unit = $ billion
glossary-off-balance-how = Leases owed to special-purpose vehicles (SPVs) that own data centers and issue their own bonds. The market sees the part that has been reported; the rest is known only to the company.
glossary-off-balance-openai = OpenAI's compute contracts are the leases that pay these SPVs.
glossary-off-balance-oracle = SPVs let Oracle build without bonds on its own balance sheet, until the agencies count the leases as debt.
glossary-off-balance-utility = No direct effect.
glossary-off-balance-whitehouse = Hidden leverage: when it is revealed, spreads jump.

glossary-credit-obligations = Owed, as credit counts it
glossary-credit-obligations-unit = $ billion
glossary-credit-obligations-how = What the credit market sets against the company's assets: debt, vendor loans, leases known to the market (half of them until the agencies reclassify leases as debt), and the build-out committed and not yet paid for: data centers under way, capacity its contracts call for and not yet started (halls and chips, at the leases' weight), and chips ordered and not yet paid, less vendor money held for those chips. The spread, the default risk and the rating come from it.
glossary-credit-obligations-openai = A chip order counts in full the quarter it is placed: it is owed as surely as a loan.
glossary-credit-obligations-oracle = The data centers under way for OpenAI's contracts, and those the contracts call for and not yet started, count before they are paid for: a contract signed widens the spread before a shovel moves.
glossary-credit-obligations-utility = No direct effect.
glossary-credit-obligations-whitehouse = Large obligations against thin assets are where defaults begin.

glossary-compute = Compute
glossary-compute-unit = gigawatts (GW) of data-center capacity
glossary-compute-how = Data-center power online for the company, built or leased, connected to the grid or on-site turbines.
glossary-compute-openai = OpenAI's score counts compute online and compute secured against its plan of about 30 GW.
glossary-compute-oracle = Compute Oracle has built and connected earns its contract revenue.
glossary-compute-utility = Every GW is load the grid must serve at peak.
glossary-compute-whitehouse = Compute built is the AI lead the White House promised; the halls employ few people once built.

glossary-revenue = Revenue
glossary-revenue-unit = $ billion (per year, or this quarter, as labelled)
glossary-revenue-how = Per year: this quarter's revenue × 4 (the run-rate). OpenAI's revenue follows users' adoption and its prices; Oracle's follows compute delivered under contract.
glossary-revenue-openai = Revenue must grow into the commitments; it is part of the score.
glossary-revenue-oracle = Cloud revenue turns the backlog into cash.
glossary-revenue-utility = The utility's revenue is its revenue requirement, recovered through bills.
glossary-revenue-whitehouse = Not shown for the White House.

glossary-fcf = Free cash flow
glossary-fcf-unit = $ billion this quarter
glossary-fcf-how = Cash from operations minus capital spending. Interest is in operations; financing (bonds, equity, vendor loans) is not in it.
glossary-fcf-openai = Negative for years: the gap is filled by raising money.
glossary-fcf-oracle = Part of Oracle's score; capex ahead of revenue makes it deeply negative.
glossary-fcf-utility = Not shown for the utility (funds from operations over debt instead).
glossary-fcf-whitehouse = Not shown.

glossary-backlog = Contract backlog
glossary-backlog-unit = $ billion
glossary-backlog-how = Remaining value of signed compute contracts (remaining performance obligations), mostly OpenAI's. It falls as compute is delivered and when a customer cuts or defaults.
glossary-backlog-openai = Your contracts are Oracle's backlog.
glossary-backlog-oracle = The market values the backlog only as far as it believes the customer can pay (coverage).
glossary-backlog-utility = Backlog turns into load when the data centers come online.
glossary-backlog-whitehouse = A headline of the boom.

glossary-contracted = Contracted compute
glossary-contracted-unit = gigawatts
glossary-contracted-how = Compute OpenAI has under contract with Oracle, online or still to be built.
glossary-contracted-openai = Compute secured: part of OpenAI's score, and commitments it must pay for.
glossary-contracted-oracle = What Oracle must build and connect.
glossary-contracted-utility = Load that will ask for interconnection.
glossary-contracted-whitehouse = Not shown.

glossary-chips-on-order = Chips on order
glossary-chips-on-order-unit = gigawatts of accelerators
glossary-chips-on-order-how = Accelerators ordered from Nvidia and not yet delivered; each GW is paid in instalments until delivery.
glossary-chips-on-order-openai = Chips without power stand idle and cost cash.
glossary-chips-on-order-oracle = Not shown.
glossary-chips-on-order-utility = Not shown.
glossary-chips-on-order-whitehouse = Chip tariffs raise what each GW costs.

glossary-vendor-financed = Vendor-financed chips
glossary-vendor-financed-unit = gigawatts (or $ billion lent)
glossary-vendor-financed-how = Chips paid with money Nvidia lends or invests: Nvidia's receivable and OpenAI's liability. Nvidia's revenue from it counts in the circular share.
glossary-vendor-financed-openai = Cash today, a liability tomorrow; the market discounts it.
glossary-vendor-financed-oracle = Not shown.
glossary-vendor-financed-utility = Not shown.
glossary-vendor-financed-whitehouse = Not shown.

glossary-adoption = Adoption
glossary-adoption-unit = paying demand as a share of the start's (360% is 3.6 times)
glossary-adoption-how = Paying users and API use grow along a Gompertz curve towards a ceiling; prices and quality move the pace. The median game's ceiling follows OpenAI's own projections, but each game draws its own around it and no seat sees it: growth that slows is the sign it is near.
glossary-adoption-openai = Adoption is revenue: the one figure that must catch up with the commitments.
glossary-adoption-oracle = Oracle's customer pays from it.
glossary-adoption-utility = Not shown.
glossary-adoption-whitehouse = Not shown.
glossary-demand-to-compute = Demand ÷ compute
glossary-demand-to-compute-unit = times (paying demand over what inference compute can serve)
glossary-demand-to-compute-how = Last quarter's paying demand, at your prices, over the revenue your inference compute could serve. Above 1, revenue is bound by compute and the rest of demand goes unserved; below 1, revenue is bound by demand and the rest of the compute stands idle while you still pay for it.
glossary-demand-to-compute-openai = Above 1, more compute earns more; below 1, more compute only costs more. Watch it fall as adoption nears its ceiling.
glossary-demand-to-compute-oracle = Not shown; your customer's idle compute is a contract it may not renew.
glossary-demand-to-compute-utility = Not shown.
glossary-demand-to-compute-whitehouse = Not shown.

glossary-commitments = Commitments per year
glossary-commitments-unit = $ billion a year
glossary-commitments-how = What OpenAI has agreed to pay each year for compute, leases and chips.
glossary-commitments-openai = Revenue over commitments is coverage; below one, OpenAI must raise money every quarter.
glossary-commitments-oracle = Oracle's backlog is your customer's commitments.
glossary-commitments-utility = Not shown.
glossary-commitments-whitehouse = Not shown.

glossary-spv-pot = Unspent SPV money
glossary-spv-pot-unit = $ billion
glossary-spv-pot-how = Money raised by special-purpose vehicles and not yet spent on data centers.
glossary-spv-pot-openai = Not shown.
glossary-spv-pot-oracle = It builds data centers without Oracle's own bonds, but Oracle owes the leases.
glossary-spv-pot-utility = Not shown.
glossary-spv-pot-whitehouse = Not shown.

glossary-revolver = Revolving credit drawn
glossary-revolver-unit = $ billion
glossary-revolver-how = Bank credit line drawn when cash would go below zero; it counts as debt and is repaid first.
glossary-revolver-openai = A drawn line is a warning sign to the market.
glossary-revolver-oracle = Once the line is full and cash is short, the company defaults.
glossary-revolver-utility = Not shown.
glossary-revolver-whitehouse = Not shown.

glossary-ride-through = Ride-through
glossary-ride-through-unit = share of data-center MW
glossary-ride-through-how = Data-center load that stays connected through a grid fault instead of dropping off (equipment and settings, as NERC asks of large loads). Where the operator reviews it (Texas), finished data centers without it are held back once one fault near them could trip more than the grid can lose.
glossary-ride-through-openai = Ramp cooperation lowers the MW your sites drop.
glossary-ride-through-oracle = Ride-through equipment costs capital and protects the grid; in Texas, at the stability limit, only fitted halls connect.
glossary-ride-through-utility = A ride-through rule lowers large-load loss events and blackouts.
glossary-ride-through-whitehouse = Blackouts cost approval.

glossary-loss-event = Large-load loss event
glossary-loss-event-unit = count; MW lost
glossary-loss-event-how = A fault after which 1,000 MW or more of data-center load drops off at once (NERC's incident scale). Frequency response absorbs it, or frequency falls below 59.3 Hz and load is shed, or it cascades into a blackout.
glossary-loss-event-openai = Your sites dropping off cost you nothing directly, but rules follow.
glossary-loss-event-oracle = As for OpenAI; ride-through equipment avoids them.
glossary-loss-event-utility = Reliability is part of the utility's score.
glossary-loss-event-whitehouse = Blackouts cost approval.

glossary-blackouts = Blackouts
glossary-blackouts-unit = share of households, worst quarter
glossary-blackouts-how = Households left without power by shortages (demand above supply after demand response) or by cascades after faults.
glossary-blackouts-openai = Not in your score; rules against large loads follow blackouts.
glossary-blackouts-oracle = As for OpenAI.
glossary-blackouts-utility = The worst blackout is part of the utility's score (reliability).
glossary-blackouts-whitehouse = A big-city blackout costs approval.

glossary-reserve = Reserve margin
glossary-reserve-unit = percent of peak load
glossary-reserve-how = Firm capacity (plants counted at what they deliver at peak, plus demand response) over the planning peak, minus one. Planners aim for about 15%.
glossary-reserve-openai = A thin margin means your new sites wait for the grid.
glossary-reserve-oracle = Same: built data centers wait for interconnection.
glossary-reserve-utility = Below target, shortages and capacity prices rise; the thinnest region against its target is part of your score (reliability).
glossary-reserve-whitehouse = Thin margins bring blackouts.

glossary-energy-price = Energy price
glossary-energy-price-unit = $ per MWh (data centers pay their zone's price)
glossary-energy-price-how = Wholesale price from the hourly dispatch of the merit order; data centers pay the congested zone's price, which can be higher.
glossary-energy-price-openai = Part of what each GW of compute costs to run.
glossary-energy-price-oracle = As for OpenAI.
glossary-energy-price-utility = Flows into bills; high prices bring merchant plants in.
glossary-energy-price-whitehouse = Higher prices mean higher bills and lower approval.

glossary-capacity-price = Capacity price
glossary-capacity-price-unit = $ per MW-day
glossary-capacity-price-how = Where a region has a capacity market (PJM), the auction clears on the forecast reserve margin along a demand curve, up to the cap in force.
glossary-capacity-price-openai = Not shown.
glossary-capacity-price-oracle = Not shown.
glossary-capacity-price-utility = Paid by every customer; a cap lowers bills but also new supply.
glossary-capacity-price-whitehouse = A large part of bill increases in PJM.

glossary-bill = Monthly bill
glossary-bill-unit = dollars a month, average household
glossary-bill-how = Residential price (energy, capacity and delivery: the revenue requirement over annual sales) times the household's seasonal use. Shown with its change on last quarter and on a year earlier.
glossary-bill-openai = Higher bills bring rules that make large loads pay.
glossary-bill-oracle = As for OpenAI.
glossary-bill-utility = Affordability is part of the utility's score.
glossary-bill-whitehouse = Bills move approval.

glossary-arrears = Arrears
glossary-arrears-unit = percent of households
glossary-arrears-how = Households behind on their bills: those whose energy bill passes what their income can bear, from the spread of incomes and bills; some catch up each quarter.
glossary-arrears-openai = Not shown.
glossary-arrears-oracle = Not shown.
glossary-arrears-utility = Unpaid bills are revenue the utility does not collect.
glossary-arrears-whitehouse = Arrears weigh on approval.

glossary-ffo = Funds from operations / debt
glossary-ffo-unit = percent
glossary-ffo-how = Cash from operations before working capital, over debt, for the last year. Rating agencies look for about 12% or more at an investment-grade utility.
glossary-ffo-openai = Not shown.
glossary-ffo-oracle = Not shown.
glossary-ffo-utility = Solvency: part of the utility's score. Rate cases raise it; spending without them lowers it.
glossary-ffo-whitehouse = Not shown.

glossary-base-rate = Base rates
glossary-base-rate-unit = times the start
glossary-base-rate-how = The delivery rate the regulator allows, moved by approved rate cases.
glossary-base-rate-openai = Not shown.
glossary-base-rate-oracle = Not shown.
glossary-base-rate-utility = A rate case recovers spending but raises bills and lowers approval.
glossary-base-rate-whitehouse = Not shown.

glossary-cost-index = Cost index
glossary-cost-index-unit = times the start
glossary-cost-index-how = What equipment (transformers, turbines, chips) costs against the start: it rises with tariffs and with orders beyond the makers' capacity.
glossary-cost-index-openai = Chips cost more.
glossary-cost-index-oracle = Data centers cost more.
glossary-cost-index-utility = Plants and wires cost more.
glossary-cost-index-whitehouse = Tariffs show up here.

glossary-national-price = National price
glossary-national-price-unit = cents per kWh
glossary-national-price-how = The average residential price across the regions, weighted by households.
glossary-national-price-openai = Not shown.
glossary-national-price-oracle = Not shown.
glossary-national-price-utility = The national comparison for its rates.
glossary-national-price-whitehouse = Voters feel it.

glossary-budget = Programme cost
glossary-budget-unit = $ billion (this quarter, or the running total, as labelled)
glossary-budget-how = What subsidies, relief and called loan guarantees cost the Treasury, with the interest on the debt they add.
glossary-budget-openai = Not shown.
glossary-budget-oracle = Not shown.
glossary-budget-utility = Not shown.
glossary-budget-whitehouse = Spending buys approval now and raises yields later.

glossary-deficit = Deficit
glossary-deficit-unit = $ billion this quarter
glossary-deficit-how = The programmes' cost minus tariff revenue this quarter. Each point of GDP of deficit raises Treasury yields by about 0.25 points.
glossary-deficit-openai = Higher yields raise every coupon.
glossary-deficit-oracle = As for OpenAI.
glossary-deficit-utility = As for OpenAI.
glossary-deficit-whitehouse = Voters react to deficits with a lag.

glossary-programme-debt = Debt from the programmes
glossary-programme-debt-unit = $ billion
glossary-programme-debt-how = Federal debt added by the programmes since the start, deficits summed with interest.
glossary-programme-debt-openai = Not shown.
glossary-programme-debt-oracle = Not shown.
glossary-programme-debt-utility = Not shown.
glossary-programme-debt-whitehouse = It keeps yields high after the spending stops.

glossary-yield-premium = Treasury yield premium
glossary-yield-premium-unit = basis points
glossary-yield-premium-how = How much the programmes' deficits have raised Treasury yields (about 25 bp per point of GDP of deficit).
glossary-yield-premium-openai = Added to every company's cost of borrowing.
glossary-yield-premium-oracle = As for OpenAI.
glossary-yield-premium-utility = As for OpenAI.
glossary-yield-premium-whitehouse = The cost of spending: it raises everyone's borrowing costs.

glossary-deficit-inflation = Inflation from deficits
glossary-deficit-inflation-unit = percentage points a year
glossary-deficit-inflation-how = Spending paid with borrowed money meets an economy at full employment and raises prices: about 0.2 points of inflation per point of GDP of the last year's deficit (the pandemic's support added about 3 points, FRBSF 2022). Households feel it over months, with the tariffs' price rises.
glossary-deficit-inflation-openai = Not shown.
glossary-deficit-inflation-oracle = Not shown.
glossary-deficit-inflation-utility = Not shown.
glossary-deficit-inflation-whitehouse = Voters dislike inflation more than bills: relief paid on borrowed money wins less approval than it seems.

glossary-tariff-revenue = Tariff revenue
glossary-tariff-revenue-unit = $ billion, running total
glossary-tariff-revenue-how = Duties collected on imported chips and equipment, net of exemptions and of the imports that tariffs deter.
glossary-tariff-revenue-openai = Paid in the price of your chips.
glossary-tariff-revenue-oracle = Paid in the price of your equipment.
glossary-tariff-revenue-utility = Paid in the price of transformers and turbines.
glossary-tariff-revenue-whitehouse = Offsets the programmes' cost.

glossary-guarantees = Loan guarantees
glossary-guarantees-unit = $ billion outstanding
glossary-guarantees-how = Loans the government guarantees: they cost a fee up front and the whole amount if the borrower defaults.
glossary-guarantees-openai = Cheaper borrowing for the builders.
glossary-guarantees-oracle = As for OpenAI.
glossary-guarantees-utility = As for OpenAI.
glossary-guarantees-whitehouse = A contingent cost: a default calls it onto the budget.

glossary-jobs = Manufacturing jobs gained
glossary-jobs-unit = thousands of jobs since the start (a fall is jobs lost against the start)
glossary-jobs-how = Jobs in the factories the White House's grants have built (they stay once funded and arrive over a few quarters) and in protected industries, minus jobs lost downstream and to retaliation when tariffs raise input costs.
glossary-jobs-openai = Not shown.
glossary-jobs-oracle = Not shown.
glossary-jobs-utility = Not shown.
glossary-jobs-whitehouse = Part of the White House's score.

glossary-score = Score
glossary-score-unit = points out of 100
glossary-score-how = Each seat's objective has parts, each with a target and a weight; a part earns its weight in full at the target and in proportion as it gets closer. The objective is met when every part is met (✓); the points show how close the seat is.
glossary-score-openai = Compute online and secured, revenue, default risk, cash runway.
glossary-score-oracle = Share price, investment-grade rating, free cash flow, data centers online.
glossary-score-utility = Reliability, affordable rates, solvency.
glossary-score-whitehouse = Elections, the index, jobs, the programmes' deficit.

glossary-welfare = Public welfare
glossary-welfare-unit = points out of 100
glossary-welfare-how = A score for the public, held by no seat: bills against the start (30 points), hours without power (25), household wealth through the index (20), households in arrears (15) and jobs (10).
glossary-welfare-openai = Shows what the game's outcome meant for households.
glossary-welfare-oracle = As for OpenAI.
glossary-welfare-utility = As for OpenAI.
glossary-welfare-whitehouse = The voters' own scorecard.

glossary-demand-response = Demand response
glossary-demand-response-unit = MW that can be curtailed; GWh curtailed
glossary-demand-response-how = Load that agrees to stop in scarce hours for a payment. It counts as firm capacity and lowers peaks.
glossary-demand-response-openai = Flexible training load can be paid to pause.
glossary-demand-response-oracle = Not shown.
glossary-demand-response-utility = Cheaper than a peaker for the last few hours of the year.
glossary-demand-response-whitehouse = Fewer blackouts.

glossary-queue = Interconnection queue
glossary-queue-unit = MW waiting
glossary-queue-how = Plants and large loads waiting for a grid study and a connection. Much of it is speculative and withdraws; fast-track permitting withdraws more of it each quarter.
glossary-queue-openai = Your sites wait here.
glossary-queue-oracle = Built data centers wait here before they earn.
glossary-queue-utility = You approve large loads out of it.
glossary-queue-whitehouse = Fast-track shortens it.

glossary-runway = Cash runway
glossary-runway-unit = quarters
glossary-runway-how = Cash at the quarter's end divided by the quarter's cash burn (negative free cash flow, at least $0.5B).
glossary-runway-openai = Part of OpenAI's score: a year of runway (four quarters) earns it in full.
glossary-runway-oracle = Not shown.
glossary-runway-utility = Not shown.
glossary-runway-whitehouse = Not shown.

glossary-default-risk = Default risk
glossary-default-risk-unit = share (probability of default within five years)
glossary-default-risk-how = From the structural credit model: the chance that the company's assets fall below its debt within five years. Lower is better.
glossary-default-risk-openai = Part of OpenAI's score: solvency as the market sees it.
glossary-default-risk-oracle = It sets Oracle's spread and rating.
glossary-default-risk-utility = Not shown.
glossary-default-risk-whitehouse = A default calls loan guarantees onto the budget.

glossary-elections = Elections
glossary-elections-unit = won and lost
glossary-elections-how = Midterms (House seats) and the general election (electoral votes) are decided region by region: each region's vote follows its lean and the approval there on election day, with some noise. Losing the midterms divides Congress.
glossary-elections-openai = A new Congress can change the rules for large loads.
glossary-elections-oracle = As for OpenAI.
glossary-elections-utility = As for OpenAI.
glossary-elections-whitehouse = Part of the White House's score.

glossary-restructuring = Restructuring
glossary-restructuring-unit = as labelled (GW kept, $B, recovery share)
glossary-restructuring-how = After a default the company's score counts what it keeps running and what its creditors recover (assets over claims), for the rest of the game.
glossary-restructuring-openai = A default does not end your game: keep compute online and creditors whole.
glossary-restructuring-oracle = As for OpenAI: keep data centers online and cash flowing.
glossary-restructuring-utility = Not shown.
glossary-restructuring-whitehouse = Defaults call guarantees and shake the index.

glossary-outage-hours = Outage hours
glossary-outage-hours-unit = hours per household
glossary-outage-hours-how = Household-hours without power in the game so far, divided by the number of households.
glossary-outage-hours-openai = Not shown.
glossary-outage-hours-oracle = Not shown.
glossary-outage-hours-utility = The public's measure of reliability.
glossary-outage-hours-whitehouse = Part of public welfare.

glossary-onsite = On-site turbines
glossary-onsite-unit = MW
glossary-onsite-how = Gas turbines built at a data center so it can run before, or without, a grid connection. They cost more per MWh than grid power and skip the queue.
glossary-onsite-openai = Not shown.
glossary-onsite-oracle = Compute that earns while the grid connection waits.
glossary-onsite-utility = Load that does not ask the grid for capacity.
glossary-onsite-whitehouse = Not shown.

glossary-statements = Financial statements
glossary-statements-unit = $B, this quarter and summed over the last four quarters; balance-sheet lines at the quarter's close
glossary-statements-how = Every payment in the model is a ledger transfer that names its flow; closing a quarter turns each entity's transfers and non-cash entries (depreciation, leases signed, write-offs) into an income statement, a cash-flow statement and a balance sheet. Revenue by customer closes each payer's transfers through the same books, so the customers add up to revenue. Free cash flow is operating cash flow less capital spending: negative, it is the cash the company burns. The listed companies' books open at what they last reported; goodwill, receivables, payables and deferred revenue, which the game does not trade, stay at those values.
glossary-statements-openai = OpenAI's operating cash flow is negative while compute costs outrun revenue: the books show how much of its spending is paid by equity, vendor financing and Oracle's contracts.
glossary-statements-oracle = Oracle's lease payments to SPVs and its interest sit in operating cash flow; capital spending and the debt that pays for it decide its rating.
glossary-statements-utility = The utility's revenue is the bills; its capital spending enters the rate base and comes back in rates over the years.
glossary-statements-whitehouse = The companies' cash burn is the boom's weak point: a company that burns cash it cannot raise defaults, and guaranteed loans are called.

glossary-revenue-requirement = Revenue requirement and rate base
glossary-revenue-requirement-unit = $B a year (requirement); $B (rate base)
glossary-revenue-requirement-how = The delivery revenue the regulator lets the utility collect in a year: the existing network as the last rate case set it, plus a return on and of what it has built since (its rate base grows with each project finished). The part paid by large loads follows the rules in force: the share of upgrades they pay and the minimum demand charge.
glossary-revenue-requirement-openai = A higher requirement charged to large loads raises the cost of the compute OpenAI rents.
glossary-revenue-requirement-oracle = Large loads' part of the requirement is part of Oracle's power bill.
glossary-revenue-requirement-utility = The requirement is the utility's allowed revenue: building raises it, but households' bills carry what large loads do not pay.
glossary-revenue-requirement-whitehouse = What households pay of the requirement drives bills, and bills drive approval.

glossary-rules = Rules in force
glossary-rules-unit = percent, $ per MW-day, yes or no
glossary-rules-how = The tariffs on chips and grid equipment, the share of grid upgrades large loads pay (as the states set it, or the federal rule and the floor Congress set), the minimum demand charge, whether new data centers must ride through faults, fast-track permits and the cap on capacity prices, as they stand after the last quarter's orders.
glossary-rules-openai = Tariffs raise the cost of chips; cost shares and demand charges raise the cost of power.
glossary-rules-oracle = Cost shares, demand charges and ride-through decide what a new data center costs and how soon it connects.
glossary-rules-utility = The cost share and the demand charge decide how much of the build-out households pay.
glossary-rules-whitehouse = The federal rules are the White House's levers: each one moves bills, jobs or the market.
