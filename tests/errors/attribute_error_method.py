# Calling a missing method.
[].push(1)
