# serve strings (en).
