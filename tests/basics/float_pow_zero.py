# 0.0 raised to -inf is inf (IEEE), to nan is nan; to a negative finite
# power it is ZeroDivisionError
print(pow(0.0, float("inf")), pow(0.0, float("-inf")), pow(0.0, float("nan")))
print(0.0 ** float("-inf"), (-0.0) ** float("-inf"), 0 ** float("-inf"))
try:
    0.0 ** -1.5
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
