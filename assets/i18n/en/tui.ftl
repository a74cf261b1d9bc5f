# tui strings (en).
