# break outside a loop.
break
