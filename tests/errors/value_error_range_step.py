# range() with a zero step.
range(1, 2, 0)
