# except with a tuple of classes.
for i in range(3):
    try:
        if i == 0:
            raise KeyError(i)
        if i == 1:
            raise TypeError(i)
        raise ValueError(i)
    except (KeyError, TypeError) as e:
        print('tuple caught', type(e))
    except ValueError:
        print('value error')
