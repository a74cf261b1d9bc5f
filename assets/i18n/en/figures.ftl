# Headline figures the engine explains (the "why" popup, plain `why`): names by key, units and
# the one-sentence mechanism behind each kind.

figure-score = { $who } score
figure-score-part = { $who } score: { $part }
figure-welfare = Public welfare
figure-share = { $who } share price
figure-cap = { $who } market value
figure-spread = { $who } credit spread
figure-rating = { $who } rating, notches below AAA
figure-bill = { $who } household bill
figure-price = { $who } energy price
figure-reserve = { $who } reserve margin
figure-blackouts = Blackouts this quarter
figure-approval = White House approval
figure-jobs = Jobs
figure-index = AI-heavy index
figure-unit-points = points
figure-unit-notches = notches
figure-unit-thousand = thousand
figure-mechanism-score = A score adds points for each part of the seat's objective, each scaled by how close its figure is to the target.
figure-mechanism-score_part = A score adds points for each part of the seat's objective, each scaled by how close its figure is to the target.
figure-mechanism-welfare = Public welfare weighs bills, reliability, jobs and the market against their levels at the start.
figure-mechanism-share_price = The market values a company on the revenue growth it expects, the backlog it believes, its credit risk and AI sentiment.
figure-mechanism-market_cap = The market values a company on the revenue growth it expects, the backlog it believes, its credit risk and AI sentiment.
figure-mechanism-spread = Credit spreads and ratings follow the company's leverage, cash flow and the default probability of its asset value.
figure-mechanism-rating = Credit spreads and ratings follow the company's leverage, cash flow and the default probability of its asset value.
figure-mechanism-bill = A household's bill passes through energy and capacity prices, delivery rates and the upgrades charged to it.
figure-mechanism-energy_price = The energy price is set hour by hour by the marginal plant, so new load and scarce capacity raise it.
figure-mechanism-reserve_margin = The reserve margin is firm capacity over peak load: data-center load lowers it, new plants raise it.
figure-mechanism-blackouts = A blackout follows a fault in which the data-center load that dropped off exceeded what the grid could hold.
figure-mechanism-approval = Approval moves with household bills, blackouts, jobs, prices and the market.
figure-mechanism-jobs = Jobs come from construction under way, data centers running and tariffs' protected industries, less what tariffs cost elsewhere.
figure-mechanism-index = The index is the value of the listed AI names and the rest of the market against the start.
