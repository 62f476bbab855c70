# The math module: values, integer functions, error rules; umath is math.
import math
try:
    import umath
except ImportError:
    import math as umath
def t(*xs):  # libm results: 12 significant digits (the last ulp differs between C libraries)
    print(*["%.12g" % x if isinstance(x, float) else x for x in xs])


print(umath is math, math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
t(math.sqrt(2), math.sqrt(16), math.exp(1), math.exp(-1000), math.log(10), math.log(8, 2),
      math.log(100, 10), math.log2(1024), math.log10(1000), math.log(10 ** 400), math.log2(2 ** 2000))
t(math.sin(1), math.cos(1), math.tan(1), math.asin(0.5), math.acos(0.5), math.atan(1), math.atan2(1, -2))
t(math.sinh(1), math.cosh(1), math.tanh(1), math.asinh(1), math.acosh(2), math.atanh(0.5))
print(math.hypot(3, 4), math.hypot(1, 2, 3), math.hypot(), math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [4, 5, 6]))
print(math.floor(2.5), math.ceil(2.5), math.trunc(-2.5), math.floor(-2.5), math.ceil(-2.5), math.floor(7), math.ceil(10 ** 30))
print(math.fmod(7, 3), math.fmod(-7, 3), math.modf(2.5), math.modf(-2.5), math.frexp(8.0), math.frexp(0.0), math.ldexp(1.5, 3))
print(math.copysign(1, -0.0), math.copysign(2.5, -1), math.fabs(-3), math.isfinite(1.0), math.isinf(math.inf),
      math.isnan(math.nan), math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1, 1.05, rel_tol=0.1),
      math.isclose(0, 1e-10, abs_tol=1e-9))
print(math.factorial(0), math.factorial(20), math.factorial(30), math.gcd(12, 18), math.gcd(), math.gcd(-4, 6, 10),
      math.gcd(2 ** 100, 6 ** 50), math.lcm(4, 6), math.lcm(3, 4, 5), math.lcm(), math.comb(10, 3), math.comb(100, 50),
      math.perm(10, 3), math.perm(5), math.comb(3, 5))
print(math.isqrt(10 ** 40 + 1), math.isqrt(99), math.isqrt(0), math.isqrt(2 ** 200))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100, 1e-100]), math.fsum([]),
      math.fsum([1, 2, 3]), math.prod([1, 2, 3, 4]), math.prod([0.5, 4]), math.prod([], start=5))
t(math.erf(0.5), math.erfc(0.5), math.gamma(5), math.gamma(0.5), math.gamma(-1.5), math.lgamma(10), math.lgamma(0.5))
t(math.degrees(math.pi), math.radians(180), math.expm1(1e-10), math.log1p(1e-10), math.pow(2, 0.5), math.pow(2, 10))
t(math.remainder(10, 3), math.nextafter(1.0, 2.0), math.ulp(1.0), math.cbrt(27), math.exp2(10))
for f, a in [(math.sqrt, (-1,)), (math.log, (0,)), (math.log, (-1,)), (math.exp, (1000,)), (math.factorial, (-1,)),
             (math.factorial, (2.5,)), (math.acos, (2,)), (math.pow, (0, -1)), (math.pow, (-8, 1 / 3)),
             (math.pow, (10, 400)), (math.fsum, ([math.inf, -math.inf],)), (math.gamma, (0,)), (math.gamma, (-2,)),
             (math.gamma, (200,)), (math.isqrt, (-1,)), (math.comb, (-1, 2)), (math.sqrt, ("x",)),
             (math.ldexp, (1.0, 10000)), (math.fmod, (1, 0)), (math.dist, ((1, 2), (1, 2, 3))), (math.log, (1, 1))]:
    try:
        print(f(*a))
    except Exception as e:
        print(type(e).__name__, e)
