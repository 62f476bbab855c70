# collections.defaultdict, frozen into the firmware. The built-in
# collections module (modules/collections.c) hands it out from its
# __getattr__, so this module is imported the first time a program asks
# for collections.defaultdict.


class defaultdict(dict):
    # A dict whose missing keys get default_factory() as their value: d[k]
    # on a missing key stores and returns it (get() and `in` do not).

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        return "%s(%r, %r)" % (type(self).__name__, self.default_factory,
                               dict(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy
