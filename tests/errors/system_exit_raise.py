# Raising SystemExit directly.
raise SystemExit(7)
