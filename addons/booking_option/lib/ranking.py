# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

"""The holds on one production's day, plain Python.

Several organisers may hold ("take an option on") the same day of a
production. Their holds are ranked 1, 2, 3… without gaps, in the order the
booker gives them. A :class:`Day` holds the ranked holds (by any hashable
key, the ORM uses record ids), the confirmed date of the day if any, the
holds flagged because the day was confirmed for someone else, and the
challenge under way if any. Every operation checks its rule, changes the
day, and returns the :class:`Event` list of what happened to whom, in
order, for the history and the notifications.

>>> day = Day()
>>> [e.kind for e in day.place("a") + day.place("b") + day.place("c")]
['placed', 'placed', 'placed']
>>> day.ranks()
{'a': 1, 'b': 2, 'c': 3}

Releasing a hold moves every lower one up one rank:

>>> [(e.kind, e.key, e.rank_before, e.rank_after) for e in day.release("a")]
[('released', 'a', 1, None), ('promoted', 'b', 2, 1), ('promoted', 'c', 3, 2)]

A lower hold challenges the higher ones; those that do not answer by the
deadline are released, and the challenger moves up:

>>> day.place("d") and None
>>> [(e.kind, e.key) for e in day.challenge("d", deadline=10)]
[('challenge', 'd'), ('challenged', 'b'), ('challenged', 'c')]
>>> [(e.kind, e.key) for e in day.answer("c")]
[('answered', 'c')]
>>> [(e.kind, e.key, e.rank_after) for e in day.settle(now=10)]
[('released', 'b', None), ('promoted', 'c', 1), ('promoted', 'd', 2)]
>>> day.challenge_state is None
True

Only the first hold is confirmed; by policy the others are released or
flagged:

>>> day.confirm("d")  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
NotFirst: d
>>> [(e.kind, e.key) for e in day.confirm("c", policy=FLAG)]
[('confirmed', 'c'), ('promoted', 'd'), ('flagged', 'd')]
>>> day.confirmed, day.ranks(), sorted(day.flagged)
('c', {'d': 1}, ['d'])
"""

from dataclasses import dataclass, field

# What happens to the other holds of a day when one is confirmed
RELEASE = "release"
FLAG = "flag"
POLICIES = (RELEASE, FLAG)

# How a hold leaves the ranking without being confirmed
RELEASED = "released"
EXPIRED = "expired"
DECLINED = "declined"
ENDINGS = (RELEASED, EXPIRED, DECLINED)


class RankingError(Exception):
    """A rule of the ranking forbids the operation; ``key`` is the hold."""

    def __init__(self, key):
        super().__init__(key)
        self.key = key


class NotAnOption(RankingError):
    """The hold is not (or no longer) among the ranked options of the day."""


class AlreadyPlaced(RankingError):
    """The hold is already ranked, or is the day's confirmed date."""


class NotFirst(RankingError):
    """Only the first option is confirmed."""


class DayConfirmed(RankingError):
    """The day is already confirmed for another hold."""


class NothingToChallenge(RankingError):
    """The first option has no higher option to challenge."""


class ChallengePending(RankingError):
    """A challenge is already under way on this day."""


class NotChallenged(RankingError):
    """The hold has no challenge to answer."""


class FirstConfirms(RankingError):
    """The first option answers a challenge by confirming, not by keeping."""


class NotConfirmed(RankingError):
    """The hold is not the day's confirmed date."""


@dataclass(frozen=True)
class Event:
    """What happened to one hold: ``kind`` is one of placed, demoted,
    promoted, released, expired, declined, challenge (the challenger's),
    challenged (each higher holder's), answered, withdrawn (a challenge
    that ends without outcome for this holder), confirmed, flagged,
    reopened, cancelled. Ranks are None outside the ranking."""

    kind: str
    key: object
    rank_before: int | None = None
    rank_after: int | None = None


@dataclass
class Challenge:
    """A lower hold asking the higher ones to commit by ``deadline``:
    ``pending`` have not answered yet, ``answered`` have kept their hold."""

    challenger: object
    deadline: object
    pending: set = field(default_factory=set)
    answered: set = field(default_factory=set)


class Day:
    """The holds on one production's day (see the module's doctest)."""

    def __init__(self, ranked=(), confirmed=None, flagged=(), challenge=None):
        self.ranked = list(ranked)
        self.confirmed = confirmed
        self.flagged = set(flagged)
        self.challenge_state = challenge
        if len(set(self.ranked)) != len(self.ranked) or confirmed in self.ranked:
            raise ValueError("a hold is ranked once, and not once confirmed")

    def ranks(self):
        """{hold: rank}, ranks 1..n."""
        return {key: index for index, key in enumerate(self.ranked, start=1)}

    def rank(self, key):
        return self.ranked.index(key) + 1 if key in self.ranked else None

    def _ranked(self, key):
        if key not in self.ranked:
            raise NotAnOption(key)

    def _moves(self, before, kind_up="promoted", kind_down="demoted"):
        """Events of the holds whose rank changed since ``before``."""
        events = []
        for key, rank in self.ranks().items():
            old = before.get(key)
            if old is not None and old != rank:
                events.append(
                    Event(kind_up if rank < old else kind_down, key, old, rank)
                )
        return events

    # Placing ---------------------------------------------------------------

    def place(self, key, rank=None):
        """Rank a new hold: the next free rank, or ``rank`` if given (the
        holds from there on move down one). It never leaves a gap, never goes
        above a challenger (who challenged the holds above it, not this one)
        and is flagged at once when the day is already confirmed."""
        if key in self.ranked or key == self.confirmed:
            raise AlreadyPlaced(key)
        last = len(self.ranked) + 1
        rank = min(max(rank or last, 1), last)
        if self.challenge_state:
            rank = max(rank, self.rank(self.challenge_state.challenger) + 1)
        before = self.ranks()
        self.ranked.insert(rank - 1, key)
        events = [Event("placed", key, None, rank), *self._moves(before)]
        if self.confirmed is not None:
            self.flagged.add(key)
            events.append(Event("flagged", key, rank, rank))
        return events

    # Leaving the ranking ---------------------------------------------------

    def release(self, key, ending=RELEASED):
        """The hold leaves the ranking (released by the booker, expired, or
        declined by the organiser): every lower hold moves up one rank."""
        self._ranked(key)
        return self._remove([key], ending)

    def _remove(self, keys, ending):
        """Take ``keys`` out of the ranking at once: each lower hold moves up
        as many ranks as holds above it left, in one event."""
        if ending not in ENDINGS:
            raise ValueError(ending)
        before = self.ranks()
        events = []
        for key in sorted(keys, key=self.rank):
            events.append(Event(ending, key, before[key], None))
        for key in keys:
            self.ranked.remove(key)
            self.flagged.discard(key)
        for key in keys:
            events += self._leave_challenge(key)
        return events + self._moves(before)

    def expire(self, key):
        return self.release(key, EXPIRED)

    def decline(self, key):
        return self.release(key, DECLINED)

    def _leave_challenge(self, key):
        """A hold leaving the ranking leaves the challenge: a challenger's
        challenge is withdrawn, a challenged holder no longer answers it,
        and a challenge that has no one left to answer it is over."""
        challenge = self.challenge_state
        if challenge is None:
            return []
        if key == challenge.challenger:
            self.challenge_state = None
            return [
                Event("withdrawn", other, self.rank(other), self.rank(other))
                for other in sorted(
                    challenge.pending | challenge.answered, key=self.rank
                )
            ]
        challenge.pending.discard(key)
        challenge.answered.discard(key)
        if not challenge.pending:
            self.challenge_state = None
        return []

    # Challenge -------------------------------------------------------------

    def challenge(self, key, deadline):
        """A lower hold challenges every higher one, which must answer by
        ``deadline``: the first by confirming, the others by keeping their
        hold (they commit to confirm if they come first)."""
        self._ranked(key)
        if self.challenge_state is not None:
            raise ChallengePending(key)
        rank = self.rank(key)
        if rank == 1:
            raise NothingToChallenge(key)
        higher = self.ranked[: rank - 1]
        self.challenge_state = Challenge(key, deadline, pending=set(higher))
        return [Event("challenge", key, rank, rank)] + [
            Event("challenged", other, self.rank(other), self.rank(other))
            for other in higher
        ]

    def answer(self, key):
        """A challenged holder other than the first keeps its hold. Once no
        one is left to answer, the challenge is over and the challenger stays
        where it is."""
        challenge = self.challenge_state
        if challenge is None or key not in challenge.pending:
            raise NotChallenged(key)
        if self.rank(key) == 1:
            raise FirstConfirms(key)
        challenge.pending.remove(key)
        challenge.answered.add(key)
        if not challenge.pending:
            self.challenge_state = None
        return [Event("answered", key, self.rank(key), self.rank(key))]

    def settle(self, now):
        """At the deadline, every challenged holder that has not answered is
        released, and the challenger moves up as many ranks."""
        challenge = self.challenge_state
        if challenge is None or now < challenge.deadline:
            return []
        pending = sorted(challenge.pending, key=self.rank)
        self.challenge_state = None
        return self._remove(pending, RELEASED)

    # Confirmation ----------------------------------------------------------

    def confirm(self, key, policy=RELEASE):
        """The first hold becomes the day's confirmed date; the others are
        released (``RELEASE``) or stay, flagged (``FLAG``), and a challenge
        under way is over."""
        if policy not in POLICIES:
            raise ValueError(policy)
        self._ranked(key)
        if self.rank(key) != 1:
            raise NotFirst(key)
        if self.confirmed is not None:
            raise DayConfirmed(key)
        challenge, self.challenge_state = self.challenge_state, None
        events = [Event("confirmed", key, 1, None)]
        if policy == RELEASE:
            events += self._remove(self.ranked[1:], RELEASED)
        before = self.ranks()
        self.ranked.remove(key)
        self.confirmed = key
        events += self._moves(before)
        for other in self.ranked:
            if other not in self.flagged:
                self.flagged.add(other)
                events.append(
                    Event("flagged", other, self.rank(other), self.rank(other))
                )
        if challenge and challenge.challenger in self.ranked:
            # the challenge ended when the first holder confirmed
            rank = self.rank(challenge.challenger)
            events.append(Event("withdrawn", challenge.challenger, rank, rank))
        return events

    def cancel(self, key):
        """The confirmed date is cancelled: the day is free again, and the
        options that were flagged for it are no longer."""
        if key != self.confirmed:
            raise NotConfirmed(key)
        self.confirmed = None
        self.flagged.clear()
        return [Event("cancelled", key)]

    def reopen(self, key):
        """The confirmed date goes back to being an option, the first again
        as it was when it was confirmed (the others move down one)."""
        if key != self.confirmed:
            raise NotConfirmed(key)
        self.confirmed = None
        self.flagged.clear()
        before = self.ranks()
        self.ranked.insert(0, key)
        if self.challenge_state:
            # the challenger now has one more hold above it to challenge
            self.challenge_state.pending.add(key)
        return [Event("reopened", key, None, 1), *self._moves(before)]
