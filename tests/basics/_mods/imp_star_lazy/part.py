# helper for import_star_all.py
what = 'part'
