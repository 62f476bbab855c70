# A missing attribute on a built-in object.
x = 5
x.foo
