"""What the operations drills do over HTTP and SQL, with Python's standard library only.

Subcommands (each prints what it found; the shell scripts under bench/ run them):
  provision BASE KEYFILE                  a council and a Prevent lead's API key, through the bootstrap key
  write BASE KEYFILE ACKS STOPFILE N      N clients make referrals until STOPFILE exists; each acknowledged one is
                                          appended to ACKS as "time<TAB>id"; answers other than 201 are counted
  load BASE KEYFILE ACKS STOPFILE N       the same with reads between the writes, and a summary of every answer
  restored ACKS TARGET DBPORT             of the writes acknowledged before TARGET, how many the database on DBPORT holds
  held ACKS DBPORT                        how many of all acknowledged writes the database on DBPORT holds
  session BASE_A BASE_B EMAIL             signs in through one node and reads a page through the other
  browse BASE EMAILS STOPFILE OUT         signed-in people reading pages until STOPFILE exists; failures counted
"""

import datetime
import http.client
import http.cookiejar
import json
import os
import re
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid

BOOTSTRAP = "bench-only-bootstrap-key-0123456789abcdef"
PASSWORD = "demo-only-password"


def now():
    return datetime.datetime.now(datetime.timezone.utc)


def call(method, url, key=None, body=None, timeout=30, headers=None):
    """One request; answers (status, headers, body) and never raises for an HTTP status or a refused connection."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(url, data=data, method=method)
    request.add_header("Accept", "application/json")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    if key:
        request.add_header("Authorization", "Bearer " + key)
    for name, value in (headers or {}).items():
        request.add_header(name, value)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read().decode(errors="replace")
    except (urllib.error.URLError, http.client.HTTPException, ConnectionError, TimeoutError, OSError) as error:
        return 0, {}, str(error)


def provision(base, keyfile):
    code = "drill-" + uuid.uuid4().hex[:8]
    status, _, body = call("POST", base + "/api/v1/tenants", BOOTSTRAP,
                           {"code": code, "name": "Drill council " + code, "region": "LONDON"})
    assert status == 201, (status, body)
    status, _, body = call("POST", base + "/api/v1/tenants/" + code + "/api-keys", BOOTSTRAP,
                           {"name": "drill-admin", "roles": ["TENANT_ADMIN"], "expiresInDays": 3})
    assert status == 201, (status, body)
    admin = json.loads(body)["key"]
    status, _, body = call("POST", base + "/api/v1/api-keys", admin,
                           {"name": "drill-lead", "roles": ["PREVENT_LEAD"], "expiresInDays": 3})
    assert status == 201, (status, body)
    with open(keyfile, "w") as out:
        json.dump({"tenant": code, "lead": json.loads(body)["key"]}, out)
    print("provisioned council", code)


def referral(n):
    return {
        "receivedOn": datetime.date.today().isoformat(),
        "referrer": {"name": "Drill Referrer", "organisation": "A school", "sector": "EDUCATION",
                     "email": "drill@example.org"},
        "subject": {"givenName": "Drill", "familyName": "Person%06d" % n, "sex": "FEMALE"},
        "concern": {"typeOfConcern": "ISLAMIST", "summary": "What was seen.", "immediateRisk": False},
    }


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.statuses = {}
        self.bad = []
        self.first_failure = None
        self.last_failure = None
        self.latencies = []

    def add(self, status, headers, started, finished, what):
        with self.lock:
            self.statuses[status] = self.statuses.get(status, 0) + 1
            self.latencies.append(finished - started)
            failed = status not in (200, 201)
            if failed:
                moment = time.time()
                self.first_failure = self.first_failure or moment
                self.last_failure = moment
            # A 5xx other than 503, or a 503 without Retry-After, is a defect.
            if status >= 500 and (status != 503 or "Retry-After" not in headers):
                self.bad.append((status, what))


def writer(base, key, acks, stopfile, tally, counter, lock, reads):
    while not os.path.exists(stopfile):
        with lock:
            counter[0] += 1
            n = counter[0]
        idempotency = str(uuid.uuid4())
        started = time.monotonic()
        status, headers, body = call("POST", base + "/api/v1/referrals", key, referral(n),
                                     headers={"Idempotency-Key": idempotency})
        tally.add(status, headers, started, time.monotonic(), "write")
        if status == 201:
            line = "%s\t%s\n" % (now().isoformat(), json.loads(body)["id"])
            with lock:
                acks.write(line)
                acks.flush()
        elif status in (0, 503):
            time.sleep(0.2)
        if reads:
            started = time.monotonic()
            status, headers, _ = call("GET", base + "/api/v1/referrals?size=20", key)
            tally.add(status, headers, started, time.monotonic(), "read")
            if status in (0, 503):
                time.sleep(0.2)


def run_clients(base, keyfile, ackfile, stopfile, clients, reads):
    key = json.load(open(keyfile))["lead"]
    tally = Tally()
    counter, lock = [0], threading.Lock()
    started = time.monotonic()
    with open(ackfile, "a") as acks:
        threads = [threading.Thread(target=writer, args=(base, key, acks, stopfile, tally, counter, lock, reads))
                   for _ in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    elapsed = time.monotonic() - started
    answers = ", ".join("%s: %d" % ("refused" if s == 0 else s, c) for s, c in sorted(tally.statuses.items()))
    print("answers over %.0f s from %d clients: %s" % (elapsed, clients, answers))
    outage = 0.0 if tally.first_failure is None else tally.last_failure - tally.first_failure
    print("from the first failed answer to the last: %.1f s" % outage)
    if tally.last_failure is not None:
        print("last failed answer at %.3f" % tally.last_failure)
    print("5xx other than 503, or 503 without Retry-After: %d" % len(tally.bad))
    return tally


def psql(port, sql):
    return subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", "-d", "pdm", "-At", "-c",
                           sql], check=True, capture_output=True, text=True).stdout.split()


def read_acks(ackfile):
    acks = []
    for line in open(ackfile):
        moment, ident = line.rstrip("\n").split("\t")
        acks.append((datetime.datetime.fromisoformat(moment), ident))
    return acks


def present(port, ids):
    found = set()
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        found.update(psql(port, "select id from referral where id in (%s)" % ",".join("'%s'" % x for x in chunk)))
    return found


def restored(ackfile, target, port):
    target = datetime.datetime.fromisoformat(target)
    acks = read_acks(ackfile)
    before = [ident for moment, ident in acks if moment < target]
    after = [ident for moment, ident in acks if moment >= target]
    found = present(port, before)
    later = present(port, after)
    print("%d of %d acknowledged writes restored" % (len(found), len(before)))
    print("acknowledged after the recovery point: %d, of which restored: %d" % (len(after), len(later)))
    return len(found), len(before)


def held(ackfile, port):
    acks = [ident for _, ident in read_acks(ackfile)]
    found = present(port, acks)
    print("acknowledged writes held by the database: %d of %d" % (len(found), len(acks)))
    return len(found) == len(acks)


class Person:
    """A person in a browser: a cookie jar, signing in through the web form as the product's pages do."""

    def __init__(self, base):
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar), NoRedirect())

    def get(self, path, base=None):
        try:
            with self.opener.open((base or self.base) + path, timeout=30) as response:
                return response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode(errors="replace")
        except (urllib.error.URLError, http.client.HTTPException, ConnectionError, TimeoutError, OSError) as error:
            return 0, {}, str(error)

    def post(self, path, fields):
        data = urllib.parse.urlencode(fields).encode()
        try:
            with self.opener.open(urllib.request.Request(self.base + path, data=data), timeout=30) as response:
                return response.status, response.headers, response.read().decode()
        except urllib.error.HTTPError as error:
            return error.code, error.headers, error.read().decode(errors="replace")

    def sign_in(self, email):
        status, _, page = self.get("/sign-in")
        assert status == 200, status
        token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
        status, headers, _ = self.post("/sign-in", {"_csrf": token, "email": email, "password": PASSWORD})
        assert status == 302 and "sign-in" not in headers.get("Location", ""), (status, headers.get("Location"))


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


def signed_in(status, headers):
    return status == 200 or (status == 302 and "sign-in" not in (headers or {}).get("Location", ""))


def session(base_a, base_b, email):
    person = Person(base_a)
    person.sign_in(email)
    status, headers, page = person.get("/home", base=base_b)
    ok = status == 200 and "Sign out" in page
    print("signed in through %s, home page through %s: %s" % (base_a, base_b, "signed in" if ok else
                                                              "NOT signed in (%s)" % status))
    return ok


def browse(base, emails, stopfile, out):
    paths = {"prevent-lead": ["/home", "/triage", "/channel/cases", "/channel/meetings", "/reports/referral-statistics"],
             "referrer": ["/home", "/referrals", "/referrals/new"],
             "channel-chair": ["/home", "/channel/cases", "/channel/meetings"],
             "training-admin": ["/home", "/training", "/training/lists"]}
    tally = Tally()
    failures = []

    def person_loop(email):
        person = Person(base)
        person.sign_in(email)
        role = email.split("@")[0]
        pages = paths.get(role, ["/"])
        i = 0
        while not os.path.exists(stopfile):
            path = pages[i % len(pages)]
            i += 1
            started = time.monotonic()
            status, headers, _ = person.get(path)
            tally.add(status if status != 302 else 200, headers or {}, started, time.monotonic(), path)
            if not signed_in(status, headers):
                failures.append((email, path, status))
            time.sleep(0.05)

    threads = [threading.Thread(target=person_loop, args=(email,)) for email in emails.split(",")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    total = sum(tally.statuses.values())
    with open(out, "w") as report:
        report.write("%d %d\n" % (total, len(failures)))
    print("pages read by %d signed-in people: %d, failed or signed out: %d" % (len(threads), total, len(failures)))
    for failure in failures[:10]:
        print("  failed:", failure)
    return not failures


def main(argv):
    command = argv[1]
    if command == "provision":
        provision(argv[2], argv[3])
    elif command in ("write", "load"):
        tally = run_clients(argv[2], argv[3], argv[4], argv[5], int(argv[6]), command == "load")
        sys.exit(1 if tally.bad else 0)
    elif command == "restored":
        found, total = restored(argv[2], argv[3], argv[4])
        sys.exit(0 if found == total and total > 0 else 1)
    elif command == "held":
        sys.exit(0 if held(argv[2], argv[3]) else 1)
    elif command == "session":
        sys.exit(0 if session(argv[2], argv[3], argv[4]) else 1)
    elif command == "browse":
        sys.exit(0 if browse(argv[2], argv[3], argv[4], argv[5]) else 1)
    else:
        sys.exit("unknown command " + command)


if __name__ == "__main__":
    main(sys.argv)
