# serve strings (en): the workshop server, the facilitator console and the projector.

## Printed when the server starts and stops

serve-banner-title = Overbuild workshop server
serve-banner-listening = Listening on { $address }
serve-banner-local-only = Only this computer can join. To let the room's laptops in, start with --bind 0.0.0.0 (or this machine's address on the room's network).
serve-banner-game = Scenario { $scenario }, seed { $seed }, { $tables ->
    [one] one table
   *[other] { $tables } tables
}
serve-banner-host-key = Host key { $fingerprint } ({ $file })
serve-banner-join = Join with: ssh -p { $port } SEAT@HOST and type the seat's code as the password:
serve-banner-saving = Saving after every quarter to { $file }
serve-banner-resume = To continue after a restart: { $command }
serve-banner-stop = Press Ctrl-C to stop the server (every table is saved).
serve-stopping = Stopping: saving every table and saying goodbye to the clients.

## Messages to a connection that is refused or closed

serve-refused-taken = { $seat } is already connected from another terminal. Only one connection per seat: if that was you, close the other window, wait half a minute, or ask the facilitator to free the seat (key k).
serve-refused-bot = { $seat } is played by a bot in this game. Ask the facilitator to hand it to your team (key b).
serve-refused-unknown = There is no such table or seat on this server.
serve-goodbye = You left the game. Your seat keeps its draft orders: connect again with the same code to carry on.
serve-kicked = The facilitator closed this connection. Connect again with your seat's code when you are ready.
serve-shutdown = The workshop server stopped. Every table was saved.

## On a seat's screen

serve-tag-table = Table { $n }
serve-paused-banner = ‖ Paused by the facilitator
serve-notice-filled-standing = Time ran out: your standing orders were used this quarter.
serve-notice-filled-bot = Time ran out: your seat's bot decided for you this quarter.
serve-notice-override = The facilitator changed { $figure } from { $old } to { $new }: { $reason }
serve-notice-rewound = The facilitator took back the last quarter; { $date } is played again ({ $reason }). Your orders from it are your draft.
serve-notice-ended = The facilitator ended the game.

## Facilitator console

serve-facilitator = facilitator
serve-table-of = table { $n } of { $count }
serve-quarter-of = quarter { $n } of { $count }
serve-paused = PAUSED
serve-waiting = clock waits for the players
serve-ended = GAME OVER
serve-too-small = The console needs at least 60 × 16 characters; this window is { $width } × { $height }.
serve-pane-seats = Seats
serve-pane-injects = Injects for this quarter
serve-pane-proposals = Proposed by the model (a approve, x veto)
serve-pane-log = What happened
serve-pane-reasons = Bots' reasons, last quarter
serve-status-bot = bot
serve-status-not-joined = not joined
serve-status-editing = editing
serve-status-submitted = submitted
serve-status-disconnected = disconnected
serve-online = online
serve-offline-for = offline { $time }
serve-fill = When time runs out: { $fill } (f to change)
serve-fill-standing = standing orders
serve-fill-bot = the seat's bot
serve-injects-none = None queued. i: from the deck, c: write a headline.
serve-proposals-none = Nothing proposed: no event's conditions hold right now.
# Most used first: a narrow console drops the last hints whole (? lists every key).
serve-console-keys = ? help  ←→ table  u board  m run sheet  p pause  t timer  v projector  l timeline  i/c inject  r resolve  ↑↓ Tab select  o override  w rewind  e end
serve-override-none = No quarter has resolved yet: there is nothing to override.
serve-rewind-none = No quarter has resolved yet: there is nothing to rewind.
serve-need-reason = A reason is needed: it goes into the save and the debrief.
serve-bad-minutes = "{ $text }" is not a number of minutes (0 to 600; 0 or empty for no limit).
serve-bad-pointer = "{ $pointer }" names no single figure of the world (a JSON pointer such as /regions/0/retail/bill_month).
serve-bad-value = "{ $text }" cannot replace { $old }: type a value of the same kind.

serve-confirm-title = Are you sure?
serve-confirm-keys = y yes    n no
serve-confirm-resolve = Close this quarter now? Seats that have not submitted get the fill-in.
serve-confirm-end = End this table's game now? The seats go to the final scores.
serve-confirm-rewind = Take back the last quarter? The table returns to the world before it.
serve-confirm-kick = Close { $seat }'s connection? Its draft orders are kept.
serve-confirm-leave = Leave the console? The game goes on without you.

serve-prompt-keys = Enter accept    Esc cancel
serve-prompt-minutes = Quarter time limit
serve-prompt-minutes-hint = Minutes per quarter (0 or empty: no limit). The countdown restarts now.
serve-prompt-headline = Custom inject: headline
serve-prompt-headline-hint = The headline every seat reads in this quarter's news.
serve-prompt-explanation = Custom inject: explanation
serve-prompt-explanation-hint = A sentence or two under "{ $headline }" (may be empty).
serve-prompt-pointer = Override: any figure
serve-prompt-pointer-hint = A JSON pointer into the world as saves write it, e.g. /regions/0/grid/reserve_margin
serve-prompt-value = Override: { $figure }
serve-prompt-value-hint = The new value (now { $old }).
serve-prompt-reason = Override: reason
serve-prompt-reason-hint = Why { $figure } becomes { $value }. The players see it, the save keeps it.
serve-prompt-rewind = Rewind: reason
serve-prompt-rewind-hint = Why the last quarter is taken back. The players see it, the save keeps it.

serve-picker-keys = ↑↓ choose    Enter take    Esc cancel
serve-deck-title = Inject an event from the deck
serve-figures-title = Override a model outcome of the last quarter
serve-figure-custom = Another figure (type its JSON pointer)…
serve-fig-index = Stock index
serve-fig-sentiment = Market sentiment
serve-fig-approval = National approval (0–1)
serve-fig-reserve = Reserve margin, { $region }
serve-fig-energy-price = Energy price $/MWh, { $region }
serve-fig-residential = Residential rate ¢/kWh, { $region }
serve-fig-bill = Monthly bill $, { $region }
serve-fig-region-approval = Approval (0–1), { $region }
serve-fig-market-cap = Market value $B, { $company }
serve-fig-spread = Credit spread bp, { $company }
serve-fig-adoption = AI adoption

serve-help-title = Facilitator keys
serve-help-close = Any key closes this.
serve-help-tables = switch table
serve-help-select = move in the seats or the proposals (Tab switches)
serve-help-pause = pause or resume the table (seats see a banner and cannot type)
serve-help-timer = set the quarter time limit in minutes
serve-help-extend = a minute more or less on the countdown
serve-help-fill = on timeout: standing orders or the seat's bot
serve-help-resolve = close the quarter now
serve-help-deck = inject an event card from the scenario deck
serve-help-custom = inject a headline you write
serve-help-unqueue = take back the last queued inject
serve-help-approve = approve or veto the selected proposed inject
serve-help-override = override a model outcome, with a reason
serve-help-rewind = rewind the last resolved quarter, with a reason
serve-help-end = end the game at this table
serve-help-bot = hand the selected seat to a bot, or back to people
serve-help-kick = close the selected seat's connection (frees a stuck seat)
serve-help-projector = projector view: big numbers and charts
serve-help-compare = every table side by side
serve-help-leave = leave the console

## Projector

serve-proj-index = Stock index
serve-proj-approval = Approval
serve-proj-bill = Average bill / month
serve-proj-blackouts = Blackouts
serve-proj-welfare = Public welfare
serve-proj-news = Headlines
serve-proj-no-news = No headlines yet.
serve-projector-keys = ←→ table   c charts   s all tables   v or Esc back
serve-compare-title = Tables side by side
serve-compare-seed = seed { $seed }
serve-compare-figures = Where each table stands
serve-compare-reached = Quarter reached
serve-compare-score = Score: { $seat }
serve-compare-keys = Esc back   v projector

## Submission board, inject timeline, run sheet

serve-idle = {" "}· idle { $time }
serve-board-title = Submission board
serve-board-table = Table  timer
serve-board-drafting = drafting
serve-board-submitted = submitted
serve-board-not-joined = not joined
serve-board-bot = bot
serve-board-waiting = waiting
serve-board-legend = ✓ submitted  ✎ drafting, minutes since the last key  ● online  ○ offline  ⚙ bot  waiting: the timer starts when a player joins
serve-board-keys = ←→ table   u or Esc back
serve-help-board = submission board: every table and seat
serve-help-timeline = inject timeline: add, move or drop scheduled injects
serve-help-run-sheet = run sheet: phases, times and questions
serve-run-title = Run sheet
serve-run-sheet = Run sheet
serve-run-now = Now: { $phase }
serve-run-next = Next: { $phase } at { $time }
serve-run-late = ⚠ { $minutes } min late
serve-run-phase-quarter = { $title } (quarter { $n })
serve-run-questions = Questions to ask
serve-run-keys = g start the run sheet's clock now   m or Esc back
serve-confirm-start-agenda = Start the run sheet's clock now (the workshop begins)?
serve-timeline-title = Inject timeline
serve-timeline-now = Playing quarter { $n }; a scheduled card is injected when its quarter resolves.
serve-timeline-quarter = Q{ $n }
serve-timeline-fired = fired
serve-timeline-none = Nothing scheduled: n adds a card.
serve-timeline-keys = ↑↓ select   n add   + - move a quarter   x drop   l or Esc back
serve-prompt-schedule-quarter = Schedule for which quarter?
serve-prompt-schedule-quarter-hint = "{ $card }" is injected when this quarter (a number) resolves.
serve-prompt-schedule-note = Your note (optional)
serve-prompt-schedule-note-hint = "{ $card }" in quarter { $n }: what to ask or remember.
serve-bad-quarter = "{ $text }" is not a quarter: type its number, e.g. 5

serve-banner-tutorial = anyone: the guided first game on a table of their own, saved nowhere
serve-tutorial-goodbye = The tutorial table is closed. Your team's seat is waiting: log in with its name and code.
