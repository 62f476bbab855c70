# helper for import_failed_cleanup.py: imports a good module, then fails
import imp_good
count = imp_good.bump()
raise KeyError('late failure')
