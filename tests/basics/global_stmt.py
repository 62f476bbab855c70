# global: functions rebind module variables.
count = 0
def bump():
    global count
    count += 1
def make():
    global made
    made = 'yes'
bump()
bump()
make()
print(count, made)
def reader():
    return count
print(reader())
def shadow():
    count = 100
    return count
print(shadow(), count)
