# A scheduled callback that schedules itself again runs at the next
# pending-event poll, not in a loop inside the current one (the program
# goes on), and a poll made by C-level iteration (a for loop's iterator)
# leaves it queued for the VM's next poll instead of dropping it.
import micropython

runs = []
stop = False


def cb(x):
    if len(runs) < 10:
        runs.append(x)
    if not stop:
        micropython.schedule(cb, x + 1)


micropython.schedule(cb, 0)
for i in range(10000):
    pass
stop = True
print(len(runs) > 1, runs[:3])
