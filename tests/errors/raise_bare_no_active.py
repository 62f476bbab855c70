# A bare raise with no active exception.
raise
