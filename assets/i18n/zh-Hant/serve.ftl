# serve strings (zh-Hant).
