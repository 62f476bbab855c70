# A placeholder for the machine module until the virtual board's (issue
# 16) is built in: the default boot.py imports it.
