# dict.pop of a missing key without a default.
{}.pop('gone')
