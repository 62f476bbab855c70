# json.loads of a 4 KB document (a device configuration: nested objects,
# lists, strings with escapes, ints, floats, a big int), and dumps of the
# result giving the same text back. make test-qemu runs it at the lx106
# port's 38 KB heap (the parsed document takes about 11 KB there).
import json
def make_doc():
    sensors = []
    for i in range(36):
        sensors.append('{"id": %d, "name": "sensor-%02d \\u00b0C", "pin": %d, '
                       '"scale": %s, "enabled": %s, "tags": ["room%d", "floor%d"]}'
                       % (i, i, i % 17, 0.25 * i + 0.1, "true" if i % 3 else "false",
                          i % 5, i % 3))
    return ('{"device": "esp8266", "version": [1, 2, 3], "wifi": {"ssid": '
            '"home\\tnet", "password": null, "retries": 5}, "sensors": ['
            + ", ".join(sensors) + '], "limits": {"min": -40.5, "max": 125, '
            '"big": 123456789012345678901234567890}}')
doc = make_doc()
print(len(doc) >= 4096, len(doc) < 5000)
def text_in(doc):
    cfg = json.loads(doc)
    print(cfg["device"], cfg["version"], cfg["wifi"])
    print(len(cfg["sensors"]), cfg["sensors"][7], cfg["limits"])
    print(sum(s["pin"] for s in cfg["sensors"]), sum(s["enabled"] for s in cfg["sensors"]))
    print(json.dumps(cfg) == doc)
def bytes_in(doc):
    cfg = json.loads(doc.encode())
    print(cfg["sensors"][35]["tags"], cfg["limits"]["big"] + 1)
text_in(doc)
bytes_in(doc)
