# helper for import_failed_cleanup.py: counts how often its body runs
runs = []
def bump():
    runs.append(1)
    return len(runs)
