# The guided first game: what the guide says at each step. Keys come as arguments, as the
# player has them bound.

guide-title = Guided first game · step { $step } of { $steps }
guide-briefing =
    Welcome. You run Oracle: you build AI data centers on borrowed money for one big customer, OpenAI. This briefing says what earns you points.
    Read it, then press { $confirm } to see your company.
guide-dashboard =
    Your dashboard. The top lines: the stock market and politics. "Grids and bills": the power systems your halls draw on. "Oracle: objective" (right): your score; each part with ✓ met or ✗ not yet, its points, its value and goal (≥ at least, ≤ at most); your cash and debt. "Markets and credit": share prices, ratings, spreads.
    An unfamiliar word? { $glossary } opens the glossary. Now press { $orders } for your orders.
guide-decide =
    Your orders, one per row; the Next qtr column says which are one-off and which are kept as rules. ↑↓ picks a row, ←→ changes it.
    Make one decision: start data centers in Texas (→ adds 100 MW), or issue bonds. Watch the preview change.
guide-preview =
    The preview is the engine resolving this quarter with your draft, the others' standing orders and no events drawn. It shows what each change adds to the rest of your draft: a build costs cash now and counts only when it comes online, quarters later.
    Builds are one-off unless you mark them to repeat ({ $repeat }). When content, press { $submit }, then { $yes }.
guide-results =
    The quarter is played. Each figure shows its change beside it; "Why the scores moved" names the biggest causes.
    Press { $why } to ask why your score moved.
guide-why =
    Every change is split among its causes: your orders, each other seat's, the quarter's events, and drift (what would have happened anyway). The parts add up to the change. ↑↓ shows other figures.
    Press { $back } to close, then { $confirm } for the next quarter.
guide-charts =
    Press { $confirm } for the third quarter, then { $charts } for your charts: share price, spread and backlog, quarter by quarter.
guide-submit =
    Events come from a deck whose odds follow the state of the world: a hot summer, a fault, a downgrade. Now decide this quarter in your orders ({ $orders }) and submit with { $submit }.
guide-news =
    Quarter two. Rules you set carried on; one-off orders start from nothing again. Press { $news } for the news: last quarter's events and what they did to the grid and the markets.
guide-last-quarter =
    The last guided quarter: decide and submit ({ $submit }). If a result surprises you, { $why } on the results says why.
guide-done =
    That is the whole loop: read, decide with the preview, submit, ask why. The game runs to 2028 Q4: play it out, or press { $quit } to return to the title. { $help } lists every key.
    Press { $confirm } to play on without the guide.
tui-menu-guide = Guided first game
tui-menu-guide-about = About ten minutes: three quarters as Oracle with a guide beside you — what to read, one decision and its preview, the results and why.
tui-key-next-step = skip this step
tui-key-end-guide = end the guide
