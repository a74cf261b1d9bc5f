# save strings (zh-Hant).
