# tui strings (zh-Hant).
