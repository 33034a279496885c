# Copyright 2026 Pooled Booking Contributors
# License AGPL-3.0 or later (https://www.gnu.org/licenses/agpl).

import doctest

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)

from odoo.tests import BaseCase, tagged

from ..lib import ranking
from ..lib.ranking import FLAG, POLICIES, RELEASE, Day


class DayMachine(RuleBasedStateMachine):
    """Any sequence of place, release, expire, decline, challenge, answer,
    deadline, confirm, cancel and reopen on one production's day, against a
    shadow of each hold's state and rank built from the events alone."""

    def __init__(self):
        super().__init__()
        self.day = Day()
        self.next_key = 0
        self.now = 0
        # what the events said: {hold: state}, {hold: rank}
        self.states = {}
        self.shadow_ranks = {}

    def _apply(self, events):
        for event in events:
            if event.kind in ("placed", "reopened"):
                self.states[event.key] = "option"
            elif event.kind == "confirmed":
                self.states[event.key] = "confirmed"
            elif event.kind in ranking.ENDINGS:
                self.states[event.key] = event.kind
            elif event.kind == "cancelled":
                self.states[event.key] = "cancelled"
            if event.rank_after is None:
                self.shadow_ranks.pop(event.key, None)
            else:
                self.shadow_ranks[event.key] = event.rank_after
        return events

    def _pick(self, data, keys):
        return data.draw(st.sampled_from(sorted(keys)))

    # Rules -----------------------------------------------------------------

    @rule(rank=st.none() | st.integers(min_value=-1, max_value=6))
    def place(self, rank):
        key, self.next_key = self.next_key, self.next_key + 1
        before = self.day.ranks()
        self._apply(self.day.place(key, rank))
        after = self.day.ranks()
        new = after[key]
        if self.day.challenge_state is None:
            expected = min(max(rank or len(before) + 1, 1), len(before) + 1)
            assert new == expected, (new, expected)
        for other, old in before.items():
            assert after[other] == (old + 1 if old >= new else old)

    @precondition(lambda self: self.day.ranked)
    @rule(data=st.data(), ending=st.sampled_from(ranking.ENDINGS))
    def release(self, data, ending):
        key = self._pick(data, self.day.ranked)
        before = self.day.ranks()
        events = self._apply(self.day.release(key, ending))
        after = self.day.ranks()
        assert key not in after
        # every lower hold moves up exactly one rank, the higher ones stay
        for other, old in before.items():
            if other != key:
                assert after[other] == (old - 1 if old > before[key] else old)
        promoted = {e.key for e in events if e.kind == "promoted"}
        assert promoted == {o for o, r in before.items() if r > before[key]}

    @precondition(lambda self: self.day.ranked)
    @rule(data=st.data())
    def challenge(self, data):
        key = self._pick(data, self.day.ranked)
        rank = self.day.rank(key)
        if self.day.challenge_state is not None:
            with _raises(ranking.ChallengePending):
                self.day.challenge(key, self.now + 2)
        elif rank == 1:
            with _raises(ranking.NothingToChallenge):
                self.day.challenge(key, self.now + 2)
        else:
            events = self._apply(self.day.challenge(key, self.now + 2))
            challenged = {e.key for e in events if e.kind == "challenged"}
            assert challenged == set(self.day.ranked[: rank - 1])

    @precondition(lambda self: self.day.ranked)
    @rule(data=st.data())
    def answer(self, data):
        key = self._pick(data, self.day.ranked)
        challenge = self.day.challenge_state
        if challenge is None or key not in challenge.pending:
            with _raises(ranking.NotChallenged):
                self.day.answer(key)
        elif self.day.rank(key) == 1:
            with _raises(ranking.FirstConfirms):
                self.day.answer(key)
        else:
            self._apply(self.day.answer(key))

    @rule(hours=st.integers(min_value=1, max_value=3))
    def time_passes(self, hours):
        self.now += hours
        challenge = self.day.challenge_state
        if challenge is None or self.now < challenge.deadline:
            assert self.day.settle(self.now) == []
            return
        challenger, pending = challenge.challenger, set(challenge.pending)
        kept = [k for k in self.day.ranked[: self.day.rank(challenger) - 1]]
        self._apply(self.day.settle(self.now))
        assert self.day.challenge_state is None
        assert not pending & set(self.day.ranked)
        # the challenger now comes right after the holders that answered
        answered = [k for k in kept if k not in pending]
        assert self.day.rank(challenger) == len(answered) + 1

    @precondition(lambda self: self.day.ranked)
    @rule(data=st.data(), policy=st.sampled_from(POLICIES))
    def confirm(self, data, policy):
        key = self._pick(data, self.day.ranked)
        if self.day.rank(key) != 1:
            with _raises(ranking.NotFirst):
                self.day.confirm(key, policy)
        elif self.day.confirmed is not None:
            with _raises(ranking.DayConfirmed):
                self.day.confirm(key, policy)
        else:
            others = set(self.day.ranked) - {key}
            self._apply(self.day.confirm(key, policy))
            assert self.day.confirmed == key
            if policy == RELEASE:
                assert not self.day.ranked
            else:
                assert set(self.day.ranked) == others == self.day.flagged

    @precondition(lambda self: self.day.confirmed is not None)
    @rule(reopen=st.booleans())
    def end_confirmation(self, reopen):
        key = self.day.confirmed
        if reopen:
            self._apply(self.day.reopen(key))
            assert self.day.rank(key) == 1
        else:
            self._apply(self.day.cancel(key))
        assert self.day.confirmed is None

    # Invariants ------------------------------------------------------------

    @invariant()
    def ranks_are_one_to_n_without_gaps(self):
        assert sorted(self.day.ranks().values()) == list(
            range(1, len(self.day.ranked) + 1)
        )

    @invariant()
    def at_most_one_confirmed(self):
        confirmed = [k for k, s in self.states.items() if s == "confirmed"]
        assert len(confirmed) <= 1
        assert confirmed == (
            [self.day.confirmed] if self.day.confirmed is not None else []
        )
        assert self.day.confirmed not in self.day.ranked

    @invariant()
    def events_tell_the_whole_story(self):
        assert self.shadow_ranks == self.day.ranks()
        options = {k for k, s in self.states.items() if s == "option"}
        assert options == set(self.day.ranked)

    @invariant()
    def flagged_while_the_day_is_confirmed(self):
        expected = set(self.day.ranked) if self.day.confirmed is not None else set()
        # a FLAG confirmation flags every hold left; with RELEASE none is left
        assert self.day.flagged == expected

    @invariant()
    def a_challenge_is_about_higher_holds(self):
        challenge = self.day.challenge_state
        if challenge is None:
            return
        rank = self.day.rank(challenge.challenger)
        assert rank is not None and rank > 1
        higher = set(self.day.ranked[: rank - 1])
        assert challenge.pending
        assert challenge.pending | challenge.answered <= higher
        assert not challenge.pending & challenge.answered


class _raises:
    def __init__(self, error):
        self.error = error

    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        assert kind is not None, f"{self.error.__name__} not raised"
        return issubclass(kind, self.error)


@tagged("post_install", "-at_install")
class TestRanking(BaseCase):
    def test_engine_doctests(self):
        """The examples of the ranking engine's documentation hold."""
        result = doctest.testmod(ranking)
        self.assertGreater(result.attempted, 0)
        self.assertEqual(result.failed, 0)

    def test_ranks_and_confirmation_hold_under_any_sequence(self):
        """Under any sequence of operations, ranks stay 1..n without gaps, at
        most one hold is confirmed, releases promote exactly the lower holds,
        and the events alone rebuild every rank and state."""
        run_state_machine_as_test(
            DayMachine,
            settings=settings(max_examples=150, stateful_step_count=40, deadline=None),
        )

    def test_place_at_a_given_rank_moves_the_lower_ones_down(self):
        """A hold placed at rank 1 comes first; the others move down one."""
        day = Day(["a", "b"])
        events = day.place("c", rank=1)
        self.assertEqual(day.ranks(), {"c": 1, "a": 2, "b": 3})
        self.assertEqual(
            [(e.kind, e.key, e.rank_before, e.rank_after) for e in events],
            [("placed", "c", None, 1), ("demoted", "a", 1, 2), ("demoted", "b", 2, 3)],
        )

    def test_place_never_goes_above_a_challenger(self):
        """During a challenge a new hold goes below the challenger, which did
        not challenge it."""
        day = Day(["a", "b"])
        day.challenge("b", deadline=5)
        day.place("c", rank=1)
        self.assertEqual(day.ranks(), {"a": 1, "b": 2, "c": 3})

    def test_releasing_the_challenger_withdraws_the_challenge(self):
        """The challenged holders no longer have to answer."""
        day = Day(["a", "b", "c"])
        day.challenge("c", deadline=5)
        events = day.release("c")
        self.assertIsNone(day.challenge_state)
        self.assertEqual(
            [(e.kind, e.key) for e in events],
            [("released", "c"), ("withdrawn", "a"), ("withdrawn", "b")],
        )

    def test_a_challenge_answered_by_all_is_over(self):
        """Once every challenged holder kept its hold (the first one by
        confirming), the challenger stays where it was."""
        day = Day(["a", "b", "c"])
        day.challenge("c", deadline=5)
        day.answer("b")
        with self.assertRaises(ranking.FirstConfirms):
            day.answer("a")
        day.confirm("a", policy=FLAG)
        self.assertIsNone(day.challenge_state)
        self.assertEqual(day.ranks(), {"b": 1, "c": 2})
        self.assertEqual(day.settle(now=10), [])

    def test_confirming_releases_the_others_by_default(self):
        """With the release policy, every other hold of the day is released."""
        day = Day(["a", "b", "c"])
        events = day.confirm("a")
        self.assertEqual(day.ranked, [])
        self.assertEqual(
            [(e.kind, e.key, e.rank_before) for e in events],
            [("confirmed", "a", 1), ("released", "b", 2), ("released", "c", 3)],
        )

    def test_a_new_hold_on_a_confirmed_day_is_flagged(self):
        """A backup hold on a confirmed day says so from the start."""
        day = Day(confirmed="a")
        events = day.place("b")
        self.assertEqual(day.flagged, {"b"})
        self.assertEqual([e.kind for e in events], ["placed", "flagged"])
        with self.assertRaises(ranking.DayConfirmed):
            day.confirm("b")
