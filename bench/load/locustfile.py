"""The load test's people: signed-in users of the demo councils on the journeys of their roles, reading the pages as a
browser would (each page, then the records it links to). Run by bench/load.sh with Locust (Debian's python3-locust)."""

import random
import re

from locust import HttpUser, between, task

PASSWORD = "demo-only-password"
COUNCILS = ["barnet", "birmingham", "westminster", "wolverhampton"]
REFERRAL = re.compile(r'href="(/referrals/[0-9a-f-]{36})"')
CASE = re.compile(r'href="(/channel/cases/[0-9a-f-]{36})"')
MEETING = re.compile(r'href="(/channel/meetings/[0-9a-f-]{36})"')
STAFF = re.compile(r'href="(/training/staff/[0-9a-f-]{36})"')


class Person(HttpUser):
    abstract = True
    role = ""
    # People read a page, then think: between one and three seconds.
    wait_time = between(1, 3)

    def on_start(self):
        # Most of the people are of Barnet, the council with the most records.
        self.council = "barnet" if random.random() < 0.6 else random.choice(COUNCILS)
        page = self.client.get("/sign-in", name="/sign-in").text
        token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
        with self.client.post("/sign-in", name="/sign-in [POST]", allow_redirects=False, catch_response=True,
                              data={"_csrf": token, "email": "%s@%s.example" % (self.role, self.council),
                                    "password": PASSWORD}) as answer:
            if answer.status_code != 302 or "sign-in" in answer.headers.get("Location", ""):
                answer.failure("not signed in: %s" % answer.status_code)

    def page(self, path, name=None):
        with self.client.get(path, name=name or path, allow_redirects=False, catch_response=True) as answer:
            if answer.status_code != 200:
                answer.failure("%s answered %s" % (path, answer.status_code))
                return ""
            return answer.text

    def follow(self, html, pattern, name):
        links = pattern.findall(html)
        if links:
            self.page(random.choice(links), name)


class Referrer(Person):
    role = "referrer"
    weight = 3

    @task(3)
    def my_referrals(self):
        self.follow(self.page("/referrals"), REFERRAL, "/referrals/[id]")

    @task(2)
    def start_a_referral(self):
        self.page("/referrals/new")

    @task(1)
    def home(self):
        self.page("/home")


class PreventLead(Person):
    role = "prevent-lead"
    weight = 3

    @task(4)
    def screen(self):
        # The triage queue, often past its first page, and a referral from it.
        queue = self.page("/triage?page=%d" % random.choice([0, 0, 0, 1, 2, 10, 40]), "/triage?page=[n]")
        self.follow(queue, REFERRAL, "/referrals/[id]")

    @task(2)
    def cases(self):
        self.follow(self.page("/channel/cases"), CASE, "/channel/cases/[id]")

    @task(1)
    def home(self):
        self.page("/home")

    @task(1)
    def statistics(self):
        self.page("/reports/referral-statistics")


class ChannelChair(Person):
    role = "channel-chair"
    weight = 2

    @task(2)
    def meetings(self):
        self.follow(self.page("/channel/meetings"), MEETING, "/channel/meetings/[id]")

    @task(2)
    def cases(self):
        self.follow(self.page("/channel/cases"), CASE, "/channel/cases/[id]")

    @task(1)
    def home(self):
        self.page("/home")


class TrainingAdmin(Person):
    role = "training-admin"
    weight = 2

    @task(2)
    def coverage(self):
        self.page("/training")

    @task(2)
    def lists(self):
        self.follow(self.page("/training/lists"), STAFF, "/training/staff/[id]")

    @task(1)
    def home(self):
        self.page("/home")
