# save strings (en).
