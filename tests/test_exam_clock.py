"""The exam countdown: start, a calm display, a warning at five minutes, expiry, submit, crash and restore."""

from __future__ import annotations

from tutor.core.exam import (EXPIRED, PAUSED, READY, RUNNING, SUBMITTED, ExamClock, ExamState, clear_exam,
                             exam_path, load_exam, save_exam)

FORTY = 40 * 60


def test_a_started_exam_counts_down_in_whole_minutes():
    clock = ExamClock(FORTY)
    assert clock.state == READY and clock.display(0) == "40 min"
    clock = clock.start(100.0)
    assert clock.state == RUNNING
    assert clock.tick(100.0 + 90).display(190) == "39 min"  # 38.5 minutes left reads "39 min", not "38:30"
    assert clock.remaining(100.0 + 600) == FORTY - 600


def test_five_minutes_left_warns_once_and_shows_seconds():
    clock = ExamClock(FORTY).start(0.0)
    before = clock.tick(FORTY - 301)
    assert not before.warned and before.display(FORTY - 301) == "6 min"
    warned = before.tick(FORTY - 300)
    assert warned.warned and warned.state == RUNNING and warned.display(FORTY - 300) == "5:00"
    assert warned.tick(FORTY - 299) is warned  # no second warning
    assert warned.display(FORTY - 61.5) == "1:02"


def test_time_running_out_expires_the_exam_with_the_full_time_taken():
    clock = ExamClock(FORTY).start(0.0).tick(FORTY + 3)
    assert clock.state == EXPIRED and clock.finished
    assert clock.elapsed(FORTY + 500) == FORTY and clock.display(FORTY + 500) == "0:00"
    assert clock.submit(FORTY + 10).state == EXPIRED


def test_submitting_early_records_the_time_taken_without_pauses():
    clock = ExamClock(FORTY).start(0.0).pause(600.0)
    assert clock.state == PAUSED and clock.elapsed(5000.0) == 600.0  # a pause stops the clock
    clock = clock.resume(5000.0).submit(5000.0 + 900)
    assert clock.state == SUBMITTED and clock.elapsed(99999.0) == 1500.0
    assert clock.start(99999.0) is clock  # a submitted exam cannot restart


def test_an_exam_survives_a_crash_paused_with_the_time_it_had_left(tmp_path):
    running = ExamClock(FORTY).start(1000.0).tick(1000.0 + 2170)  # warned: 3:50 left
    save_exam(tmp_path, ExamState("rooftops", "abc123", "Gardens", running), now=1000.0 + 2170)
    # the process dies here; a new one has a new monotonic clock
    state = load_exam(tmp_path)
    assert (state.passage_id, state.passage_hash, state.passage_title) == ("rooftops", "abc123", "Gardens")
    restored = state.clock
    assert restored.state == PAUSED and restored.warned
    assert restored.remaining(7.0) == FORTY - 2170 and restored.display(7.0) == "3:50"
    again = restored.resume(7.0).tick(7.0 + 60)
    assert again.state == RUNNING and again.remaining(67.0) == FORTY - 2230


def test_no_exam_to_restore_when_none_was_saved_finished_or_the_file_is_damaged(tmp_path):
    assert load_exam(tmp_path) is None
    done = ExamClock(FORTY).start(0.0).submit(60.0)
    save_exam(tmp_path, ExamState("p", "h", "t", done), now=61.0)
    assert load_exam(tmp_path) is None
    exam_path(tmp_path).write_text("{not json", encoding="utf-8")
    assert load_exam(tmp_path) is None
    clear_exam(tmp_path)
    assert not exam_path(tmp_path).exists()
